"""Trends as small multiples: one panel per dimension, all drawn in one Axes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pps_monitor.charts.style import (
    BAND_COLOURS,
    BAND_HATCH_COLOUR,
    BAND_HATCHES,
    SCALE,
    SMALL_SIZE,
    new_figure,
    numbered_events,
    series_style,
    wrap,
)
from pps_monitor.charts.trend_series import (
    TrendSeries,
    _message,
    clip,
    distinct_rounds,
    one_round_text,
)


def trend_grid_figure(
    panels: Sequence[tuple[str, TrendSeries]],
    events: Sequence[tuple[date, str]] = (),
    *,
    columns: int = 3,
    bands: tuple[float, float] = (3.0, 4.0),
    width: float = 8.0,
    height: float | None = None,
    fig: Any = None,
    lang: str = "en",
    event_legend: bool = True,
) -> Any:
    """Small multiples, one panel per dimension on a shared 1-5 scale and time axis.

    All panels are drawn in one Axes, with one collection each for the bands, frames,
    intervals and events and one line for all means: fifteen full Axes (ticks, spines,
    labels each) cost several times more to build and draw, in the app and the report.
    Each panel's points sit at ``_Grid.point(...)``; the tests invert that mapping.
    Events are numbered at the top of each panel and listed below the panels when
    ``event_legend``; intervals are cut off at 1 and 5. With fewer than two rounds the
    figure says so instead of drawing single points as if they were a trend.
    """
    rows = max(1, -(-len(panels) // columns))
    legend = numbered_events(events, lang) if event_legend else []
    # Room below the panels for the event legend, in panel rows (a row is ~2.1 inch).
    extra = (0.16 * len(legend) + 0.1) / 2.1 if legend else 0.0
    height = height or 2.1 * (rows + extra) + 0.3
    fig = new_figure(width, height, fig=fig, layout=None)
    if distinct_rounds([s for _, s in panels]) < 2:
        return _message(fig, one_round_text(lang))
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_axis_off()
    ax.set_xlim(0, columns)
    ax.set_ylim(-extra, rows)
    whens = [p.when for _, s in panels for p in s.points] + [w for w, _ in events]
    grid = _Grid(ax, columns, rows, min(whens), max(whens), bands, lang=lang)
    for k, (title, s) in enumerate(panels):
        grid.panel(k, title, s, events, years=k >= len(panels) - columns)
    grid.finish()
    if legend:
        line = (extra * 2.1 - 0.1) / max(len(legend), 1) / 2.1  # one legend line, in rows
        for k, text in enumerate(legend):
            ax.text(_LEFT, -k * line - 0.02, text, ha="left", va="top", fontsize=SMALL_SIZE)
    return fig


# Inner box of a panel, as fractions of its cell: room for title, scale and years.
_LEFT, _RIGHT, _BOTTOM, _TOP = 0.09, 0.03, 0.16, 0.20


@dataclass
class _Grid:
    """The panels of a trend grid, gathered into a few collections drawn at the end."""

    ax: Any
    columns: int
    rows: int
    first: date
    last: date
    bands: tuple[float, float]
    lang: str = "en"
    band_polys: dict[str, list[Any]] = field(default_factory=dict)
    frames: list[Any] = field(default_factory=list)
    ci: list[Any] = field(default_factory=list)
    marks: list[Any] = field(default_factory=list)
    line_x: list[float] = field(default_factory=list)
    line_y: list[float] = field(default_factory=list)
    marks_years: list[Any] = field(default_factory=list)

    def box(self, k: int) -> tuple[float, float, float, float]:
        r, c = divmod(k, self.columns)
        x0, y0 = c + _LEFT, self.rows - r - 1 + _BOTTOM
        return x0, y0, 1 - _LEFT - _RIGHT, 1 - _BOTTOM - _TOP

    def point(self, k: int, when: date, value: float) -> tuple[float, float]:
        x0, y0, w, h = self.box(k)
        span = max(self.last.toordinal() - self.first.toordinal(), 1)
        # inset from both sides, so an 'n=14' centred under the first or last point
        # stays inside the frame
        x = x0 + w * (0.08 + 0.84 * (when.toordinal() - self.first.toordinal()) / span)
        return x, y0 + h * (value - SCALE[0]) / (SCALE[1] - SCALE[0])

    def panel(
        self,
        k: int,
        title: str,
        s: TrendSeries,
        events: Sequence[tuple[date, str]],
        *,
        years: bool,
    ) -> None:
        """One dimension's panel: frame, bands, scale, events, points; years when ``years``."""
        x0, y0, w, h = self.box(k)
        self._frame(k)
        self.ax.text(
            x0 + w / 2, y0 + h + 0.03, wrap(title, 34), ha="center", va="bottom", fontsize=7
        )
        for v in (1, 3, 5):
            self.ax.text(
                x0 - 0.015,
                self.point(k, self.first, v)[1],
                str(v),
                ha="right",
                va="center",
                fontsize=6,
                color="#444444",
            )
        top_row = k < self.columns
        for number, (when, _) in enumerate(events, start=1):
            x = self.point(k, when, SCALE[0])[0]
            # the line stops short of the n row and of the top, where the top row has its number
            self.marks.append([(x, y0 + h * 0.12), (x, y0 + h * 0.86)])  # clear of the n row
            if top_row:  # the panels share their time axis: one row of numbers is enough
                self.ax.text(
                    x,
                    y0 + h * 0.99,
                    str(number),
                    ha="center",
                    va="top",
                    fontsize=5.5,
                    color="#333333",
                )
        self._points(k, s)
        if years:  # the bottom panel of each column carries the years
            self._years(k)

    def _frame(self, k: int) -> None:
        x0, y0, w, h = self.box(k)
        attention, strength = self.bands
        for low, high, name in (
            (SCALE[0], attention, "concern"),
            (attention, strength, "attention"),
            (strength, SCALE[1], "strength"),
        ):
            ya, yb = self.point(k, self.first, low)[1], self.point(k, self.first, high)[1]
            poly = [(x0, ya), (x0 + w, ya), (x0 + w, yb), (x0, yb)]
            self.band_polys.setdefault(name, []).append(poly)
        self.frames.append([(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h), (x0, y0)])

    def _points(self, k: int, s: TrendSeries) -> None:
        h = self.box(k)[3]
        for p in s.points:
            if p.mean is None:
                continue
            x, y = self.point(k, p.when, p.mean)
            self.line_x.append(x)
            self.line_y.append(y)
            if p.ci_low is not None and p.ci_high is not None:
                low, high = clip(p.ci_low), clip(p.ci_high)
                self.ci.append([self.point(k, p.when, low), self.point(k, p.when, high)])
            # n along the panel's foot, where no mean or interval line is drawn over it
            y_foot = self.box(k)[1] + 0.015
            self.ax.text(x, y_foot, f"n={p.n}", fontsize=5.5, ha="center", va="bottom")
            if p.change in ("up", "down"):
                self.ax.text(  # above and right of the point: clear of its interval line
                    x + 0.012,
                    y + 0.03 * h,
                    "▲" if p.change == "up" else "▼",
                    fontsize=6.5,
                    ha="left",
                    va="bottom",
                )
        self.line_x.append(math.nan)  # break the line between panels
        self.line_y.append(math.nan)

    def _years(self, k: int) -> None:
        """Each year centred under its part of the time axis, with a tick at each new year."""
        y0 = self.box(k)[1]
        for year in range(self.first.year, self.last.year + 1):
            start = max(self.first, date(year, 1, 1))
            end = min(self.last, date(year, 12, 31))
            middle = date.fromordinal((start.toordinal() + end.toordinal()) // 2)
            x = self.point(k, middle, SCALE[0])[0]
            self.ax.text(x, y0 - 0.03, str(year), ha="center", va="top", fontsize=6)
            if year > self.first.year:
                tick = self.point(k, date(year, 1, 1), SCALE[0])[0]
                self.marks_years.append([(tick, y0), (tick, y0 - 0.025)])

    def finish(self) -> None:
        """Draw what the panels gathered: bands, frames, events, intervals, means."""
        from matplotlib.collections import LineCollection, PolyCollection

        ax, style = self.ax, series_style(0)
        for name, polys in self.band_polys.items():
            ax.add_collection(
                PolyCollection(
                    polys,
                    facecolors=BAND_COLOURS[name],
                    hatch=BAND_HATCHES[name] or None,
                    hatchcolor=BAND_HATCH_COLOUR,
                    linewidths=0,
                    zorder=0,
                )
            )
        ax.add_collection(LineCollection(self.frames, colors="#777777", linewidths=0.6, zorder=1))
        if self.marks_years:
            ax.add_collection(LineCollection(self.marks_years, colors="#777777", linewidths=0.6))
        ax.add_collection(
            LineCollection(
                self.marks,
                colors="#555555",
                linestyles=":",
                linewidths=0.8,
                zorder=1,
                label="_events",
            )
        )
        ax.add_collection(
            LineCollection(
                self.ci, colors=style["color"], linewidths=1.1, zorder=2, label="_intervals"
            )
        )
        ax.plot(
            self.line_x,
            self.line_y,
            zorder=3,
            label="_means",
            **{**style, "markersize": 4, "linewidth": 1.6},
        )
