"""SIGKILL at random moments during import, backup, restore and migration (issue 14).

    python benchmarks/crash_all.py [--kills 1000] [--files 12] [--seed 7]

Each run starts a writer doing one of the four jobs in a loop and kills it after a
random delay; the modes take turns. After every kill, as the app does at its next
start, the databases are opened again (which sweeps stale temp files), and this checks:

- import: integrity and foreign keys hold, every responses file is fully there or fully
  absent, every respondent the writer acknowledged is there with all 60 answers;
- backup: the database and every backup in its folder pass integrity_check;
- restore: the restored database is whole and equals one of the two backups (before or
  after, never half);
- migration: the database is at the old or the new schema version, whole, and opening
  it completes the migration with every respondent of the old file;
- and, for all: no temp file (``.part``, its ``-journal``) is left anywhere.

The default is the issue's 1,000 kills (about 15 minutes); the test suite runs 8.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.crash_test import WRITER as IMPORT_WRITER  # noqa: E402
from benchmarks.crash_test import prepare, verify  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "schema_v2_rich.sqlite"
MODES = ("import", "backup", "restore", "migrate")

WRITER = r"""
import os, shutil, sys
from pathlib import Path
from typing import Any
mode, folder, fixture = sys.argv[1:4]
folder = Path(folder)
if mode == "backup":
    from pps_monitor.storage.backup import make_backup
    from pps_monitor.storage.database import open_database
    db = open_database(folder / "target.sqlite")
    while True:
        make_backup(db, folder / "target.sqlite", "crash", keep=3)
        print("BACKUP", flush=True)
elif mode == "restore":
    from pps_monitor.storage.backup import restore_backup
    k = 0
    while True:
        source = folder / ("state-a.sqlite", "state-b.sqlite")[k % 2]
        restore_backup(source, folder / "restore.sqlite")
        k += 1
        print("RESTORED", flush=True)
else:
    from pps_monitor.storage.database import open_database
    target = folder / "mig.sqlite"
    while True:
        for old in folder.glob("mig.before-*"):
            old.unlink()
        shutil.copy(fixture, folder / "mig.copy")
        os.replace(folder / "mig.copy", target)
        open_database(target).close()
        print("MIGRATED", flush=True)
