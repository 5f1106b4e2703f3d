"""Respondents with their answers and comments: stored, validated, loaded for scoring."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.instrument import SCALE_MAX, SCALE_MIN, Instrument
from pps_monitor.domain.scoring import Response
from pps_monitor.domain.vocabulary import ROLES, SECTORS, SOURCES
from pps_monitor.errors import InputError
from pps_monitor.storage.common import new_id, now, one_of, table
from pps_monitor.storage.organisations import list_organisations
from pps_monitor.storage.rounds import get_round, round_instrument

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class NewResponse:
    """A respondent's submission; ``answers`` must hold every item (None = don't know)."""

    answers: Mapping[str, int | None]
    sector: str | None = None
    role: str | None = None
    organisation_id: str | None = None
    comments: Mapping[str, str] | None = None
    source: str = "app"


def _valid_answer(value: int | None) -> bool:
    return value is None or (
        not isinstance(value, bool) and isinstance(value, int) and SCALE_MIN <= value <= SCALE_MAX
    )


def _check_answers(instrument: Instrument, answers: Mapping[str, int | None]) -> None:
    unknown = sorted(set(answers) - set(instrument.item_by_code))
    if unknown:
        raise InputError(f"Unknown item code(s) for this round's instrument: {', '.join(unknown)}.")
    missing = [c for c in instrument.item_by_code if c not in answers]
    if missing:
        raise InputError(
            f"{len(missing)} item(s) have no answer ({', '.join(missing[:5])}"
            f'{"…" if len(missing) > 5 else ""}); mark them as "don\'t know" to submit.'
        )
    for code, value in answers.items():
        if not _valid_answer(value):
            raise InputError(f'Answer to {code} must be 1-5 or "don\'t know", not {value!r}.')


def validate_response(instrument: Instrument, response: NewResponse) -> None:
    _check_answers(instrument, response.answers)
    if response.sector is not None:
        one_of(response.sector, SECTORS, "Sector")
    if response.role is not None:
        one_of(response.role, ROLES, "Role")
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
    respondents: list[dict[str, Any]] = []
    answers: list[tuple[str, str, str, int | None]] = []
    comments: list[dict[str, Any]] = []
    for response in responses:
        validate_response(instrument, response)
        if response.organisation_id is not None and response.organisation_id not in org_sectors:
            raise InputError("The chosen organisation is not part of this partnership.")
        r, a, c = _response_rows(round_id, response, org_sectors.get(response.organisation_id))
        respondents.append(r)
        answers.extend(a)
        comments.extend(c)
    with db.atomic():
        table(db, "respondents").insert_all(respondents)
        db.conn.executemany(
            "INSERT INTO answers (id, respondent_id, item_code, value) VALUES (?, ?, ?, ?)", answers
        )
        if comments:
            table(db, "comments").insert_all(comments)
    return [r["id"] for r in respondents]


def add_response(db: Database, round_id: str, response: NewResponse) -> str:
    return add_responses(db, round_id, [response])[0]


def delete_respondent(db: Database, respondent_id: str) -> None:
    """Remove one respondent with all their answers and comments."""
    with db.atomic():
        db.execute("DELETE FROM respondents WHERE id = ?", [respondent_id])


PARTNERSHIP_ANSWERS = """
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
    grouped = _group_responses(db.conn.execute(PARTNERSHIP_ANSWERS, [partnership_id]))
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
