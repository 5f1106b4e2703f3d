"""Import speed of a responses file (issue: at most 2x a plain executemany of the same rows).

    python benchmarks/bench_import.py [--respondents 1000] [--runs 5]

Makes a responses file of N respondents x 60 answers, then times, alternating in one run:
(a) importing it into a database that has its round (read, check every value and
checksum, look for existing records, write in one transaction, checkpoint); (b) inserting
the same respondent and answer rows with one plain executemany each into a copy of that
same database (its empty tables, foreign keys on, as the app runs); (c) the same into an
empty file with foreign keys off (the issue's first baseline, printed too). The backup
the app takes before an import is measured apart.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import print_result
from pps_monitor.demo import simulate_answers
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.exchange import package as px
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database

GOAL = 2.0


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--respondents", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    inst = default_instrument()
    rng = random.Random(5)
    source = open_database(tmp / "source.sqlite")
    pid = repo.create_partnership(source, "Bench")
    rid = repo.create_round(source, pid, "R1", "2026-01-01", inst)
    base = open_database(tmp / "base.sqlite")
    px.import_file(base, px.export_round_package(source, rid, tmp / "round.ppsmonitor"))
    base.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    base.close()
    batch = [
        repo.NewResponse(
            simulate_answers(inst, rng, {}, "public"), sector="public", source="meeting"
        )
        for _ in range(args.respondents)
    ]
    repo.add_responses(source, rid, batch)
    responses = px.export_responses(source, rid, tmp / "responses.ppsmonitor")
    people = source.conn.execute("SELECT * FROM respondents").fetchall()
    answers = source.conn.execute("SELECT * FROM answers").fetchall()
    print(
        f"{len(people)} respondents, {len(answers):,} answers; "
        f"file {responses.stat().st_size // 1024} KB"
    )

    def import_once(k: int) -> float:
        target = tmp / f"import{k}.sqlite"
        shutil.copy(tmp / "base.sqlite", target)
        db = open_database(target)
        t0 = time.perf_counter()
        plan = px.import_file(db, responses)
        took = time.perf_counter() - t0
        assert plan.count("answers") == len(answers)
        db.close()
        return took

    def plain_once(k: int, same_database: bool) -> float:
        """The rows inserted as they are: into a copy of the same database (its empty
        tables, foreign keys checked as the app always has them), or into an empty file
        with foreign keys off (its rows' round is not there): the issue's first baseline."""
        if same_database:
            target = tmp / f"plain-same{k}.sqlite"
            shutil.copy(tmp / "base.sqlite", target)
            db = open_database(target)
        else:
            db = open_database(tmp / f"plain{k}.sqlite")
            db.execute("PRAGMA foreign_keys = OFF")
        t0 = time.perf_counter()
        with db.atomic():
            db.conn.executemany(
                f"INSERT INTO respondents VALUES ({', '.join('?' * len(people[0]))})", people
            )
            db.conn.executemany(
                f"INSERT INTO answers VALUES ({', '.join('?' * len(answers[0]))})", answers
            )
        took = time.perf_counter() - t0
        db.close()
        return took

    def backup_once(k: int) -> float:
        """The backup the app takes before every import (services.exchange.apply_import)."""
        from pps_monitor.storage.backup import make_backup

        target = tmp / f"backup{k}.sqlite"
        shutil.copy(tmp / "base.sqlite", target)
        db = open_database(target)
        t0 = time.perf_counter()
        make_backup(db, target, "before-import")
        took = time.perf_counter() - t0
        db.close()
        return took

    ours, same, empty, backup = [], [], [], []
    for k in range(args.runs):  # A B C A B C ...: every measure sees the same load
        ours.append(import_once(k))
        same.append(plain_once(k, True))
        empty.append(plain_once(k, False))
        backup.append(backup_once(k))
    o, p, e = (statistics.median(x) * 1000 for x in (ours, same, empty))
    print(
        f"medians of {args.runs} alternated runs; the backup before an import, apart: "
        f"{statistics.median(backup) * 1000:.0f} ms"
    )
    print_result(
        f"import {args.respondents:,} respondents x 60 (responses file, backup apart)",
        f"{o:.0f} ms",
        f"plain executemany of the same rows into the same empty tables {p:.0f} ms",
        o / p,
        "<= 2x",
        o / p <= GOAL,
    )
    print_result(
        f"import {args.respondents:,} x 60 vs an empty file without foreign keys",
        f"{o:.0f} ms",
        f"plain executemany into an empty file, foreign keys off {e:.0f} ms",
        o / e,
        "<= 2x",
        o / e <= GOAL,
    )


if __name__ == "__main__":
    main()
