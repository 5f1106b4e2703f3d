"""Change against the previous round and trends: ``change`` with the per-sample work in
arrays (Welch's variances, Cliff's delta); the t distribution and Benjamini-Hochberg are
the reference's own functions, called once per test."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from pps_monitor.domain import change as chg
from pps_monitor.domain import stats
from pps_monitor.domain.fast.sums import seq_sum, variance_cols
from pps_monitor.domain.instrument import Instrument
from pps_monitor.domain.model import (
    NO_VARIATION,
    NOT_COMPARABLE,
    TOO_FEW,
    Change,
    Comparison,
    DimensionScore,
    RiskScore,
    RoundScores,
    ScoringSettings,
    Trend,
)
from pps_monitor.domain.scoring import statements

# --- the tests -------------------------------------------------------------------------


def _array(sample: Sequence[float]) -> npt.NDArray[np.generic]:
    return np.asarray(sample)  # ints stay ints (risk values): their sums are exact


def welch_test(
    current: Sequence[float], previous: Sequence[float], level: float = 0.95
) -> stats.WelchTest | None:
    """``stats.welch_test`` with the variances and sums taken in arrays (same values)."""
    n1, n2 = len(current), len(previous)
    if n1 < 2 or n2 < 2:
        return None
    a, b = _array(current), _array(previous)
    v1 = float(variance_cols(a.reshape(-1, 1))[0]) / n1
    v2 = float(variance_cols(b.reshape(-1, 1))[0]) / n2
    se2 = v1 + v2
    if se2 == 0.0:
        return None
    diff = _total(a) / n1 - _total(b) / n2
    df = se2 * se2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
    se = math.sqrt(se2)
    half = stats.t_ppf(0.5 + level / 2, df) * se
    p = 2.0 * stats.t_cdf(-abs(diff) / se, df)
    return stats.WelchTest(diff, diff - half, diff + half, df, min(1.0, p))


def _total(values: npt.NDArray[np.generic]) -> float | int:
    """``sum(values)``: exact for whole numbers, left to right for floats."""
    if values.dtype.kind in "iub":
        return int(values.sum(dtype=np.int64))
    return float(seq_sum(values.astype(np.float64)))


def compare(
    current: Sequence[float], previous: Sequence[float], comparable: bool, settings: ScoringSettings
) -> chg.RawComparison:
    """``change.compare`` with the array Welch test."""
    cur, prev = tuple(current), tuple(previous)
    if not comparable:
        return chg.RawComparison(False, cur, prev, None, NOT_COMPARABLE)
    k = settings.min_breakdown  # a change interval shows the spread: min_breakdown (see change.py)
    if len(cur) < k or len(prev) < k:
        return chg.RawComparison(True, cur, prev, None, TOO_FEW)
    test = welch_test(cur, prev, settings.level)
    return chg.RawComparison(True, cur, prev, test, None if test else NO_VARIATION)


def trends(
    samples: Sequence[tuple[int, int, tuple[float, ...]] | None],
    currents: Sequence[tuple[float, ...]],
    settings: ScoringSettings,
) -> list[Trend | None]:
    """``change.trends`` with the array Welch test."""
    tests = [
        welch_test(cur, s[2], settings.level) if s else None
        for s, cur in zip(samples, currents, strict=True)
    ]
    tested = [i for i, t in enumerate(tests) if t is not None]
    adjusted, flagged = stats.benjamini_hochberg(
        [tests[i].p for i in tested],  # type: ignore[union-attr]
        settings.fdr,
    )
    out: list[Trend | None] = [None] * len(tests)
    for i, (s, cur) in enumerate(zip(samples, currents, strict=True)):
        if s is not None and tests[i] is None:  # zero width: a difference, but no test
            diff = sum(cur) / len(cur) - sum(s[2]) / len(s[2])
            out[i] = Trend(s[0], s[1], diff, None, None, None, None, False)
    for k, i in enumerate(tested):
        t, s = tests[i], samples[i]
        assert t is not None and s is not None
        significant = flagged[k] and (t.ci_low > 0 or t.ci_high < 0)
        out[i] = Trend(s[0], s[1], t.diff, t.ci_low, t.ci_high, t.p, adjusted[k], significant)
    return out


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
            raws.append(compare(cur, prev, ok, settings))
    return [
        replace(fig, comparison=comparison, change=change)
        for fig, (comparison, change) in zip(figures, _correct(raws, settings), strict=True)
    ]


def with_trends(dims: list[DimensionScore], said: dict, history: Sequence[RoundScores],
                 settings: ScoringSettings) -> list[DimensionScore]:  # fmt: skip
    samples = [chg.trend_samples(d.code, said[d.code], d.scores, history) for d in dims]
    found: list[Trend | None] = trends(samples, [d.scores for d in dims], settings)
    return [replace(d, trend=t) for d, t in zip(dims, found, strict=True)]


def _statements(instrument: Instrument) -> dict[str, tuple[tuple[str, str, str, bool], ...]]:
    out = {d.code: statements(d.items) for d in instrument.dimensions}
    out.update({r.code: statements([r]) for r in instrument.risks})
    return out
