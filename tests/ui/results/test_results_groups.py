"""The results view per respondent group (issue 17): the demo's workers and employers,
each with their own rounds, n and minimum."""

from pps_monitor.ui.results.view import TABS
from tests.ui.results.test_results_view import drawn, results_view  # noqa: F401


def test_each_group_has_its_own_rounds_and_minimum(qtbot, results_view):  # noqa: F811
    _, view = results_view
    box = view.group_box
    assert box is not None
    assert [box.itemData(k) for k in range(box.count())] == [None, "employers", "workers"]
    partners = [view.round_box.itemText(k) for k in range(view.round_box.count())]
    assert len(partners) == 5 and "n = 14" in partners[-1]
    box.setCurrentIndex(2)
    drawn(qtbot, view)
    workers = [view.round_box.itemText(k) for k in range(view.round_box.count())]
    assert [w.rsplit("n = ", 1)[1].rstrip(")") for w in workers] == ["8", "10", "9", "12"]
    for k in range(len(TABS)):  # every page draws the workers' questionnaire
        view.tabs.setCurrentIndex(k)
        drawn(qtbot, view)
    assert {d.code for d in view.current().scores.dimensions} >= {"W-INC", "W-USE"}
    box.setCurrentIndex(1)
    drawn(qtbot, view)
    employers = view.results()
    assert [r.scores.respondents for r in employers] == [4, 5, 6]
    assert employers[0].scores.suppressed is not None  # four employers: not pooled
    assert employers[1].scores.min_round == 5
    view.round_box.setCurrentIndex(0)
    drawn(qtbot, view)
    assert "5" in view.notice.text() and not view.notice.isHidden()
