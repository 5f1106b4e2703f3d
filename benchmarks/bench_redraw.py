"""Switch round in Results -> chart repainted, vs a plain matplotlib polar plot redraw.

    python benchmarks/bench_redraw.py [--repeat 10]

Issue 15 goal: <= 100 ms and never frozen. Offscreen, on the demo data, in one process:

- project, first view of a round: choose another round with the radar visible (its
  image cache emptied first, so the chart is built and rasterised in a worker) until
  the chart's image widget has received a Paint event;
- project, a round seen before (or made ahead: after a chart is shown, the charts of
  the other rounds are made in the background): the same, from the per-round image cache;
- baseline: the same series (the chosen round and the two before it) drawn as a plain
  polar plot on a FigureCanvasQTAgg of the same size, redrawn on the GUI thread until
  it has received a Paint event;
- project, switch partnership (``--large``: in the 1.8 M-answer database), scores not
  cached: from choosing it until its first radar is set (drawn in a worker from the
  latest rounds' means before the change and trend tests, results_data.first_view);
  the time until all its results are in and the radar is final is printed beside it.

Project and baseline samples alternate. During every sample a 10 ms QTimer heartbeat
runs on the GUI thread; the longest gap between beats is the longest freeze. Each beat
also records the GUI thread's CPU time (time.thread_time), so the partnership row says how
long the GUI thread itself worked without a break: on a loaded machine (other
processes, or a worker thread holding the GIL) a gap can be long while the GUI thread
waits, which moving work off the GUI thread cannot shorten further.
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

import itertools

from benchmarks.common import print_result

GOAL_MS = 100.0


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--verbose", action="store_true", help="print every sample")
    ap.add_argument(
        "--large",
        action="store_true",
        help="switch partnerships in the 1.8 M-answer database (30 x 10 rounds x 100)",
    )
    args = ap.parse_args(argv)

    import shiboken6
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from pps_monitor.demo import add_demo
    from pps_monitor.storage.database import open_database
    from pps_monitor.ui.common.settings import Settings
    from pps_monitor.ui.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp())
    if args.large:  # the 1.8 M-answer database (bench_scoring's, made once)
        from benchmarks.bench_scoring import database

        db_path = database(30, 10, 100)
    else:
        db_path = tmp / "demo.sqlite"
        db = open_database(db_path)
        add_demo(db)
        add_demo(db, "Zorghub Demo", seed=7)  # a second partnership to switch to
        db.close()
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    settings.set_demo_offered(db_path)
    window = MainWindow(db_path, settings)
    window.resize(1280, 800)
    window.show()
    view = window.view.show_results()
    deadline = time.perf_counter() + 60
    while not view.settled() and time.perf_counter() < deadline:
        app.processEvents()
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    chart = view.canvas("radar")

    class PaintSpy(QObject):
        painted = False

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    beats: list[tuple[float, float]] = []  # (wall, GUI-thread CPU) at each beat
    heart = QTimer()
    heart.setInterval(10)
    heart.timeout.connect(lambda: beats.append((time.perf_counter(), time.thread_time())))
    heart.start()

    def timed(action, done) -> tuple[float, float, float]:
        """Run ``action`` and the event loop until ``done()``; return the time, the
        longest gap between heartbeats meanwhile (the beat before the start included) and
        the most CPU time the GUI thread spent within any one gap (its own work)."""
        while shiboken6.isValid(chart) and not chart.idle():  # nothing made ahead meanwhile
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        for _ in range(3):  # let the heartbeat settle
            app.processEvents()
        beats.clear()
        t0 = time.perf_counter()
        beats.append((t0, time.thread_time()))
        action()
        while not done():  # sleeps until an event comes (the heartbeat at the latest)
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        t1 = time.perf_counter()
        beats.append((t1, time.thread_time()))
        pairs = list(itertools.pairwise(beats))
        wall = max(b[0] - a[0] for a, b in pairs)
        cpu = max(b[1] - a[1] for a, b in pairs)  # the GUI thread's longest busy gap
        return t1 - t0, wall, cpu

    # --- the project: switch round, until the radar image is painted ---
    spy = PaintSpy()
    chart.image.installEventFilter(spy)
    count = view.round_box.count()

    def settle() -> None:
        while not view.settled():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def switch(cold: bool) -> tuple[float, float, float]:
        # first view: the next round, nothing kept; seen before: back to the round shown
        # before an untimed step forward
        if cold:
            chart.forget()
        else:
            back = view.round_box.currentIndex()
            view.round_box.setCurrentIndex((back + 1) % count)
            settle()
        index = (view.round_box.currentIndex() + 1) % count if cold else back
        spy.painted = False
        rendered: list[bool] = []
        chart.rendered.connect(lambda: rendered.append(True))

        def ready() -> bool:
            return bool(rendered) and spy.painted

        try:
            return timed(lambda: view.round_box.setCurrentIndex(index), ready)
        finally:
            chart.rendered.disconnect()

    # --- the baseline: the same series, a plain polar plot redrawn on the GUI thread ---
    import numpy as np

    results = view.results()
    dims = [d.code for d in results[-1].scores.dimensions]
    series = [[d.mean or 0.0 for d in r.scores.dimensions] for r in results]
    angles = np.linspace(0, 2 * np.pi, len(dims), endpoint=False).tolist()
    figure = Figure(dpi=100)
    base_canvas = FigureCanvasQTAgg(figure)
    base_canvas.resize(chart.image.size())
    base_canvas.show()
    base_spy = PaintSpy()
    base_canvas.installEventFilter(base_spy)
    app.processEvents()
    state = {"k": 0}

    def redraw_baseline() -> None:
        state["k"] = k = (state["k"] + 1) % len(series)
        figure.clear()
        ax = figure.add_subplot(projection="polar")
        for values in series[max(0, k - 2) : k + 1]:
            closed = values + values[:1]
            ax.plot(angles + angles[:1], closed, marker="o")
            ax.fill(angles + angles[:1], closed, alpha=0.1)
        ax.set_xticks(angles)
        ax.set_xticklabels(dims)
        ax.set_ylim(1, 5)
        base_spy.painted = False
        base_canvas.draw()
        base_canvas.update()

    def baseline() -> tuple[float, float, float]:
        return timed(redraw_baseline, lambda: base_spy.painted)

    baseline(), switch(True), switch(False)  # warm up
    cold, warm, base = [], [], []
    for _ in range(args.repeat):
        base.append(baseline())
        cold.append(switch(True))
        base.append(baseline())
        warm.append(switch(False))

    # --- switching partnership: a new view, its scores computed, its radar drawn ---
    def switch_partnership() -> tuple[float, float, float]:
        # As the app's event loop does: the view left behind is deleted (a bare
        # processEvents loop never deletes it, so it would go on making charts ahead).
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        shown = window.view.results if window.view is not None else None
        while shown is not None and not all(c.idle() for c in shown.canvases.values()):
            # the user looked at the partnership until its charts were made
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        window.ctx.results.clear()  # its first view: nothing cached
        row = (window.partnerships.currentRow() + 1) % window.partnerships.count()

        first: list[float] = []  # when the first radar (latest rounds' means) was set

        def ready() -> bool:
            results = window.view.results if window.view is not None else None
            drawn = results is not None and results.canvas("radar").figure is not None
            if drawn and not first:
                first.append(time.perf_counter())
            return drawn and results is not None and results.settled()

        def act() -> None:
            window.partnerships.setCurrentRow(row)

        t_start = time.perf_counter()
        took, stall, busy = timed(act, ready)
        t0 = time.perf_counter()
        app.processEvents()  # the paint of the new image
        settled.append(took + time.perf_counter() - t0)
        return first[0] - t_start, stall, busy

    partnership, base_p = [], []
    settled: list[float] = []  # until every page's data is in and the radar is final
    for _ in range(max(3, args.repeat // 2)):  # alternated with the plain redraw
        partnership.append(switch_partnership())
        base_p.append(baseline())
    heart.stop()

    def med(samples: list[tuple[float, float, float]], i: int) -> float:
        return statistics.median(s[i] for s in samples) * 1000

    if args.verbose:
        for name, samples in (("first view", cold), ("seen before", warm), ("baseline", base)):
            print(
                f"{name} (ms, time/longest gap/longest GUI CPU block):",
                " ".join(f"{t * 1000:.0f}/{g * 1000:.0f}/{c * 1000:.0f}" for t, g, c in samples),
            )
    b, c, w = med(base, 0), med(cold, 0), med(warm, 0)
    stall_c = max(s[1] for s in cold) * 1000
    stall_w = max(s[1] for s in warm) * 1000
    stall_b = max(s[1] for s in base) * 1000
    print(f"(medians of {args.repeat}; longest GUI-thread stall = largest heartbeat gap)")
    print_result(
        "switch round -> chart repainted (first view of the round)",
        f"{c:.0f} ms (longest stall {stall_c:.0f} ms)",
        f"plain polar plot redraw {b:.0f} ms (stall {stall_b:.0f} ms)",
        c / b,
        "<= 100 ms and never frozen",
        c <= GOAL_MS and stall_c <= GOAL_MS,
    )
    print_result(
        "switch round -> chart repainted (round seen before, or made ahead)",
        f"{w:.0f} ms (longest stall {stall_w:.0f} ms)",
        f"plain polar plot redraw {b:.0f} ms",
        w / b,
        "<= 100 ms and never frozen",
        w <= GOAL_MS and stall_w <= GOAL_MS,
    )
    p, stall_p = med(partnership, 0), max(s[1] for s in partnership) * 1000
    where = "1.8 M-answer database" if args.large else "demo"
    busy_p = max(s[2] for s in partnership) * 1000  # the GUI thread's own longest block
    stall_med = med(partnership, 1)
    bp = med(base_p, 0)
    if args.verbose:
        print(
            "partnership (ms, time/longest gap/longest GUI CPU block):",
            " ".join(f"{t * 1000:.0f}/{g * 1000:.0f}/{c * 1000:.0f}" for t, g, c in partnership),
        )
    print_result(
        f"switch partnership -> its radar drawn ({where}, scores not cached)",
        f"{p:.0f} ms (first radar from the latest rounds' means; all results in and "
        f"radar final: {statistics.median(settled) * 1000:.0f} ms; longest stall "
        f"{stall_p:.0f} ms, median {stall_med:.0f} ms; "
        f"GUI thread's own longest block {busy_p:.0f} ms CPU)",
        f"plain polar plot redraw {bp:.0f} ms (same run, alternated)",
        p / bp,
        "<= 300 ms on the 1.8 M database",
        p <= 300 and stall_p <= GOAL_MS,
    )
    window.close()
    return {
        "partnership": p,
        "partnership_settled": statistics.median(settled) * 1000,
        "cold": c,
        "warm": w,
        "base": b,
        "stall_cold": stall_c,
        "stall_warm": stall_w,
        "stall_partnership": stall_p,
        "busy_partnership": busy_p,
    }


if __name__ == "__main__":
    main()
