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


def create_partnership(db: Db, name: str, language: str | None = None) -> str:
    return _repo().create_partnership(db, name, language=language)


def partnership_language(db: Db, partnership_id: str) -> str | None:
    """The partnership's own language for its report and CLI output (None: not set)."""
    from pps_monitor.storage.partnerships import get_language

    return get_language(db, partnership_id)


def set_partnership_language(db: Db, partnership_id: str, language: str | None) -> None:
    from pps_monitor.storage.partnerships import set_language

    set_language(db, partnership_id, language)


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


def create_round(
    db: Db, partnership_id: str, label: str, when: str, instrument: Any, parts: Any = ()
) -> str:
    """Open a round with ``instrument`` and, per further respondent group, a part."""
    return _repo().create_round(db, partnership_id, label, when, instrument, parts=parts)


def round_parts(db: Db, round_id: str) -> list[Row]:
    """The round's instruments as rows, one per respondent group (main one first)."""
    return _repo().round_parts(db, round_id)


def round_part(db: Db, round_id: str, group: str | None) -> Row:
    """The row of the round's instrument for ``group`` (None: the main one); InputError
    naming the groups the round asks when it does not ask ``group``."""
    return _repo().round_part(db, round_id, group)


def part_ids(db: Db, round_ids: list[str]) -> list[str]:
    """Every part of the given rounds (to release all their instruments' figures)."""
    return [p["id"] for rid in round_ids for p in _repo().round_parts(db, rid)]


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


# --- lookups by name, privacy, instruments (the CLI and the preferences use these) -------


def find_partnership(db: Db, name: str) -> Row:
    """The partnership called ``name``; NotFoundError naming the ones there are."""
    return _repo().find_partnership(db, name)


def find_round(db: Db, partnership_id: str, label: str | None) -> Row:
    """The round labelled ``label`` (the latest when None); NotFoundError otherwise."""
    return _repo().find_round(db, partnership_id, label)


def get_privacy(db: Db, partnership_id: str) -> Any:
    """The partnership's minimum group sizes and band thresholds (storage ``Privacy``)."""
    return _repo().get_privacy(db, partnership_id)


def set_privacy(
    db: Db,
    partnership_id: str,
    min_round: int | None = None,
    min_breakdown: int | None = None,
) -> Any:
    """Change the partnership's minimum group sizes (the coordinator's choice).

    Validated by storage: neither below 3, ``min_breakdown`` never below ``min_round``;
    a value left None stays as it is. Returns the new settings."""
    return _repo().set_privacy(db, partnership_id, min_round=min_round, min_breakdown=min_breakdown)


def scoring_settings(db: Db, partnership_id: str) -> Any:
    """The ScoringSettings every output path applies: the partnership's minimums and
    bands (the same as the app's and the report's, ``services.privacy``)."""
    from pps_monitor.storage.partnerships import scoring_settings as settings

    return settings(db, partnership_id)


def resolve_instrument(id_or_file: str) -> Instrument:
    """An instrument by the id of a bundled one (``pps-health``) or from a JSON file."""
    from pps_monitor.domain.instrument import (
        BUNDLED,
        DEFAULT_INSTRUMENT,
        bundled_instrument,
        default_instrument,
        load_instrument,
    )
    from pps_monitor.errors import InputError

    path = Path(id_or_file)
    if path.is_file():
        from pps_monitor.exchange.safe_input import check_json_file

        check_json_file(path)  # size, depth and text caps before it is parsed (issue 14)
        return load_instrument(path)
    if id_or_file == DEFAULT_INSTRUMENT:
        return default_instrument()
    if id_or_file in BUNDLED:
        return bundled_instrument(id_or_file)
    raise InputError(
        f"{id_or_file}: no such instrument file, and not a bundled instrument "
        f"(bundled: {', '.join(BUNDLED)})."
    )


def action_point_exists(db: Db, action_id: str) -> bool:
    return bool(db["action_points"].count_where("id = ?", [action_id]))
