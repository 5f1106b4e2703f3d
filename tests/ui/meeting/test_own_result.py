"""An employer sees its own organisation's result after answering in meeting mode, and
the next person does not (issue 17)."""

from PySide6.QtCore import Qt

from pps_monitor.domain.instrument import default_instrument, group_default
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.ui.meeting.window import MeetingWindow


def test_an_employer_sees_its_own_result_then_it_is_gone(qtbot, tmp_path):
    db = open_database(tmp_path / "db.sqlite")
    pid = repo.create_partnership(db, "PPS")
    employers = group_default("employers")
    rid = repo.create_round(db, pid, "R1", "2026-03-01", default_instrument(), parts=[employers])
    part = repo.round_part(db, rid, "employers")["id"]
    meeting = MeetingWindow(db, part, "nl", "1234")
    qtbot.addWidget(meeting)
    meeting.show()
    qtbot.keyClick(meeting, Qt.Key.Key_Return)
    q = meeting.questionnaire
    assert q is not None and q.instrument.id == employers.id
    for _ in range(sum(len(r) for r in q.rows)):
        qtbot.keyClick(q, "4")
    for _ in range(5):
        if meeting.stack.currentWidget() is meeting.own:
            break
        qtbot.keyClick(meeting.questionnaire, Qt.Key.Key_Return)
    assert meeting.stack.currentWidget() is meeting.own
    shown = meeting.own.values()
    names = [d.name("nl") for d in employers.dimensions]
    assert [name for name, _ in shown] == names
    reverse = {d.name("nl") for d in employers.dimensions if any(i.reverse for i in d.items)}
    assert all(v == "4,0" for n, v in shown if n not in reverse)  # 4 everywhere, Dutch comma
    assert len(repo.load_responses(db, part)) == 1  # stored like any answer
    qtbot.mouseClick(meeting.own.close_button, Qt.MouseButton.LeftButton)
    assert meeting.stack.currentWidget() is meeting.welcome
    assert meeting.own.values() == []  # nothing left for the next person
    meeting._may_close = True
    meeting.close()
    db.close()
