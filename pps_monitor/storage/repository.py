"""Reads and writes of partnerships, rounds, responses, action points and events.

Every function that writes does so in one transaction (``db.atomic()``): a user
action is stored whole or not at all. Records that can travel between laptops
carry a UUID as their id.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlite_utils import Database

from pps_monitor.domain.instrument import SCALE_MAX, SCALE_MIN, Instrument, instrument_from_snapshot
from pps_monitor.domain.scoring import Response
from pps_monitor.errors import InputError, NotFoundError

SECTORS = ("public", "private", "social_enterprise", "other")
ROLES = ("manager", "professional")
ACTION_STATUSES = ("open", "in_progress", "done", "dropped")
SOURCES = ("app", "meeting", "paper", "import", "demo")


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso_date(value: str | date, what: str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InputError(f"{what} must be a date as YYYY-MM-DD, not {value!r}.") from None


def _name(value: str, what: str) -> str:
    value = (value or "").strip()
    if not value:
        raise InputError(f"{what} cannot be empty.")
    return value


def _one(db: Database, sql: str, params: Iterable[Any]) -> dict[str, Any] | None:
    return next(iter(db.query(sql, list(params))), None)


# --- partnerships --------------------------------------------------------------------


def create_partnership(db: Database, name: str, description: str = "") -> str:
    name = _name(name, "The partnership's name")
    if _one(db, "SELECT id FROM partnerships WHERE name = ? COLLATE NOCASE", [name]):
        raise InputError(f"A partnership named {name!r} already exists.")
    pid = new_id()
    with db.atomic():
        db["partnerships"].insert(
            {"id": pid, "name": name, "description": description or "", "created_at": now()}
        )
    return pid


def rename_partnership(db: Database, partnership_id: str, name: str) -> None:
    name = _name(name, "The partnership's name")
    clash = _one(
        db,
        "SELECT id FROM partnerships WHERE name = ? COLLATE NOCASE AND id != ?",
        [name, partnership_id],
    )
    if clash:
        raise InputError(f"A partnership named {name!r} already exists.")
    with db.atomic():
        db["partnerships"].update(partnership_id, {"name": name})


def list_partnerships(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM partnerships ORDER BY name COLLATE NOCASE"))


def get_partnership(db: Database, partnership_id: str) -> dict[str, Any]:
    row = _one(db, "SELECT * FROM partnerships WHERE id = ?", [partnership_id])
    if row is None:
        raise NotFoundError("That partnership no longer exists.")
    return row


def find_partnership(db: Database, name: str) -> dict[str, Any]:
    """By name (case-insensitive); the error lists the names that do exist."""
    row = _one(db, "SELECT * FROM partnerships WHERE name = ? COLLATE NOCASE", [name.strip()])
    if row is None:
        names = [p["name"] for p in list_partnerships(db)]
        known = ", ".join(repr(n) for n in names) if names else "none yet"
        raise NotFoundError(f"No partnership named {name!r} (partnerships: {known}).")
    return row


# --- organisations -------------------------------------------------------------------


def add_organisation(db: Database, partnership_id: str, name: str, sector: str) -> str:
    name = _name(name, "The organisation's name")
    if sector not in SECTORS:
        raise InputError(f"Sector must be one of {', '.join(SECTORS)}, not {sector!r}.")
    oid = new_id()
    try:
        with db.atomic():
            db["organisations"].insert(
                {"id": oid, "partnership_id": partnership_id, "name": name, "sector": sector}
            )
    except sqlite3.IntegrityError:
        raise InputError(f"The partnership already has an organisation named {name!r}.") from None
    return oid


def update_organisation(db: Database, organisation_id: str, name: str, sector: str) -> None:
    name = _name(name, "The organisation's name")
    if sector not in SECTORS:
        raise InputError(f"Sector must be one of {', '.join(SECTORS)}, not {sector!r}.")
    try:
        with db.atomic():
            db["organisations"].update(organisation_id, {"name": name, "sector": sector})
    except sqlite3.IntegrityError:
        raise InputError(f"The partnership already has an organisation named {name!r}.") from None


def list_organisations(db: Database, partnership_id: str) -> list[dict[str, Any]]:
    return list(
        db.query(
            "SELECT * FROM organisations WHERE partnership_id = ? ORDER BY name COLLATE NOCASE",
            [partnership_id],
        )
    )


# --- rounds --------------------------------------------------------------------------


def create_round(
    db: Database, partnership_id: str, label: str, when: str | date, instrument: Instrument
) -> str:
    label = _name(label, "The round's label")
    when = _iso_date(when, "The round's date")
    get_partnership(db, partnership_id)
    if _one(
        db, "SELECT id FROM rounds WHERE partnership_id = ? AND label = ?", [partnership_id, label]
    ):
        raise InputError(f"This partnership already has a round labelled {label!r}.")
    rid = new_id()
    with db.atomic():
        db["rounds"].insert(
            {
                "id": rid,
                "partnership_id": partnership_id,
                "label": label,
                "date": when,
                "status": "open",
                "instrument_id": instrument.id,
                "instrument_version": instrument.version,
                "instrument_json": instrument.snapshot,
                "created_at": now(),
                "closed_at": None,
            }
        )
    return rid


def set_round_status(db: Database, round_id: str, status: str) -> None:
    if status not in ("open", "closed"):
        raise InputError(f"A round is open or closed, not {status!r}.")
    with db.atomic():
        db["rounds"].update(
            round_id, {"status": status, "closed_at": now() if status == "closed" else None}
        )


def list_rounds(db: Database, partnership_id: str) -> list[dict[str, Any]]:
    """Rounds in date order, with their number of respondents (without the snapshot)."""
    return list(
        db.query(
            """SELECT r.id, r.partnership_id, r.label, r.date, r.status, r.instrument_id,
                      r.instrument_version, r.created_at, r.closed_at,
                      (SELECT count(*) FROM respondents s WHERE s.round_id = r.id) AS respondents
               FROM rounds r WHERE r.partnership_id = ? ORDER BY r.date, r.created_at""",
            [partnership_id],
        )
    )


def get_round(db: Database, round_id: str) -> dict[str, Any]:
    row = _one(db, "SELECT * FROM rounds WHERE id = ?", [round_id])
    if row is None:
        raise NotFoundError("That round no longer exists.")
    return row


def find_round(db: Database, partnership_id: str, label: str | None) -> dict[str, Any]:
    """By label, or the latest round when label is None."""
    rounds = list_rounds(db, partnership_id)
    if not rounds:
        raise NotFoundError("This partnership has no rounds yet.")
    if label is None:
        return get_round(db, rounds[-1]["id"])
    for r in rounds:
        if r["label"] == label.strip():
            return get_round(db, r["id"])
    labels = ", ".join(repr(r["label"]) for r in rounds)
    raise NotFoundError(f"No round labelled {label!r} (rounds: {labels}).")


def round_instrument(round_row: Mapping[str, Any]) -> Instrument:
    return instrument_from_snapshot(round_row["instrument_json"])


# --- responses -----------------------------------------------------------------------


@dataclass(frozen=True)
class NewResponse:
    """A respondent's submission; ``answers`` must hold every item (None = don't know)."""

    answers: Mapping[str, int | None]
    sector: str | None = None
    role: str | None = None
    organisation_id: str | None = None
    comments: Mapping[str, str] | None = None
    source: str = "app"


def validate_response(instrument: Instrument, response: NewResponse) -> None:
    codes = set(instrument.item_by_code)
    unknown = sorted(set(response.answers) - codes)
    if unknown:
        raise InputError(f"Unknown item code(s) for this round's instrument: {', '.join(unknown)}.")
    missing = [c for c in instrument.item_by_code if c not in response.answers]
    if missing:
        raise InputError(
            f"{len(missing)} item(s) have no answer ({', '.join(missing[:5])}"
            f'{"…" if len(missing) > 5 else ""}); mark them as "don\'t know" to submit.'
        )
    for code, value in response.answers.items():
        if value is not None and (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not SCALE_MIN <= value <= SCALE_MAX
        ):
            raise InputError(f'Answer to {code} must be 1-5 or "don\'t know", not {value!r}.')
    if response.sector is not None and response.sector not in SECTORS:
        raise InputError(f"Sector must be one of {', '.join(SECTORS)}, not {response.sector!r}.")
    if response.role is not None and response.role not in ROLES:
        raise InputError(f"Role must be one of {', '.join(ROLES)}, not {response.role!r}.")
    if response.source not in SOURCES:
        raise InputError(f"Unknown source {response.source!r}.")
    dims = set(instrument.dimension_by_code) | {"risks"}
    for dim in response.comments or {}:
        if dim not in dims:
            raise InputError(f"Comment for unknown dimension {dim!r}.")


def _response_rows(
    round_id: str, response: NewResponse, org_sector: str | None
) -> tuple[dict[str, Any], list[tuple[str, str, str, int | None]], list[dict[str, Any]]]:
    rid = new_id()
    respondent = {
        "id": rid,
        "round_id": round_id,
        "organisation_id": response.organisation_id,
        "sector": response.sector or org_sector,
        "role": response.role,
        "source": response.source,
        "created_at": now(),
    }
    answers = [(new_id(), rid, code, value) for code, value in response.answers.items()]
    comments = [
        {"id": new_id(), "respondent_id": rid, "dimension_code": dim, "text": text.strip()}
        for dim, text in (response.comments or {}).items()
        if text and text.strip()
    ]
    return respondent, answers, comments


def add_responses(
    db: Database, round_id: str, responses: Iterable[NewResponse], *, allow_closed: bool = False
) -> list[str]:
    """Store submissions in one transaction; return the new respondent ids."""
    round_row = get_round(db, round_id)
    if round_row["status"] != "open" and not allow_closed:
        raise InputError(f"Round {round_row['label']!r} is closed; reopen it to add answers.")
    instrument = round_instrument(round_row)
    org_sectors = {
        o["id"]: o["sector"] for o in list_organisations(db, round_row["partnership_id"])
    }
    respondents, answers, comments = [], [], []
    for response in responses:
        validate_response(instrument, response)
        if response.organisation_id is not None and response.organisation_id not in org_sectors:
            raise InputError("The chosen organisation is not part of this partnership.")
        r, a, c = _response_rows(round_id, response, org_sectors.get(response.organisation_id))
        respondents.append(r)
        answers.extend(a)
        comments.extend(c)
    with db.atomic():
        db["respondents"].insert_all(respondents)
        db.conn.executemany(
            "INSERT INTO answers (id, respondent_id, item_code, value) VALUES (?, ?, ?, ?)", answers
        )
        if comments:
            db["comments"].insert_all(comments)
    return [r["id"] for r in respondents]


def add_response(db: Database, round_id: str, response: NewResponse) -> str:
    return add_responses(db, round_id, [response])[0]


def delete_respondent(db: Database, respondent_id: str) -> None:
    """Remove one respondent with all their answers and comments."""
    with db.atomic():
        db.execute("DELETE FROM respondents WHERE id = ?", [respondent_id])


_PARTNERSHIP_ANSWERS = """
    SELECT s.round_id, s.id, s.sector, s.role, a.item_code, a.value
    FROM rounds r
    JOIN respondents s ON s.round_id = r.id
    JOIN answers a ON a.respondent_id = s.id
    WHERE r.partnership_id = ?
