"""Kill a writer with SIGKILL at random moments; nothing acknowledged may be lost.

    python benchmarks/crash_test.py [--kills 200] [--files 12]

The writer imports responses files and enters answers one by one, and prints a line
after each commit. After every kill this checks: integrity_check is ok, the foreign
keys hold, every import is either fully there or fully absent, and every respondent
the writer acknowledged is there with all 60 answers. The default is small; the
issue's proof is ``--kills 200``.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WRITER = r"""
import random, sys
from pathlib import Path
from pps_monitor.demo import simulate_answers
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.exchange import package as px
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database

db_path, round_id, seed, *files = sys.argv[1:]
rng = random.Random(int(seed))
db = open_database(Path(db_path))
inst = default_instrument()
rng.shuffle(files)
for f in files:
    px.import_file(db, Path(f))
    print("IMPORTED", f, flush=True)
while True:  # then keep entering answers until killed
    answers = simulate_answers(inst, rng, {}, "private")
    rid = repo.add_response(db, round_id, repo.NewResponse(answers, source="meeting"))
    print("ACK", rid, flush=True)
"""


def prepare(tmp: Path, files: int) -> tuple[Path, str, list[Path], dict[str, set[str]]]:
    from pps_monitor.demo import simulate_answers
    from pps_monitor.domain.instrument import default_instrument
    from pps_monitor.exchange import package as px
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage.database import open_database

    inst = default_instrument()
    rng = random.Random(1)
    coordinator = open_database(tmp / "coordinator.sqlite")
    pid = repo.create_partnership(coordinator, "Crash test")
    rid = repo.create_round(coordinator, pid, "R1", "2026-01-01", inst)
    target = tmp / "target.sqlite"
    db = open_database(target)
    px.import_file(db, px.export_round_package(coordinator, rid, tmp / "round.ppsmonitor"))
    db.close()
    paths, members = [], {}
    for k in range(files):
        laptop = open_database(tmp / f"laptop{k}.sqlite")
        px.import_file(laptop, tmp / "round.ppsmonitor")
        size = rng.randint(5, 40)
        batch = [
            repo.NewResponse(simulate_answers(inst, rng, {}, "public"), source="meeting")
            for _ in range(size)
        ]
        keys = repo.add_responses(laptop, rid, batch)
        # The UUID travels between laptops; the integer key is each database's own.
        marks = ",".join("?" * len(keys))
        ids = [
            row[0]
            for row in laptop.execute(
                f"SELECT uuid FROM respondents WHERE id IN ({marks})", keys
            ).fetchall()
        ]
        path = px.export_responses(laptop, rid, tmp / f"answers{k}.ppsmonitor")
        paths.append(path)
        members[str(path)] = set(ids)
        laptop.close()
    return target, rid, paths, members


def verify(target: Path, members: dict[str, set[str]], acked: set[str]) -> list[str]:
    from pps_monitor.domain.instrument import default_instrument

    items = len(default_instrument().items)  # every answer of the questionnaire
    con = sqlite3.connect(target)  # a plain connection: recovers the WAL like any reader
    problems = []
    if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        problems.append("integrity_check failed")
    if con.execute("PRAGMA foreign_key_check").fetchall():
        problems.append("foreign_key_check failed")
    present = {str(row[0]) for row in con.execute("SELECT id FROM respondents")}
    uuids = {row[0] for row in con.execute("SELECT uuid FROM respondents")}
    counts = {
        str(key): n
        for key, n in con.execute(
            "SELECT respondent_id, count(*) FROM answers GROUP BY respondent_id"
        ).fetchall()
    }
    for path, ids in members.items():
        there = ids & uuids
        if there and there != ids:
            name = Path(path).name
            problems.append(f"{name}: {len(there)} of {len(ids)} respondents (half an import)")
    for rid in acked:
        if rid not in present:
            problems.append(f"acknowledged respondent {rid} is missing")
        elif counts.get(rid) != items:
            problems.append(f"acknowledged respondent {rid} has {counts.get(rid)} answers")
    incomplete = [r for r, c in counts.items() if c != items]
    if incomplete:
        problems.append(f"{len(incomplete)} respondent(s) with a partial set of answers")
    con.close()
    return problems


def run(kills: int, files: int, seed: int = 7, verbose: bool = True) -> list[str]:
    tmp = Path(tempfile.mkdtemp())
    target, rid, paths, members = prepare(tmp, files)
    rng = random.Random(seed)
    acked: set[str] = set()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    killed = finished = 0
    for k in range(kills):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER,
                str(target),
                rid,
                str(rng.randrange(10**6)),
                *map(str, paths),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        time.sleep(rng.uniform(0.25, 1.2))  # start-up is ~0.25 s; then it is writing
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        else:
            finished += 1
        out, _ = proc.communicate()
        acked |= {line.split()[1] for line in out.splitlines() if line.startswith("ACK ")}
        problems = verify(target, members, acked)
        if problems:
            return [f"after run {k + 1}: {p}" for p in problems]
        if verbose and (k + 1) % 20 == 0:
            print(f"{k + 1} runs ({killed} killed mid-work), {len(acked)} acknowledged kept: ok")
    if verbose:
        print(f"{kills} runs: {killed} killed by SIGKILL, {finished} finished;")
        print(f"{len(acked)} acknowledged respondents all present with all 60 answers;")
        print("every import whole or absent; integrity_check and foreign_key_check ok")
    return []


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--files", type=int, default=30)
    args = ap.parse_args()
    problems = run(args.kills, args.files)
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
