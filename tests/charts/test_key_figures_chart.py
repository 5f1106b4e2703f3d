"""The key figures' small multiples: one panel per recorded figure, no point where none."""

from pps_monitor.charts.key_figures import key_figures_figure


def test_panels_and_gaps():
    fig = key_figures_figure(
        ["R1", "R2", "R3"],
        [("Jobs", [3, None, 5]), ("Never recorded", [None, None, None]), ("Hours", [10, 20, 30])],
        columns=2,
    )
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert [ax.get_title() for ax in visible] == ["Jobs", "Hours"]
    (line,) = visible[0].get_lines()
    assert list(line.get_xdata()) == [0, 2] and list(line.get_ydata()) == [3, 5]
    assert visible[0].get_ylim()[0] == 0


def test_nothing_recorded():
    fig = key_figures_figure(["R1"], [("Jobs", [None])])
    assert not fig.axes and fig.texts
