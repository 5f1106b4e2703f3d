"""The database handle as the layers above storage see it, and how to open one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from sqlite_utils import Database

# The UI names this type, never sqlite_utils: the handle is opaque above the services.
Db: TypeAlias = "Database"


def open_database(path: Path, create: bool = True) -> Db:
    """Open (or create) the database at ``path``; migrate it if it is older."""
    from pps_monitor.storage.database import open_database as _open

    return _open(path, create=create)


@contextmanager
def worker(path: Path) -> Iterator[Db]:
    """A connection of its own for a worker thread, closed afterwards."""
    from pps_monitor.storage.database import worker_connection

    with worker_connection(path) as db:
        yield db


def data_stamp(db: Db) -> tuple[int, int]:
    """Changes whenever anything is written: by this connection (total_changes) or by
    any other one, such as a worker or another program (PRAGMA data_version)."""
    return (db.execute("PRAGMA data_version").fetchone()[0], db.conn.total_changes)
