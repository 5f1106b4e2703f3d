"""Planning the import of a round package: partnership, organisations, round, instrument."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.instrument import Instrument, parse_instrument
from pps_monitor.domain.vocabulary import ROUND_STATUSES, SECTORS
from pps_monitor.errors import InputError, InstrumentError
from pps_monitor.exchange.auth import is_key
from pps_monitor.exchange.fields import checked_date, checked_timestamp
from pps_monitor.exchange.fileformat import Exchange, sha256
from pps_monitor.exchange.limits import MAX_DESCRIPTION, MAX_ORGANISATIONS
from pps_monitor.exchange.plan import (
    ImportPlan,
    check,
    checked_id,
    checked_list,
    checked_text,
    compare_all,
    one_row,
    value_of,
)
from pps_monitor.exchange.refusal import Refused
from pps_monitor.i18n import N_
from pps_monitor.storage.partnerships import FLOOR, Privacy, check_privacy

if TYPE_CHECKING:
    from sqlite_utils import Database

# The schema check names the field in English; the sentence around it is translated.
INVALID_QUESTIONNAIRE = N_("the questionnaire in the file is not valid: {detail}.")


def plan_round_package(db: Database, ex: Exchange) -> ImportPlan:
    d, n = ex.data, ex.name
    p, r = d.get("partnership"), d.get("round")
    if not (isinstance(p, dict) and isinstance(r, dict)):
        raise Refused(n, "data.json", N_("the partnership or the round is missing."))
    inst = _instrument(ex)
    plan = ImportPlan(
        ex,
        checked_text(p.get("name"), n, "partnership.name"),
        checked_text(r.get("label"), n, "round.label"),
    )
    prow = _plan_partnership(db, p, plan)
    orgs = checked_list(d.get("organisations"), n, "organisations", MAX_ORGANISATIONS)
    for k, o in enumerate(orgs):
        compare_all(
            db, "organisations", [_organisation_row(o, k, n, prow["id"])], plan, "organisation"
        )
    main = _round_row(r, n, prow["id"], inst)
    _plan_round(db, main, plan)
    for k, part in enumerate(checked_list(d.get("parts", []), n, "parts")):
        _plan_round(db, _part_row(part, k, n, main), plan)
    from pps_monitor.exchange.ties_exchange import plan_tie_module

    plan_tie_module(db, d, plan, str(r["id"]))  # issue 18
    return plan


def _part_row(part: Any, k: int, n: str, main: dict[str, Any]) -> dict[str, Any]:
    """A further instrument of the round, for one respondent group (issue 17)."""
    from pps_monitor.domain.instrument import RESPONDENT_GROUPS
    from pps_monitor.storage.rounds import PART_LABEL

    where = f"parts[{k}]"
    check(isinstance(part, dict), n, where, N_("must be an object."))
    group = part.get("respondent_group")
    check(
        group in RESPONDENT_GROUPS,
        n,
        f"{where}.respondent_group",
        N_("{value} is not a respondent group."),
        value=value_of(group),
    )
    try:
        inst = parse_instrument(part.get("instrument"), f"{where}.instrument")
    except InstrumentError as exc:
        raise Refused(n, "data.json", INVALID_QUESTIONNAIRE, detail=str(exc)) from None
    return {
        **main,
        "id": checked_id(part.get("id"), n, f"{where}.id"),
        "label": PART_LABEL.format(label=main["label"], group=group),
        "instrument_id": inst.id,
        "instrument_version": inst.version,
        "instrument_json": inst.snapshot,
        "respondent_group": group,
        "main_round_id": main["id"],
        "exchange_key": _key(part.get("key"), n),
    }


def _instrument(ex: Exchange) -> Instrument:
    """The package's instrument, parsed and matched against the manifest's checksum."""
    try:
        inst = parse_instrument(ex.data.get("instrument"), "instrument")
    except InstrumentError as exc:
        raise Refused(ex.name, "data.json", INVALID_QUESTIONNAIRE, detail=str(exc)) from None
    if sha256(inst.snapshot.encode("utf-8")) != ex.manifest["instrument"].get("sha256"):
        raise Refused(ex.name, "", N_("the questionnaire does not match the manifest."))
    return inst


def _plan_partnership(db: Database, p: dict[str, Any], plan: ImportPlan) -> dict[str, Any]:
    n = plan.exchange.name
    prow = {
        "id": checked_id(p.get("id"), n, "partnership.id"),
        "name": p["name"].strip(),
        "description": checked_text(
            p.get("description", ""),
            n,
            "partnership.description",
            empty=True,
            limit=MAX_DESCRIPTION,
        ),
        "created_at": checked_timestamp(p.get("created_at"), n, "partnership.created_at"),
    }
    privacy = _privacy(p.get("privacy"), n)
    if privacy is not None:
        prow.update(asdict(privacy))
    language = p.get("language")  # optional; a partnership that exists here keeps its own
    check(
        language in (None, "nl", "en"),
        n,
        "partnership.language",
        N_("must be the code for Dutch or English, or empty."),
    )
    if language is not None:
        prow["language"] = language
    same_name = one_row(
        db, "SELECT id FROM partnerships WHERE name = ? COLLATE NOCASE", [prow["name"]]
    )
    if same_name and same_name["id"] != prow["id"]:
        plan.conflicts.append(f"another partnership named {prow['name']!r} already exists")
    existing_p = one_row(db, "SELECT * FROM partnerships WHERE id = ?", [prow["id"]])
    if existing_p is None:
        plan.add.setdefault("partnerships", []).append(prow)
    elif existing_p["name"] != prow["name"]:
        plan.conflicts.append(f"partnership {prow['id']} exists with a different name")
    else:
        plan.present += 1  # descriptions may be edited locally; never overwritten
        if privacy is not None:
            plan.privacy = (prow["id"], privacy)  # the larger minimums stay
    return prow


def _privacy(raw: Any, n: str) -> Privacy | None:
    """The package's privacy settings (format 2), checked; None in a format 1 file."""
    if raw is None:
        return None
    check(isinstance(raw, dict), n, "partnership.privacy", N_("must be an object."))
    for key in ("min_round", "min_breakdown"):
        value = raw.get(key)
        check(
            type(value) is int and FLOOR <= value <= 1000,
            n,
            f"partnership.privacy.{key}",
            N_("{value} is not a whole number from {floor}."),
            value=value_of(value),
            floor=FLOOR,
        )
    for key in ("band_strength", "band_attention"):
        value = raw.get(key)
        check(
            type(value) in (int, float) and 1 <= value <= 5,
            n,
            f"partnership.privacy.{key}",
            N_("{value} is not a number from 1 to 5."),
            value=value_of(value),
        )
    try:
        return check_privacy(
            Privacy(
                raw["min_round"],
                raw["min_breakdown"],
                float(raw["band_strength"]),
                float(raw["band_attention"]),
            )
        )
    except InputError as exc:
        raise Refused(
            n, "data.json: partnership.privacy", N_("{problem}"), problem=str(exc)
        ) from None


