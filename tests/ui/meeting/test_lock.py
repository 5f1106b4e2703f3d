"""Meeting mode really locks: the main window's data cannot be seen or used without the code."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.ui.meeting.test_meeting import open_round


def test_the_main_window_cannot_be_used_while_meeting_mode_runs(
    qtbot, make_window, dialogs, db_path
):
    rid = open_round(db_path)
    window = make_window()
    window.view.tabs.setCurrentIndex(1)  # the results were on screen before the meeting
    earlier = QWidget(window, Qt.WindowType.Window)  # e.g. a results window left open
    earlier.show()
    meeting = window.start_meeting(rid, exit_code="2468")
    qtbot.addWidget(meeting)
    lock = window.meeting_feature.lock

    # Disabled, and covered edge to edge: Alt+Tab to it shows no figure.
    assert not window.isEnabled()
    cover = window.findChild(QLabel, "meetingCover")
    assert cover is not None and cover.isVisible()
    assert cover.geometry() == window.rect()
    window.resize(window.width() + 50, window.height() + 40)
    QApplication.processEvents()
    assert cover.geometry() == window.rect()
    assert not earlier.isVisible()

    # Every action is off: delete, report, results, quit; the tabs cannot be reached.
    menus = window.menus
    for action in (menus.act_delete, menus.act_print, menus.act_quit, menus.act_export):
        assert not action.isEnabled()
    assert not window.view.tabs.isEnabled()
    delete_round = next(
        b for b in window.view.rounds.findChildren(type(meeting.begin)) if "Delete" in b.text()
    )
    assert not delete_round.isEnabled()

    # A second window of the main window cannot appear.
    second = QWidget(window, Qt.WindowType.Window)
    second.show()
    qtbot.waitUntil(lambda: not second.isVisible())

    # Closing is refused, and so is quitting.
    menus.act_quit.trigger()
    window.close()
    meeting.close()
    assert window.meeting is meeting and meeting.isVisible() and lock.engaged

    # Without the code there is no way out.
    dialogs.text = [("1111", True)]
    meeting.ask_to_leave()
    dialogs.text = [("", False)]
    meeting.ask_to_leave()
    assert window.meeting is meeting and not window.isEnabled() and lock.engaged

    # With it, everything comes back as it was.
    dialogs.question = dialogs.question.__class__.No
    dialogs.text = [("2468", True)]
    meeting.ask_to_leave()
    assert window.meeting is None and window.isEnabled() and not lock.engaged
    assert menus.act_delete.isEnabled() and menus.act_quit.isEnabled()
    assert earlier.isVisible()
    assert window.findChild(QLabel, "meetingCover") is None or not cover.isVisible()
