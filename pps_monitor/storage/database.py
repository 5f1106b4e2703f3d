"""Open a PPS Monitor database safely.

- A file that is not SQLite, or an SQLite file of another program, is refused.
- A database made by a newer PPS Monitor (higher ``user_version``) is refused with
  a clear message before anything is written to it.
- An older schema is copied with SQLite's backup API, then migrated.
- Every connection has foreign keys and ``secure_delete`` on; the file is in WAL mode,
  and every write is followed by a TRUNCATE checkpoint (``common.write``), so a clean
  database has an empty or no ``-wal`` file.
- Opening takes constant time: the whole-file ``quick_check`` runs only when the
  ``-wal`` file is not empty at open (a write was interrupted), before a backup or
  restore, and on ``check``.
- ``readonly=True`` opens without writing anything: see ``_open_readonly``.
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
from pps_monitor.storage.common import checkpoint
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


def wal_in_use(path: Path) -> bool:
    """True when the database's ``-wal`` file holds pages: a write did not finish
    (or another connection is writing right now)."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged database (``PRAGMA quick_check``), naming the backups folder."""
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise DatabaseError(_cause(path, exc)) from None
    except sqlite3.DatabaseError as exc:
        check = str(exc)
    if check != "ok":
        raise DatabaseError(
            f"{path.name} is damaged ({check}). Restore a backup from the "
            f"{path.stem}-backups folder; the file has not been changed."
        )


def _cause(path: Path, exc: sqlite3.DatabaseError) -> str:
    """Why a database cannot be opened, in plain words: the real cause (issue 14), not
    "damaged" for a lock, a read-only folder or a full disk."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return (
            f"{path.name} is in use by another program (locked); close it there and try "
            "again. The file has not been changed."
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return (
            f"{path.name} cannot be opened for writing: the file or its folder is read-only "
            "or not yours (permission denied). The file has not been changed."
        )
    if "full" in text:
        return f"{path.name} cannot be used: the disk is full. The file has not been changed."
    return f"{path.name} cannot be opened: the file is damaged ({exc})."


def _inspect(conn: sqlite3.Connection, path: Path, check: bool = False) -> tuple[int, bool]:
    """Return (schema version, is empty); refuse foreign or newer databases, and
    damaged ones when ``check``."""
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
        raise DatabaseError(_cause(path, exc)) from None
    empty = not tables
    if not empty and check:
        quick_check(conn, path)
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
    # Freed pages are zeroed: a deleted or moved row leaves no trace of its old place.
    db.execute("PRAGMA secure_delete = ON")
    return db


UPGRADE_NEEDED = (
    "{name}: this database needs upgrading: open it in the app or run `pps-monitor upgrade`."
)


def _open_readonly(path: Path) -> Database:
    """Open an existing, current database for reading only; write nothing at all.

    Never migrates, never creates the file, and leaves no new file in the folder.
    A WAL database opened with ``mode=ro`` would still create its ``-wal`` and ``-shm``
    files; so when neither exists (no other connection has the file open: SQLite
    removes both when the last connection closes, and every write here ends with a
    TRUNCATE checkpoint) it is opened with ``immutable=1``, which reads the file as it
    is without any lock or side file. When they exist (the app has the database open),
    ``mode=ro`` reads through them and creates nothing new. A writer that starts in
    the instant between the check and the read is the one case ``immutable`` does not
    see; a read-only command then reads the state before that write.
    """
    if not path.exists():
        raise DatabaseError(f"{path} does not exist.")
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    _check_header(path)
    side = Path(f"{path}-wal").exists() or Path(f"{path}-shm").exists()
    uri = path.resolve().as_uri() + ("?mode=ro" if side else "?mode=ro&immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} cannot be opened: {exc}") from None
    try:
        version, empty = _inspect(conn, path, check=wal_in_use(path))
        if empty or version < SCHEMA_VERSION:
            raise DatabaseError(UPGRADE_NEEDED.format(name=path.name))
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        db = Database(conn, execute_plugins=False)
        db.execute("PRAGMA query_only = ON")
        return db
    except DatabaseError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError(f"{path.name} cannot be read: {exc}") from None


def _sweep(path: Path) -> None:
    """Remove temp files a killed writer left beside the database and its backups
    (issue 14); a writer that still runs holds its file locked and is left alone."""
    from pps_monitor.files import sweep_stale_parts

    sweep_stale_parts(path.parent)
    sweep_stale_parts(path.with_name(f"{path.stem}-backups"))


def check_restorable(path: Path) -> None:
    """Refuse a file to restore unless it is a whole PPS Monitor database of this or an
    older schema (issue 14): not another program's, not a newer one, not damaged. Read
    with ``immutable=1``: nothing is written, no side file is made."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(f"{path.name}: no such backup file.")
    _check_header(path)
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(_cause(path, exc)) from None  # type: ignore[arg-type]
    try:
        _version, empty = _inspect(conn, path, check=True)
        if empty:
            raise DatabaseError(f"{path.name} is empty: not a backup of PPS Monitor.")
    finally:
        conn.close()


def open_database(path: str | Path, *, create: bool = True, readonly: bool = False) -> Database:
    """Open (and create or migrate) the database at ``path``; with ``readonly`` open an
    existing current database without writing anything (see ``_open_readonly``)."""
    path = Path(path)
    if readonly:
        return _open_readonly(path)
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
    interrupted = wal_in_use(path)
    if interrupted:  # only after an interrupted write (or a stray log): check on a copy
        from pps_monitor.storage.wal_check import check_wal_on_copy

        check_wal_on_copy(path, APPLICATION_ID)
    _sweep(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} cannot be opened: {exc}") from None
    try:
        version, empty = _inspect(conn, path, check=interrupted)
        db = _configure(conn)
        if version < SCHEMA_VERSION:
            if not empty:
                quick_check(conn, path)  # never back up or migrate a damaged file
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                backup_to(
                    db, path.with_name(f"{path.stem}.before-v{SCHEMA_VERSION}-{stamp}.sqlite")
                )
            db.enable_wal()
            migrations.apply(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            checkpoint(db)
        else:
            db.enable_wal()
        return db
    except DatabaseError:
        conn.close()
        raise
    except sqlite3.OperationalError as exc:
        conn.close()
        raise DatabaseError(_cause(path, exc)) from None
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