def _organisation_row(o: Any, k: int, n: str, partnership_id: str) -> dict[str, Any]:
    where = f"organisations[{k}]"
    check(isinstance(o, dict), n, where, N_("must be an object."))
    check(
        isinstance(o.get("sector"), str) and o.get("sector") in SECTORS,
        n,
        f"{where}.sector",
        N_("{value} is not a sector."),
        value=value_of(o.get("sector")),
    )
    return {
        "id": checked_id(o.get("id"), n, f"{where}.id"),
        "partnership_id": partnership_id,
        "name": checked_text(o.get("name"), n, f"{where}.name").strip(),
        "sector": o["sector"],
    }


def _round_row(r: dict[str, Any], n: str, partnership_id: str, inst: Instrument) -> dict[str, Any]:
    check(
        isinstance(r.get("status"), str) and r.get("status") in ROUND_STATUSES,
        n,
        "round.status",
        N_("{value} is not a status."),
        value=value_of(r.get("status")),
    )
    date = checked_date(r.get("date"), n, "round.date")
    return {
        "id": checked_id(r.get("id"), n, "round.id"),
        "partnership_id": partnership_id,
        "label": r["label"].strip(),
        "date": date,
        "status": "open",
        "instrument_id": inst.id,
        "instrument_version": inst.version,
        "instrument_json": inst.snapshot,
        "created_at": checked_timestamp(r.get("created_at"), n, "round.created_at"),
        "closed_at": None,
        "exchange_key": _key(r.get("key"), n),
        "respondent_group": inst.respondents,
        "main_round_id": None,
    }


def _key(value: Any, n: str) -> str | None:
    """The round's key (issue 14): 64 hex digits, or absent in an older package."""
    check(value is None or is_key(value), n, "round.key", N_("not a round key."))
    return None if value is None else str(value)


def _plan_round(db: Database, rrow: dict[str, Any], plan: ImportPlan) -> None:
    existing_r = one_row(db, "SELECT * FROM rounds WHERE id = ?", [rrow["id"]])
    if existing_r is None:
        clash = one_row(
            db,
            "SELECT id FROM rounds WHERE partnership_id = ? AND label = ?",
            [rrow["partnership_id"], rrow["label"]],
        )
        if clash:
            plan.conflicts.append(f"another round labelled {rrow['label']!r} already exists")
        plan.add.setdefault("rounds", []).append(rrow)
    elif (
        existing_r["instrument_json"] != rrow["instrument_json"]
        or existing_r["label"] != rrow["label"]
        or (
            existing_r.get("exchange_key")
            and rrow["exchange_key"]
            and existing_r["exchange_key"] != rrow["exchange_key"]
        )
    ):
        plan.conflicts.append(f"round {rrow['id']} exists with a different label or instrument")
    else:
        plan.present += 1  # status stays as it is locally
