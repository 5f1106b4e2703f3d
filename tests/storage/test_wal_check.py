"""A -wal file next to a database is replayed only when it belongs to it (issue 14)."""

import shutil
import sqlite3

import pytest

from pps_monitor.errors import DatabaseError
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database


def make(path, name):
    db = open_database(path)
    repo.create_partnership(db, name)
    db.close()


def with_pending_log(path, name):
    """A copy of ``path`` and its -wal taken while a write sat in the log (as after a
    crash between commit and checkpoint): (database bytes, log bytes)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(
        "INSERT INTO partnerships (id, name, description, created_at) VALUES (?, ?, '', '')",
        [name, name],
    )
    conn.commit()
    data, log = path.read_bytes(), path.with_name(path.name + "-wal").read_bytes()
    conn.close()
    return data, log


def test_a_log_left_by_an_interrupted_write_is_replayed(tmp_path):
    path = tmp_path / "a.sqlite"
    make(path, "A")
    data, log = with_pending_log(path, "Late")
    crashed = tmp_path / "crashed.sqlite"
    crashed.write_bytes(data)
    (tmp_path / "crashed.sqlite-wal").write_bytes(log)
    db = open_database(crashed)
    assert {p["name"] for p in repo.list_partnerships(db)} == {"A", "Late"}
    db.close()


def test_another_databases_log_is_refused_and_nothing_changes(tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    make(a, "A")
    make(b, "B")
    for k in range(200):  # enough pages that B's log cannot fit A
        db = open_database(b)
        repo.create_partnership(db, f"B{k}")
        db.close()
    _, log = with_pending_log(b, "Late")
    foreign = tmp_path / "a.sqlite-wal"
    foreign.write_bytes(log)
    before = a.read_bytes()
    with pytest.raises(DatabaseError, match="does not belong to it"):
        open_database(a)
    assert a.read_bytes() == before and foreign.read_bytes() == log
    foreign.unlink()  # moved away, as the message says: the database opens as it was
    db = open_database(a)
    assert [p["name"] for p in repo.list_partnerships(db)] == ["A"]
    db.close()
    shutil.rmtree(tmp_path / "a-backups", ignore_errors=True)
