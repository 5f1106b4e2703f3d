"""What the results view and the report show, computed from scored rounds (no Qt).

Everything shown here respects the minimum group size: sector lines, gaps and
comments of groups smaller than ``settings.min_group`` are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from pps_monitor.analysis import RoundResult
from pps_monitor.charts.bars import BalancePoint, RiskBar
from pps_monitor.charts.radar import RadarSeries
from pps_monitor.charts.trend import TrendPoint, TrendSeries
from pps_monitor.domain import stats
from pps_monitor.domain.breakdown import Gap, breakdown, group_order, largest_gaps
from pps_monitor.domain.model import Comparison
from pps_monitor.domain.scoring import DEFAULT_SETTINGS, Change, ScoringSettings

if TYPE_CHECKING:
    from sqlite_utils import Database

DRIFT_LEVEL = -0.5  # relational this far below contract coordination is a warning


def round_date(result: RoundResult) -> date:
    return date.fromisoformat(result.round["date"])


def axis_labels(result: RoundResult, lang: str) -> list[str]:
    return [d.name(lang) for d in result.instrument.dimensions]


def radar_series(
    results: Sequence[RoundResult], shown: Sequence[int], lang: str, chosen: int | None = None
) -> list[RadarSeries]:
    """One series per shown round (by index into ``results``), oldest first, on the axes of
    the chosen round (default: the last shown). Each round keeps the style of its place in
    time, so it looks the same in every chart; the chosen round is drawn heavier."""
    if not shown:
        return []
    chosen = shown[-1] if chosen is None else chosen
    axes = [d.code for d in results[chosen].instrument.dimensions]
    out = []
    for index in sorted(set(shown)):
        r = results[index]
        values = [(d.mean if (d := r.scores.dimension(code)) else None) for code in axes]
        label = f"{r.label} (n={r.scores.respondents})"
        out.append(RadarSeries(label, values, style=index, emphasis=index == chosen))
    return out


def sector_series(
    result: RoundResult, sector_names: dict[str, str], settings: ScoringSettings = DEFAULT_SETTINGS
) -> tuple[list[RadarSeries], list[Gap]]:
    """A line per sector that reaches the minimum group size; the largest public-private gaps."""
    rows = breakdown(result.instrument, result.responses, "sector", settings)
    series = []
    for group in group_order("sector"):
        cells = [row.visible(group) for row in rows]
        if not any(cells):
            continue
        sizes = sorted({c.n for c in cells if c is not None and c.n is not None})
        n = f"n={sizes[0]}" if len(sizes) == 1 else f"n={sizes[0]}–{sizes[-1]}"
        series.append(
            RadarSeries(
                f"{sector_names.get(group, group)} ({n})", [c.mean if c else None for c in cells]
            )
        )
    return series, largest_gaps(rows, count=5)


def trend_series(
    results: Sequence[RoundResult], code: str, label: str, level: float = 0.95
) -> TrendSeries:
    points = []
    for r in results:
        d = r.scores.dimension(code)
        if d is None:
            continue
        # An interval shows the spread: only where the SD itself may be shown
        # (min_breakdown respondents; the domain leaves ``sd`` empty below it).
        interval = stats.mean_interval(d.scores, level) if d.sd is not None else None
        change = None
        if d.change is not None and d.change.significant:
            change = "up" if d.change.diff > 0 else "down"
        points.append(
            TrendPoint(
                round_date(r),
                d.mean,
                interval[1] if interval else None,
                interval[2] if interval else None,
                d.n,
                change,
            )
        )
    return TrendSeries(label, points)


def risk_bars(result: RoundResult, lang: str) -> list[RiskBar]:
    """Every rated risk, highest mean first."""
    out = []
    for risk in result.scores.top_risks(len(result.scores.risks)):
        c = risk.change
        out.append(
            RiskBar(
                result.instrument.label(risk.code, lang),
                risk.mean or 0.0,
                risk.high_pct,  # None when held back: never drawn as 0%
                risk.n,
                c.diff if c else None,
                bool(c and c.significant),
            )
        )
    return out


def balance_points(results: Sequence[RoundResult]) -> list[BalancePoint]:
    return [
        BalancePoint(round_date(r), b.diff, b.ci_low, b.ci_high, b.n)
        for r in results
        if (b := r.scores.balance) is not None
    ]


def drift_warning(results: Sequence[RoundResult], level: float = DRIFT_LEVEL) -> str | None:
    """'contractual' when relational coordination clearly lags contract coordination in the
    latest round, 'declining' when the balance fell by more than |level| since its best round."""
    pts = [r.scores.balance for r in results if r.scores.balance.diff is not None]
    if not pts:
        return None
    last = pts[-1]
    if (
        last.diff is not None
        and last.diff <= level
        and last.ci_high is not None
        and last.ci_high < 0
    ):
        return "contractual"
    best = max(p.diff for p in pts[:-1]) if len(pts) > 1 else None  # type: ignore[type-var]
    if best is not None and last.diff is not None and last.diff - best <= level and last.diff < 0:
        return "declining"
    return None


@dataclass(frozen=True)
class CompareRow:
    code: str
    a_mean: float | None
    a_n: int
    b_mean: float | None
    b_n: int
    change: Change | None  # b minus a, where it could be tested
    comparison: Comparison | None = None  # what is said about it (testable, comparable)


def compare(
    a: RoundResult, b: RoundResult, settings: ScoringSettings = DEFAULT_SETTINGS
) -> list[CompareRow]:
    """Any two rounds, dimension by dimension: tested only where comparable (the same
    statements) with ``min_breakdown`` respondents a side, and corrected together
    (Benjamini-Hochberg over the dimensions), as the change since the previous round."""
    from pps_monitor.domain import change as chg

    pairs = [
        (d, a.scores.dimension(d.code), b.scores.dimension(d.code)) for d in b.instrument.dimensions
    ]
    raws = [
        chg.compare(
            db_.scores,
            da.scores,
            a.scores.statements.get(d.code) == b.scores.statements.get(d.code),
            settings,
        )
        if da and db_
        else None
        for d, da, db_ in pairs
    ]
    return [
        CompareRow(
            d.code,
            da.mean if da else None,
            da.n if da else 0,
            db_.mean if db_ else None,
            db_.n if db_ else 0,
            change,
            comparison,
        )
        for (d, da, db_), (comparison, change) in zip(
            pairs, chg.correct(raws, settings), strict=True
        )
    ]


def comments_by_dimension(
    db: Database, result: RoundResult, settings: ScoringSettings = DEFAULT_SETTINGS
) -> dict[str, list[str]] | None:
    """The round's comments per dimension, or None when the round has too few respondents."""
    from pps_monitor.storage import repository as repo

    if result.scores.respondents < settings.min_group:
        return None
    out: dict[str, list[str]] = {}
    for row in repo.round_comments(db, result.round["id"]):
        out.setdefault(row["dimension_code"], []).append(row["text"])
    return out


def open_actions_by_dimension(actions: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for a in actions:
        if a["status"] in ("open", "in_progress") and a["dimension_code"]:
            out.setdefault(a["dimension_code"], []).append(a)
    return out
