"""The first view of a partnership (issue 15): a first radar from the latest rounds' means,
drawn before the change and trend tests and the other pages are computed, with figures
from the same release and suppression code as the full results."""

import threading

from pps_monitor import analysis
from pps_monitor.demo import add_demo
from pps_monitor.services import privacy
from pps_monitor.services.db import worker
from pps_monitor.services.results_data import FIRST_ROUNDS, first_view, load_results
from pps_monitor.storage.database import open_database


def _figures(result):
    s = result.scores
    dims = [(d.code, d.mean, d.n) for d in s.dimensions]
    return result.round["id"], s.respondents, s.suppressed, dims


def test_the_first_view_has_the_full_results_figures(db_path):
    db = open_database(db_path)
    pids = [add_demo(db), add_demo(db, "Zorghub Demo", seed=7)]
    db.close()
    for pid in pids:
        got = []
        full = load_results(db_path, pid, first=lambda got=got: got.append)
        assert len(got) == 1
        first = got[0]["results"]
        assert len(first) == FIRST_ROUNDS
        assert [_figures(r) for r in first] == [_figures(r) for r in full["results"][-3:]]
        assert all(d.change is None and d.trend is None for r in first for d in r.scores.dimensions)


def test_no_first_view_when_no_view_waits_for_one(db_path, monkeypatch):
    import pps_monitor.services.results_data as rd

    db = open_database(db_path)
    pid = add_demo(db)
    db.close()
    made = []
    monkeypatch.setattr(rd, "first_view", lambda *a: made.append(a) or [])
    load_results(db_path, pid, first=lambda: None)
    load_results(db_path, pid)
    assert made == []


def test_held_back_figures_stay_out_of_the_first_view(db_path):
    """Under any minimum the first view holds back what the full results hold back."""
    from dataclasses import replace

    db = open_database(db_path)
    pid = add_demo(db)
    db.close()
    with worker(db_path) as w:
        base = privacy.scoring_settings(w, pid, analysis.DEFAULT_SETTINGS)
        sizes = sorted({r.scores.respondents for r in analysis.partnership_results(w, pid, base)})
        for k in (base.min_round, sizes[len(sizes) // 2], 10_000):
            strict = replace(base, min_round=k, min_breakdown=max(k, base.min_breakdown))
            first = first_view(w, pid, strict)
            full = analysis.partnership_results(w, pid, strict)[-FIRST_ROUNDS:]
            assert [_figures(r) for r in first] == [_figures(r) for r in full]
        assert all(r.scores.suppressed is not None for r in first)  # k = 10,000
        assert all(d.mean is None for r in first for d in r.scores.dimensions)


def test_a_switched_partnership_shows_its_radar_before_the_full_results(
    qtbot, make_window, db_path, monkeypatch
):
    db = open_database(db_path)
    add_demo(db)
    add_demo(db, "Zorghub Demo", seed=7)
    db.close()
    window = make_window()
    window.resize(1280, 800)
    qtbot.waitUntil(window.view.show_results().settled, timeout=15_000)
    real = analysis.partnership_results
    # The full results (the change and trend tests of a large database) wait until the
    # test has seen the first radar: a gate, not a sleep, so a busy machine cannot let
    # them overtake it.
    gate = threading.Event()

    def slow(*args, **kwargs):
        gate.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(analysis, "partnership_results", slow)
    try:
        window.ctx.results.clear()
        window.partnerships.setCurrentRow((window.partnerships.currentRow() + 1) % 2)
        qtbot.waitUntil(lambda: window.view.results is not None, timeout=10_000)
        view = window.view.results
        canvas = view.canvas("radar")
        qtbot.waitUntil(lambda: canvas.figure is not None, timeout=20_000)
        assert view.data is None  # the rest is still being computed
        lines = (ln.get_label() for ax in canvas.figure.axes for ln in ax.lines)
        labels = {label for label in lines if not label.startswith("_")}
        figure = canvas.figure
    finally:
        gate.set()
    qtbot.waitUntil(view.settled, timeout=20_000)
    assert canvas.figure is figure  # the full results draw the same chart: it stays
    shown = [view.results()[k] for k in (-3, -2, -1)]
    assert labels == {f"{r.label} (n={r.scores.respondents})" for r in shown}
