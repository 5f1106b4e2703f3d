"""Radar chart on a fixed 1-5 scale with the score bands drawn as rings.

Built on the public ``projection="polar"`` API with hand-drawn polygon rings, not on
matplotlib's gallery radar example (private methods and a global registry).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pps_monitor.charts.style import (
    BAND_COLOURS,
    BAND_HATCH_COLOUR,
    BAND_HATCHES,
    SCALE,
    new_figure,
    plain,
    series_style,
    wrap,
)


@dataclass(frozen=True)
class RadarSeries:
    label: str
    values: Sequence[float | None]  # one per axis; None is drawn as a gap
    style: int | None = None  # fixed style index (e.g. the round's place in time)
    emphasis: bool = False  # the chosen round: drawn heavier and on top


def angles(count: int) -> list[float]:
    """Axis angles, clockwise from the top."""
    return [math.pi / 2 - 2 * math.pi * k / count for k in range(count)]


def radar_figure(
    axis_labels: Sequence[str],
    series: Sequence[RadarSeries],
    *,
    title: str | None = None,
    bands: tuple[float, float] = (3.0, 4.0),
    band_labels: dict[str, str] | None = None,
    size: tuple[float, float] = (7.5, 6.5),
    fig: Any = None,
    lang: str = "en",
) -> Any:
    """Each series as a closed polygon over the axes; bands as coloured, patterned rings.

    ``lang`` is accepted for symmetry with the other charts: the scale's numbers are
    whole and read the same in both languages.
    """
    # Fixed margins instead of the layout engine: it costs a third of every redraw.
    fig = new_figure(*size, fig=fig, layout=None)
    # Room at the sides for labels anchored outwards (long Dutch names)
    fig.subplots_adjust(left=0.19, right=0.81, top=0.86 if title else 0.9, bottom=0.16)
    ax = fig.add_subplot(projection="polar")
    n = len(axis_labels)
    theta = angles(n)
    closed = [*theta, theta[0]]
    ax.set_ylim(0, SCALE[1])
    ax.set_yticks([])
    ax.set_xticks([])
    ax.spines["polar"].set_visible(False)
    ax.grid(False)
    _draw_rings(ax, theta, axis_labels, bands, band_labels)

    for index, s in enumerate(series):
        values = [math.nan if v is None else float(v) for v in s.values]
        style = series_style(index if s.style is None else s.style)
        if s.emphasis:
            style["linewidth"] = 3.2
            style["markersize"] = 8
        ax.plot(
            closed,
            [*values, values[0]],
            label=plain(s.label),
            zorder=4 if s.emphasis else 3,
            **style,
        )
    if series:
        fig.legend(
            loc="outside lower center", ncols=min(4, len(series) + 3), fontsize=8, frameon=False
        )
    if title:
        ax.set_title(plain(title), fontsize=11, pad=44)
    return fig


def _draw_rings(
    ax: Any,
    theta: list[float],
    axis_labels: Sequence[str],
    bands: tuple[float, float],
    band_labels: dict[str, str] | None,
) -> None:
    """The bands, the scale rings with their numbers, the spokes and the axis labels."""
    n = len(axis_labels)
    closed = [*theta, theta[0]]

    # Bands as filled polygon rings: concern below the attention bar, then attention,
    # then strength; drawn first so the series lie on top.
    attention, strength = bands
    rings = [
        (SCALE[0], attention, "concern"),
        (attention, strength, "attention"),
        (strength, SCALE[1], "strength"),
    ]
    for low, high, name in rings:
        ax.fill(
            closed + closed[::-1],
            [high] * (n + 1) + [low] * (n + 1),
            facecolor=BAND_COLOURS[name],
            hatch=BAND_HATCHES[name] or None,
            hatchcolor=BAND_HATCH_COLOUR,
            linewidth=0,
            zorder=0,
            label=plain(label) if (label := (band_labels or {}).get(name)) else None,
        )
    for r in range(int(SCALE[0]), int(SCALE[1]) + 1):
        ax.plot(closed, [r] * (n + 1), color="#9a9a9a", linewidth=0.6, zorder=1)
        ax.text(
            math.pi / 2, r, str(r), fontsize=7, color="#555555", ha="left", va="bottom", zorder=5
        )
    for t in theta:
        ax.plot([t, t], [0, SCALE[1]], color="#b0b0b0", linewidth=0.6, zorder=1)
    for t, label in zip(theta, axis_labels, strict=True):
        # Anchored on the side facing the chart, so a long (Dutch) label grows outwards
        # and never over the rings: left-aligned on the right, right-aligned on the left.
        x, y = math.cos(t), math.sin(t)
        ha = "left" if x > 0.2 else "right" if x < -0.2 else "center"
        va = "bottom" if y > 0.2 else "top" if y < -0.2 else "center"
        ax.text(t, SCALE[1] + 0.22, wrap(label, 20), fontsize=7.5, ha=ha, va=va)
