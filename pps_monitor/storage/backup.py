"""Backups with SQLite's backup API (never a file copy of a WAL database), rotated, and
integrity checks."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from pps_monitor.files import sweep_stale_parts, write_atomically
from pps_monitor.storage.common import write
from pps_monitor.storage.database import backup_to, check_restorable, quick_check

if TYPE_CHECKING:
    from sqlite_utils import Database

KEEP = 10
ERASED_MARK = ".erased"  # a privacy deletion: older backups go at the next rotation


def backup_folder(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}-backups")


def make_backup(db: Database, db_path: Path, reason: str = "manual", keep: int = KEEP) -> Path:
    """Check the live database (quick_check), copy it into its backup folder, rotate.

    A damaged database is refused before anything is copied or rotated away.
    """
    quick_check(db.conn, Path(db_path))
    folder = backup_folder(db_path)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = backup_to(db, folder / f"{Path(db_path).stem}-{stamp}-{reason}.sqlite")
    rotate(folder, keep, newest=target)
    return target


def backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.sqlite")) if folder.is_dir() else []


def rotate(folder: Path, keep: int = KEEP, newest: Path | None = None) -> None:
    """Keep the newest ``keep`` backups; after a privacy deletion keep only the newest one."""
    sweep_stale_parts(folder)  # a killed backup's temp file is never kept (issue 14)
    found = backups(folder)
    mark = folder / ERASED_MARK
    if mark.exists() and newest is not None:
        for old in found:
            if old != newest:
                old.unlink(missing_ok=True)
        mark.unlink()
        return
    for old in found[: max(0, len(found) - keep)]:
        old.unlink(missing_ok=True)


def daily_backup_due(db_path: Path) -> bool:
    found = backups(backup_folder(db_path))
    if not found:
        return True
    newest = datetime.fromtimestamp(found[-1].stat().st_mtime, UTC)
    return datetime.now(UTC) - newest > timedelta(days=1)


def erase_respondent(db: Database, db_path: Path, respondent_id: str) -> None:
    """Delete one respondent's answers for good (privacy), by key or UUID.

    Comments are not linked to respondents (schema v3) and stay.

    ``secure_delete`` overwrites the freed pages; backups that still hold the answers
    are removed at the next backup rotation.
    """
    db.execute("PRAGMA secure_delete = ON")
    with write(db):
        # The key inside this database, or the UUID (the id of the complete export).
        db.execute(
            "DELETE FROM respondents WHERE id = ? OR uuid = ?", [respondent_id, respondent_id]
        )
    folder = backup_folder(db_path)
    if backups(folder):
        write_atomically(folder / ERASED_MARK, b"")


def check_database(db: Database) -> list[str]:
    """Problems found by integrity_check and foreign_key_check (empty when all is well)."""
    problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
    problems += [
        f"{table} row {rowid} refers to a missing {parent} record"
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall()
    ]
    return problems


def restore_backup(backup: Path, db_path: Path) -> None:
    """Replace the database with a backup, through the backup API (WAL-safe).

    The one write that does not go through ``write_atomically``: renaming a file over a
    database that has open connections and a ``-wal`` file would corrupt it. SQLite's
    backup API replaces the pages inside one write transaction of the target instead,
    so a crash leaves the old database whole.
    """
    check_restorable(backup)  # ours, not newer, not damaged (issue 14)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError(f"{backup.name} is damaged")
        target = sqlite3.connect(db_path)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def backups_holding(db_path: Path, table: str, record_id: str) -> list[Path]:
    """The backups of ``db_path`` that still hold the record (read without writing)."""
    found = []
    for path in backups(backup_folder(db_path)):
        try:
            con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                if con.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone():
                    found.append(path)
            finally:
                con.close()
        except sqlite3.Error:
            found.append(path)  # unreadable: it may hold the record; say so
    return found


def erase_round(db: Database, db_path: Path, round_id: str) -> list[Path]:
    """Erase a whole round with every answer and comment (after release, the only way
    to take answers back). Returns the backups that still hold the round; they are
    removed at the next backup rotation (or by the caller, after asking)."""
    with write(db):
        db.execute("DELETE FROM rounds WHERE id = ?", [round_id])
    holding = backups_holding(Path(db_path), "rounds", round_id)
    if holding:
        write_atomically(backup_folder(Path(db_path)) / ERASED_MARK, b"")
    return holding


def remove_backups(db_path: Path, paths: list[Path]) -> list[Path]:
    """Delete these backups of ``db_path`` (after an erasure, on the user's word); only
    files that are backups in its own backup folder are touched. Returns those removed."""
    own = {p.resolve() for p in backups(backup_folder(Path(db_path)))}
    removed = []
    for path in paths:
        if Path(path).resolve() in own:
            Path(path).unlink(missing_ok=True)
            removed.append(Path(path))
    return removed
