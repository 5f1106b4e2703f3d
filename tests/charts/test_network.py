"""The network map (issue 18): layout from the organisations only, black-and-white legible."""

from pps_monitor.charts.network import (
    QUALITY,
    SECTOR_MARKERS,
    line_width,
    network_figure,
    positions,
    quality_class,
)
from pps_monitor.domain.model import ScoringSettings
from pps_monitor.domain.tie_figures import network_figures
from pps_monitor.domain.ties import QUALITY_ITEMS, TieOrganisation, TieResponse

ORGS = (
    TieOrganisation("g", "Gemeente", "public"),
    TieOrganisation("w", "Werkbedrijf", "social_enterprise"),
    TieOrganisation("k", "Kringloop", "private"),
    TieOrganisation("h", "Hendriks", "private"),
)
IDS = [o.id for o in ORGS]
K3 = ScoringSettings(min_round=3, min_breakdown=3, min_group=3)


def people(value, freq):
    return [
        TieResponse(
            o,
            {t: {"frequency": freq, **dict.fromkeys(QUALITY_ITEMS, value)} for t in IDS if t != o},
        )
        for o in IDS
        for _ in range(3)
    ]


def _node_positions(fig):
    ax = fig.axes[0]
    return [
        tuple(line.get_xydata()[0])
        for line in ax.lines
        if line.get_marker() in SECTOR_MARKERS.values() and len(line.get_xydata()) == 1
    ]


def test_positions_are_identical_across_rounds_of_the_same_organisations():
    first = network_figures(IDS, people(4, 5), K3)
    second = network_figures(IDS, people(2, 1), K3, first.directed)
    a = network_figure(ORGS, first)
    b = network_figure(ORGS, second)
    assert _node_positions(a) == _node_positions(b) and len(_node_positions(a)) == 4
    # and they come from the set alone: no ties at all gives the same map
    assert _node_positions(network_figure(ORGS, None)) == _node_positions(a)
    assert positions(IDS) == positions(list(IDS))


def test_positions_depend_on_the_organisations_only():
    assert positions(IDS) != positions([*IDS, "x"])
    assert positions(["a"]) == {"a": (0.0, 0.0)}
    top = positions(IDS)[IDS[0]]
    assert top == (0.0, 1.0)  # the first organisation at the top


def test_quality_reads_in_black_and_white():
    styles = [style for _, style, _ in QUALITY.values()]
    assert len(set(styles)) == len(styles)  # every class its own line style
    assert len(set(SECTOR_MARKERS.values())) == len(SECTOR_MARKERS)
    assert quality_class(4.0, (3.0, 4.0)) == "strong"
    assert quality_class(3.0, (3.0, 4.0)) == "middle"
    assert quality_class(2.99, (3.0, 4.0)) == "weak"
    assert quality_class(None, (3.0, 4.0)) == "unknown"
    assert line_width(5) > line_width(3) > line_width(0) > 0


def test_lines_follow_the_figures():
    fig = network_figure(ORGS, network_figures(IDS, people(4, 5), K3), lang="nl")
    ties = [ln for ln in fig.axes[0].lines if len(ln.get_xydata()) == 2]
    assert len(ties) == 6  # every pair
    assert {ln.get_linestyle() for ln in ties} == {"-"}
    assert {ln.get_linewidth() for ln in ties} == {line_width(5)}
    hidden = network_figure(ORGS, network_figures(IDS, people(4, 5)[:2], K3))
    assert not [ln for ln in hidden.axes[0].lines if len(ln.get_xydata()) == 2]
