"""The -wal keeps the order of recent commits until it is checkpointed (issue 11)."""

import sqlite3
import threading
import time

from pps_monitor.storage.common import checkpoint, write
from pps_monitor.storage.database import open_database


def _wal_size(path):
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def _write(db):
    key = str(time.time_ns())
    with write(db):
        db.execute(
            "INSERT INTO partnerships (id, name, created_at) VALUES (?, ?, '2026-01-01')",
            [key, key],
        )


def test_a_short_reader_is_waited_for_and_the_wal_emptied(tmp_path):
    path = tmp_path / "p.sqlite"
    db = open_database(path)
    reader = sqlite3.connect(path, check_same_thread=False)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM partnerships").fetchall()  # holds a snapshot
    _write(db)
    threading.Timer(0.015, reader.rollback).start()  # the reader ends while we wait
    assert checkpoint(db) is True
    assert _wal_size(path) == 0
    reader.close()
    db.close()


def test_a_long_reader_is_reported_and_the_next_checkpoint_finishes(tmp_path):
    path = tmp_path / "p.sqlite"
    db = open_database(path)
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM partnerships").fetchall()
    _write(db)
    started = time.perf_counter()
    assert checkpoint(db) is False  # said, never silently taken as done
    assert time.perf_counter() - started < 0.5  # a write never waits long for a reader
    assert _wal_size(path) > 0
    reader.rollback()
    reader.close()
    assert checkpoint(db) is True and _wal_size(path) == 0
    db.close()
