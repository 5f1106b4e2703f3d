"""Switching partnership with the Results tab open (issue 15: never frozen): the new view
is painted before its results pane is built, and its scores are computed once."""

from PySide6.QtCore import QThreadPool

from pps_monitor.demo import add_demo
from pps_monitor.storage.database import open_database
from pps_monitor.ui.common import results_loader


def test_results_pane_is_built_after_the_switch_and_scores_load_once(
    qtbot, make_window, db_path, monkeypatch
):
    db = open_database(db_path)
    add_demo(db)
    add_demo(db, "Zorghub Demo", seed=7)
    db.close()
    window = make_window()
    first = window.view.show_results()
    qtbot.waitUntil(first.settled, timeout=30_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    loads = []
    real = results_loader.load_results

    def counted(*args, **kwargs):
        loads.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(results_loader, "load_results", counted)
    window.ctx.results.clear()
    row = (window.partnerships.currentRow() + 1) % window.partnerships.count()
    window.partnerships.setCurrentRow(row)
    view = window.view
    # Nothing of the results pane was built in the switch itself: the view paints first.
    assert view.results is None
    assert view.tabs.currentWidget() is view.results_holder
    qtbot.waitUntil(lambda: view.results is not None and view.results.settled(), timeout=30_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    # the pane is shown by a queued call of its layout (QLayout::addChildWidget): on a
    # busy machine that comes after more than one short wait
    qtbot.waitUntil(lambda: view.results.widget().isVisible(), timeout=10_000)
    assert window.view is view
    assert loads == [view.pid]  # the glance, action points and results share one load
    assert view.action_points.rows is not None


def test_leaving_the_results_tab_before_it_is_built_still_brings_the_scores(
    qtbot, make_window, db_path, monkeypatch
):
    db = open_database(db_path)
    add_demo(db)
    add_demo(db, "Zorghub Demo", seed=7)
    db.close()
    window = make_window()
    qtbot.waitUntil(lambda: window.view is not None)
    window.view.show_results()
    shown = []
    monkeypatch.setattr(
        "pps_monitor.ui.partnership.view.PartnershipView._scores_from_data",
        lambda self, data: shown.append(self.pid),
    )
    window.partnerships.setCurrentRow(1)
    view = window.view
    view.tabs.setCurrentWidget(view.orgs)  # before the results pane is built
    qtbot.waitUntil(lambda: shown == [view.pid], timeout=30_000)
    assert view.results is None


def test_the_results_page_is_kept_through_a_quick_double_switch(qtbot, make_window, db_path):
    db = open_database(db_path)
    add_demo(db)
    add_demo(db, "Zorghub Demo", seed=7)
    db.close()
    window = make_window()
    results = window.view.show_results()
    qtbot.waitUntil(results.settled, timeout=30_000)
    results.tabs.setCurrentIndex(2)
    window.partnerships.setCurrentRow(1)  # its results pane not built yet ...
    assert window.view.results is None and window.view.results_page() == 2
    window.partnerships.setCurrentRow(0)  # ... when the user moves on
    view = window.view
    qtbot.waitUntil(lambda: view.results is not None, timeout=30_000)
    assert view.results.tabs.currentIndex() == 2
    QThreadPool.globalInstance().waitForDone(30_000)
