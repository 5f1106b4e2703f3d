"""Several instruments in one round in the app (issue 17): the round dialog asks which
groups, meeting mode asks who answers, and the workers' answers land in their part."""

from PySide6.QtCore import Qt

from pps_monitor.domain.instrument import group_default
from pps_monitor.storage import repository as repo
from pps_monitor.ui.meeting.feature import MeetingFeature
from pps_monitor.ui.meeting.window import MeetingStartDialog, MeetingWindow
from pps_monitor.ui.partnership.dialogs import RoundDialog
from tests.ui.conftest import fill_dialog


def test_round_with_workers_then_a_worker_answers_in_meeting_mode(
    qtbot, make_window, dialogs, monkeypatch
):
    window = make_window()
    dialogs.text = [("Twee Groepen PPS", True)]
    window.menus.act_new.trigger()

    def fill(d):
        d.label.setText("Voorjaar 2026")
        d.groups["workers"].setChecked(True)

    fill_dialog(monkeypatch, RoundDialog, fill)
    window.menus.act_round.trigger()
    db = window.ctx.db
    rid = window.view.current_round()["id"]
    parts = repo.round_parts(db, rid)
    assert [p["respondent_group"] for p in parts] == ["partners", "workers"]
    assert window.view.rounds.model.rowCount() == 1

    # meeting mode asks who answers; the workers' window stores in their part
    chosen = {}

    def start(d):
        assert d.group.count() == 2
        d.group.setCurrentIndex(1)
        chosen["code"] = d.code.text()

    fill_dialog(monkeypatch, MeetingStartDialog, start)
    opened = []
    monkeypatch.setattr(MeetingWindow, "showFullScreen", lambda self: opened.append(self))
    feature = MeetingFeature(window)
    meeting = feature.start(rid)
    qtbot.addWidget(meeting)
    if feature.lock is not None:
        feature.lock.release()
    assert meeting.round_id == parts[1]["id"] and not meeting.asks_profile
    qtbot.keyClick(meeting, Qt.Key.Key_Return)  # welcome: straight to the questions
    q = meeting.questionnaire
    assert q is not None and q.instrument.id == "workers-value"
    for _ in range(sum(len(r) for r in q.rows)):
        qtbot.keyClick(q, "4")
    for _ in range(5):  # submit (a first Enter may confirm the last answer)
        if meeting.stack.currentWidget() is meeting.facts:
            break
        qtbot.keyClick(meeting.questionnaire, Qt.Key.Key_Return)
    # the workers' optional facts: hours a week typed, months left empty
    assert meeting.stack.currentWidget() is meeting.facts
    hours, months = meeting.facts.fields.values()
    qtbot.keyClicks(hours, "32")
    qtbot.keyClick(hours, Qt.Key.Key_Return)
    qtbot.keyClick(months, Qt.Key.Key_Return)
    assert meeting.stack.currentWidget() is meeting.thanks
    assert db.execute("SELECT fact_code, value FROM facts").fetchall() == [("W-HOURS", 32)]
    workers = repo.load_responses(db, parts[1]["id"])
    assert len(workers) == 1 and set(workers[0].answers) == set(
        group_default("workers").item_by_code
    )
    assert workers[0].sector is None and workers[0].role is None
    assert repo.load_responses(db, rid) == []
    # "thank you" passes by itself; wait for it, so no timer outlives this test
    qtbot.waitUntil(lambda: meeting.stack.currentWidget() is meeting.welcome, timeout=5000)
    meeting._may_close = True
    meeting.close()
