"""Charts never show more than the data (intervals inside 1-5, no trend of one round),
label what they draw (events, the warning line), read as Dutch in Dutch and survive a
black-and-white print and a '$' in a label."""

from datetime import date

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from pps_monitor.charts.bars import BalancePoint, RiskBar, balance_figure, risk_figure
from pps_monitor.charts.radar import RadarSeries, radar_figure
from pps_monitor.charts.style import BAND_HATCHES, plain, wrap
from pps_monitor.charts.trend import TrendPoint, TrendSeries, trend_figure, trend_grid_figure

WIDE = TrendSeries(
    "Trust",
    [
        TrendPoint(date(2025, 3, 1), 1.4, -0.9, 3.7, 3),  # interval below 1
        TrendPoint(date(2025, 10, 1), 4.6, 2.9, 6.3, 3),  # interval above 5
        TrendPoint(date(2026, 3, 1), 3.0, 2.5, 3.5, 9),
    ],
)
EVENTS = [(date(2025, 6, 1), "Nieuwe wethouder"), (date(2025, 12, 1), "Contract verlengd")]


def drawn(fig):
    FigureCanvasAgg(fig).draw()
    return fig


def texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]


def test_trend_intervals_stay_within_the_scale():
    fig = trend_figure([WIDE])
    (ax,) = fig.axes
    (intervals,) = [c for c in ax.collections if c.get_segments()][:1]
    ys = [y for seg in intervals.get_segments() for _, y in seg]
    assert min(ys) == 1.0 and max(ys) == 5.0
    assert ys == pytest.approx([1.0, 3.7, 2.9, 5.0, 2.5, 3.5])


def test_trend_grid_intervals_stay_within_their_panels():
    fig = trend_grid_figure([("Trust", WIDE)], columns=1)
    (ax,) = fig.axes
    (ci,) = [c for c in ax.collections if c.get_label() == "_intervals"]
    inner = 1 - 0.16 - 0.20
    ys = [1 + (y - 0.16) / inner * 4 for seg in ci.get_segments() for _, y in seg]
    assert min(ys) == pytest.approx(1.0) and max(ys) == pytest.approx(5.0)


def test_event_lines_carry_a_number_and_a_legend():
    fig = trend_grid_figure([("Trust", WIDE)], EVENTS, columns=1, lang="nl")
    found = texts(fig)
    assert "1" in found and "2" in found
    assert "1  1 jun 2025: Nieuwe wethouder" in found
    assert "2  1 dec 2025: Contract verlengd" in found
    balance = balance_figure(
        [BalancePoint(p.when, 0.2, -0.1, 0.5, 9) for p in WIDE.points], EVENTS, lang="en"
    )
    assert {"1", "2", "1  1 Jun 2025: Nieuwe wethouder"} <= set(texts(balance))


def test_a_single_round_is_not_drawn_as_a_trend():
    one = TrendSeries("Trust", [TrendPoint(date(2026, 3, 1), 3.5, 3.0, 4.0, 9)])
    for fig in (trend_figure([one], lang="en"), trend_grid_figure([("Trust", one)])):
        assert not any(ax.lines for ax in fig.axes)
        assert any("Only one round so far" in t for t in texts(fig))
    nl = balance_figure([BalancePoint(date(2026, 3, 1), 0.1, -0.2, 0.4, 9)], lang="nl")
    assert not nl.axes and any("Nog maar één ronde" in t for t in texts(nl))


def test_the_warning_line_of_the_balance_chart_is_labelled():
    pts = [BalancePoint(p.when, 0.2, -0.1, 0.5, 9) for p in WIDE.points]
    assert "warning level -0.5" in texts(balance_figure(pts, lang="en"))
    assert "signaalgrens -0,5" in texts(balance_figure(pts, lang="nl"))


def test_dutch_charts_have_decimal_commas_and_dutch_months():
    pts = [BalancePoint(p.when, 0.2, -0.1, 0.5, 9) for p in WIDE.points]
    fig = drawn(balance_figure(pts, lang="nl"))
    (ax,) = fig.axes
    y_ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert "0,5" in y_ticks and not any("." in t for t in y_ticks)
    x_ticks = " ".join(t.get_text() for t in ax.get_xticklabels())
    assert any(month in x_ticks for month in ("jan", "apr", "jul", "okt", "mrt", "mei"))
    assert not any(month in x_ticks for month in ("Jan", "Apr", "Jul", "Oct", "Mar", "May"))
    trend = drawn(trend_figure([WIDE], lang="nl"))
    assert "3,5" in [t.get_text() for t in trend.axes[0].get_yticklabels()]
    english = drawn(trend_figure([WIDE], lang="en"))
    assert "3.5" in [t.get_text() for t in english.axes[0].get_yticklabels()]
    risks = drawn(risk_figure([RiskBar("Geld", 3.25, 40.0, 9, -0.5, True)], lang="nl"))
    assert any("3,25" in t and "-0,50" in t for t in texts(risks))


def test_a_dollar_in_any_label_is_drawn_as_it_is():
    label = "Ronde $\\frac{$"
    assert plain(label) == "Ronde \\$\\frac{\\$" and wrap(label) == plain(label)
    series = [RadarSeries(label + " (n=3)", [3.0, 4.0, 2.0])]
    drawn(radar_figure([label, "b", "c"], series, band_labels={"concern": "$x"}))
    drawn(trend_figure([TrendSeries(label, WIDE.points)], [(date(2025, 6, 1), "$5 $")]))
    drawn(trend_grid_figure([(label, WIDE)], [(date(2025, 6, 1), "$5 $")], columns=1))
    drawn(risk_figure([RiskBar(label, 3.0, 10.0, 5, None, False)]))


def test_bands_differ_by_pattern_not_only_by_colour():
    assert len(set(BAND_HATCHES.values())) == 3
    fig = radar_figure(["a", "b", "c"], [], band_labels={"concern": "c", "attention": "a"})
    (ax,) = fig.axes
    hatches = {p.get_label(): p.get_hatch() for p in ax.patches if p.get_label() in ("c", "a")}
    assert hatches == {"c": BAND_HATCHES["concern"], "a": BAND_HATCHES["attention"]}
    grid = trend_grid_figure([("Trust", WIDE)], columns=1)
    assert {c.get_hatch() for c in grid.axes[0].collections} >= {"///", ".."}