"""


def _count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM respondents").fetchone()[0])
    finally:
        con.close()


def _whole(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        problems = []
        if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append(f"{path.name}: integrity_check failed")
        if con.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{path.name}: foreign_key_check failed")
        return problems
    finally:
        con.close()


def _states(tmp: Path, target: Path, first_file: Path) -> tuple[int, int]:
    """Two backups to restore in turn: the round alone, and the round with answers."""
    from pps_monitor.exchange import package as px
    from pps_monitor.storage.backup import restore_backup
    from pps_monitor.storage.database import backup_to, open_database

    db = open_database(target)
    backup_to(db, tmp / "state-a.sqlite")
    db.close()
    scratch = tmp / "scratch.sqlite"
    restore_backup(tmp / "state-a.sqlite", scratch)
    db = open_database(scratch)
    px.import_file(db, first_file)
    backup_to(db, tmp / "state-b.sqlite")
    db.close()
    shutil.copy(tmp / "state-a.sqlite", tmp / "restore.sqlite")
    return _count(tmp / "state-a.sqlite"), _count(tmp / "state-b.sqlite")


def _after_kill(mode: str, tmp: Path, ctx: dict[str, Any], acked: set[str]) -> list[str]:
    """What the app finds at its next start, checked."""
    from pps_monitor.storage.database import open_database

    problems: list[str] = []
    ctx["left"][mode] += len(list(tmp.rglob(".*.part*")))  # left by the kill, before the sweep
    if mode == "import":
        problems += verify(ctx["target"], ctx["members"], acked)
    elif mode == "backup":
        problems += _whole(ctx["target"])
        for backup in sorted((tmp / "target-backups").glob("*.sqlite")):
            problems += _whole(backup)
    elif mode == "restore":
        problems += _whole(tmp / "restore.sqlite")
        n = _count(tmp / "restore.sqlite")
        if n not in ctx["states"]:
            problems.append(f"restore.sqlite has {n} respondents: neither backup ({ctx['states']})")
    else:
        mig = tmp / "mig.sqlite"
        if mig.exists():
            problems += _whole(mig)
            con = sqlite3.connect(mig)
            version = con.execute("PRAGMA user_version").fetchone()[0]
            con.close()
            if version not in ctx["versions"]:
                problems.append(f"mig.sqlite at schema version {version}")
            open_database(mig).close()  # the next start completes the migration
            if _count(mig) != ctx["fixture_count"]:
                problems.append(f"mig.sqlite lost respondents: {_count(mig)}")
    for name in ("target.sqlite", "restore.sqlite"):  # the next start sweeps temp files
        open_database(tmp / name).close()
    stray = [p for p in tmp.rglob(".*.part*")] + list(tmp.glob("mig.copy"))
    problems += [f"stray temp file {p.relative_to(tmp)}" for p in stray]
    for p in tmp.glob("mig.copy"):  # the script's own copy step, not the app's
        p.unlink()
    return [p for p in problems if not p.endswith("mig.copy")]


def run(kills: int, files: int, seed: int = 7, verbose: bool = True) -> list[str]:  # long: a loop
    from pps_monitor.storage.migrations import SCHEMA_VERSION

    tmp = Path(tempfile.mkdtemp(prefix="crash-all-"))
    target, rid, paths, members = prepare(tmp, files)
    ctx: dict[str, Any] = {
        "target": target,
        "members": {str(k): v for k, v in members.items()},
        "states": _states(tmp, target, paths[0]),
        "versions": {
            sqlite3.connect(FIXTURE).execute("PRAGMA user_version").fetchone()[0],
            SCHEMA_VERSION,
        },
        "fixture_count": _count(FIXTURE),
        "left": dict.fromkeys(MODES, 0),
        "done": dict.fromkeys(MODES, 0),
    }
    rng = random.Random(seed)
    acked: set[str] = set()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    tally = {m: [0, 0] for m in MODES}  # killed mid-work, finished
    started = time.monotonic()
    for k in range(kills):
        mode = MODES[k % len(MODES)]
        if mode == "import":
            args = [
                "-c",
                IMPORT_WRITER,
                str(target),
                rid,
                str(rng.randrange(10**6)),
                *map(str, paths),
            ]
        else:
            args = ["-c", WRITER, mode, str(tmp), str(FIXTURE)]
        proc = subprocess.Popen(
            [sys.executable, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        time.sleep(rng.uniform(0.25, 1.2))  # start-up is ~0.25 s; then it is writing
        alive = proc.poll() is None
        if alive:
            proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        tally[mode][0 if alive else 1] += 1
        acked |= {line.split()[1] for line in out.splitlines() if line.startswith("ACK ")}
        ctx["done"][mode] += len(out.splitlines())
        problems = _after_kill(mode, tmp, ctx, acked)
        if problems:
            return [f"after run {k + 1} ({mode}): {p}" for p in problems]
        if verbose and (k + 1) % 50 == 0:
            print(f"{k + 1} runs, {time.monotonic() - started:.0f} s: ok", flush=True)
    if verbose:
        for mode, (killed, done) in tally.items():
            print(
                f"{mode}: {killed} killed mid-work, {done} finished before the kill; "
                f"{ctx['done'][mode]} jobs completed before the kills; "
                f"{ctx['left'][mode]} temp files left by kills, all swept at the next start"
            )
        print(f"{len(acked)} acknowledged respondents all present with all 60 answers;")
        print("0 corrupt, 0 partial, 0 lost, 0 stray temp files")
        print(f"{kills} runs in {time.monotonic() - started:.0f} s")
    shutil.rmtree(tmp, ignore_errors=True)
    return []


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--kills", type=int, default=1000)
    ap.add_argument("--files", type=int, default=12)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    problems = run(args.kills, args.files, args.seed)
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
