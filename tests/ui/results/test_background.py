"""Nothing heavy on the GUI thread: results and charts are made in workers, the latest
request wins, and a busy indicator shows only when the wait is long."""

import threading
import time

import pytest
from PySide6.QtCore import QEvent, QObject

from pps_monitor.ui.common import chart_canvas, results_loader
from pps_monitor.ui.results.view import TABS
from tests.ui.test_main_window import demo_db


class Shown(QObject):
    """Counts Show events of the widget it watches."""

    def __init__(self, widget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event):
        if event.type() == QEvent.Type.Show:
            self.count += 1
        return False


def slowed(real, seconds, threads=None):
    def wrapper(*args, **kwargs):
        if threads is not None:
            threads.append(threading.get_ident())
        time.sleep(seconds)
        return real(*args, **kwargs)

    return wrapper


@pytest.fixture
def opened(qtbot, make_window, db_path):
    demo_db(db_path)
    window = make_window()
    view = window.view.show_results()
    qtbot.waitUntil(view.settled, timeout=15_000)
    view.tabs.setCurrentIndex(TABS.index("radar"))
    return window, view


def chosen_label(view):
    r = view.current()
    return f"{r.label} (n={r.scores.respondents})"


def radar_labels(view):
    return {ln.get_label() for ax in view.canvas("radar").figure.axes for ln in ax.lines}


def test_quick_switches_show_the_last_round_asked_for(qtbot, opened, monkeypatch):
    _, view = opened
    monkeypatch.setattr(chart_canvas, "render", slowed(chart_canvas.render, 0.1))
    canvas = view.canvas("radar")
    canvas.forget()
    shown = []
    canvas.rendered.connect(lambda: shown.append(canvas.key))
    for index in (0, 3, 1, 4, 2):
        view.round_box.setCurrentIndex(index)
        qtbot.wait(20)
    qtbot.waitUntil(view.settled, timeout=15_000)
    qtbot.wait(300)  # no late, stale chart may follow
    assert view.round_box.currentIndex() == 2
    assert shown[-1] == canvas.key and canvas.key[0] == view.current().round["id"]
    assert chosen_label(view) in radar_labels(view)
    assert len(shown) < 5  # superseded requests were never drawn


def test_loading_and_drawing_run_off_the_gui_thread(qtbot, opened, monkeypatch):
    window, view = opened
    loads, renders = [], []
    monkeypatch.setattr(
        results_loader, "load_results", slowed(results_loader.load_results, 0, loads)
    )
    monkeypatch.setattr(chart_canvas, "render", slowed(chart_canvas.render, 0, renders))
    window.ctx.results.clear()
    view.reload()
    qtbot.waitUntil(view.settled, timeout=15_000)
    view.canvas("radar").forget()
    view.round_box.setCurrentIndex(1)
    qtbot.waitUntil(view.settled, timeout=15_000)
    assert loads and renders
    assert threading.get_ident() not in loads + renders


def test_the_busy_indicator_shows_only_for_slow_work(qtbot, opened, monkeypatch):
    _, view = opened
    canvas = view.canvas("radar")
    drawing, computing = Shown(canvas.busy), Shown(view.busy)
    qtbot.waitUntil(canvas.idle, timeout=15_000)  # the other rounds' charts made ahead
    for index in (1, 4):  # from the image cache at once: no wait, no indicator
        view.round_box.setCurrentIndex(index)
        assert not canvas.pending() and not canvas.busy.active()
    assert chosen_label(view) in radar_labels(view)

    monkeypatch.setattr(chart_canvas, "render", slowed(chart_canvas.render, 0.6))
    canvas.forget()
    view.round_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: drawing.count == 1, timeout=5_000)
    assert canvas.pending()
    qtbot.waitUntil(view.settled, timeout=15_000)
    assert canvas.busy.isHidden()

    monkeypatch.setattr(results_loader, "load_results", slowed(results_loader.load_results, 0.6))
    view.ctx.results.clear()
    view.reload()
    qtbot.waitUntil(lambda: computing.count == 1, timeout=5_000)
    qtbot.waitUntil(view.settled, timeout=15_000)
    assert view.busy.isHidden()


def test_a_responses_change_empties_the_cache_and_redraws(qtbot, opened):
    window, view = opened
    before = view.data
    old_images = [entry[2] for entry in view.canvas("radar")._cache.values()]
    assert old_images
    # Kept for the current data (maybe from another load than the one the view shows:
    # the window and the view may both have asked, and either may have released).
    cached = window.ctx.results.get(window.ctx.db, view.pid, window.settings.scoring())
    assert cached is not None
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        window.hub.responses_changed.emit(view.pid)
        assert window.ctx.results.get(window.ctx.db, view.pid, window.settings.scoring()) is None
    qtbot.waitUntil(view.settled, timeout=15_000)
    assert view.data is not before and view.data is not cached
    kept = [entry[2] for entry in view.canvas("radar")._cache.values()]
    assert not [image for image in kept if any(image is old for old in old_images)]


def test_a_newer_reload_wins_over_an_older_one(qtbot, opened, monkeypatch):
    window, view = opened
    monkeypatch.setattr(results_loader, "load_results", slowed(results_loader.load_results, 0.3))
    window.ctx.results.clear()
    view.reload()
    first = view.generation
    view.reload()  # e.g. a second change event: shares the computation under way
    assert view.generation == first + 1
    qtbot.waitUntil(view.settled, timeout=15_000)
    assert view.generation_loaded == view.generation


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_a_chart_still_saves_as_png_or_svg(qtbot, opened, monkeypatch, tmp_path, suffix):
    from PySide6.QtWidgets import QFileDialog

    _, view = opened
    target = tmp_path / f"radar.{suffix}"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    view.canvas("radar").save()
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 1000, timeout=15_000)
    head = target.read_bytes()[:200]
    assert head.startswith(b"\x89PNG") if suffix == "png" else b"<svg" in head or b"<?xml" in head
