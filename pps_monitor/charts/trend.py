"""Trends over rounds: mean with its 95% interval and n at each point; events on the time
axis; changes marked only where significant."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from pps_monitor.charts.style import (
    BAND_COLOURS,
    BAND_HATCH_COLOUR,
    BAND_HATCHES,
    SCALE,
    date_axis,
    new_figure,
    number_formatter,
    plain,
    series_style,
    wrap,
)
from pps_monitor.charts.trend_grid import trend_grid_figure
from pps_monitor.charts.trend_series import (
    TrendPoint,
    TrendSeries,
    _message,
    clip,
    distinct_rounds,
    one_round_text,
)

# The grid and the series live in their own modules; their names stay importable here.
__all__ = [
    "TrendPoint",
    "TrendSeries",
    "clip",
    "distinct_rounds",
    "draw_trend",
    "one_round_text",
    "trend_figure",
    "trend_grid_figure",
]


def _bands(ax: Any, bands: tuple[float, float]) -> None:
    attention, strength = bands
    for low, high, name in (
        (SCALE[0], attention, "concern"),
        (attention, strength, "attention"),
        (strength, SCALE[1], "strength"),
    ):
        ax.axhspan(
            low,
            high,
            facecolor=BAND_COLOURS[name],
            hatch=BAND_HATCHES[name] or None,
            hatchcolor=BAND_HATCH_COLOUR,
            zorder=0,
            linewidth=0,
        )
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
    lang: str = "en",
) -> None:
    _bands(ax, bands)
    whens: list[date] = []
    for index, s in enumerate(series):
        whens += _draw_series(ax, index, s, show_n)
    if events:
        _draw_events(ax, events, event_labels)
    if year_ticks:
        _year_ticks(ax, whens + [w for w, _ in events])
    else:
        date_axis(ax, maxticks=5, lang=lang)
    ax.yaxis.set_major_formatter(number_formatter(lang))
    ax.tick_params(axis="both", labelsize=7)


def _draw_series(ax: Any, index: int, s: TrendSeries, show_n: bool) -> list[date]:
    """One series: its line of means, intervals and marks; return the dates drawn."""
    pts = [p for p in s.points if p.mean is not None]
    style = series_style(index)
    ax.plot([p.when for p in pts], [p.mean for p in pts], label=plain(s.label), zorder=3, **style)
    spans = [p for p in pts if p.ci_low is not None and p.ci_high is not None]
    if spans:  # one collection for all intervals: one artist instead of one per round
        ax.vlines(
            [p.when for p in spans],
            [clip(p.ci_low) for p in spans],  # type: ignore[arg-type]
            [clip(p.ci_high) for p in spans],  # type: ignore[arg-type]
            colors=style["color"],
            linewidth=1.2,
            zorder=2,
        )
    for p in pts:
        _mark_point(ax, p, show_n)
    return [p.when for p in pts]


def _mark_point(ax: Any, p: TrendPoint, show_n: bool) -> None:
    """Its n beside a point, and an arrow above it when the change is significant."""
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


def _draw_events(ax: Any, events: Sequence[tuple[date, str]], labels: bool) -> None:
    """A dotted line at each event, with its text along it when ``labels``."""
    ax.vlines(
        [w for w, _ in events],
        SCALE[0],
        SCALE[1],
        colors="#555555",
        linestyles=":",
        linewidth=1,
        zorder=1,
    )
    if labels:
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


def trend_figure(
    series: Sequence[TrendSeries],
    events: Sequence[tuple[date, str]] = (),
    *,
    title: str | None = None,
    bands: tuple[float, float] = (3.0, 4.0),
    size: tuple[float, float] = (8.0, 4.5),
    fig: Any = None,
    lang: str = "en",
) -> Any:
    fig = new_figure(*size, fig=fig, layout=None)
    fig.subplots_adjust(left=0.07, right=0.98, top=0.9 if title else 0.96, bottom=0.1)
    if title:
        fig.suptitle(plain(title), fontsize=11)
    if distinct_rounds(series) < 2:
        return _message(fig, one_round_text(lang))
    ax = fig.add_subplot()
    draw_trend(ax, series, events, bands=bands, lang=lang)
    if len(series) > 1:
        ax.legend(fontsize=8, loc="lower left")
    return fig
