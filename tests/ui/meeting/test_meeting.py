from PySide6.QtCore import Qt

from pps_monitor.demo import add_demo
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database


def open_round(db_path):
    db = open_database(db_path)
    pid = add_demo(db)
    rid = next(r for r in repo.list_rounds(db, pid) if r["status"] == "open")["id"]
    db.close()
    return rid


def test_meeting_mode_cannot_be_left_without_the_coordinator(qtbot, make_window, dialogs, db_path):
    rid = open_round(db_path)
    window = make_window()
    meeting = window.start_meeting(rid, exit_code="2468")
    qtbot.addWidget(meeting)
    assert meeting.isFullScreen()
    qtbot.keyClick(meeting, Qt.Key.Key_Escape)
    meeting.close()  # what Alt+F4 or the window manager's close button asks for
    assert meeting.isVisible()
    window.close()  # the main window will not close under a running meeting
    assert window.isVisible()
    dialogs.text = [("1111", True)]
    meeting.ask_to_leave()
    assert meeting.isVisible()
    assert "not the meeting code" in dialogs.shown[-1]
    dialogs.text = [("", False)]  # coordinator dialog cancelled
    meeting.ask_to_leave()
    assert meeting.isVisible()
    dialogs.question = dialogs.question.__class__.No
    dialogs.text = [("2468", True)]
    meeting.ask_to_leave()
    assert not meeting.isVisible()
    assert window.meeting is None


def test_nobody_sees_the_previous_respondents_answers(qtbot, make_window, db_path):
    rid = open_round(db_path)
    window = make_window()
    meeting = window.start_meeting(rid, exit_code="1")
    qtbot.addWidget(meeting)
    qtbot.keyClick(meeting, Qt.Key.Key_Return)
    qtbot.keyClick(meeting, Qt.Key.Key_Return)
    first = meeting.questionnaire
    for _ in range(sum(len(r) for r in first.rows)):
        qtbot.keyClick(first, "4")
        qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert meeting.questionnaire is None  # the answered form is gone
    qtbot.keyClick(meeting, Qt.Key.Key_Return)  # thanks -> welcome
    qtbot.keyClick(meeting, Qt.Key.Key_Return)  # welcome -> profile
    qtbot.keyClick(meeting, Qt.Key.Key_Return)  # profile -> questionnaire
    second = meeting.questionnaire
    assert second is not first
    for _ in range(5):
        qtbot.keyClick(second, Qt.Key.Key_Backspace)
    assert second.page_index == 0
    assert all(
        row.value() is not None and row.group.checkedId() == -1
        for rows in second.rows
        for row in rows
    )


def test_a_failed_save_keeps_the_answers_on_screen(
    qtbot, make_window, dialogs, db_path, monkeypatch
):
    rid = open_round(db_path)
    window = make_window()
    meeting = window.start_meeting(rid, exit_code="1")
    qtbot.addWidget(meeting)
    qtbot.keyClick(meeting, Qt.Key.Key_Return)
    qtbot.keyClick(meeting, Qt.Key.Key_Return)
    q = meeting.questionnaire
    for _ in range(sum(len(r) for r in q.rows)):
        qtbot.keyClick(q, "3")
        qtbot.keyClick(q, Qt.Key.Key_Return)

    def disk_full(*args, **kwargs):
        import sqlite3

        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(repo, "add_response", disk_full)
    qtbot.keyClick(q, Qt.Key.Key_Return)
    assert "disk is full" in dialogs.shown[-1]
    assert meeting.questionnaire is q and q.on_summary and q.submit_button.isEnabled()


def test_sixty_statements_take_no_more_than_65_keys(qtbot, make_window, db_path):
    """A whole respondent, keyboard only, from the welcome page to "thank you"."""
    rid = open_round(db_path)
    window = make_window()
    meeting = window.start_meeting(rid, exit_code="1")
    qtbot.addWidget(meeting)
    before = meeting.answered_count()
    presses = 0

    def press(key):
        nonlocal presses
        presses += 1
        from PySide6.QtWidgets import QApplication

        target = meeting.questionnaire or QApplication.focusWidget() or meeting
        qtbot.keyClick(target, key)

    press(Qt.Key.Key_Return)  # welcome -> about you
    press(Qt.Key.Key_Return)  # about you -> questionnaire
    q = meeting.questionnaire
    statements = sum(len(r) for r in q.rows)
    assert statements == 67  # pps-health 1.1.0 (60 before)
    for k in range(statements):
        press("12345"[k % 5])
    assert q.on_summary and not q.unanswered()
    while meeting.questionnaire is not None and presses < statements + 10:
        press(Qt.Key.Key_Return)  # submit (a first Enter may confirm the last answer)
    assert meeting.stack.currentWidget() is meeting.thanks
    assert meeting.answered_count() == before + 1
    assert presses <= statements + 5, presses  # one key per statement, and a few
