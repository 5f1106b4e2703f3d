"""write_atomically: whole or nothing, nothing left behind, the user's umask."""

import os
import stat

import pytest

from pps_monitor.files import WriteError, write_atomically


@pytest.fixture
def out(tmp_path):
    # The suite's autouse fixture puts a home folder in tmp_path: use a clean folder.
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_bytes_and_writer_functions(out):
    write_atomically(out / "a.bin", b"abc")
    write_atomically(out / "b.txt", lambda p: p.write_text("hello"))
    assert (out / "a.bin").read_bytes() == b"abc"
    assert (out / "b.txt").read_text() == "hello"
    assert sorted(p.name for p in out.iterdir()) == ["a.bin", "b.txt"]


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing(out, monkeypatch):
    target = out / "report.pdf"
    target.write_bytes(b"old")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", full_disk)
    with pytest.raises(WriteError, match=r"report\.pdf: the disk is full"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == ["report.pdf"]


def test_a_writer_that_raises_leaves_nothing(out):
    def broken(path):
        path.write_text("half")
        raise ValueError("boom")

    with pytest.raises(ValueError):
        write_atomically(out / "x.csv", broken)
    assert list(out.iterdir()) == []


def test_missing_folder_names_the_path(out):
    with pytest.raises(WriteError, match="the folder does not exist"):
        write_atomically(out / "nope" / "x.csv", b"x")


@pytest.mark.parametrize("mask", [0o022, 0o077])
def test_permissions_follow_the_umask(out, mask):
    old = os.umask(mask)
    try:
        path = write_atomically(out / "f", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask


def test_a_killed_writers_temp_file_is_swept_and_a_live_one_kept(tmp_path):
    """Issue 14: a `.part` left by a kill goes at the next start; one being written stays."""
    import os
    import subprocess
    import sys

    from pps_monitor.files import sweep_stale_parts
    from pps_monitor.storage.database import open_database

    stale = tmp_path / ".db.sqlite.abc123.part"
    stale.write_bytes(b"half a backup")
    backups = tmp_path / "db-backups"
    backups.mkdir()
    (backups / ".db-1.sqlite.x.part").write_bytes(b"half")
    # a live writer: another process holds its temp file locked
    live = tmp_path / ".report.pdf.live.part"
    live.write_bytes(b"being written")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDWR); "
            "fcntl.flock(fd, fcntl.LOCK_EX); print('held', flush=True); time.sleep(30)",
            str(live),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        open_database(tmp_path / "db.sqlite").close()
        assert not stale.exists() and not list(backups.glob("*.part"))
        assert live.exists()
    finally:
        holder.kill()
        holder.wait()
    assert sweep_stale_parts(tmp_path) == [live]
    assert os.listdir(backups) == []
