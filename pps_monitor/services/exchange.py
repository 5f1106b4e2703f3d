"""Files in and out: import packages, exports, paper-form spreadsheets, backups, erasure.

The slow ones take the database *path* and open their own connection, so the UI can run
them in a worker thread (BackgroundOp) and keep the window responsive.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pps_monitor.services.db import Db, worker

PACKAGE_EXTENSION = ".ppsmonitor"


# --- exchange packages ---------------------------------------------------------------


def plan_import(db_path: Path, path: Path) -> Any:
    """What importing ``path`` would add, or why it is refused; writes nothing."""
    from pps_monitor.exchange import package as px

    with worker(db_path) as db:
        return px.plan_import(db, path)


def apply_import(db_path: Path, path: Path) -> Any:
    """Plan ``path`` again (nothing changed meanwhile), back up, then import it.

    A refused file (any check or conflict) takes no backup: good backups are never
    rotated away by a file that changes nothing (issue 14)."""
    from pps_monitor.exchange import package as px
    from pps_monitor.storage.backup import make_backup

    with worker(db_path) as db:
        plan = px.plan_import(db, path)
        if plan.conflicts:
            return px.apply_import(db, plan)  # raises with the conflicts, writes nothing
        if plan.add:
            make_backup(db, db_path, "before-import")
        return px.apply_import(db, plan)


def export_package(
    db: Db, round_id: str, target: Path, kind: str, *, complete: bool = False
) -> Path:
    """``kind`` is "round-package" (the round to answer elsewhere) or "responses"
    (anonymous unless ``complete``: see ``exchange.writing.export_responses``)."""
    from pps_monitor.exchange import package as px

    if kind == "round-package":
        return px.export_round_package(db, round_id, target)
    return px.export_responses(db, round_id, target, complete=complete)


def export_package_at(
    db_path: Path, round_id: str, target: Path, kind: str, *, complete: bool = False
) -> tuple[Path, int]:
    """``export_package`` on its own connection, for a worker thread; also how many
    answers an anonymous responses file left out (``left_out``)."""
    with worker(db_path) as db:
        path = export_package(db, round_id, target, kind, complete=complete)
        return path, 0 if complete or kind != "responses" else left_out(db, round_id, path)


def left_out(db: Db, round_id: str, path: Path) -> int:
    """How many of the round's answers (respondents) the anonymous responses file at
    ``path`` leaves out: those not yet included in the results, and included ones that
    the other laptop could not show exactly as they are shown here
    (``exchange.anonymous_responses``). The complete file holds them all."""
    import json
    import zipfile

    with zipfile.ZipFile(path) as z:
        written = len(json.loads(z.read("data.json"))["respondents"])
    given = db.execute("SELECT count(*) FROM respondents WHERE round_id = ?", [round_id])
    return int(given.fetchone()[0]) - written


def export_spreadsheet(
    db_path: Path, partnership_id: str, target: Path, fmt: str, lang: str
) -> int:
    """The partnership's answers as .xlsx or .csv; returns how many were written."""
    from pps_monitor.exchange.spreadsheet import export_spreadsheet as export

    with worker(db_path) as db:
        return export(db, partnership_id, target, fmt, lang=lang)


# --- paper forms from a spreadsheet ---------------------------------------------------


def write_paper_template(db: Db, round_id: str, target: Path, lang: str) -> Path:
    from pps_monitor.exchange.paper_forms import write_template
    from pps_monitor.services import ties
    from pps_monitor.services.partnerships import round_instrument

    entry = ties.tie_entry(db, round_id)  # the tie questions get a sheet of their own
    organisations = entry.organisations if entry is not None else None
    return write_template(round_instrument(db, round_id), target, lang, organisations)


def read_tie_forms(db: Db, round_id: str, path: Path) -> Any:
    """The paper tie forms of an XLSX form file (issue 18); None without any."""
    from pps_monitor.exchange.paper_ties import read_tie_forms as read
    from pps_monitor.services import ties

    entry = ties.tie_entry(db, round_id)
    return read(path, entry.organisations) if entry is not None else None


def store_forms(
    db: Db, round_id: str, forms: Any, tie_forms: Any, only_valid: bool = False
) -> tuple[int, int]:
    """Paper forms and paper tie forms in one transaction: all of them or nothing."""
    from pps_monitor.exchange.paper_forms import store_paper_forms as store
    from pps_monitor.exchange.paper_ties import store_tie_forms
    from pps_monitor.storage.common import write

    with write(db):
        stored = store(db, round_id, forms, only_valid=only_valid) if forms.valid else 0
        tied = store_tie_forms(db, round_id, tie_forms) if tie_forms is not None else 0
    return stored, tied


def read_paper_forms(db: Db, round_id: str, path: Path) -> Any:
    from pps_monitor.exchange.paper_forms import read_paper_forms as read
    from pps_monitor.services.partnerships import round_instrument

    return read(path, round_instrument(db, round_id))


def store_paper_forms(db: Db, round_id: str, forms: Any, only_valid: bool) -> int:
    from pps_monitor.exchange.paper_forms import store_paper_forms as store

    return store(db, round_id, forms, only_valid=only_valid)


# --- backups and privacy --------------------------------------------------------------


def backup_folder(db_path: Path) -> Path:
    from pps_monitor.storage.backup import backup_folder as folder

    return folder(db_path)


def daily_backup_due(db_path: Path) -> bool:
    from pps_monitor.storage.backup import daily_backup_due as due

    return due(db_path)


def backup_now(db_path: Path, reason: str = "manual") -> Path:
    from pps_monitor.storage.backup import make_backup

    with worker(db_path) as db:
        return make_backup(db, db_path, reason)


def restore(db_path: Path, backup: Path) -> None:
    """Back up the current state, then replace the database with ``backup``.

    Every other connection to ``db_path`` must be closed first."""
    from pps_monitor.storage.backup import make_backup, restore_backup

    with worker(db_path) as db:
        make_backup(db, db_path, "before-restore")
    restore_backup(backup, db_path)


def respondent_exists(db: Db, respondent_id: str) -> bool:
    # The UUID (the id in the complete export), or the key inside this database.
    return bool(db["respondents"].count_where("uuid = ? OR id = ?", [respondent_id, respondent_id]))


def erase_respondent(db_path: Path, respondent_id: str) -> None:
    """Erase one respondent's answers and comments for good (privacy)."""
    from pps_monitor.storage.backup import erase_respondent as erase

    with worker(db_path) as db:
        erase(db, db_path, respondent_id)


def location_warning(db_path: Path) -> str | None:
    from pps_monitor.paths import location_warning as warning

    return warning(db_path)


def import_changes_anything(db: Db, plan: Any) -> bool:
    """Whether applying ``plan`` would write: new records, respondents or comments that a
    file says are released and are pending here, or marks as shown by the old method
    (``exchange.release_state``), or
    a round package whose minimum group sizes are larger than this database's (the larger
    stay)."""
    if plan.add or any(
        getattr(plan, name, None) for name in ("promote", "promote_comments", "shown")
    ):
        return True
    if plan.privacy is None:
        return False
    from pps_monitor.storage.partnerships import FLOOR, get_privacy

    partnership_id, other = plan.privacy
    old = get_privacy(db, partnership_id)
    min_round = max(old.min_round, int(other.min_round), FLOOR)
    min_breakdown = max(old.min_breakdown, int(other.min_breakdown), min_round)
    return (min_round, min_breakdown) != (old.min_round, old.min_breakdown)
