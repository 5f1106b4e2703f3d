"""Planning the import of a round's responses: respondents, answers and comments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.instrument import SCALE_MAX, SCALE_MIN, instrument_from_snapshot
from pps_monitor.domain.vocabulary import ROLES, SECTORS, SOURCES
from pps_monitor.exchange.fileformat import UUID_RE, Exchange, ExchangeError, sha256
from pps_monitor.exchange.plan import (
    ImportPlan,
    check,
    checked_id,
    checked_list,
    checked_text,
    compare_all,
    one_row,
)
from pps_monitor.storage import organisations, partnerships

if TYPE_CHECKING:
    from sqlite_utils import Database

Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class _Form:
    """What each respondent of the file is checked against."""

    name: str  # the file's name, for messages
    round_id: str
    codes: frozenset[str]  # statements of the round's instrument
    dims: frozenset[str]  # topics a comment may be about
    orgs: frozenset[str]  # organisations of the partnership


def plan_responses(db: Database, ex: Exchange) -> ImportPlan:
    d, n = ex.data, ex.name
    r = d.get("round")
    if not isinstance(r, dict):
        raise ExchangeError(f"{n}: data.json: round missing")
    rid = checked_id(r.get("id"), n, "round.id")
    round_row = _open_round(db, ex, rid, r.get("label"))
    inst = instrument_from_snapshot(round_row["instrument_json"])
    partnership = partnerships.get_partnership(db, round_row["partnership_id"])
    orgs = {o["id"] for o in organisations.list_organisations(db, round_row["partnership_id"])}
    plan = ImportPlan(ex, partnership["name"], round_row["label"])
    form = _Form(
        n,
        rid,
        frozenset(inst.item_by_code),
        frozenset(inst.dimension_by_code) | {"risks"},
        frozenset(orgs),
    )
    rows: dict[str, Rows] = {"respondents": [], "answers": [], "comments": []}
    for k, s in enumerate(checked_list(d.get("respondents"), n, "respondents")):
        where = f"respondents[{k}]"
        check(isinstance(s, dict), n, where, "must be an object")
        respondent = _respondent_row(s, where, form)
        rows["respondents"].append(respondent)
        _add_answers(s, where, respondent["id"], form, rows["answers"])
        _add_comments(s, where, respondent["id"], form, rows["comments"])
    ids = [r["id"] for table in rows.values() for r in table]
    check(len(ids) == len(set(ids)), n, "data.json", "the same id is used for two records")
    _compare(db, rows, plan)
    return plan


def _open_round(db: Database, ex: Exchange, rid: str, label: Any) -> dict[str, Any]:
    """The file's round in this database: there, on the same instrument, and open."""
    n, manifest = ex.name, ex.manifest["instrument"]
    existing = one_row(db, "SELECT * FROM rounds WHERE id = ?", [rid])
    if existing is None:
        raise ExchangeError(
            f"{n}: its round ({label!r}) is not in this database; import its round package first."
        )
    if sha256(existing["instrument_json"].encode("utf-8")) != manifest.get("sha256"):
        raise ExchangeError(
            f"{n}: answers to another version of the questionnaire "
            f"({manifest.get('id')} {manifest.get('version')}) than this round uses "
            f"({existing['instrument_id']} {existing['instrument_version']}); it is refused."
        )
    if existing["status"] != "open":
        raise ExchangeError(
            f"{n}: round {existing['label']!r} is closed; reopen it to import answers."
        )
    return existing


