"""The charts plot exactly the computed scores, and never a hidden group."""

import math

import pytest

from pps_monitor import results as R
from pps_monitor.analysis import partnership_results
from pps_monitor.charts.bars import balance_figure, risk_figure
from pps_monitor.charts.radar import radar_figure
from pps_monitor.charts.trend import trend_figure, trend_grid_figure
from pps_monitor.demo import add_demo
from pps_monitor.domain import stats
from pps_monitor.domain.scoring import ScoringSettings


@pytest.fixture(scope="module")
def demo():
    from pps_monitor.storage.database import open_memory_database

    db = open_memory_database()
    pid = add_demo(db)
    return db, partnership_results(db, pid)


def line(fig, label):
    (ax,) = [a for a in fig.axes if a.lines]
    found = [ln for ln in ax.lines if ln.get_label() == label]
    assert len(found) == 1, label
    return found[0]


def test_radar_vertices_are_the_dimension_means(demo):
    _, res = demo
    series = R.radar_series(res, [0, 4], "en")
    fig = radar_figure(R.axis_labels(res[4], "en"), series)
    for index in (0, 4):
        r = res[index]
        ys = list(line(fig, f"{r.label} (n={r.scores.respondents})").get_ydata())
        means = [d.mean for d in r.scores.dimensions]
        assert ys == [*means, means[0]]  # closed polygon, exact values
    xs = list(line(fig, series[0].label).get_xdata())
    dims = len(res[4].instrument.dimensions)
    assert xs[0] == pytest.approx(math.pi / 2) and len(xs) == dims + 1


def test_radar_is_on_a_fixed_scale_with_bands(demo):
    _, res = demo
    fig = radar_figure(
        R.axis_labels(res[0], "nl"),
        R.radar_series(res, [0], "nl"),
        band_labels={"concern": "Zorgpunt", "attention": "Aandacht", "strength": "Sterk punt"},
    )
    (ax,) = fig.axes
    assert ax.get_ylim() == (0, 5)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend[:3] == ["Zorgpunt", "Aandacht", "Sterk punt"]


def test_each_round_has_its_own_colour_marker_and_line_style(demo):
    _, res = demo
    series = R.radar_series(res, [0, 1, 2, 3, 4], "en")
    fig = radar_figure(R.axis_labels(res[4], "en"), series)
    styles = {
        (
            line(fig, s.label).get_color(),
            line(fig, s.label).get_marker(),
            str(line(fig, s.label).get_linestyle()),
        )
        for s in series
    }
    assert len(styles) == 5
    assert len({m for _, m, _ in styles}) == 5 and len({c for c, _, _ in styles}) == 5


def test_sector_lines_leave_out_small_groups(demo):
    _, res = demo
    last = res[4]
    names = {
        "public": "Public",
        "private": "Private",
        "social_enterprise": "Social enterprise",
        "other": "Other",
    }
    series, gaps = R.sector_series(last, names, ScoringSettings(min_group=3))
    sizes = {}
    for resp in last.responses:
        sizes[resp.sector] = sizes.get(resp.sector, 0) + 1
    shown = {s.label.split(" (")[0] for s in series}
    for sector, label in names.items():
        if sizes.get(sector, 0) < 3:
            assert label not in shown
    fig = radar_figure(R.axis_labels(last, "en"), series)
    all_labels = {ln.get_label() for ax in fig.axes for ln in ax.lines}
    assert not any(lbl.startswith(("Social enterprise", "Other")) for lbl in all_labels)
    for g in gaps:
        assert g.public_n >= 3 and g.private_n >= 3
    # a larger minimum hides everything
    series, gaps = R.sector_series(last, names, ScoringSettings(min_group=20))
    assert series == [] and gaps == []


def test_trend_points_and_intervals_are_the_computed_ones(demo):
    _, res = demo
    s = R.trend_series(res, "RC-TRUST", "Trust")
    fig = trend_figure([s])
    ys = list(line(fig, "Trust").get_ydata())
    assert ys == [r.scores.dimension("RC-TRUST").mean for r in res]
    (ax,) = fig.axes
    (intervals,) = [c for c in ax.collections if c.get_label() != "_events"][:1]
    for r, segment in zip(res, intervals.get_segments(), strict=True):
        low, high = stats.mean_interval(r.scores.dimension("RC-TRUST").scores)[1:]
        assert [segment[0][1], segment[1][1]] == pytest.approx([low, high])
    texts = [t.get_text().replace("\n", " ") for t in ax.texts]
    assert [f"n={r.scores.dimension('RC-TRUST').n}" for r in res] == texts
    marks = [t for t in ax.texts if t.get_text() in "▲▼"]
    significant = [r for r in res if (c := r.scores.dimension("RC-TRUST").change) and c.significant]
    assert len(marks) == len(significant)


def test_trend_grid_has_one_panel_per_dimension(demo):
    _, res = demo
    panels = [
        (d.name("en"), R.trend_series(res, d.code, d.name("en")))
        for d in res[0].instrument.dimensions
    ]
    fig = trend_grid_figure(panels)
    (ax,) = fig.axes
    texts = [t.get_text().replace("\n", " ") for t in ax.texts]
    assert all(title in texts for title, _ in panels)
    means = next(ln for ln in ax.lines if ln.get_label() == "_means")
    ys = [y for y in means.get_ydata() if y == y]  # NaNs separate the panels
    assert len(ys) == len(res[0].instrument.dimensions) * len(res)
    # every panel's points, mapped back to the 1-5 scale, are the dimension means
    inner = 1 - 0.16 - 0.20
    for k, (_, series) in enumerate(panels):
        row = k // 3
        rows = -(-len(panels) // 3)  # three panels a row
        y0 = rows - row - 1 + 0.16
        got = [1 + (y - y0) / inner * 4 for y in ys[k * len(res) : (k + 1) * len(res)]]
        assert got == pytest.approx([p.mean for p in series.points])


def test_risk_bars_are_the_risk_profile(demo):
    _, res = demo
    bars = R.risk_bars(res[4], "en")
    assert [b.mean for b in bars] == sorted((b.mean for b in bars), reverse=True)
    fig = risk_figure(bars)
    (ax,) = fig.axes
    widths = [p.get_width() + 1 for p in ax.patches]
    assert widths[::-1] == pytest.approx([b.mean for b in bars])


def test_balance_line_and_drift_warning(demo):
    _, res = demo
    pts = R.balance_points(res)
    fig = balance_figure(pts)
    (ax,) = fig.axes
    diffs = [p.diff for p in pts]
    assert any(list(ln.get_ydata()) == diffs for ln in ax.lines)
    assert R.drift_warning(res) is None  # in the demo relational coordination grows


def test_charts_can_be_saved_as_png_and_svg(demo, tmp_path):
    _, res = demo
    fig = radar_figure(R.axis_labels(res[0], "en"), R.radar_series(res, [0], "en"))
    fig.savefig(tmp_path / "r.png", dpi=150)
    fig.savefig(tmp_path / "r.svg")
    assert (tmp_path / "r.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "r.svg").read_bytes()[:500]
