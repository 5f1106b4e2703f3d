"""Change and trend attached to a round's figures, from the rounds before it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pps_monitor.domain import change as chg
from pps_monitor.domain.model import (
    Balance,
    DimensionScore,
    GroupScore,
    ItemStats,
    RiskScore,
    RoundScores,
    ScoringSettings,
    Trend,
)


def with_changes(
    figures: list,
    current: list[tuple[float, ...]],
    previous: list[tuple[float, ...] | None],
    comparable: list[bool],
    settings: ScoringSettings,
    tests: chg.Tests = chg.PYTHON,
) -> list:
    """Attach change (one Benjamini-Hochberg family) to dimension or risk figures."""
    raws = [
        chg.compare(cur, prev, ok, settings, tests) if prev is not None else None
        for cur, prev, ok in zip(current, previous, comparable, strict=True)
    ]
    out = []
    for fig, (comparison, change) in zip(figures, chg.correct(raws, settings, tests), strict=True):
        out.append(_replace(fig, comparison=comparison, change=change))
    return out


def _replace(obj, **changes):  # type: ignore[no-untyped-def]
    return replace(obj, **changes)


def _sample(figure: DimensionScore | RiskScore) -> tuple[float, ...]:
    return figure.scores if isinstance(figure, DimensionScore) else figure.values


def previous_of(
    figures: Sequence[DimensionScore | RiskScore],
    said: dict,
    previous: RoundScores | None,
    kind: str,
) -> tuple[list, list, list]:
    """Current samples, the previous round's samples (None: no previous) and comparability."""
    current = [_sample(f) for f in figures]
    if previous is None:
        return current, [None] * len(figures), [True] * len(figures)
    before_figs: list[DimensionScore | RiskScore] = [
        *(previous.dimensions if kind == "dimension" else previous.risks)
    ]
    prev_figs = {f.code: f for f in before_figs}
    before: list = []
    comparable = []
    for f in figures:
        p = prev_figs.get(f.code)
        before.append(() if p is None else _sample(p))
        comparable.append(p is not None and previous.statements.get(f.code) == said[f.code])
    return current, before, comparable


def with_trends(
    dims: list[DimensionScore],
    said: dict,
    history: Sequence[RoundScores],
    settings: ScoringSettings,
    tests: chg.Tests = chg.PYTHON,
) -> list[DimensionScore]:
    samples = [chg.trend_samples(d.code, said[d.code], d.scores, history) for d in dims]
    found: list[Trend | None] = chg.trends(samples, [d.scores for d in dims], settings, tests)
    return [_replace(d, trend=t) for d, t in zip(dims, found, strict=True)]


def round_scores(
    respondents: int,
    items: dict[str, ItemStats],
    figures: tuple[list[DimensionScore], list[RiskScore], list[GroupScore], Balance],
    said: dict,
    previous: RoundScores | None,
    history: Sequence[RoundScores],
    settings: ScoringSettings,
    tests: chg.Tests = chg.PYTHON,
) -> RoundScores:
    """A round's figures with change (against ``previous``) and trend (over ``history``)
    attached. Both scorings end here (``scoring``; ``domain.fast`` with its ``tests``).
    """
    dims, risks, groups, balance = figures
    dims = with_changes(dims, *previous_of(dims, said, previous, "dimension"), settings, tests)
    dims = with_trends(dims, said, history, settings, tests)
    risks = with_changes(risks, *previous_of(risks, said, previous, "risk"), settings, tests)
    return RoundScores(
        respondents=respondents,
        items=items,
        dimensions=dims,
        groups=groups,
        risks=risks,
        balance=balance,
        min_round=settings.min_round,
        min_breakdown=settings.min_breakdown,
        statements=said,
    )
