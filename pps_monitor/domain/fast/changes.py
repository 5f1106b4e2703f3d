"""Change against the previous round and trends (``change`` with an array Cliff's delta)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from pps_monitor.domain import change as chg
from pps_monitor.domain import stats
from pps_monitor.domain.instrument import Instrument
from pps_monitor.domain.model import (
    NO_VARIATION,
    Change,
    Comparison,
    DimensionScore,
    RiskScore,
    RoundScores,
    ScoringSettings,
    Trend,
)
from pps_monitor.domain.scoring import statements

# --- change against the previous round (``change.correct`` with an array Cliff's delta) -


def cliffs_delta(current: Sequence[float], previous: Sequence[float]) -> float | None:
    """``stats.cliffs_delta`` with sorted searches in NumPy (the same whole-number counts)."""
    if not current or not previous:
        return None
    prev = np.sort(np.asarray(previous, dtype=np.float64))
    cur = np.asarray(current, dtype=np.float64)
    more = int(np.searchsorted(prev, cur, side="left").sum())
    less = int((len(prev) - np.searchsorted(prev, cur, side="right")).sum())
    return (more - less) / (len(current) * len(previous))


def _change(raw: chg.RawComparison, diff: float, low: float, high: float, significant: bool,
            p: float | None, p_adjusted: float | None) -> Change:  # fmt: skip
    return Change(
        diff=diff,
        ci_low=low,
        ci_high=high,
        significant=significant,
        cliffs_delta=cliffs_delta(raw.current, raw.previous),  # type: ignore[arg-type]
        previous_mean=sum(raw.previous) / len(raw.previous),
        previous_n=len(raw.previous),
        p=p,
        p_adjusted=p_adjusted,
    )


def _finish(
    raw: chg.RawComparison, p_adjusted: float | None, flagged: bool
) -> tuple[Comparison, Change | None]:
    t = raw.test
    if t is None:
        diff = None
        if raw.reason == NO_VARIATION:
            diff = sum(raw.current) / len(raw.current) - sum(raw.previous) / len(raw.previous)
        comparison = Comparison(
            raw.comparable, False, diff, None, None, None, None, False, raw.reason
        )
        if diff is None:
            return comparison, None
        return comparison, _change(raw, diff, diff, diff, False, None, None)
    significant = flagged and (t.ci_low > 0 or t.ci_high < 0)
    comparison = Comparison(True, True, t.diff, t.ci_low, t.ci_high, t.p, p_adjusted, significant)
    return comparison, _change(raw, t.diff, t.ci_low, t.ci_high, significant, t.p, p_adjusted)


def _correct(
    raws: Sequence[chg.RawComparison | None], settings: ScoringSettings
) -> list[tuple[Comparison | None, Change | None]]:
    tested = [i for i, r in enumerate(raws) if r is not None and r.test is not None]
    adjusted, flagged = stats.benjamini_hochberg(
        [raws[i].test.p for i in tested],  # type: ignore[union-attr]
        settings.fdr,
    )
    by_index = {i: (adjusted[k], flagged[k]) for k, i in enumerate(tested)}
    out: list[tuple[Comparison | None, Change | None]] = []
    for i, raw in enumerate(raws):
        out.append((None, None) if raw is None else _finish(raw, *by_index.get(i, (None, False))))
    return out


def _sample(figure: DimensionScore | RiskScore) -> tuple[float, ...]:
    return figure.scores if isinstance(figure, DimensionScore) else figure.values


def with_changes(figures: list, said: dict, previous: RoundScores | None, kind: str,
                  settings: ScoringSettings) -> list:  # fmt: skip
    current = [_sample(f) for f in figures]
    if previous is None:
        raws: list[chg.RawComparison | None] = [None] * len(figures)
    else:
        before = {
            f.code: f for f in (previous.dimensions if kind == "dimension" else previous.risks)
        }
        raws = []
        for f, cur in zip(figures, current, strict=True):
            p = before.get(f.code)
            prev: tuple = () if p is None else _sample(p)
            ok = p is not None and previous.statements.get(f.code) == said[f.code]
            raws.append(chg.compare(cur, prev, ok, settings))
    return [
        replace(fig, comparison=comparison, change=change)
        for fig, (comparison, change) in zip(figures, _correct(raws, settings), strict=True)
    ]


def with_trends(dims: list[DimensionScore], said: dict, history: Sequence[RoundScores],
                 settings: ScoringSettings) -> list[DimensionScore]:  # fmt: skip
    samples = [chg.trend_samples(d.code, said[d.code], d.scores, history) for d in dims]
    found: list[Trend | None] = chg.trends(samples, [d.scores for d in dims], settings)
    return [replace(d, trend=t) for d, t in zip(dims, found, strict=True)]


def _statements(instrument: Instrument) -> dict[str, tuple[tuple[str, str, str, bool], ...]]:
    out = {d.code: statements(d.items) for d in instrument.dimensions}
    out.update({r.code: statements([r]) for r in instrument.risks})
    return out
