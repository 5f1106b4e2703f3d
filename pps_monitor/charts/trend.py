"""Trends over rounds: mean with its 95% interval and n at each point; events on the time
axis; changes marked only where significant."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pps_monitor.charts.style import BAND_COLOURS, SCALE, new_figure, series_style, wrap


@dataclass(frozen=True)
class TrendPoint:
    when: date
    mean: float | None
    ci_low: float | None
    ci_high: float | None
    n: int
    change: str | None = None  # "up" or "down" only when significant


@dataclass(frozen=True)
class TrendSeries:
    label: str
    points: Sequence[TrendPoint]


def _bands(ax: Any, bands: tuple[float, float]) -> None:
    attention, strength = bands
    ax.axhspan(SCALE[0], attention, color=BAND_COLOURS["concern"], zorder=0, linewidth=0)
    ax.axhspan(attention, strength, color=BAND_COLOURS["attention"], zorder=0, linewidth=0)
    ax.axhspan(strength, SCALE[1], color=BAND_COLOURS["strength"], zorder=0, linewidth=0)
    ax.set_ylim(*SCALE)


def _year_ticks(ax: Any, whens: Sequence[date]) -> None:
    """Plain yearly ticks: far cheaper than a date locator on every small panel."""
    if not whens:
        return
    first, last = min(whens), max(whens)
    ticks = [date(y, 1, 1) for y in range(first.year, last.year + 2)]
    ticks = [t for t in ticks if first <= t <= last] or [first]
    ax.set_xticks(ticks, [str(t.year) for t in ticks])
    pad = max((last - first).days * 0.06, 20)
    from datetime import timedelta

    ax.set_xlim(first - timedelta(days=pad), last + timedelta(days=pad))


def draw_trend(
    ax: Any,
    series: Sequence[TrendSeries],
    events: Sequence[tuple[date, str]] = (),
    *,
    bands: tuple[float, float] = (3.0, 4.0),
    show_n: bool = True,
    event_labels: bool = True,
    year_ticks: bool = False,
) -> None:
    _bands(ax, bands)
    whens: list[date] = []
    for index, s in enumerate(series):
        pts = [p for p in s.points if p.mean is not None]
        style = series_style(index)
        whens += [p.when for p in pts]
        ax.plot([p.when for p in pts], [p.mean for p in pts], label=s.label, zorder=3, **style)
        spans = [p for p in pts if p.ci_low is not None and p.ci_high is not None]
        if spans:  # one collection for all intervals: one artist instead of one per round
            ax.vlines(
                [p.when for p in spans],
                [p.ci_low for p in spans],
                [p.ci_high for p in spans],
                colors=style["color"],
                linewidth=1.2,
                zorder=2,
            )
        for p in pts:
            if show_n:
                ax.annotate(
                    f"n={p.n}",
                    (p.when, p.mean),
                    textcoords="offset points",
                    xytext=(4, -11),
                    fontsize=6.5,
                )
            if p.change in ("up", "down"):
                ax.annotate(
                    "▲" if p.change == "up" else "▼",
                    (p.when, p.mean),
                    textcoords="offset points",
                    xytext=(0, 8),
                    ha="center",
                    fontsize=9,
                    color="black",
                )
    if events:
        ax.vlines(
            [w for w, _ in events],
            SCALE[0],
            SCALE[1],
            colors="#555555",
            linestyles=":",
            linewidth=1,
            zorder=1,
        )
        if event_labels:
            for when, text in events:
                ax.text(
                    when,
                    SCALE[1] - 0.05,
                    wrap(text, 22),
                    rotation=90,
                    fontsize=6.5,
                    va="top",
                    ha="right",
                    color="#333333",
                )
    if year_ticks:
        _year_ticks(ax, whens + [w for w, _ in events])
    else:
        from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

        locator = AutoDateLocator(minticks=2, maxticks=5)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.tick_params(axis="both", labelsize=7)


def trend_figure(
    series: Sequence[TrendSeries],
    events: Sequence[tuple[date, str]] = (),
    *,
    title: str | None = None,
    bands: tuple[float, float] = (3.0, 4.0),
    size: tuple[float, float] = (8.0, 4.5),
    fig: Any = None,
) -> Any:
    fig = new_figure(*size, fig=fig)
    ax = fig.add_subplot()
    draw_trend(ax, series, events, bands=bands)
    if len(series) > 1:
        ax.legend(fontsize=8, loc="lower left")
    if title:
        ax.set_title(title, fontsize=11)
    return fig


def trend_grid_figure(
    panels: Sequence[tuple[str, TrendSeries]],
    events: Sequence[tuple[date, str]] = (),
    *,
    columns: int = 3,
    bands: tuple[float, float] = (3.0, 4.0),
    width: float = 8.0,
    height: float | None = None,
    fig: Any = None,
) -> Any:
    """Small multiples: one panel per dimension, shared scale."""
    rows = max(1, -(-len(panels) // columns))
    height = height or 2.1 * rows + 0.3
    # Fixed margins: the layout engine doubles the drawing time of many small panels.
    fig = new_figure(width, height, fig=fig, layout=None)
    fig.subplots_adjust(
        left=0.05, right=0.98, top=1 - 0.45 / height, bottom=0.35 / height, hspace=0.75, wspace=0.12
    )
    axes = fig.subplots(rows, columns, squeeze=False, sharex=True, sharey=True)
    for k, ax in enumerate(axes.flat):
        if k >= len(panels):
            ax.set_visible(False)
            continue
        title, s = panels[k]
        draw_trend(ax, [s], events, bands=bands, show_n=True, event_labels=False, year_ticks=True)
        ax.set_title(wrap(title, 34), fontsize=8)
    return fig
