"""The network page of the results view (issue 18): the demo's map, in both languages."""

import pytest

from pps_monitor.ui.results.view import TABS
from tests.ui.test_main_window import demo_db


@pytest.fixture
def network_view(qtbot, make_window, db_path):
    demo_db(db_path)
    window = make_window()
    view = window.view.show_results()
    qtbot.waitUntil(view.settled, timeout=15_000)
    view.tabs.setCurrentIndex(TABS.index("network"))
    return window, view


def test_the_map_follows_the_round(qtbot, network_view):
    _, view = network_view
    view.round_box.setCurrentIndex(view.round_box.count() - 1)
    qtbot.waitUntil(view.settled, timeout=15_000)
    canvas = view.canvases["network"]
    ties = [ln for ln in canvas.figure.axes[0].lines if len(ln.get_xydata()) == 2]
    assert ties  # the demo's last round has shown ties
    table = view.tabs.currentWidget().table.text()
    assert "Groenbedrijf Van Ee" in table and "n = 2: too few ratings" in table
    view.round_box.setCurrentIndex(0)  # the first demo round has no tie module
    qtbot.waitUntil(view.settled, timeout=15_000)
    assert not canvas.isVisible()


def test_screenshot(qtbot, network_view, tmp_path):
    _, view = network_view
    view.round_box.setCurrentIndex(view.round_box.count() - 1)
    qtbot.waitUntil(view.settled, timeout=15_000)
    view.resize(1100, 800)
    qtbot.waitUntil(view.settled, timeout=15_000)
    assert view.grab().save(str(tmp_path / "network.png"))
