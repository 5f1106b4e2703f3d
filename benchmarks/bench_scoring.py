"""Scoring speed against a plain SQL read of the same answers (issue: at most 3x).

    python benchmarks/bench_scoring.py [--partnerships 100] [--rounds 10] [--respondents 30]

Builds (or reuses) a synthetic database, then for several partnerships measures, in the
same run: (a) one plain SQL query that reads all that partnership's answers, and
(b) loading and computing every score of all its rounds. Prints both and the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import generate
from pps_monitor.analysis import partnership_results
from pps_monitor.storage.database import open_database
from pps_monitor.storage.responses import PARTNERSHIP_ANSWERS


def timed(fn, repeat: int) -> float:
    best = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best.append(time.perf_counter() - t0)
    return statistics.median(best)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--partnerships", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--respondents", type=int, default=30)
    ap.add_argument("--db", type=Path, default=None, help="reuse or create this database")
    ap.add_argument("--samples", type=int, default=10, help="partnerships to measure")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    path = args.db or Path(tempfile.gettempdir()) / (
        f"pps-bench-{args.partnerships}x{args.rounds}x{args.respondents}.sqlite"
    )
    if not path.exists():
        t0 = time.perf_counter()
        generate(path, args.partnerships, args.rounds, args.respondents)
        print(f"generated {path} in {time.perf_counter() - t0:.1f} s")
    db = open_database(path)
    answers = db.execute("SELECT count(*) FROM answers").fetchone()[0]
    print(f"database: {answers:,} answers")
    ids = [r[0] for r in db.execute("SELECT id FROM partnerships ORDER BY name").fetchall()]
    sample = ids[:: max(1, len(ids) // args.samples)][: args.samples]

    partnership_results(db, sample[0])  # warm caches (instrument snapshot, agreement table)
    base_t, score_t = [], []
    for pid in sample:
        base_t.append(
            timed(
                lambda pid=pid: db.conn.execute(PARTNERSHIP_ANSWERS, [pid]).fetchall(), args.repeat
            )
        )
        score_t.append(timed(lambda pid=pid: partnership_results(db, pid), args.repeat))
    n = len(db.conn.execute(PARTNERSHIP_ANSWERS, [sample[0]]).fetchall())
    base, score = statistics.median(base_t), statistics.median(score_t)
    print(f"answers per partnership:          {n:,}")
    print(
        f"plain SQL read of those answers:  {base * 1000:8.1f} ms "
        f"(median of {len(sample)} partnerships)"
    )
    print(f"load + score all rounds:          {score * 1000:8.1f} ms")
    print(f"ratio:                            {score / base:8.2f}x  (target <= 3.00x)")


if __name__ == "__main__":
    main()
