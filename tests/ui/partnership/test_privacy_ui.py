"""Privacy and thresholds dialog, and corrections before release in the Rounds tab."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.services import privacy
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.ui.partnership.privacy_dialog import PrivacyDialog
from tests.ui.conftest import fill_dialog

INST = default_instrument()


def small_round(db_path, n):
    db = open_database(db_path)
    pid = repo.create_partnership(db, "Klein")
    rid = repo.create_round(db, pid, "R1", "2026-03-01", INST)
    for k in range(n):
        repo.add_response(db, rid, repo.NewResponse({i.code: 1 + k % 5 for i in INST.items}))
    db.close()
    return pid, rid


def test_privacy_dialog_refuses_below_3_and_breakdown_below_round(qtbot):
    dialog = PrivacyDialog(None, repo.Privacy())
    qtbot.addWidget(dialog)
    assert (dialog.min_round.value(), dialog.min_breakdown.value()) == (3, 5)
    dialog.min_round.setValue(2)
    assert "at least 3" in dialog.problem()
    dialog.min_round.setValue(6)
    assert "cannot be below" in dialog.problem()
    dialog.min_breakdown.setValue(6)
    assert dialog.problem() is None
    dialog.attention.setValue(4.5)
    assert "lower than" in dialog.problem()


def test_the_coordinator_sets_the_floor_in_the_database(qtbot, make_window, db_path, monkeypatch):
    pid, _ = small_round(db_path, 4)
    window = make_window()
    view = window.view
    assert view.pid == pid

    def fill(d):
        d.min_round.setValue(5)
        d.min_breakdown.setValue(7)

    fill_dialog(monkeypatch, PrivacyDialog, fill)
    assert view.edit_privacy()
    p = privacy.get_privacy(window.ctx.db, pid)
    assert (p.min_round, p.min_breakdown) == (5, 7)


def test_a_round_of_2_shows_only_why(qtbot, make_window, db_path):
    small_round(db_path, 2)
    window = make_window()
    results = window.view.show_results()
    qtbot.waitUntil(lambda: results.data is not None, timeout=15_000)
    assert results.notice.text() == (
        "n = 2: too few answers to show results (minimum 3). 1 more answer is needed."
    )
    assert results.tabs.isHidden() and not results.notice.isHidden()


def test_removal_is_refused_once_the_round_was_shown(qtbot, make_window, db_path, dialogs):
    _, rid = small_round(db_path, 4)
    window = make_window()
    view = window.view
    view.rounds.select_id(rid)
    db = window.ctx.db
    uuid = db.execute("SELECT uuid FROM respondents WHERE round_id = ?", [rid]).fetchone()[0]
    results = view.show_results()  # the results view shows the round: it is released
    qtbot.waitUntil(lambda: results.data is not None, timeout=15_000)
    assert repo.release_state(db, rid).released == 4
    dialogs.text = [(uuid, True)]
    view.rounds.corrections.remove_respondent()
    qtbot.waitUntil(lambda: bool(view.rounds.corrections.last_message), timeout=10_000)
    QThreadPool.globalInstance().waitForDone()
    assert view.rounds.corrections.last_message == (
        "Figures of this round were already shown; only the whole round can be erased."
    )
    assert repo.release_state(db, rid).included == 4


def test_a_late_answer_can_be_removed_before_release(qtbot, make_window, db_path, dialogs):
    _, rid = small_round(db_path, 4)
    window = make_window()
    view = window.view
    view.rounds.select_id(rid)
    results = view.show_results()
    qtbot.waitUntil(lambda: results.data is not None, timeout=15_000)
    db = window.ctx.db
    late = repo.add_response(db, rid, repo.NewResponse({i.code: 2 for i in INST.items}))
    uuid = db.execute("SELECT uuid FROM respondents WHERE id = ?", [late]).fetchone()[0]
    dialogs.text = [(uuid, True)]
    view.rounds.corrections.remove_respondent()
    qtbot.waitUntil(lambda: bool(view.rounds.corrections.last_message), timeout=10_000)
    assert view.rounds.corrections.last_message == "The respondent was removed."
    assert repo.release_state(db, rid).pending == 0


def test_the_partnership_language_is_shown_and_edited_in_its_dialog(
    qtbot, make_window, db_path, monkeypatch
):
    """Issue 12: the partnership's language (m007) in its settings dialog; the report
    dialog then proposes it."""
    from pps_monitor.services import partnerships as svc
    from pps_monitor.ui.report.dialog import ReportDialog

    pid, _ = small_round(db_path, 4)
    window = make_window()
    seen = []

    def fill(d):
        seen.append(d.language.currentData())
        d.language.setCurrentIndex(d.language.findData("nl"))

    fill_dialog(monkeypatch, PrivacyDialog, fill)
    assert not window.view.edit_privacy()  # the minimums did not change, nothing to redo
    assert seen == [None] and svc.partnership_language(window.ctx.db, pid) == "nl"
    assert window.ctx.lang == "en"  # the app speaks English; the report proposes Dutch
    report = ReportDialog(window, window.ctx, pid)
    qtbot.addWidget(report)
    assert report.lang_box.currentData() == "nl"

    def back(d):
        seen.append(d.language.currentData())
        d.language.setCurrentIndex(0)

    fill_dialog(monkeypatch, PrivacyDialog, back)
    window.view.edit_privacy()
    assert seen[-1] == "nl" and svc.partnership_language(window.ctx.db, pid) is None