def _respondent_row(s: dict[str, Any], where: str, form: _Form) -> dict[str, Any]:
    n = form.name
    sid = checked_id(s.get("id"), n, f"{where}.id")
    org = s.get("organisation_id")
    check(
        org is None or org in form.orgs,
        n,
        f"{where}.organisation_id",
        "not an organisation of this partnership",
    )
    for key, codes, what in (
        ("sector", SECTORS, "a sector"),
        ("role", ROLES, "a role"),
    ):
        value = s.get(key)
        check(value is None or value in codes, n, f"{where}.{key}", f"{value!r} is not {what}")
    check(
        s.get("source") in SOURCES,
        n,
        f"{where}.source",
        f"{s.get('source')!r} is not a source",
    )
    return {
        "id": sid,
        "round_id": form.round_id,
        "organisation_id": org,
        "sector": s.get("sector"),
        "role": s.get("role"),
        "source": s["source"],
        "created_at": checked_text(s.get("created_at"), n, f"{where}.created_at"),
    }


def _add_answers(s: dict[str, Any], where: str, sid: str, form: _Form, out: Rows) -> None:
    """Append one row per answer to ``out``; every statement answered exactly once."""
    n, codes, uuid_ok = form.name, form.codes, UUID_RE.match
    answers = s.get("answers")
    check(isinstance(answers, list), n, f"{where}.answers", "must be a list")
    seen: set[str] = set()
    add_answer = out.append
    for j, a in enumerate(answers or ()):
        # Fast path: every rule checked inline (60,000 answers in a large file). The
        # detailed checks run only for an answer that breaks a rule, to say which one.
        if type(a) is dict:
            item, v, aid = a.get("item"), a.get("value"), a.get("id")
            if (
                item in codes
                and item not in seen
                and (v is None or (type(v) is int and SCALE_MIN <= v <= SCALE_MAX))
                and type(aid) is str
                and uuid_ok(aid)
            ):
                seen.add(item)
                add_answer({"id": aid, "respondent_id": sid, "item_code": item, "value": v})
                continue
        _refuse_answer(a, f"{where}.answers[{j}]", seen, form)
    check(seen == codes, n, f"{where}.answers", f"{len(codes - seen)} statement(s) have no answer")


def _refuse_answer(a: Any, aw: str, seen: set[str], form: _Form) -> None:
    """Say which rule an answer the fast path refused breaks."""
    n = form.name
    check(isinstance(a, dict), n, aw, "must be an object")
    item = a.get("item")
    check(item in form.codes, n, f"{aw}.item", f"{item!r} is not a statement of this round")
    check(item not in seen, n, f"{aw}.item", f"{item!r} is answered twice")
    v = a.get("value")
    check(
        v is None or (type(v) is int and SCALE_MIN <= v <= SCALE_MAX),
        n,
        f"{aw}.value",
        f"{v!r} is not 1-5 or empty",
    )
    checked_id(a.get("id"), n, f"{aw}.id")
    raise AssertionError("unreachable: the fast path accepts every valid answer")


def _add_comments(s: dict[str, Any], where: str, sid: str, form: _Form, out: Rows) -> None:
    n = form.name
    comments = checked_list(s.get("comments", []), n, f"{where}.comments")
    for j, c in enumerate(comments):
        cw = f"{where}.comments[{j}]"
        check(isinstance(c, dict) and c.get("dimension") in form.dims, n, cw, "unknown topic")
        out.append(
            {
                "id": checked_id(c.get("id"), n, f"{cw}.id"),
                "respondent_id": sid,
                "dimension_code": c["dimension"],
                "text": checked_text(c.get("text"), n, f"{cw}.text"),
            }
        )


def _compare(db: Database, rows: dict[str, Rows], plan: ImportPlan) -> None:
    compare_all(db, "respondents", rows["respondents"], plan, "respondent")
    if len(plan.add.get("respondents", [])) == len(rows["respondents"]):
        # No respondent of this file is here yet, so neither are their answers and comments:
        # skip 60,000 lookups. A clashing id elsewhere still fails the insert's primary key,
        # and the whole import is then rolled back and refused as a conflict.
        plan.add["answers"] = rows["answers"]
        plan.add["comments"] = rows["comments"]
    else:
        compare_all(db, "answers", rows["answers"], plan, "answer")
        compare_all(db, "comments", rows["comments"], plan, "comment")
