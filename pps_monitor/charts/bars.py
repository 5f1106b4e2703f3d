"""Bar charts: the risk profile, the contract-relational balance, an item's answers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pps_monitor.charts.style import (
    SCALE,
    SMALL_SIZE,
    date_axis,
    new_figure,
    number_formatter,
    numbered_events,
    palette,
    plain,
    wrap,
)
from pps_monitor.i18n import decimal, gettext


@dataclass(frozen=True)
class RiskBar:
    label: str
    mean: float
    high_pct: float | None  # None: held back (fewer answers than a distribution needs)
    n: int
    change: float | None  # shown only when significant
    significant: bool


def risk_figure(
    bars: Sequence[RiskBar],
    *,
    high_label: str = "4–5",
    size: tuple[float, float] = (8.0, 5.5),
    fig: Any = None,
    number: Callable[[float], str] | None = None,
    lang: str = "en",
) -> Any:
    """Horizontal bars of the mean risk rating, highest first; share of 4-5 and n beside."""
    if number is None:
        number = lambda v: decimal(v, lang, 2)  # noqa: E731
    # Fixed margins (labels are wrapped to a known width): the layout engine would draw
    # the whole figure a second time just to measure it.
    fig = new_figure(*size, fig=fig, layout=None)
    height = fig.get_figheight()  # fixed margins in inches: the tick labels' room
    fig.subplots_adjust(left=0.40, right=0.98, top=1 - 0.12 / height, bottom=0.3 / height)
    ax = fig.add_subplot()
    ordered = list(bars)[::-1]  # matplotlib draws bottom-up: highest risk on top
    ys = list(range(len(ordered)))
    colour = palette()[6]
    ax.barh(
        ys,
        [b.mean - SCALE[0] for b in ordered],
        left=SCALE[0],
        color=colour,
        edgecolor="black",
        height=0.6,
    )
    for y, b in zip(ys, ordered, strict=True):
        share = "" if b.high_pct is None else f"  ·  {b.high_pct:.0f}% {high_label}"
        text = f"{number(b.mean)}{share}  ·  n={b.n}"
        if b.significant and b.change is not None:
            sign = "+" if b.change > 0 else ""
            text += f"  ·  {'▲' if b.change > 0 else '▼'} {sign}{number(b.change)}"
        ax.text(
            b.mean + 0.05,
            y,
            text,
            va="center",
            fontsize=7.5,
            zorder=3,
            bbox={"boxstyle": "square,pad=0.1", "fc": "white", "lw": 0},  # over the line at 3
        )
    ax.set_yticks(ys, [wrap(b.label, 40) for b in ordered], fontsize=7.5)
    ax.set_xlim(SCALE[0], SCALE[1] + 1.6)
    ax.set_xticks([1, 2, 3, 4, 5])
    ax.xaxis.set_major_formatter(number_formatter(lang))
    ax.tick_params(axis="x", labelsize=7.5)
    ax.axvline(3, color="#777777", linewidth=0.8, linestyle=":")
    return fig


LEGEND_LINE = 0.15  # inches per line of an event list below a chart
RISK_ROW = 0.34  # inches per bar: room for a label of two lines at 7.5 pt and a gap


def risk_height(count: int) -> float:
    """The height (inches) at which ``count`` bars' two-line labels do not overprint."""
    return 0.5 + RISK_ROW * max(count, 1)


@dataclass(frozen=True)
class BalancePoint:
    when: date
    diff: float | None
    ci_low: float | None
    ci_high: float | None
    n: int


