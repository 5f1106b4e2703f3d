"""Two programs on one database, a held lock and a full disk (issue 14): a plain message,
nothing lost, nothing doubled, nothing left behind."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.corpus import make_valid

ROOT = Path(__file__).resolve().parents[2]
CLI = "from pps_monitor.cli import main; raise SystemExit(main())"


@pytest.fixture(scope="module")
def valid(tmp_path_factory):
    return make_valid(tmp_path_factory.mktemp("valid"))


def _respondents(db: Path) -> int:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT count(*) FROM respondents").fetchone()[0])
    finally:
        con.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_same_file_imported_by_two_processes_at_once(valid, tmp_path):
    """One import adds the answers, the other finds them there; never a conflict."""
    laptop, _round_pkg, responses = valid
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    outcomes = []
    for k in range(4):
        db = Path(shutil.copy(laptop, tmp_path / f"db{k}.sqlite"))
        before = _respondents(db)
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", CLI, "import", "--db", str(db), str(responses)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for _ in range(2)
        ]
        results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
        assert [r[0] for r in results] == [0, 0], results
        words = sorted(r[1].split(":")[0] for r in results)
        outcomes.append(words)
        assert words == ["Already imported, nothing changed", "Imported"], results
        from pps_monitor.exchange.reading import read_exchange

        added = len(read_exchange(responses).data["respondents"])
        assert _respondents(db) == before + added
    print(outcomes)


def test_a_held_write_lock_gives_a_plain_message_and_takes_no_backup(
    valid, tmp_path, monkeypatch, capsys
):
    import sqlite3

    from pps_monitor.cli import main
    from pps_monitor.storage import database

    laptop, _round_pkg, responses = valid
    db = Path(shutil.copy(laptop, tmp_path / "held.sqlite"))
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.3)
    other = sqlite3.connect(db)
    other.execute("BEGIN IMMEDIATE")  # another program writes and does not let go
    try:
        code = main(["import", "--db", str(db), str(responses)])
    finally:
        other.rollback()
        other.close()
    err = capsys.readouterr().err
    assert code == 1 and "in use by another program" in err and "Traceback" not in err
    assert not (tmp_path / "held-backups").exists()
    assert _respondents(db) == _respondents(laptop)


def _integrity(path: Path) -> str:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def _fill(filler: Path) -> None:
    """Fill the rest of the disk."""
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass


def _mount_tmpfs(folder: Path, size_kb: int) -> None:
    folder.mkdir()
    run = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({run.stderr.strip() or 'not root'})")


def test_a_full_disk_on_a_small_tmpfs(valid, tmp_path, capsys):
    """The import's backup does not fit: one plain line, the database and folder as they
    were; an export that does not fit leaves no file and no temp file."""
    from pps_monitor.cli import main

    laptop, _round_pkg, responses = valid
    disk = tmp_path / "disk"
    size_kb = laptop.stat().st_size // 1024 + 256
    _mount_tmpfs(disk, size_kb)
    try:
        db = Path(shutil.copy(laptop, disk / "full.sqlite"))
        before, listing = _sha(db), sorted(os.listdir(disk))
        code = main(["import", "--db", str(db), str(responses)])
        err = capsys.readouterr().err
        assert code == 1 and "disk is full" in err and "Traceback" not in err, err
        assert _sha(db) == before
        leftovers = sorted(os.listdir(disk))
        assert [n for n in leftovers if n not in listing and n != "full-backups"] == []
        backups = disk / "full-backups"  # a backup that fitted is whole
        for backup in backups.glob("*.sqlite") if backups.exists() else []:
            assert _integrity(backup) == "ok"
        assert not list(disk.rglob(".*.part*"))
        _fill(disk / "filler")
        from pps_monitor.exchange import package as px
        from pps_monitor.storage.database import open_database

        opened = open_database(db, readonly=True)
        rid = opened.execute("SELECT id FROM rounds").fetchone()[0]
        with pytest.raises(px.ExchangeError, match="the disk is full"):
            px.export_responses(opened, rid, disk / "out.ppsmonitor", complete=True)
        opened.close()
        assert not list(disk.glob(".*.part*")) and not (disk / "out.ppsmonitor").exists()
    finally:
        if subprocess.run(["umount", str(disk)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(disk)], check=False)  # busy: detach it


def test_enospc_during_any_write_says_so_and_leaves_nothing(valid, tmp_path, monkeypatch):
    """Where no tmpfs can be mounted: the write itself fails with ENOSPC."""
    from pps_monitor import files
    from pps_monitor.exchange import package as px
    from pps_monitor.storage.database import open_database

    laptop, _round_pkg, _responses = valid
    db = open_database(Path(shutil.copy(laptop, tmp_path / "db.sqlite")))
    rid = db.execute("SELECT id FROM rounds").fetchone()[0]

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "write", full)
    with pytest.raises(px.ExchangeError, match=r"the disk is full\. Nothing was changed"):
        px.export_responses(db, rid, tmp_path / "out.ppsmonitor", complete=True)
    db.close()
    assert not (tmp_path / "out.ppsmonitor").exists() and not list(tmp_path.glob(".*.part*"))


def test_an_exclusive_lock_is_named_not_called_damage(valid, tmp_path, capsys, monkeypatch):
    import sqlite3

    from pps_monitor.cli import main
    from pps_monitor.storage import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.3)
    laptop, _round_pkg, responses = valid
    db = Path(shutil.copy(laptop, tmp_path / "locked.sqlite"))
    before = _sha(db)
    con = sqlite3.connect(db)
    con.execute("PRAGMA locking_mode = EXCLUSIVE")
    con.execute("BEGIN EXCLUSIVE")
    try:
        for args in (["list", "--db", str(db)], ["import", "--db", str(db), str(responses)]):
            assert main(args) == 1
            err = capsys.readouterr().err
            assert "in use by another program" in err and "damaged" not in err, err
    finally:
        con.rollback()
        con.close()
    assert _sha(db) == before