"""


def load_responses(db: Database, round_id: str) -> list[Response]:
    rows = db.conn.execute(
        """SELECT s.round_id, s.id, s.sector, s.role, a.item_code, a.value
           FROM respondents s JOIN answers a ON a.respondent_id = s.id
           WHERE s.round_id = ?""",
        [round_id],
    )
    return _group_responses(rows).get(round_id, [])


def _group_responses(rows: Iterable[tuple[Any, ...]]) -> dict[str, list[Response]]:
    by_respondent: dict[str, tuple[str, str | None, str | None, dict[str, int | None]]] = {}
    for round_id, rid, sector, role, code, value in rows:
        entry = by_respondent.get(rid)
        if entry is None:
            entry = by_respondent[rid] = (round_id, sector, role, {})
        entry[3][code] = value
    out: dict[str, list[Response]] = {}
    for rid in sorted(by_respondent):
        round_id, sector, role, answers = by_respondent[rid]
        out.setdefault(round_id, []).append(Response(rid, answers, sector, role))
    return out


@dataclass(frozen=True)
class RoundData:
    round: dict[str, Any]
    instrument: Instrument
    responses: list[Response]


def load_partnership_rounds(db: Database, partnership_id: str) -> list[RoundData]:
    """Every round of a partnership with its instrument and responses, in date order."""
    rounds = list(
        db.query(
            "SELECT * FROM rounds WHERE partnership_id = ? ORDER BY date, created_at",
            [partnership_id],
        )
    )
    grouped = _group_responses(db.conn.execute(_PARTNERSHIP_ANSWERS, [partnership_id]))
    return [RoundData(r, round_instrument(r), grouped.get(r["id"], [])) for r in rounds]


def round_comments(db: Database, round_id: str) -> list[dict[str, Any]]:
    return list(
        db.query(
            """SELECT c.dimension_code, c.text FROM comments c
               JOIN respondents s ON s.id = c.respondent_id
               WHERE s.round_id = ? ORDER BY c.dimension_code, c.text""",
            [round_id],
        )
    )


# --- action points and events --------------------------------------------------------


def add_action_point(
    db: Database,
    partnership_id: str,
    text: str,
    *,
    dimension_code: str | None = None,
    owner: str = "",
    due_date: str | date | None = None,
    status: str = "open",
    round_raised_id: str | None = None,
) -> str:
    text = _name(text, "The action point's text")
    if status not in ACTION_STATUSES:
        raise InputError(f"Status must be one of {', '.join(ACTION_STATUSES)}, not {status!r}.")
    aid = new_id()
    with db.atomic():
        db["action_points"].insert(
            {
                "id": aid,
                "partnership_id": partnership_id,
                "dimension_code": dimension_code,
                "text": text,
                "owner": (owner or "").strip(),
                "due_date": _iso_date(due_date, "The due date") if due_date else None,
                "status": status,
                "round_raised_id": round_raised_id,
                "round_reviewed_id": None,
                "created_at": now(),
            }
        )
    return aid


def update_action_point(db: Database, action_id: str, **changes: Any) -> None:
    allowed = {"dimension_code", "text", "owner", "due_date", "status", "round_reviewed_id"}
    bad = set(changes) - allowed
    if bad:
        raise InputError(f"Cannot change {', '.join(sorted(bad))} of an action point.")
    if "status" in changes and changes["status"] not in ACTION_STATUSES:
        raise InputError(f"Status must be one of {', '.join(ACTION_STATUSES)}.")
    if "text" in changes:
        changes["text"] = _name(changes["text"], "The action point's text")
    if changes.get("due_date"):
        changes["due_date"] = _iso_date(changes["due_date"], "The due date")
    with db.atomic():
        db["action_points"].update(action_id, changes)


def list_action_points(db: Database, partnership_id: str) -> list[dict[str, Any]]:
    return list(
        db.query(
            """SELECT a.*, r.label AS round_raised_label, v.label AS round_reviewed_label
               FROM action_points a
               LEFT JOIN rounds r ON r.id = a.round_raised_id
               LEFT JOIN rounds v ON v.id = a.round_reviewed_id
               WHERE a.partnership_id = ?
               ORDER BY a.status = 'done' OR a.status = 'dropped', a.due_date IS NULL, a.due_date,
                        a.created_at""",
            [partnership_id],
        )
    )


def add_event(db: Database, partnership_id: str, when: str | date, text: str) -> str:
    text = _name(text, "The event's text")
    eid = new_id()
    with db.atomic():
        db["events"].insert(
            {
                "id": eid,
                "partnership_id": partnership_id,
                "date": _iso_date(when, "The event's date"),
                "text": text,
            }
        )
    return eid


def update_event(db: Database, event_id: str, when: str | date, text: str) -> None:
    text = _name(text, "The event's text")
    with db.atomic():
        db["events"].update(event_id, {"date": _iso_date(when, "The event's date"), "text": text})


def list_events(db: Database, partnership_id: str) -> list[dict[str, Any]]:
    return list(
        db.query("SELECT * FROM events WHERE partnership_id = ? ORDER BY date", [partnership_id])
    )
