"""Redraw time of the results view on the demo data (target: <= 150 ms).

    python benchmarks/bench_redraw.py [--repeat 10]

Measures, offscreen, (a) switching the chosen round with the radar visible, until the
canvas has drawn; (b) switching to another partnership with the radar visible, until
its scores are computed (in the background) and its radar has drawn. As a baseline
in the same run: drawing an empty matplotlib canvas of the same size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--verbose", action="store_true", help="print every sample")
    args = ap.parse_args()

    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from pps_monitor.charts.style import new_figure
    from pps_monitor.demo import add_demo
    from pps_monitor.storage.database import open_database
    from pps_monitor.ui.common.settings import Settings
    from pps_monitor.ui.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp())
    db_path = tmp / "demo.sqlite"
    db = open_database(db_path)
    add_demo(db)
    add_demo(db, "Zorghub Demo", seed=7)
    db.close()
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    settings.set_demo_offered(db_path)
    window = MainWindow(db_path, settings)
    window.resize(1280, 800)
    window.show()

    def settle(view) -> None:
        while view.data is None or view.dirty & {"radar"}:
            app.processEvents()
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()

    def timed_switch(action, canvas_of, ready=lambda: True) -> float:
        """Time ``action`` until the radar canvas it leads to has drawn its chart (the
        first draw_event once ``ready()``: a new canvas also draws once while empty)."""
        done: list[bool] = []
        t0 = time.perf_counter()
        action()
        canvas = canvas_of()
        cid = canvas.mpl_connect("draw_event", lambda _event: ready() and done.append(True))
        while not done:
            app.processEvents()
        elapsed = time.perf_counter() - t0
        canvas.mpl_disconnect(cid)
        return elapsed

    view = window.view.show_results()
    settle(view)

    # Baseline: an empty canvas of the same size, drawn the same way.
    base = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        canvas = FigureCanvasQTAgg(new_figure(7.5, 6.5))
        canvas.resize(900, 520)
        canvas.draw()
        app.processEvents()
        base.append(time.perf_counter() - t0)
        canvas.deleteLater()

    rounds = []
    for k in range(args.repeat):
        index = k % view.round_box.count()
        if index == view.round_box.currentIndex():
            index = (index + 1) % view.round_box.count()
        rounds.append(
            timed_switch(
                lambda index=index: view.round_box.setCurrentIndex(index),
                lambda: view.canvas("radar").canvas,
            )
        )

    # A new partnership's view is built at once; its radar draws when its scores arrive.
    partnerships = []
    for _ in range(args.repeat):
        row = (window.partnerships.currentRow() + 1) % window.partnerships.count()
        partnerships.append(
            timed_switch(
                lambda row=row: window.partnerships.setCurrentRow(row),
                lambda: window.view.results.canvas("radar").canvas,
                lambda: (
                    window.view.results.data is not None
                    and "radar" not in window.view.results.dirty
                ),
            )
        )

    if args.verbose:
        print("round samples (ms):      ", " ".join(f"{x * 1000:.0f}" for x in rounds))
        print("partnership samples (ms):", " ".join(f"{x * 1000:.0f}" for x in partnerships))
    b, r, p = (statistics.median(x) for x in (base, rounds, partnerships))
    print(f"baseline: empty canvas drawn:       {b * 1000:6.1f} ms (median of {args.repeat})")
    print(
        f"switch round, radar drawn:          {r * 1000:6.1f} ms  "
        f"({r / b:.1f}x baseline; target <= 150 ms)"
    )
    print(
        f"switch partnership, radar drawn:    {p * 1000:6.1f} ms  "
        f"({p / b:.1f}x baseline; target <= 150 ms)"
    )
    print(
        f"  (first visit of the other partnership, scores computed: "
        f"{partnerships[0] * 1000:.0f} ms; "
        "later visits reuse its scores while the database is unchanged)"
    )
    window.close()


if __name__ == "__main__":
    main()
