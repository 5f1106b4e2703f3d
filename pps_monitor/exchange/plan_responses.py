"""Planning the import of a round's responses: respondents, answers and comments.

Reads format 1 (answer ids, a source and time per respondent, comments with their
respondent), format 2 (none of those; comments apart), format 3 (the release state:
``release_state``) and format 4 (marks of the old method, ``shown_before``). Nothing of
time, source or order is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.instrument import SCALE_MAX, SCALE_MIN, instrument_from_snapshot
from pps_monitor.domain.vocabulary import ROLES, SECTORS, SOURCES
from pps_monitor.exchange import release_state
from pps_monitor.exchange.auth import verify
from pps_monitor.exchange.fileformat import Exchange, sha256
from pps_monitor.exchange.plan import (
    ImportPlan,
    check,
    checked_facts,
    checked_id,
    checked_list,
    checked_text,
    one_row,
    value_of,
)
from pps_monitor.exchange.refusal import Refused
from pps_monitor.i18n import N_
from pps_monitor.storage import organisations, partnerships
from pps_monitor.storage.common import new_id, new_keys
from pps_monitor.storage.responses import MAX_COMMENT

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
    version: int  # the file's format version
    facts: dict[str, tuple[int, int]] | None = None  # fact code -> (min, max) (issue 17)


def plan_responses(db: Database, ex: Exchange) -> ImportPlan:
    """Check every record of a responses file (format 1 to 4) against the database.

    Respondents are recognised by their UUID: one already here with the same answers
    counts as present, with other answers it is a conflict. New respondents and
    comments get fresh random keys and arrive as one unreleased batch, unless the file
    says their release state (format 3, ``release_state``).
    """
    d, n = ex.data, ex.name
    r = d.get("round")
    if not isinstance(r, dict):
        raise Refused(n, "data.json", N_("the round is missing."))
    rid = checked_id(r.get("id"), n, "round.id")
    round_row = _open_round(db, ex, rid, r.get("label"))
    inst = instrument_from_snapshot(round_row["instrument_json"])
    partnership = partnerships.get_partnership(db, round_row["partnership_id"])
    orgs = {o["id"] for o in organisations.list_organisations(db, round_row["partnership_id"])}
    plan = ImportPlan(ex, partnership["name"], round_row["label"])
    plan.round_id, plan.batch = rid, new_id()
    form = _Form(
        n,
        rid,
        frozenset(inst.item_by_code),
        frozenset(inst.dimension_by_code) | {"risks"},
        frozenset(orgs),
        int(ex.manifest.get("format_version", 1)),
        {f.code: (f.min, f.max) for f in inst.facts},
    )
    people: Rows = []
    answers: dict[str, list[tuple[str, int | None]]] = {}
    comments: Rows = []
    facts: dict[str, list[tuple[str, int]]] = {}
    states: dict[str, tuple[int, int]] = {}  # format 3: (released, batch) per respondent
    shown: dict[str, int] = {}  # format 4: shown_before per respondent (m010)
    for k, s in enumerate(checked_list(d.get("respondents"), n, "respondents")):
        where = f"respondents[{k}]"
        check(isinstance(s, dict), n, where, N_("must be an object."))
        people.append(_respondent_row(s, where, form))
        uuid = people[-1]["uuid"]
        states[uuid] = release_state.respondent_release(s, n, where, form.version)
        shown[uuid] = release_state.respondent_shown(s, n, where, form.version, states[uuid][0])
        answers[uuid] = _answers(s, where, form)
        facts[uuid] = checked_facts(s.get("facts", []), n, f"{where}.facts", form.facts or {})
        if form.version == 1:  # format 1 kept comments with their respondent
            _add_comments(s.get("comments", []), f"{where}.comments", form, comments)
    if form.version >= 2:
        _add_comments(d.get("comments", []), "comments", form, comments)
    ids = [p["uuid"] for p in people] + [c["uuid"] for c in comments]
    check(len(ids) == len(set(ids)), n, "data.json", N_("the same id is used for two records."))
    _compare(db, people, answers, comments, plan, facts)
    release_state.place(db, plan, states, shown)  # format 3/4: moves as it was shown
    release_state.place_comments(db, plan, {c["uuid"]: c["released"] for c in comments})
    from pps_monitor.exchange.ties_exchange import plan_tie_respondents

    plan_tie_respondents(db, d, plan, rid, form.orgs)  # issue 18: apart from the others
    if round_row["status"] != "open" and (plan.add or plan.conflicts):
        # A closed round takes nothing new; a file it already holds imports as "nothing new".
        closed = N_("round {label} is closed; reopen it to import answers.")
        raise Refused(n, "", closed, label=repr(round_row["label"]))
    return plan


def _open_round(db: Database, ex: Exchange, rid: str, label: Any) -> dict[str, Any]:
    """The file's round in this database: there, and on the same instrument (whether it
    must be open depends on what the file would add: see plan_responses)."""
    n, manifest = ex.name, ex.manifest["instrument"]
    existing = one_row(db, "SELECT * FROM rounds WHERE id = ?", [rid])
    if existing is None:
        absent = N_("its round ({label}) is not in this database; import its round package first.")
        raise Refused(n, "", absent, label=repr(label))
    if sha256(existing["instrument_json"].encode("utf-8")) != manifest.get("sha256"):
        raise Refused(
            n,
            "",
            N_(
                "answers to another version of the questionnaire ({theirs}) than this round "
                "uses ({ours})."
            ),
            theirs=f"{manifest.get('id')} {manifest.get('version')}",
            ours=f"{existing['instrument_id']} {existing['instrument_version']}",
        )
    verify(ex, existing)  # the round's key: an edited or moved file is refused (issue 14)
    return existing


def _respondent_row(s: dict[str, Any], where: str, form: _Form) -> dict[str, Any]:
    n = form.name
    uuid = checked_id(s.get("id"), n, f"{where}.id")
    org = s.get("organisation_id")
    check(
        org is None or (isinstance(org, str) and org in form.orgs),
        n,
        f"{where}.organisation_id",
        N_("not an organisation of this partnership."),
    )
    for key, codes, problem in (
        ("sector", SECTORS, N_("{value} is not a sector.")),
        ("role", ROLES, N_("{value} is not a role.")),
    ):
        value = s.get(key)
        check(
            value is None or (isinstance(value, str) and value in codes),
            n,
            f"{where}.{key}",
            problem,
            value=value_of(value),
        )
    if form.version == 1:
        # Format 1 carried a source and a time per respondent: checked, never stored.
        check(
            isinstance(s.get("source"), str) and s.get("source") in SOURCES,
            n,
            f"{where}.source",
            N_("{value} is not a source."),
            value=value_of(s.get("source")),
        )
    return {
        "uuid": uuid,
        "round_id": form.round_id,
        "organisation_id": org,
        "sector": s.get("sector"),
        "role": s.get("role"),
        "released": 0,
    }


def _answers(s: dict[str, Any], where: str, form: _Form) -> list[tuple[str, int | None]]:
    """(item, value) for every statement, each answered exactly once."""
    n, codes = form.name, form.codes
    answers = s.get("answers")
    check(isinstance(answers, list), n, f"{where}.answers", N_("must be a list."))
    whole = _valid_pairs(answers, codes)
    if whole is not None:
        return whole
    seen: set[str] = set()
    out: list[tuple[str, int | None]] = []
    add_answer = out.append
    for j, a in enumerate(answers or ()):
        # Fast path: every rule checked inline (60,000 answers in a large file). The
        # detailed checks run only for an answer that breaks a rule, to say which one.
        if type(a) is dict:
            item, v = a.get("item"), a.get("value")
            if (
                type(item) is str
                and item in codes
                and item not in seen
                and (v is None or (type(v) is int and SCALE_MIN <= v <= SCALE_MAX))
            ):
                seen.add(item)
                add_answer((item, v))
                continue
        _refuse_answer(a, f"{where}.answers[{j}]", seen, form)
    check(
        seen == codes,
        n,
        f"{where}.answers",
        N_("{n} statement(s) have no answer."),
        n=len(codes - seen),
    )
    return out


VALUES = frozenset({None, *range(SCALE_MIN, SCALE_MAX + 1)})
VALUE_TYPES = frozenset({int, type(None)})


def _valid_pairs(answers: Any, codes: frozenset[str]) -> list[tuple[str, int | None]] | None:
    """(item, value) of a respondent whose answers are all valid, checked a whole list at
    a time (60,000 answers in a large file); None sends the list through the answer by
    answer checks, which say what is wrong (or accept what only they accept)."""
    try:
        pairs = [(a["item"], a["value"]) for a in answers]
        items = {item for item, _ in pairs}
        values = [value for _, value in pairs]
        valid = VALUES.issuperset(values)
    except (KeyError, TypeError, IndexError):  # not objects, a key missing, unhashable
        return None
    if len(pairs) != len(codes) or items != codes or not valid:
        return None
    if not VALUE_TYPES.issuperset(map(type, values)):  # True, 3.0: equal to 1, 3, not valid
        return None
    return pairs


def _refuse_answer(a: Any, aw: str, seen: set[str], form: _Form) -> None:
    """Say which rule an answer the fast path refused breaks."""
    n = form.name
    check(isinstance(a, dict), n, aw, N_("must be an object."))
    item = a.get("item")
    check(
        isinstance(item, str) and item in form.codes,
        n,
        f"{aw}.item",
        N_("{value} is not a statement of this round."),
        value=value_of(item),
    )
    check(item not in seen, n, f"{aw}.item", N_("{value} is answered twice."), value=value_of(item))
    v = a.get("value")
    check(
        v is None or (type(v) is int and SCALE_MIN <= v <= SCALE_MAX),
        n,
        f"{aw}.value",
        N_("{value} is not 1-5 or empty."),
        value=value_of(v),
    )
    raise AssertionError("unreachable: the fast path accepts every valid answer")


def _add_comments(raw: Any, where: str, form: _Form, out: Rows) -> None:
    n = form.name
    for j, c in enumerate(checked_list(raw, n, where)):
        cw = f"{where}[{j}]"
        check(
            isinstance(c, dict) and isinstance(c.get("dimension"), str),
            n,
            cw,
            N_("unknown topic."),
        )
        check(c["dimension"] in form.dims, n, cw, N_("unknown topic."))
        text = checked_text(c.get("text"), n, f"{cw}.text", limit=MAX_COMMENT)
        out.append(
            {
                "uuid": checked_id(c.get("id"), n, f"{cw}.id"),
                "round_id": form.round_id,
                "dimension_code": c["dimension"],
                "text": text,
                "released": release_state.comment_release(c, n, cw, form.version),
            }
        )


def _existing(db: Database, table: str, columns: str, uuids: list[str]) -> dict[str, tuple]:
    found: dict[str, tuple] = {}
    for start in range(0, len(uuids), 900):
        chunk = uuids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"SELECT uuid, {columns} FROM {table} WHERE uuid IN ({marks})", chunk
        ):
            found[row[0]] = tuple(row[1:])
    return found


def _compare(
    db: Database,
    people: Rows,
    answers: dict[str, list[tuple[str, int | None]]],
    comments: Rows,
    plan: ImportPlan,
    facts: dict[str, list[tuple[str, int]]] | None = None,
) -> None:
    """Plan the new records; count identical ones as present; note differences."""
    new_people = _compare_people(db, people, answers, plan)
    new_comments = _compare_comments(db, comments, plan)
    if new_people:
        keys = new_keys(db, "respondents", len(new_people))
        rows = []
        answer_rows: list[Any] = []  # (respondent_id, item_code, value): see TUPLE_COLUMNS
        for key, p in sorted(zip(keys, new_people, strict=True), key=lambda kp: kp[0]):
            rows.append({"id": key, **p, "entry_batch": plan.batch})
            answer_rows += [(key, item, value) for item, value in sorted(answers[p["uuid"]])]
        plan.add["respondents"] = rows
        plan.add["answers"] = answer_rows
        fact_rows = [
            (r["id"], code, value) for r in rows for code, value in (facts or {}).get(r["uuid"], [])
        ]
        if fact_rows:
            plan.add["facts"] = fact_rows
    if new_comments:
        keys = new_keys(db, "comments", len(new_comments))
        plan.add["comments"] = sorted(
            (
                {"id": key, **c, "entry_batch": plan.batch}
                for key, c in zip(keys, new_comments, strict=True)
            ),
            key=lambda c: c["id"],
        )


def _compare_people(
    db: Database,
    people: Rows,
    answers: dict[str, list[tuple[str, int | None]]],
    plan: ImportPlan,
) -> Rows:
    """The respondents not stored yet; identical ones count as present, others conflict."""
    found = _existing(
        db,
        "respondents",
        "id, round_id, organisation_id, sector, role",
        [p["uuid"] for p in people],
    )
    new_people = [p for p in people if p["uuid"] not in found]
    for p in people:
        old = found.get(p["uuid"])
        if old is None:
            continue
        key, *fields = old
        differs = [
            name
            for name, value in zip(
                ("round_id", "organisation_id", "sector", "role"), fields, strict=True
            )
            if p[name] != value and not _label_left_out(name, p[name], value)
        ]
        stored = dict(
            db.execute(
                "SELECT item_code, value FROM answers WHERE respondent_id = ?", [key]
            ).fetchall()
        )
        if stored != dict(answers[p["uuid"]]):
            differs.append("value")
        if differs:
            plan.conflicts.append(
                f"respondent {p['uuid']} exists with different {', '.join(differs)}"
            )
        else:
            plan.present += 1
    return new_people


def _label_left_out(name: str, given: Any, stored: Any) -> bool:
    """A sector or role one of the two files left out is no conflict.

    An anonymous responses file leaves out the sector and role of small groups, and a
    later file may give them (or the reverse); the stored value is kept either way: a
    label filled in after release would move one person between breakdown cells."""
    return name in ("sector", "role") and (given is None or stored is None)


def _compare_comments(db: Database, comments: Rows, plan: ImportPlan) -> Rows:
    """The comments not stored yet; identical ones count as present, others conflict."""
    found_c = _existing(
        db, "comments", "round_id, dimension_code, text", [c["uuid"] for c in comments]
    )
    new_comments = []
    for c in comments:
        old = found_c.get(c["uuid"])
        if old is None:
            new_comments.append(c)
        elif old != (c["round_id"], c["dimension_code"], c["text"]):
            plan.conflicts.append(f"comment {c['uuid']} exists with a different text or topic")
        else:
            plan.present += 1
    return new_comments
