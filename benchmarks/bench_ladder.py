"""Size ladder: scoring time and file size per million answers, from small to large.

    python benchmarks/bench_ladder.py [--large] [--max-answers 1300000] [--impl python|vector]

Rungs: 10, 100, 1,000 and 10,000 respondents per round, times 5, 20 and 50 rounds, of
one partnership (60 answers per respondent). Per rung, alternately: the project's
figure (loading and scoring every round: analysis.partnership_results) and the
baseline (one plain SELECT of the same answers, fetched); and the file size per million
answers. Rungs above --max-answers are skipped unless --large (the largest, 10,000 x 50
= 30 M answers, takes long and several GB). Issue 15 goals: file size <= 40 MB per
million answers; 5 rounds x 10,000 respondents scored in <= 1.5x the plain read and
<= 3 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import alternate, print_result

RESPONDENTS = (10, 100, 1_000, 10_000)
ROUNDS = (5, 20, 50)
SIZE_GOAL_MB = 40.0


def measure(
    rounds: int, respondents: int, repeat: int, folder: Path, impl: str = "vector"
) -> dict[str, float]:
    from benchmarks.bench_scoring import database, plain_select, scorer
    from pps_monitor.storage.database import open_database

    partnership_results = scorer(impl)
    path = database(1, rounds, respondents, folder / f"ladder-{rounds}x{respondents}.sqlite")
    db = open_database(path)
    answers = db.execute("SELECT count(*) FROM answers").fetchone()[0]
    pid = db.execute("SELECT id FROM partnerships").fetchone()[0]
    partnership_results(db, pid)  # warm
    score, base = alternate(
        lambda: partnership_results(db, pid), lambda: plain_select(db, pid), repeat
    )
    db.close()
    size = path.stat().st_size
    return {
        "answers": answers,
        "score": score,
        "base": base,
        "mb_per_m": size / 1e6 / (answers / 1e6),
    }


def main(argv: list[str] | None = None) -> list[dict[str, float]]:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--large", action="store_true", help="run every rung, however large")
    ap.add_argument("--max-answers", type=int, default=1_300_000)
    ap.add_argument("--rung", action="append", default=[], help="only ROUNDSxRESPONDENTS")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", action="store_true", help="keep the databases (temp folder)")
    ap.add_argument("--impl", choices=("python", "vector"), default="vector")
    ap.add_argument("--folder", type=Path, default=None, help="reuse databases in this folder")
    args = ap.parse_args(argv)
    folder = args.folder or Path(tempfile.mkdtemp(prefix="pps-ladder-"))
    rungs = [(r, n) for r in ROUNDS for n in RESPONDENTS]
    if args.rung:
        rungs = [tuple(int(x) for x in rung.split("x")) for rung in args.rung]  # type: ignore[misc]
    print(
        f"{'rounds':>6} {'resp/round':>10} {'answers':>11} {'scoring':>10} {'plain read':>10} "
        f"{'ratio':>6} {'s per M':>8} {'MB per M':>9}"
    )
    rows: list[dict[str, float]] = []
    for rounds, respondents in rungs:
        answers = rounds * respondents * 60
        if answers > args.max_answers and not args.large and not args.rung:
            print(f"{rounds:>6} {respondents:>10} {answers:>11,}   skipped (--large)")
            continue
        t0 = time.perf_counter()
        repeat = 1 if answers > 1_000_000 else args.repeat
        m = measure(rounds, respondents, repeat, folder, args.impl)
        m.update(rounds=rounds, respondents=respondents, wall=time.perf_counter() - t0)
        rows.append(m)
        print(
            f"{rounds:>6} {respondents:>10} {m['answers']:>11,} {m['score'] * 1000:>8.0f}ms "
            f"{m['base'] * 1000:>8.0f}ms {m['score'] / m['base']:>5.2f}x "
            f"{m['score'] / (m['answers'] / 1e6):>8.2f} {m['mb_per_m']:>9.0f}",
            flush=True,
        )
        if not args.keep and not args.folder:
            for f in folder.glob(f"ladder-{rounds}x{respondents}.sqlite*"):
                f.unlink()
    if rows:
        big = max(rows, key=lambda m: m["answers"])
        print_result(
            f"file size per million answers ({big['answers'] / 1e6:.2f} M answers)",
            f"{big['mb_per_m']:.0f} MB",
            "the data: one small integer per answer",
            None,
            "<= 40 MB per million",
            big["mb_per_m"] <= SIZE_GOAL_MB,
        )
        goal_rung = [m for m in rows if (m["rounds"], m["respondents"]) == (5, 10_000)]
        m = goal_rung[0] if goal_rung else big
        note = "" if goal_rung else " (the 5 x 10,000 rung not run: --large or --rung 5x10000)"
        print_result(
            f"scores ({args.impl}), {m['rounds']:.0f} rounds x {m['respondents']:,.0f} "
            f"respondents{note}",
            f"{m['score']:.2f} s",
            f"plain read {m['base']:.2f} s",
            m["score"] / m["base"],
            "<= 1.5x and <= 3 s",
            m["score"] / m["base"] <= 1.5 and m["score"] <= 3.0,
        )
    return rows


if __name__ == "__main__":
    main()
