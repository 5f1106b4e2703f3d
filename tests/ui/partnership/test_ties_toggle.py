"""The Rounds tab includes or leaves out the tie questions of a round (issue 18)."""

from pps_monitor.services import ties
from tests.ui.partnership.test_privacy_ui import small_round


def test_the_rounds_tab_toggles_the_tie_questions(qtbot, make_window, db_path, tmp_path):
    _, rid = small_round(db_path, 3)
    window = make_window()
    tab = window.view.rounds
    tab.select_id(rid)
    assert tab.ties_button.text() == "Include tie questions"
    tab.ties_button.click()
    assert ties.has_tie_module(window.ctx.db, rid)
    tab.select_id(rid)
    assert tab.ties_button.text() == "Leave out tie questions"
    tab.ties_button.click()
    assert not ties.has_tie_module(window.ctx.db, rid)
