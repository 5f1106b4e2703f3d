"""Entering answers: meeting mode (one respondent at a time) and typed paper forms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pps_monitor.domain.instrument import Instrument
from pps_monitor.services.db import Db
from pps_monitor.storage import drafts
from pps_monitor.storage import repository as repo
from pps_monitor.storage.common import write

NewResponse = repo.NewResponse


@dataclass(frozen=True)
class RoundForEntry:
    """What a screen that collects answers for a round shows."""

    round: dict[str, Any]
    partnership: dict[str, Any]
    instrument: Instrument
    sectors: list[str]  # the partnership's organisation types, or every type


def round_for_entry(db: Db, round_id: str, all_sectors: tuple[str, ...]) -> RoundForEntry:
    round_row = repo.get_round(db, round_id)
    pid = round_row["partnership_id"]
    sectors = sorted(
        {o["sector"] for o in repo.list_organisations(db, pid)}, key=all_sectors.index
    ) or list(all_sectors)
    return RoundForEntry(
        round_row, repo.get_partnership(db, pid), repo.round_instrument(round_row), sectors
    )


def add_response(db: Db, round_id: str, response: NewResponse) -> str:
    return repo.add_response(db, round_id, response)


def answered_count(db: Db, round_id: str) -> int:
    """How many respondents have answered the round so far."""
    return int(db["respondents"].count_where("round_id = ?", [round_id]))


def load_draft(db: Db, round_id: str, pass_no: int) -> list[dict[str, Any]]:
    return drafts.load_draft(db, round_id, pass_no)


def save_draft(db: Db, round_id: str, pass_no: int, rows: list[dict[str, Any]]) -> None:
    drafts.save_draft(db, round_id, pass_no, rows)


def submit_paper_forms(db: Db, round_id: str, responses: list[NewResponse]) -> None:
    """Store the typed forms and drop their drafts, all or nothing (``write``: the write
    lock before the first read, so that a release committed by another connection in
    between cannot make it fail at once with "database is locked")."""
    with write(db):
        repo.add_responses(db, round_id, responses)
        drafts.clear_drafts(db, round_id)


# --- release of figures (issue 11) ------------------------------------------------------


def release_state(db: Db, round_id: str) -> repo.Release:
    """The round's counts: included, pending (given, not yet included), needed, released."""
    return repo.release_state(db, round_id)


def release_due(db: Db, round_id: str) -> bool:
    """True when showing the round's figures now would record a release (answers
    included that were not in any figure shown before). Reads only."""
    state = repo.release_state(db, round_id)
    return state.included >= state.min_round and state.included != state.released


def release_round(db: Db, round_id: str) -> int:
    """Record that the round's figures left the database; see storage ``release_round``."""
    return repo.release_round(db, round_id)
