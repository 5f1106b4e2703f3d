"""Open a PPS Monitor database safely.

- A file that is not SQLite, or an SQLite file of another program, is refused.
- A database made by a newer PPS Monitor (higher ``user_version``) is refused with
  a clear message before anything is written to it.
- An older schema is copied with SQLite's backup API, then migrated.
- Every connection has foreign keys on; the file is in WAL mode.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from pps_monitor.errors import DatabaseError
from pps_monitor.files import write_atomically
from pps_monitor.storage.migrations import (
    APPLICATION_ID,
    MIGRATION_SET,
    SCHEMA_VERSION,
    migrations,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    if head and head != SQLITE_MAGIC:
        raise DatabaseError(
            f"{path.name} is not a PPS Monitor database (it is not an SQLite file)."
        )


def _pragma(conn: sqlite3.Connection, name: str) -> int:
    return int(conn.execute(f"PRAGMA {name}").fetchone()[0])


def _inspect(conn: sqlite3.Connection, path: Path) -> tuple[int, bool]:
    """Return (schema version, is empty); refuse foreign or newer databases."""
    try:
        version = _pragma(conn, "user_version")
        app_id = _pragma(conn, "application_id")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        ours = app_id == APPLICATION_ID or (
            "_sqlite_migrations" in tables
            and conn.execute(
                "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ? LIMIT 1", [MIGRATION_SET]
            ).fetchone()
            is not None
        )
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path.name} cannot be opened: the file is damaged ({exc}).") from None
    empty = not tables
    if not empty:
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            check = str(exc)
        if check != "ok":
            raise DatabaseError(
                f"{path.name} is damaged ({check}). Restore a backup from the "
                f"{path.stem}-backups folder; the file has not been changed."
            )
    if not empty and not ours:
        raise DatabaseError(
            f"{path.name} is an SQLite database of another program, not of PPS Monitor."
        )
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"{path.name} was made by a newer version of PPS Monitor (database version {version}; "
            f"this version reads up to {SCHEMA_VERSION}). Update PPS Monitor to open it; "
            "the file has not been changed."
        )
    return version, empty


def backup_to(db: Database, target: Path) -> Path:
    """Copy a live database to ``target`` with SQLite's backup API (safe under WAL)."""
    target.parent.mkdir(parents=True, exist_ok=True)

    def copy(tmp: Path) -> None:
        dest = sqlite3.connect(tmp)
        try:
            db.conn.backup(dest)
        finally:
            dest.close()

    return write_atomically(target, copy)


def _configure(conn: sqlite3.Connection) -> Database:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def open_database(path: str | Path, *, create: bool = True) -> Database:
    """Open (and create or migrate) the database at ``path``."""
    path = Path(path)
    if path.exists():
        if path.is_dir():
            raise DatabaseError(f"{path} is a folder, not a database file.")
        _check_header(path)
    elif not create:
        raise DatabaseError(f"{path} does not exist.")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                f"Cannot create the folder for {path}: {exc.strerror or exc}"
            ) from None
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} cannot be opened: {exc}") from None
    try:
        version, empty = _inspect(conn, path)
        db = _configure(conn)
        if version < SCHEMA_VERSION:
            if not empty:
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                backup_to(
                    db, path.with_name(f"{path.stem}.before-v{SCHEMA_VERSION}-{stamp}.sqlite")
                )
            db.enable_wal()
            migrations.apply(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        else:
            db.enable_wal()
        return db
    except DatabaseError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError(f"{path.name} cannot be used: {exc}") from None


def open_memory_database() -> Database:
    """A fresh in-memory database with the current schema (tests and previews)."""
    db = _configure(sqlite3.connect(":memory:", check_same_thread=False))
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return db


@contextmanager
def worker_connection(path: str | Path) -> Iterator[Database]:
    """An existing database opened for one background job, closed when it ends
    (one connection per thread)."""
    db = open_database(path, create=False)
    try:
        yield db
    finally:
        db.close()
