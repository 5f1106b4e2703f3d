"""Opening the database the way each kind of command needs it.

- ``open_readonly``: commands that only read. Never creates, migrates or changes a
  file and leaves no new file in the folder (storage's ``readonly=True``).
- ``open_writable``: commands that change the database; ``create`` only for the ones
  that may start a new database (create-partnership, demo, import).
- ``release``: figures that leave (scores, report, export) record the round's release
  when the file can be written; a read-only file is left as it is.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pps_monitor.errors import DatabaseError, PpsError

if TYPE_CHECKING:
    from pps_monitor.services.db import Db

PROG = "pps-monitor"
_OPEN: list[Db] = []  # every connection a command opened; closed when it ends


def close_all() -> None:
    """Close every connection the command opened (SQLite then removes -wal and -shm)."""
    while _OPEN:
        db = _OPEN.pop()
        with contextlib.suppress(Exception):  # closing is best effort at exit
            db.conn.close()


def _track(db: Db) -> Db:
    _OPEN.append(db)
    return db


def db_path(args: argparse.Namespace) -> Path:
    from pps_monitor.paths import default_database_path

    return Path(args.db) if getattr(args, "db", None) else default_database_path()


def _refuse_missing_or_foreign(path: Path) -> None:
    if not path.exists():
        raise DatabaseError(f"no such database: {path} (the file does not exist)")
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    if size == 0:
        raise DatabaseError(f"{path}: not a PPS Monitor database (the file is empty)")


def _plain(path: Path, exc: DatabaseError) -> DatabaseError:
    text = str(exc)
    if "database of another program" in text or "not an SQLite file" in text:
        return DatabaseError(f"{path}: not a PPS Monitor database ({text.rstrip('.')})")
    return exc


def open_readonly(path: Path) -> Db:
    """An existing, current database, read without writing anything."""
    from pps_monitor.storage.database import open_database

    _refuse_missing_or_foreign(path)
    try:
        return _track(open_database(path, readonly=True))
    except DatabaseError as exc:
        raise _plain(path, exc) from None


def open_writable(path: Path, *, create: bool = False) -> Db:
    """The database to change; an older one is backed up and migrated (as the app does)."""
    from pps_monitor.storage.database import open_database

    if path.exists() or not create:
        _refuse_missing_or_foreign(path)
    try:
        return _track(open_database(path, create=create))
    except DatabaseError as exc:
        raise _plain(path, exc) from None


def writable(path: Path) -> bool:
    """Whether the file and its folder can be written (SQLite needs both for WAL)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def release(path: Path, db: Db, round_ids: Iterable[str]) -> Db:
    """Record the release of the rounds' figures when due and the file is writable.

    Returns the database to read the figures from: reopened after a release, because a
    read-only connection may read the file as it was when it was opened."""
    from pps_monitor.services import responses, ties

    # The round's tie answers (issue 18) are released with it: the report shows them.
    due = [
        rid for rid in round_ids if responses.release_due(db, rid) or ties.release_due(db, rid)
    ]
    if not due or not writable(path):
        return db
    db.conn.close()
    rw = open_writable(path)
    try:
        for rid in due:
            responses.release_round(rw, rid)
            ties.release_round_ties(rw, rid)
    finally:
        rw.conn.close()
    return open_readonly(path)


def check_out(out: Path) -> Path:
    """Refuse an output path whose folder does not exist, naming it."""
    if not out.parent.exists():
        raise PpsError(f"{out}: the folder {out.parent} does not exist; nothing was written")
    if out.is_dir():
        raise PpsError(f"{out} is a folder; give a file name")
    return out


def output_language(args: argparse.Namespace, partnership: dict | None = None) -> str:
    """``--lang`` when given, else the partnership's own language, else the system's."""
    from pps_monitor.locale import system_language

    given = getattr(args, "lang", None)
    if given:
        return str(given)
    own = (partnership or {}).get("language")
    return str(own) if own in ("nl", "en") else system_language()
