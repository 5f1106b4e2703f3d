"""What every record module of storage shares: ids, timestamps, checked input, one-row reads."""

from __future__ import annotations

import random
import secrets
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from pps_monitor.errors import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table


def new_id() -> str:
    """A random UUID: records that travel between laptops keep it as their id."""
    return str(uuid.uuid4())


# Random integer keys: 1 .. 2**31 - 1 fit SQLite's 4-byte integer (compact answers rows),
# and drawn at random they say nothing about the order of entry. A collision is retried.
KEY_LIMIT = 2**31 - 1
_shuffle = random.SystemRandom().shuffle


def random_key() -> int:
    """A random integer primary key (respondents, comments): no order, no time."""
    return secrets.randbelow(KEY_LIMIT) + 1


def new_keys(db: Database, table: str, count: int) -> list[int]:
    """``count`` random keys not yet used in ``table`` nor among themselves."""
    keys: set[int] = set()
    while len(keys) < count:
        fresh = {random_key() for _ in range(count - len(keys))} - keys
        if fresh:
            marks = ",".join("?" * len(fresh))
            taken = {
                row[0]
                for row in db.execute(
                    f"SELECT id FROM {table} WHERE id IN ({marks})", list(fresh)
                ).fetchall()
            }
            keys |= fresh - taken
    out = list(keys)
    _shuffle(out)  # a set's order of integers is not random: never let it follow entry
    return out


def checkpoint(db: Database) -> bool:
    """Copy the ``-wal`` into the database and truncate it to zero bytes.

    The ``-wal`` keeps the commit order of recent writes (who answered after whom)
    until it is checkpointed. The busy handler is off during the checkpoint, so a
    reader on another connection never makes a write wait: the checkpoint then does
    what it can, and the next write (or closing the last connection) finishes it.
    True when the ``-wal`` is empty now.
    """
    conn = db.conn
    if conn.in_transaction:
        return False
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        # A reader's open snapshot makes the checkpoint return busy (it does not raise):
        # a short reader is waited for a few times, briefly; a long one is left to the
        # next write or close.
        for pause in (0.0, 0.01, 0.02, 0.02):
            time.sleep(pause)
            try:
                busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlite3.OperationalError:
                busy = 1  # locked by another connection
            if not busy:
                return True
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")


@contextmanager
def write(db: Database) -> Iterator[None]:
    """One atomic write, then a checkpoint: every storage writer goes through this.

    Nested uses form savepoints inside the outer transaction; only the outermost one
    checkpoints.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield
        checkpoint(db)
        return
    # IMMEDIATE: take the write lock up front. A deferred transaction that reads first
    # fails at once ("database is locked", no busy wait) when a worker's connection
    # committed in between, e.g. a round released in the background.
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.execute("COMMIT")
    checkpoint(db)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def iso_date(value: str | date, what: str) -> str:
    """``value`` as YYYY-MM-DD; ``what`` names the field in the error."""
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InputError(f"{what} must be a date as YYYY-MM-DD, not {value!r}.") from None


def required_text(value: str, what: str) -> str:
    """``value`` stripped; an empty one is refused, naming ``what``."""
    value = (value or "").strip()
    if not value:
        raise InputError(f"{what} cannot be empty.")
    return value


def one_of(value: str, codes: tuple[str, ...], what: str) -> str:
    """``value`` when it is one of ``codes``; otherwise an error listing them."""
    if value not in codes:
        raise InputError(f"{what} must be one of {', '.join(codes)}, not {value!r}.")
    return value


def one(db: Database, sql: str, params: Iterable[Any]) -> dict[str, Any] | None:
    """The first row of a query, or None."""
    return next(iter(db.query(sql, list(params))), None)


def table(db: Database, name: str) -> Table:
    """A table (never a view) to write to."""
    return db.table(name)


def rewrite_rows(
    conn: sqlite3.Connection, params: list[Any], reads: list[tuple[str, str]], deletes: list[str]
) -> None:
    """Read rows, delete them and insert them again in the order read.

    ``reads`` are (table, query): each query selects rows of that table (with ``params``)
    in the order they should take in the file, its result columns named as the table's.
    The ``deletes`` (with ``params``) then remove them, cascades included, and every table
    is written again in the order of ``reads``, parents first. Used to place unreleased
    rows in the order of their random keys rather than of entry
    (``responses.reorder_pending``, ``ties._reorder_unreleased``); ``secure_delete``
    zeroes the old bytes.
    """
    rows = []
    for table, query in reads:
        cursor = conn.execute(query, params)
        columns = [d[0] for d in cursor.description]
        rows.append((table, columns, cursor.fetchall()))
    for sql in deletes:
        conn.execute(sql, params)
    for table, columns, data in rows:
        marks = ", ".join("?" * len(columns))
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", data)
