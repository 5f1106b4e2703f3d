"""PDF report speed (issue 15: <= 1.5 s, and <= 0.4x the naive 200-dpi PNG way).

    python benchmarks/bench_report.py [--runs 5]

Builds the demo partnership (5 rounds) and times, alternating in one process, the
report with vector charts (what the app and CLI do) and the same report with each chart
embedded as a 200-dpi PNG; then, alternated too, whole processes: `pps-monitor report`
against a new process writing the PNG report (the issue's "whole process" row). Both
whole processes draw the same charts (the count is checked from the PDFs).
Beside the wall times, the CPU time of each whole process: the wall ratio says what a
user waits, the CPU ratio what the work costs, whatever the load of the machine.
"""

from __future__ import annotations

import argparse
import resource
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
    cpu: dict[str, list[float]] = {"cli": [], "naive": []}
    for _ in range(args.cold_runs):  # whole processes, alternated: A B A B ...
        for name, command, bucket in (("cli", cli, colds), ("naive", naive, naives)):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
            bucket.append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    cold, cold_png = statistics.median(colds), statistics.median(naives)
    cpu_cli, cpu_png = statistics.median(cpu["cli"]), statistics.median(cpu["naive"])
    charts = [_charts(tmp / name) for name in ("cli.pdf", "naive.pdf")]
    size = (tmp / "vector0.pdf").stat().st_size // 1024, (tmp / "png0.pdf").stat().st_size // 1024
    print(f"report, vector charts (ours):     {v:5.2f} s  median of {args.runs}  ({size[0]} KB)")
    print(f"report, 200-dpi PNG charts:       {p:5.2f} s  ({size[1]} KB)")
    print(f"ratio:                            {v / p:5.2f}   (target <= 0.40; and <= 1.5 s)")
    print(f"cold `pps-monitor report` run:    {cold:5.2f} s  (new process: imports included)")
    print(f"  its CPU time:                   {cpu_cli:5.2f} s")
    print(f"cold PNG report process:          {cold_png:5.2f} s  CPU {cpu_png:5.2f} s")
    print(f"CPU ratio:                        {cpu_cli / cpu_png:5.2f}")
    print(f"charts drawn: CLI {charts[0]}, baseline {charts[1]} (must be equal)")
    if charts[0] != charts[1]:
        raise SystemExit("the baseline must draw as many charts as the report")
    print_result(
        "demo PDF report (5 rounds), whole process (`pps-monitor report`)",
        f"{cold:.2f} s (CPU {cpu_cli:.2f} s)",
        f"a new process writing the report with {charts[1]} 200-dpi PNG charts {cold_png:.2f} s"
        f" (CPU {cpu_png:.2f} s; alternated)",
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


def _charts(path: Path) -> int:
    """Charts in a report: chart Form XObjects (vector) or images (PNG) on its pages."""
    from pypdf import PdfReader

    count = 0
    for page in PdfReader(path).pages:
        xobjects = page["/Resources"].get_object().get("/XObject")
        if xobjects is None:
            continue
        for name, ref in xobjects.get_object().items():
            kind = ref.get_object().get("/Subtype")
            count += (kind == "/Image") or (kind == "/Form" and name.startswith("/PPSChart"))
    return count


if __name__ == "__main__":
    main()