def balance_figure(
    points: Sequence[BalancePoint],
    events: Sequence[tuple[date, str]] = (),
    *,
    warn_at: float = -0.5,
    labels: tuple[str, str] = ("relational ahead", "contract ahead"),
    size: tuple[float, float] = (8.0, 4.0),
    fig: Any = None,
    lang: str = "en",
    warn_label: str | None = None,
    event_legend: bool = True,
) -> Any:
    """Relational minus contract coordination per round, with its 95% interval.

    The dashed line at ``warn_at`` is labelled (``warn_label``, by default "warning
    level -0.5"); events are numbered on the time axis and listed below it when
    ``event_legend``. With fewer than two rounds the chart says so instead.
    """
    pts = [p for p in points if p.diff is not None]
    legend = numbered_events(events, lang) if event_legend else []
    fig = new_figure(*size, fig=fig, layout=None)
    if len({p.when for p in pts}) < 2:
        from pps_monitor.charts.trend import one_round_text

        fig.text(0.5, 0.5, wrap(one_round_text(lang), 60), ha="center", va="center", fontsize=10)
        return fig
    height = fig.get_figheight()
    foot = LEGEND_LINE * len(legend) + 0.1 if legend else 0.0  # inches for the event list
    fig.subplots_adjust(left=0.08, right=0.98, top=1 - 0.25 / height, bottom=(0.3 + foot) / height)
    ax = fig.add_subplot()
    colour = palette()[5]
    ax.axhline(0, color="black", linewidth=1)
    _warning_line(ax, warn_at, warn_label, lang)
    _balance_points(ax, pts, colour)
    _numbered_events(ax, events)
    top = max([1.0, *[abs(p.ci_high or 0) for p in pts], *[abs(p.ci_low or 0) for p in pts]])
    ax.set_ylim(-top - 0.2, top + 0.2)
    ax.text(0.01, 0.97, "▲ " + plain(labels[0]), transform=ax.transAxes, fontsize=7.5, va="top")
    ax.text(0.01, 0.03, "▼ " + plain(labels[1]), transform=ax.transAxes, fontsize=7.5, va="bottom")
    date_axis(ax, maxticks=6, lang=lang)
    ax.yaxis.set_major_formatter(number_formatter(lang))
    ax.tick_params(axis="both", labelsize=7)
    for k, text in enumerate(legend):
        y = (foot - 0.05 - k * LEGEND_LINE) / height
        fig.text(0.08, y, text, ha="left", va="top", fontsize=SMALL_SIZE)
    return fig


def _warning_line(ax: Any, warn_at: float, warn_label: str | None, lang: str) -> None:
    """The dashed warning level, labelled under the line at the left."""
    ax.axhline(warn_at, color="#a0522d", linewidth=1, linestyle="--")
    if warn_label is None:
        warn_label = gettext(lang, "warning level {value}").format(value=decimal(warn_at, lang))
    ax.text(  # under the line at the left, on white: clear of points and their n
        0.01,
        warn_at,
        plain(warn_label),
        transform=ax.get_yaxis_transform(),
        ha="left",
        va="top",
        fontsize=SMALL_SIZE,
        color="#a0522d",
        zorder=5,
        bbox={"boxstyle": "square,pad=0.15", "fc": "white", "lw": 0},
    )


def _balance_points(ax: Any, pts: Sequence[BalancePoint], colour: Any) -> None:
    """The differences with their intervals, and n under each."""
    xs = [p.when for p in pts]
    ax.plot(xs, [p.diff for p in pts], color=colour, marker="o", linewidth=2)
    for p in pts:
        if p.ci_low is not None and p.ci_high is not None:
            ax.plot([p.when, p.when], [p.ci_low, p.ci_high], color=colour, linewidth=1.2)
        # n below the interval's foot, clear of the line and the interval
        base = p.ci_low if p.ci_low is not None else p.diff
        ax.annotate(
            f"n={p.n}",
            (p.when, base),
            textcoords="offset points",
            xytext=(0, -3),
            ha="center",
            va="top",
            fontsize=SMALL_SIZE,
        )


def _numbered_events(ax: Any, events: Sequence[tuple[date, str]]) -> None:
    """Each event as a dotted line, numbered just above the frame."""
    for number, (when, _text) in enumerate(events, start=1):
        ax.axvline(when, color="#555555", linestyle=":", linewidth=1)
        ax.text(  # the event's number just above the frame, listed below the chart
            when,
            1.01,
            str(number),
            transform=ax.get_xaxis_transform(),
            ha="center",
            va="bottom",
            fontsize=SMALL_SIZE,
        )


def distribution_figure(
    counts: dict[int, int],
    dont_know: int,
    labels: Sequence[str],
    *,
    size: tuple[float, float] = (6.0, 3.0),
    fig: Any = None,
) -> Any:
    """An item's answers as given (1-5 and don't know)."""
    fig = new_figure(*size, fig=fig, layout=None)
    fig.subplots_adjust(left=0.08, right=0.98, top=0.95, bottom=0.22)
    ax = fig.add_subplot()
    values = [counts.get(v, 0) for v in range(1, 6)] + [dont_know]
    xs = list(range(len(values)))
    ax.bar(xs, values, color=palette()[2], edgecolor="black")
    for x, v in zip(xs, values, strict=True):
        ax.text(x, v, str(v), ha="center", va="bottom", fontsize=8)
    ax.set_xticks(xs, [wrap(lab, 12) for lab in labels], fontsize=7)
    ax.set_ylim(0, max([1, *values]) * 1.2)
    return fig
