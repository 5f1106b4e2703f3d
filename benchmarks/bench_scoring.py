"""All scores of one partnership (10 rounds x 100 respondents) in a 1.8 M-answer database,
vs one plain SELECT of those answers. Issue 15 goal: <= 1.5x.

    python benchmarks/bench_scoring.py [--partnerships 30] [--rounds 10] [--respondents 100]
                                       [--impl python|vector]

Builds (or reuses, by its name in the temp folder) a synthetic database of
partnerships x rounds x respondents x 60 answers (30 x 10 x 100 x 60 = 1.8 M), then for
several partnerships, alternately: (a) the baseline, one plain SELECT of all that
partnership's answers, fetched; (b) the project's figure, loading and scoring every
round of it (analysis.partnership_results, what the results view and the CLI call, on
NumPy arrays; with --impl python, analysis.reference_results, the pure-Python reference).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import alternate, print_result

GOAL = 1.5


def plain_select(db, pid: str) -> list:
    """The baseline: the partnership's answers in one plain query (the project's own)."""
    from pps_monitor.storage.responses import PARTNERSHIP_ANSWERS

    return db.conn.execute(PARTNERSHIP_ANSWERS, [pid]).fetchall()


def scorer(impl: str):  # type: ignore[no-untyped-def]
    """partnership_results of the pure-Python path or of the NumPy path."""
    if impl == "vector":
        from pps_monitor.analysis import partnership_results
    else:
        from pps_monitor.analysis import reference_results as partnership_results
    return partnership_results


def database(partnerships: int, rounds: int, respondents: int, path: Path | None = None) -> Path:
    from benchmarks.synthetic import generate

    path = path or Path(tempfile.gettempdir()) / (
        f"pps-bench-{partnerships}x{rounds}x{respondents}.sqlite"
    )
    if not path.exists():
        t0 = time.perf_counter()
        generate(path, partnerships, rounds, respondents)
        print(f"generated {path} in {time.perf_counter() - t0:.1f} s")
    return path


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--partnerships", type=int, default=30)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--respondents", type=int, default=100)
    ap.add_argument("--db", type=Path, default=None, help="reuse or create this database")
    ap.add_argument("--samples", type=int, default=5, help="partnerships to measure")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--impl", choices=("python", "vector"), default="vector")
    args = ap.parse_args(argv)

    from pps_monitor.storage.database import open_database

    partnership_results = scorer(args.impl)

    path = database(args.partnerships, args.rounds, args.respondents, args.db)
    t0 = time.perf_counter()
    db = open_database(path)
    opened = time.perf_counter() - t0
    answers = db.execute("SELECT count(*) FROM answers").fetchone()[0]
    ids = [r[0] for r in db.execute("SELECT id FROM partnerships ORDER BY name").fetchall()]
    sample = ids[:: max(1, len(ids) // args.samples)][: args.samples]
    partnership_results(db, sample[0])  # warm caches (instrument snapshot, agreement table)
    base_t, score_t = [], []
    for pid in sample:
        s, b = alternate(
            lambda pid=pid: partnership_results(db, pid),
            lambda pid=pid: plain_select(db, pid),
            args.repeat,
        )
        score_t.append(s)
        base_t.append(b)
    n = len(plain_select(db, sample[0]))
    db.close()
    base, score = statistics.median(base_t), statistics.median(score_t)
    print(
        f"database: {answers:,} answers, {path.stat().st_size / 1e6:.0f} MB, "
        f"opened in {opened * 1000:.0f} ms; {n:,} answers per partnership; "
        f"medians over {len(sample)} partnerships x {args.repeat} alternated runs"
    )
    print_result(
        f"all scores of one partnership ({args.impl}), {args.rounds} rounds x "
        f"{args.respondents} respondents, {answers / 1e6:.1f} M-answer db",
        f"{score * 1000:.0f} ms",
        f"one plain SELECT of those answers {base * 1000:.0f} ms",
        score / base,
        "<= 1.5x",
        score / base <= GOAL,
    )
    return {"score": score, "base": base, "answers": answers}


if __name__ == "__main__":
    main()
