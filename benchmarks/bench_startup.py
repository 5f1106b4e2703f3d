"""Start-up time: pps-monitor on the demo database vs a bare PySide6 QMainWindow (target <= 1.5x).

    python benchmarks/bench_startup.py [--runs 7]

Each run starts a fresh Python process and measures, from the moment the process is
spawned, until the window has been shown and the event loop has processed its first
events (the child prints a line then; the parent reads it). Runs alternate between
the two so that both see the same machine load; the medians are compared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 800)
w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

OURS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
from pps_monitor.cli import main
main(["gui", "--db", sys.argv[1]])
"""


LISTED = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])

def poll():
    window = app.property("main_window")
    if window is not None and window.partnerships.count():
        print("shown", flush=True)
        app.quit()
    else:
        QTimer.singleShot(2, poll)

QTimer.singleShot(0, poll)
from pps_monitor.cli import main
main(["gui", "--db", sys.argv[1]])
"""


def once(code: str, *args: str, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, env=env, cwd=ROOT, text=True
    )
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.wait(timeout=30)
    if line.strip() != "shown":
        raise RuntimeError(f"child did not show its window (exit {proc.returncode})")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        XDG_CONFIG_HOME=str(tmp / "config"),
        XDG_DATA_HOME=str(tmp / "data"),
        XDG_STATE_HOME=str(tmp / "state"),
        PYTHONPATH=str(ROOT),
    )
    db = tmp / "demo.sqlite"
    subprocess.run(
        [sys.executable, "-m", "pps_monitor", "demo", "--db", str(db)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    once(BARE, env=env)  # warm the file cache for both
    once(OURS, str(db), env=env)
    bare, ours, listed = [], [], []
    for _ in range(args.runs):
        bare.append(once(BARE, env=env))
        ours.append(once(OURS, str(db), env=env))
        listed.append(once(LISTED, str(db), env=env))
    b, o, lst = statistics.median(bare), statistics.median(ours), statistics.median(listed)
    print(f"bare QMainWindow shown:           {b * 1000:7.0f} ms (median of {args.runs})")
    print(f"pps-monitor window shown:         {o * 1000:7.0f} ms")
    print(f"ratio:                            {o / b:7.2f}x  (target <= 1.50x)")
    print(
        f"demo partnership listed:          {lst * 1000:7.0f} ms ({lst / b:.2f}x; "
        "the database opens"
    )
    print(
        "                                  in the first event-loop turn after the window is shown)"
    )


if __name__ == "__main__":
    main()
