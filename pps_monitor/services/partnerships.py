"""Partnership administration: partnerships, rounds, organisations, action points, events.

Thin, named entry points over storage so that the UI (and the CLI) never import it; each
call takes the open database first, as storage does.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from pps_monitor.services.db import Db, worker

if TYPE_CHECKING:
    from pps_monitor.domain.instrument import Instrument
    from pps_monitor.storage.undo import Deleted

Row = dict[str, Any]


# Storage (sqlite-utils) is imported on first use: the main window imports this module,
# and importing storage up front would double the time until the window appears.
def _repo() -> ModuleType:
    from pps_monitor.storage import repository

    return repository


def _undo() -> ModuleType:
    from pps_monitor.storage import undo

    return undo


# --- partnerships --------------------------------------------------------------------


def list_partnerships(db: Db) -> list[Row]:
    return _repo().list_partnerships(db)


def get_partnership(db: Db, partnership_id: str) -> Row:
    return _repo().get_partnership(db, partnership_id)


def create_partnership(db: Db, name: str) -> str:
    return _repo().create_partnership(db, name)


def rename_partnership(db: Db, partnership_id: str, name: str) -> None:
    _repo().rename_partnership(db, partnership_id, name)


def add_demo(db_path: Path) -> str:
    """Add the demo partnership with a connection of its own (runs in a worker)."""
    from pps_monitor.demo import add_demo as _add_demo

    with worker(db_path) as db:
        return _add_demo(db)


# --- rounds --------------------------------------------------------------------------


def list_rounds(db: Db, partnership_id: str) -> list[Row]:
    return _repo().list_rounds(db, partnership_id)


def get_round(db: Db, round_id: str) -> Row:
    return _repo().get_round(db, round_id)


def round_instrument(db: Db, round_id: str) -> Instrument:
    return _repo().round_instrument(_repo().get_round(db, round_id))


def latest_instrument(db: Db, round_rows: list[Row]) -> Instrument:
    """The questionnaire of the latest round (the default one before any round)."""
    from pps_monitor.domain.instrument import default_instrument

    if round_rows:
        return round_instrument(db, round_rows[-1]["id"])
    return default_instrument()


def create_round(db: Db, partnership_id: str, label: str, when: str, instrument: Any) -> str:
    return _repo().create_round(db, partnership_id, label, when, instrument)


def set_round_status(db: Db, round_id: str, status: str) -> None:
    _repo().set_round_status(db, round_id, status)


# --- organisations, action points, events ----------------------------------------------


def list_organisations(db: Db, partnership_id: str) -> list[Row]:
    return _repo().list_organisations(db, partnership_id)


def add_organisation(db: Db, partnership_id: str, name: str, sector: str) -> str:
    return _repo().add_organisation(db, partnership_id, name, sector)


def update_organisation(db: Db, organisation_id: str, name: str, sector: str) -> None:
    _repo().update_organisation(db, organisation_id, name, sector)


def list_action_points(db: Db, partnership_id: str) -> list[Row]:
    return _repo().list_action_points(db, partnership_id)


def add_action_point(db: Db, partnership_id: str, text: str, **fields: Any) -> str:
    return _repo().add_action_point(db, partnership_id, text, **fields)


def update_action_point(db: Db, action_id: str, **changes: Any) -> None:
    _repo().update_action_point(db, action_id, **changes)


def list_events(db: Db, partnership_id: str) -> list[Row]:
    return _repo().list_events(db, partnership_id)


def add_event(db: Db, partnership_id: str, when: str, text: str) -> str:
    return _repo().add_event(db, partnership_id, when, text)


def update_event(db: Db, event_id: str, when: str, text: str) -> None:
    _repo().update_event(db, event_id, when, text)


# --- undoable deletion ---------------------------------------------------------------


def delete(db: Db, table: str, record_id: str) -> Deleted:
    """Delete a record with everything that hangs on it; keep what undo needs."""
    return _undo().delete_with_undo(db, table, record_id)


def undelete(db: Db, deleted: Deleted) -> None:
    _undo().restore(db, deleted)
