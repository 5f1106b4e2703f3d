import sqlite3

from PySide6.QtCore import QThreadPool

from pps_monitor.demo import add_demo
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.ui.common.table_model import Column, RowsTableModel
from pps_monitor.ui.partnership.dialogs import ActionPointDialog, EventDialog
from tests.ui.conftest import fill_dialog


def demo_db(path):
    db = open_database(path)
    pid = add_demo(db)
    db.close()
    return pid


def test_deleting_a_partnership_can_be_undone(qtbot, make_window, dialogs, db_path):
    pid = demo_db(db_path)
    window = make_window()
    answers = window.ctx.db.execute("SELECT count(*) FROM answers").fetchone()[0]
    window.menus.act_delete.trigger()
    assert repo.list_partnerships(window.ctx.db) == []
    assert window.partnerships.count() == 0
    window.menus.act_undo.trigger()
    assert [p["id"] for p in repo.list_partnerships(window.ctx.db)] == [pid]
    assert window.ctx.db.execute("SELECT count(*) FROM answers").fetchone()[0] == answers
    assert window.partnerships.count() == 1
    window.menus.act_redo.trigger()
    assert repo.list_partnerships(window.ctx.db) == []


def test_deleting_a_round_asks_first_and_can_be_undone(qtbot, make_window, dialogs, db_path):
    demo_db(db_path)
    window = make_window()
    view = window.view
    view.rounds.view.selectRow(0)
    dialogs.question = dialogs.question.__class__.No
    view.rounds.delete_round()
    assert len(view.round_rows) == 5
    dialogs.question = dialogs.question.__class__.Yes
    view.rounds.delete_round()
    assert len(view.round_rows) == 4
    window.menus.act_undo.trigger()
    assert len(window.view.round_rows) == 5


def test_closed_round_can_be_reopened_deliberately(qtbot, make_window, dialogs, db_path):
    demo_db(db_path)
    window = make_window()
    view = window.view
    view.rounds.view.selectRow(0)
    assert view.rounds.toggle_button.text() == "Reopen round"
    dialogs.question = dialogs.question.__class__.No
    view.rounds.toggle_round()
    assert view.round_rows[0]["status"] == "closed"
    dialogs.question = dialogs.question.__class__.Yes
    view.rounds.toggle_round()
    assert view.round_rows[0]["status"] == "open"


def test_action_points_show_score_then_and_latest(
    qtbot, make_window, dialogs, db_path, monkeypatch
):
    demo_db(db_path)
    window = make_window()
    view = window.view
    qtbot.waitUntil(lambda: view.action_points.scores != {}, timeout=10_000)
    model = view.action_points.model
    col_then = [c.title for c in model.columns].index("Score then")
    col_latest = [c.title for c in model.columns].index("Latest score")
    row = next(k for k, r in enumerate(model.rows) if r["dimension_code"] == "CC-MON")
    then = model.data(model.index(row, col_then))
    latest = model.data(model.index(row, col_latest))
    # latest: 9 of the 14 answered every CC-MON statement (complete cases, issue 11)
    assert "(n = 9)" in then and "(n = 9)" in latest

    def fill(d):
        d.text.setPlainText("Wethouder uitnodigen voor het kwartaaloverleg")
        d.dimension.setCurrentIndex(d.dimension.findData("EN-POL"))
        d.owner.setText("Coördinator")

    fill_dialog(monkeypatch, ActionPointDialog, fill)
    view.action_points.add_action()
    assert any(
        a["text"].startswith("Wethouder") and a["owner"] == "Coördinator" for a in view.action_rows
    )

    fill_dialog(monkeypatch, EventDialog, lambda d: d.text.setText("Nieuwe wethouder"))
    view.events.add_event()
    assert "Nieuwe wethouder" in [e["text"] for e in repo.list_events(window.ctx.db, view.pid)]


def test_empty_database_offers_the_demo(qtbot, make_window, dialogs, db_path):
    window = make_window(offered=False)
    qtbot.waitUntil(lambda: window.partnerships.count() == 1, timeout=15_000)
    assert "empty" in dialogs.shown[0]
    QThreadPool.globalInstance().waitForDone()
    window.switch_database(db_path)  # asked once per database only
    assert len(dialogs.shown) == 1


def test_a_newer_database_is_refused_and_the_current_one_stays(
    qtbot, make_window, dialogs, tmp_path, db_path
):
    window = make_window()
    newer = tmp_path / "newer.sqlite"
    open_database(newer).close()
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.close()
    assert not window.switch_database(newer)
    assert "newer version" in dialogs.shown[-1]
    assert window.ctx.db_path == db_path
    repo.create_partnership(window.ctx.db, "Still works")


def test_recent_databases_and_geometry_are_remembered(
    qtbot, make_window, settings, db_path, tmp_path
):
    window = make_window()
    other = tmp_path / "other.sqlite"
    window.switch_database(other)
    assert settings.recent_databases()[:2] == [str(other.resolve()), str(db_path.resolve())]
    window.resize(640, 480)  # within the offscreen screen (800 x 600): restore clamps to it
    window.close()
    again = make_window(other)
    assert (again.width(), again.height()) == (640, 480)


def test_language_change_asks_for_a_rebuild(qtbot, make_window, settings, monkeypatch):
    from pps_monitor.ui.preferences.dialog import PreferencesDialog

    window = make_window()
    settings.language_choice = "en"
    fill_dialog(
        monkeypatch,
        PreferencesDialog,
        lambda d: d.language.setCurrentIndex(d.language.findData("nl")),
    )
    with qtbot.waitSignal(window.restart_requested):
        window.dialogs.preferences()
    assert settings.language == "nl"


def test_table_model_passes_qt_model_tester(qtmodeltester):
    model = RowsTableModel(
        [Column("a", lambda r: r["a"]), Column("b", lambda r: r["b"], align_right=True)]
    )
    model.set_rows([{"a": 1, "b": None}, {"a": "x", "b": 2.5}])
    qtmodeltester.check(model)


def test_app_window_shows_first_then_opens_the_database(
    qtbot, dialogs, db_path, monkeypatch, settings
):
    from pps_monitor.ui import app

    demo_db(db_path)
    monkeypatch.setattr("pps_monitor.ui.common.settings.Settings", lambda: settings)
    window = app.create_window(db_path)
    qtbot.addWidget(window)
    window.show()
    assert not window.ctx.has_db and not window.menus.act_round.isEnabled()
    # the list is filled before the database opens (services.startup): wait for the open
    qtbot.waitUntil(lambda: window.ctx.has_db and window.partnerships.count() == 1, timeout=5_000)
    assert window.menus.act_round.isEnabled()


def test_app_window_explains_a_database_it_cannot_open(
    qtbot, dialogs, tmp_path, monkeypatch, settings
):
    from pps_monitor.ui import app

    bad = tmp_path / "notes.sqlite"
    bad.write_text("geen database")
    monkeypatch.setattr("pps_monitor.ui.common.settings.Settings", lambda: settings)
    window = app.create_window(bad)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=5_000)
    assert "not an SQLite file" in dialogs.shown[0]
    assert "No database is open" in window.empty.text()
    assert bad.read_text() == "geen database"
