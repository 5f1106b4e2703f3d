"""The partnership's privacy floor, the release of rounds, and corrections before release.

Every output path (results view, Present mode, report, exports) asks here for the
scoring settings of the partnership (``scoring_settings``: its minimum group sizes and
bands, stored in the database, the same on every laptop) and releases the rounds whose
figures it shows (``release``) before it computes them. No Qt: the UI calls these in a
worker thread; the slow ones take the database path and open their own connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pps_monitor.services.db import Db, worker

if TYPE_CHECKING:
    from pps_monitor.domain.scoring import ScoringSettings
    from pps_monitor.storage.partnerships import Privacy
    from pps_monitor.storage.responses import Release

# Storage and the domain are imported inside the functions: the window's first paint
# must not wait for them (tests/ui/test_startup.py).

FLOOR = 3  # neither minimum below this (storage refuses it too)


def get_privacy(db: Db, partnership_id: str) -> Privacy:
    from pps_monitor.storage import repository as repo

    return repo.get_privacy(db, partnership_id)


def set_privacy(
    db: Db,
    partnership_id: str,
    *,
    min_round: int,
    min_breakdown: int,
    band_strength: float,
    band_attention: float,
) -> Privacy:
    """The coordinator's choice, validated by storage (InputError in plain words)."""
    from pps_monitor.storage import repository as repo

    return repo.set_privacy(
        db,
        partnership_id,
        min_round=min_round,
        min_breakdown=min_breakdown,
        band_strength=band_strength,
        band_attention=band_attention,
    )


def privacy_problem(min_round: int, min_breakdown: int, strength: float, attention: float) -> str:
    """Which rule a choice breaks, as a code for the dialog ('' when it is allowed)."""
    if min_round < FLOOR:
        return "round_floor"
    if min_breakdown < FLOOR:
        return "breakdown_floor"
    if min_breakdown < min_round:
        return "breakdown_below_round"
    if not (1 <= attention < strength <= 5):
        return "bands"
    return ""


def scoring_settings(
    db: Db, partnership_id: str, base: ScoringSettings | None = None
) -> ScoringSettings:
    """``base`` with the partnership's minimums and bands (see
    ``storage.partnerships.scoring_settings``: one rule for every output path)."""
    from pps_monitor.storage.partnerships import scoring_settings as settings

    result: ScoringSettings = settings(db, partnership_id, base)
    return result


def release(
    db: Db, partnership_id: str, round_ids: Iterable[str] | None = None
) -> tuple[dict[str, Release], int]:
    """Release the rounds whose figures are about to be shown or written (every round of
    the partnership when ``round_ids`` is None); return each round's release state and
    how many respondents changed state (0: nothing was written).

    Call it in a worker thread, before the figures are computed: they then hold only
    the included respondents, and later answers wait until enough of them arrived.
    """
    from pps_monitor.storage import repository as repo

    ids = (
        [r["id"] for r in repo.list_rounds(db, partnership_id)]
        if round_ids is None
        else list(round_ids)
    )
    # Every instrument of those rounds (issue 17): each part is released on its own count.
    ids = list(dict.fromkeys(p["id"] for rid in ids for p in repo.round_parts(db, rid)))
    out = {}
    changed = 0
    for round_id in ids:
        try:
            changed += repo.release_round(db, round_id)
        except sqlite3.OperationalError as exc:
            # A read-only file (opened so by the CLI, or on a read-only disk) cannot
            # record a release: its figures are the same included respondents, the
            # record is only missing, and nobody can add answers to it either.
            if "readonly" not in str(exc):
                raise
        out[round_id] = repo.release_state(db, round_id)
    return out, changed


def release_state(db: Db, round_id: str) -> Release:
    from pps_monitor.storage import repository as repo

    return repo.release_state(db, round_id)


# --- corrections before release -----------------------------------------------------


def find_respondent(db: Db, round_id: str, respondent_id: str) -> str | None:
    """The database key of a respondent of the round, by the id in the complete export
    (its UUID) or by its key; None when the round has no such respondent."""
    row = db.execute(
        "SELECT id FROM respondents WHERE round_id = ? AND (uuid = ? OR CAST(id AS TEXT) = ?)",
        [round_id, respondent_id.strip(), respondent_id.strip()],
    ).fetchone()
    return None if row is None else str(row[0])


def remove_respondent(db_path: Path, round_id: str, respondent_id: str) -> None:
    """Remove one unreleased respondent (a mistyped form, a test); InputError when the
    respondent is already in figures that were shown, NotFoundError when unknown."""
    from pps_monitor.errors import NotFoundError
    from pps_monitor.storage import repository as repo

    with worker(db_path) as db:
        key = find_respondent(db, round_id, respondent_id)
        if key is None:
            raise NotFoundError("This round has no respondent with that id.")
        repo.remove_respondent(db, key)


def undo_last_batch(db_path: Path, round_id: str) -> int:
    """Remove the round's last import or paper batch while unreleased; how many went."""
    from pps_monitor.storage import repository as repo

    with worker(db_path) as db:
        return repo.undo_last_batch(db, round_id)


def remove_backups(db_path: Path, paths: list[Path]) -> list[Path]:
    """Delete backups that still hold an erased round (the user agreed); those removed."""
    from pps_monitor.storage.backup import remove_backups as remove

    return remove(db_path, paths)


def erase_round(db_path: Path, round_id: str) -> list[Path]:
    """Erase a whole round; the backups that still hold it."""
    from pps_monitor.storage.backup import erase_round as erase

    with worker(db_path) as db:
        return erase(db, db_path, round_id)


# --- exports --------------------------------------------------------------------------


def export_spreadsheet(
    db_path: Path, partnership_id: str, target: Path, fmt: str, lang: str, full: bool = False
) -> int:
    """The partnership's answers as .xlsx or .csv, anonymous unless ``full`` (the
    coordinator's complete table); every round is released first (the score table of
    the XLSX shows figures). Returns how many answers were written."""
    from pps_monitor.exchange.spreadsheet import export_spreadsheet as export

    with worker(db_path) as db:
        release(db, partnership_id)
        return export(db, partnership_id, target, fmt, lang=lang, full=full)
