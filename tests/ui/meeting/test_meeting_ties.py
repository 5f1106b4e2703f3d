"""Meeting mode's tie questions (issue 18): chosen from the welcome page, stored apart."""

import sqlite3

from tests.ui.meeting.test_meeting import open_round


def _counts(db_path):
    con = sqlite3.connect(db_path)
    out = tuple(
        con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("respondents", "tie_respondents", "tie_answers")
    )
    con.close()
    return out


def _trust(db_path, source, target, value):
    con = sqlite3.connect(db_path)
    (count,) = con.execute(
        "SELECT count(*) FROM tie_answers a JOIN tie_respondents t ON t.id = a.respondent_id"
        " WHERE t.organisation_id = ? AND a.target_id = ? AND a.item_code = 'trust'"
        " AND a.value = ?",
        [source, target, value],
    ).fetchone()
    con.close()
    return count


def test_tie_answers_are_a_record_of_their_own(qtbot, make_window, db_path, tmp_path):
    rid = open_round(db_path)
    window = make_window()
    meeting = window.start_meeting(rid, exit_code="1")
    qtbot.addWidget(meeting)
    before = _counts(db_path)
    meeting.ties.button.click()
    page = meeting.ties.page
    assert meeting.stack.currentWidget() is page
    assert not page.next_button.isEnabled()  # an organisation must be chosen first
    meeting.grab().save(str(tmp_path / "ties_choice.png"))
    page.organisation.setCurrentIndex(1)
    page.next_button.click()
    own = page.organisation.currentData()
    targets = list(page.boxes)
    assert own not in targets and len(targets) == len(page.organisations) - 1
    trust_before = _trust(db_path, own, targets[0], 4)
    page.boxes[targets[0]]["frequency"].setCurrentIndex(5)  # weekly
    page.boxes[targets[0]]["trust"].setCurrentIndex(4)  # 4
    meeting.grab().save(str(tmp_path / "ties_grid.png"))
    page._submit()
    after = _counts(db_path)
    assert after[0] == before[0]  # no main questionnaire record
    assert after[1] == before[1] + 1
    assert after[2] == before[2] + 5 * len(targets)
    assert _trust(db_path, own, targets[0], 4) == trust_before + 1
    assert meeting.ties.page is None and meeting.stack.currentWidget() is meeting.thanks


def test_the_tie_questions_can_be_skipped(qtbot, make_window, db_path):
    rid = open_round(db_path)
    window = make_window()
    meeting = window.start_meeting(rid, exit_code="1")
    qtbot.addWidget(meeting)
    before = _counts(db_path)
    meeting.ties.button.click()
    meeting.ties.page.skipped.emit()
    assert _counts(db_path) == before and meeting.ties.page is None
