"""Import speed of a responses file (issue: at most 2x a plain executemany of the same rows).

    python benchmarks/bench_import.py [--respondents 1000] [--runs 5]

Makes a responses file of N respondents x 60 answers, then times, alternating in one run:
(a) importing it into a database that has its round (read, check every value and
checksum, look for existing records, write in one transaction); (b) inserting the same
respondent and answer rows into empty tables of the same schema with one plain
executemany each.
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

from pps_monitor.demo import simulate_answers
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.exchange import package as px
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database


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

    ours, plain = [], []
    for k in range(args.runs):
        target = tmp / f"import{k}.sqlite"
        shutil.copy(tmp / "base.sqlite", target)
        db = open_database(target)
        t0 = time.perf_counter()
        plan = px.import_file(db, responses)
        ours.append(time.perf_counter() - t0)
        assert plan.count("answers") == len(answers)
        db.close()

        empty = open_database(tmp / f"plain{k}.sqlite")
        empty.execute("PRAGMA foreign_keys = OFF")  # the rows' round is not in this empty database
        t0 = time.perf_counter()
        with empty.atomic():
            empty.conn.executemany(
                f"INSERT INTO respondents VALUES ({', '.join('?' * len(people[0]))})", people
            )
            empty.conn.executemany(
                f"INSERT INTO answers VALUES ({', '.join('?' * len(answers[0]))})", answers
            )
        plain.append(time.perf_counter() - t0)
        empty.close()
    o, p = statistics.median(ours), statistics.median(plain)
    print(f"import of the responses file:       {o * 1000:7.0f} ms (median of {args.runs})")
    print(f"plain executemany of the same rows: {p * 1000:7.0f} ms")
    print(f"ratio:                              {o / p:7.2f}x  (target <= 2.00x)")


if __name__ == "__main__":
    main()
