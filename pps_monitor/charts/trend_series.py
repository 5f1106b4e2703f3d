"""The data of a trend chart, and the few rules its two forms (one chart, a grid) share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pps_monitor.charts.style import SCALE, wrap
from pps_monitor.i18n import gettext


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


def clip(value: float) -> float:
    """A value on the 1-5 scale: an interval is drawn cut off at the scale's ends."""
    return min(max(value, SCALE[0]), SCALE[1])


def distinct_rounds(series: Sequence[TrendSeries]) -> int:
    """How many different dates carry a mean: a trend needs at least two."""
    return len({p.when for s in series for p in s.points if p.mean is not None})


def one_round_text(lang: str) -> str:
    return gettext(lang, "Only one round so far: a trend needs at least two rounds.")


def _message(fig: Any, text: str) -> Any:
    """A figure that says in words why there is nothing to draw."""
    fig.text(0.5, 0.5, wrap(text, 60), ha="center", va="center", fontsize=10, color="#333333")
    return fig
