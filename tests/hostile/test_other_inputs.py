"""Backups to restore and instrument files are read under the same care (issue 14)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from pps_monitor.errors import PpsError
from tests.hostile.corpus import make_valid


@pytest.fixture(scope="module")
def valid(tmp_path_factory):
    return make_valid(tmp_path_factory.mktemp("valid"))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _hostile_backups(folder: Path, good: Path) -> dict[str, tuple[Path, str]]:
    from pps_monitor.storage.migrations import SCHEMA_VERSION

    cases: dict[str, tuple[Path, str]] = {}
    (folder / "text.sqlite").write_text("not a database")
    cases["text"] = (folder / "text.sqlite", "not an SQLite file")
    foreign = folder / "foreign.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    cases["another program's"] = (foreign, "another program")
    newer = Path(shutil.copy(good, folder / "newer.sqlite"))
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    cases["newer"] = (newer, "newer version")
    damaged = Path(shutil.copy(good, folder / "damaged.sqlite"))
    raw = bytearray(damaged.read_bytes())
    raw[4096 * 3 : 4096 * 3 + 2000] = b"\xff" * 2000
    damaged.write_bytes(bytes(raw))
    cases["damaged"] = (damaged, "damaged|cannot be opened")
    empty = folder / "empty.sqlite"
    sqlite3.connect(empty).close()
    cases["empty"] = (empty, "empty|not a backup")
    return cases


def test_a_hostile_backup_is_not_restored(valid, tmp_path):
    from pps_monitor.storage.backup import restore_backup

    laptop, _round_pkg, _responses = valid
    target = Path(shutil.copy(laptop, tmp_path / "target.sqlite"))
    before = _sha(target)
    for name, (backup, expect) in _hostile_backups(tmp_path, laptop).items():
        with pytest.raises(PpsError) as err:
            restore_backup(backup, target)
        assert any(w in str(err.value) for w in expect.split("|")), (name, str(err.value))
        assert _sha(target) == before, name
    restore_backup(laptop, target)  # a good one is restored


def test_a_hostile_instrument_file_is_refused(tmp_path):
    from pps_monitor.services.partnerships import resolve_instrument

    cases = {
        "deep.json": (b"[" * 100_000 + b"]" * 100_000, "nested"),
        "long.json": (b'{"id": "' + b"x" * 30_000 + b'"}', "longer than"),
        "latin1.json": ('{"id": "é"}'.encode("latin-1"), "not UTF-8"),
        "nan.json": (b'{"id": NaN}', "not allowed"),
        "big.json": (b" " * (5 * 1024 * 1024), "too large"),
    }
    for name, (content, expect) in cases.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(PpsError, match=expect):
            resolve_instrument(str(tmp_path / name))
