"""PDF report speed (issue 15: <= 1.5 s, and <= 0.4x the naive 200-dpi PNG way).

    python benchmarks/bench_report.py [--runs 5]

Builds the demo partnership (5 rounds) and times, alternating in one process, the
report with vector charts (what the app and CLI do) and the same report with each
chart embedded as a 200-dpi PNG; then, alternated too, whole processes: `pps-monitor
report` against a new process writing the PNG report (the issue's "whole process" row).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


# The whole-process baseline: a new Python process that opens the database and writes the
# same report with its charts as 200-dpi PNGs (what `pps-monitor report` does, naively).
PNG_PROCESS = """
import sys
from pps_monitor.reports.report import build_report
from pps_monitor.storage.database import open_database
db = open_database(sys.argv[1])
pid = db.execute("SELECT id FROM partnerships WHERE name = ?", [sys.argv[2]]).fetchone()[0]
build_report(db, pid, sys.argv[3], lang="nl", chart_mode="png")
"""


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cold-runs", type=int, default=3, help="whole-process runs of each")
    args = ap.parse_args()
    from benchmarks.common import print_result
    from pps_monitor.demo import DEMO_NAME, add_demo
    from pps_monitor.reports.report import build_report
    from pps_monitor.storage.database import open_database

    tmp = Path(tempfile.mkdtemp())
    db_path = tmp / "demo.sqlite"
    db = open_database(db_path)
    pid = add_demo(db)
    build_report(db, pid, tmp / "warm.pdf", lang="nl")  # imports and font caches, as in the app
    vector, png = [], []
    for k in range(args.runs):
        for mode, bucket in (("vector", vector), ("png", png)):
            t0 = time.perf_counter()
            build_report(db, pid, tmp / f"{mode}{k}.pdf", lang="nl", chart_mode=mode)
            bucket.append(time.perf_counter() - t0)
    v, p = statistics.median(vector), statistics.median(png)
    cli = [sys.executable, "-m", "pps_monitor", "report", "--db", str(db_path)]
    cli += ["--partnership", DEMO_NAME, "--lang", "nl", "--out", str(tmp / "cli.pdf")]
    naive = [sys.executable, "-c", PNG_PROCESS, str(db_path), DEMO_NAME, str(tmp / "naive.pdf")]
    colds, naives = [], []
    for _ in range(args.cold_runs):  # whole processes, alternated: A B A B ...
        for command, bucket in ((cli, colds), (naive, naives)):
            t0 = time.perf_counter()
            subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
            bucket.append(time.perf_counter() - t0)
    cold, cold_png = statistics.median(colds), statistics.median(naives)
    size = (tmp / "vector0.pdf").stat().st_size // 1024, (tmp / "png0.pdf").stat().st_size // 1024
    print(f"report, vector charts (ours):     {v:5.2f} s  median of {args.runs}  ({size[0]} KB)")
    print(f"report, 200-dpi PNG charts:       {p:5.2f} s  ({size[1]} KB)")
    print(f"ratio:                            {v / p:5.2f}   (target <= 0.40; and <= 1.5 s)")
    print(f"cold `pps-monitor report` run:    {cold:5.2f} s  (new process: imports included)")
    print_result(
        "demo PDF report (5 rounds), whole process (`pps-monitor report`)",
        f"{cold:.2f} s",
        f"a new process writing the report with 200-dpi PNG charts {cold_png:.2f} s (alternated)",
        cold / cold_png,
        "<= 0.4x and <= 1.5 s",
        cold / cold_png <= 0.4 and cold <= 1.5,
    )
    print_result(
        "demo PDF report (5 rounds), in process",
        f"{v:.2f} s ({size[0]} KB; cold CLI run {cold:.2f} s)",
        f"the same report with its charts as 200-dpi PNGs {p:.2f} s (alternated)",
        v / p,
        "<= 0.4x and <= 1.5 s",
        v / p <= 0.4 and v <= 1.5,
    )


if __name__ == "__main__":
    main()
