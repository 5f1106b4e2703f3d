"""One notification path: a change event makes the subscribed views redraw."""

import threading

from PySide6.QtCore import QThreadPool

from tests.ui.test_main_window import demo_db


def test_a_change_event_reloads_the_partnership_view(qtbot, make_window, db_path):
    from pps_monitor.services import partnerships

    demo_db(db_path)
    window = make_window()
    view = window.view
    before = len(view.events.model.rows)
    # Written behind the view's back: nothing redraws until the change is announced.
    partnerships.add_event(window.ctx.db, view.pid, "2026-01-05", "New alderman")
    assert len(view.events.model.rows) == before
    window.hub.partnership_changed.emit(view.pid)
    assert len(view.events.model.rows) == before + 1
    window.hub.partnership_changed.emit("another partnership")  # not ours: no redraw needed
    assert window.view is view


def test_partnerships_changed_rebuilds_the_list(qtbot, make_window, db_path):
    from pps_monitor.services import partnerships

    demo_db(db_path)
    window = make_window()
    pid = partnerships.create_partnership(window.ctx.db, "Tweede")
    window.hub.partnerships_changed.emit(pid)
    assert window.partnerships.count() == 2
    assert window.current_partnership_id() == pid


def test_results_view_redraws_on_settings_change(qtbot, make_window, db_path):
    demo_db(db_path)
    window = make_window()
    results = window.view.show_results()
    qtbot.waitUntil(lambda: results.data is not None, timeout=15_000)
    with qtbot.waitSignal(results.loaded, timeout=15_000):
        window.hub.settings_changed.emit()


def test_erase_runs_off_the_gui_thread(qtbot, make_window, dialogs, db_path, monkeypatch):
    from pps_monitor.services import exchange

    demo_db(db_path)
    window = make_window()
    respondent = window.ctx.db.execute("SELECT uuid FROM respondents LIMIT 1").fetchone()[0]
    threads = []
    real = exchange.erase_respondent

    def spy(path, rid):
        threads.append(threading.current_thread())
        real(path, rid)

    monkeypatch.setattr(exchange, "erase_respondent", spy)
    dialogs.text = [(respondent, True)]
    window.exchange.erase_respondent()
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    QThreadPool.globalInstance().waitForDone()
    assert threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: not exchange.respondent_exists(window.ctx.db, respondent))


def test_restore_runs_off_the_gui_thread(qtbot, make_window, dialogs, db_path, monkeypatch):
    from pps_monitor.services import exchange

    demo_db(db_path)
    window = make_window()
    saved = exchange.backup_now(db_path)
    threads = []
    real = exchange.restore

    def spy(path, backup):
        threads.append(threading.current_thread())
        real(path, backup)

    monkeypatch.setattr(exchange, "restore", spy)
    window.exchange.restore(saved)
    qtbot.waitUntil(lambda: window.ctx.has_db and bool(threads), timeout=10_000)
    assert threads[0] is not threading.main_thread()
    assert window.partnerships.count() == 1


def test_a_change_event_empties_that_partnerships_cached_results(qtbot, make_window, db_path):
    demo_db(db_path)
    window = make_window()
    results = window.view.show_results()
    qtbot.waitUntil(lambda: results.data is not None, timeout=15_000)
    QThreadPool.globalInstance().waitForDone()
    assert len(window.ctx.results) == 1
    window.hub.actions_changed.disconnect(results._on_change)  # keep the view from recomputing
    window.hub.actions_changed.disconnect(window.view._on_change)
    window.hub.actions_changed.emit(window.view.pid)
    assert len(window.ctx.results) == 0
