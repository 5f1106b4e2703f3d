"""Key figures entered in the app, the balance sheet page, and a new round from the previous."""

from PySide6.QtCore import QThreadPool

from pps_monitor.services import balance
from pps_monitor.services import partnerships as svc
from pps_monitor.ui.partnership.key_figures_dialog import KeyFiguresDialog
from tests.ui.conftest import fill_dialog
from tests.ui.test_main_window import demo_db


def _last_round(view):
    view.rounds.view.selectRow(len(view.round_rows) - 1)
    return view.rounds.current()


def test_key_figures_dialog_stores_and_refuses(qtbot, make_window, db_path, dialogs, monkeypatch):
    demo_db(db_path)
    view = make_window().view
    r = _last_round(view)

    def bad(d):
        d.fields["jobs_created"].setText("3")
        d.fields["jobs_filled"].setText("4")

    fill_dialog(monkeypatch, KeyFiguresDialog, bad)
    view.rounds.edit_key_figures()
    assert any("Jobs filled cannot be larger than jobs created" in t for t in dialogs.shown)
    assert balance.get_key_figures(view.ctx.db, r["id"])["jobs_created"] == 8  # unchanged

    def good(d):
        d.fields["jobs_created"].setText("20")
        d.fields["revenue"].setText("")

    fill_dialog(monkeypatch, KeyFiguresDialog, good)
    view.rounds.edit_key_figures()
    stored = balance.get_key_figures(view.ctx.db, r["id"])
    assert stored["jobs_created"] == 20 and "revenue" not in stored


def test_not_a_number_is_named(qtbot):
    d = KeyFiguresDialog(None, "R1", {}, "nl")
    qtbot.addWidget(d)
    d.fields["hours_worked"].setText("veel")
    assert "Gewerkte uren" in (d.problem() or "")
    d.fields["hours_worked"].setText("1.250,5")
    assert d.problem() is None and d.values()["hours_worked"] == 1250.5


def test_new_round_from_the_previous_in_one_click(qtbot, make_window, db_path):
    demo_db(db_path)
    view = make_window().view
    before = len(view.round_rows)
    rid = view.rounds.new_round_from_previous()
    rows = svc.list_rounds(view.ctx.db, view.pid)
    assert len(rows) == before + 1 and rows[-1]["id"] == rid
    assert rows[-1]["label"] == "Najaar 2026"


def test_balance_sheet_page_shows_faces_and_words(qtbot, make_window, db_path):
    demo_db(db_path)
    view = make_window().view
    results = view.show_results()
    qtbot.waitUntil(lambda: bool(results.data and results.data["results"]), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    page = next(
        results.tabs.widget(i)
        for i in range(results.tabs.count())
        if getattr(results.tabs.widget(i), "key", "") == "balance_sheet"
    )
    results.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 10, timeout=10_000)
    texts = [page.table.item(k, 1).text() for k in range(10) if page.table.item(k, 1)]
    assert len(texts) == 8 and set(texts) <= {"good", "mixed", "poor", "not enough data"}
    assert "good" in texts and "mixed" in texts
    assert all(not page.table.item(k, 1).icon().isNull() for k in (1, 2))
