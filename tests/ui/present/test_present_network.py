"""Present mode shows the collaboration network of a round with tie answers (issue 18)."""

from tests.ui.present.test_present import demo, wait_loaded


def test_the_network_view_only_where_the_round_has_tie_answers(qtbot, make_window, db_path):
    pid, rounds = demo(db_path)
    window = make_window()
    present = window.present(pid, rounds[-1]["id"])
    wait_loaded(qtbot, present)
    keys = [v.key for v in present.views]
    assert "network" in keys and keys[-1] == "balance"
    present.show_view(keys.index("network"))
    present._canvas.draw()
    ties = [ln for ln in present._figure.axes[0].lines if len(ln.get_xydata()) == 2]
    assert ties
    present.close()
    first = window.present(pid, rounds[0]["id"])  # the tie questions came later
    wait_loaded(qtbot, first)
    assert "network" not in [v.key for v in first.views]
    first.close()
