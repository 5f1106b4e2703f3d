"""Change since the previous round and trend over comparable rounds, with FDR control.

- A dimension (or risk item) is comparable between two rounds only when its statements
  (codes, texts, reverse wording) are identical in both rounds' instrument snapshots.
- It is testable only when both rounds have at least ``min_breakdown`` respondents for
  it and the Welch interval has a non-zero width ("no test possible" otherwise): the
  interval's width and p give each round's SD, and an SD with the mean lets an insider
  of a round of 3 solve the other two (PRIVACY.md: a spread needs ``min_breakdown``).
- Each family (the dimensions of one instrument in a round; separately its risk items;
  separately the trends) is corrected with Benjamini-Hochberg at q = ``settings.fdr``.
  ``significant`` is true only when BH flags it AND the unadjusted 95% Welch interval
  excludes 0. With q = 0.05 a BH-flagged p is at most 0.05, which already implies the
  interval excludes 0; the explicit check guards against rounding at that boundary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pps_monitor.domain import stats
from pps_monitor.domain.model import (
    NO_VARIATION,
    NOT_COMPARABLE,
    TOO_FEW,
    Change,
    Comparison,
    RoundScores,
    ScoringSettings,
    Trend,
)

MIN_TREND_ROUNDS = 3


@dataclass(frozen=True)
class Tests:
    """The per-sample work of a comparison: Welch's test and Cliff's delta.

    The rules below (floors, reasons, the correction) are written once; the NumPy
    scoring (``domain.fast``) passes array versions that give the same values.
    """

    welch: Callable[[Sequence[float], Sequence[float], float], stats.WelchTest | None] = (
        stats.welch_test
    )
    cliffs: Callable[[Sequence[float], Sequence[float]], float | None] = stats.cliffs_delta


PYTHON = Tests()


@dataclass(frozen=True)
class RawComparison:
    """A comparison before the family's correction."""

    comparable: bool
    current: tuple[float, ...]
    previous: tuple[float, ...]
    test: stats.WelchTest | None
    reason: str | None


def compare(
    current: Sequence[float],
    previous: Sequence[float],
    comparable: bool,
    settings: ScoringSettings,
    tests: Tests = PYTHON,
) -> RawComparison:
    """Test current against previous; ``current``/``previous`` are empty below min_round."""
    cur, prev = tuple(current), tuple(previous)
    if not comparable:
        return RawComparison(False, cur, prev, None, NOT_COMPARABLE)
    # A spread figure needs min_breakdown (at least 3, so Welch has two values a side).
    k = settings.min_breakdown
    if len(cur) < k or len(prev) < k:
        return RawComparison(True, cur, prev, None, TOO_FEW)
    test = tests.welch(cur, prev, settings.level)
    return RawComparison(True, cur, prev, test, None if test else NO_VARIATION)


def correct(
    raws: Sequence[RawComparison | None], settings: ScoringSettings, tests: Tests = PYTHON
) -> list[tuple[Comparison | None, Change | None]]:
    """Benjamini-Hochberg over the testable comparisons of one family."""
    tested = [i for i, r in enumerate(raws) if r is not None and r.test is not None]
    adjusted, flagged = stats.benjamini_hochberg(
        [raws[i].test.p for i in tested],  # type: ignore[union-attr]
        settings.fdr,
    )
    by_index = {i: (adjusted[k], flagged[k]) for k, i in enumerate(tested)}
    out: list[tuple[Comparison | None, Change | None]] = []
    for i, raw in enumerate(raws):
        if raw is None:
            out.append((None, None))
        else:
            out.append(_finish(raw, tests, *by_index.get(i, (None, False))))
    return out


def _finish(
    raw: RawComparison, tests: Tests, p_adjusted: float | None, flagged: bool
) -> tuple[Comparison, Change | None]:
    t = raw.test
    if t is None:
        diff = None
        if raw.reason == NO_VARIATION:  # identical spread of zero: the difference is exact
            diff = sum(raw.current) / len(raw.current) - sum(raw.previous) / len(raw.previous)
        comparison = Comparison(
            raw.comparable, False, diff, None, None, None, None, False, raw.reason
        )
        if diff is None:
            return comparison, None
        return comparison, _change(raw, tests, diff, diff, diff, False, None, None)
    significant = flagged and (t.ci_low > 0 or t.ci_high < 0)
    comparison = Comparison(True, True, t.diff, t.ci_low, t.ci_high, t.p, p_adjusted, significant)
    return comparison, _change(
        raw, tests, t.diff, t.ci_low, t.ci_high, significant, t.p, p_adjusted
    )


def _change(
    raw: RawComparison,
    tests: Tests,
    diff: float,
    low: float,
    high: float,
    significant: bool,
    p: float | None,
    p_adjusted: float | None,
) -> Change:
    return Change(
        diff=diff,
        ci_low=low,
        ci_high=high,
        significant=significant,
        cliffs_delta=tests.cliffs(raw.current, raw.previous),  # type: ignore[arg-type]
        previous_mean=sum(raw.previous) / len(raw.previous),
        previous_n=len(raw.previous),
        p=p,
        p_adjusted=p_adjusted,
    )


def trend_samples(
    code: str,
    statements: tuple[tuple[str, str, str, bool], ...],
    current: tuple[float, ...],
    history: Sequence[RoundScores],
) -> tuple[int, int, tuple[float, ...]] | None:
    """Earliest comparable round (index, rounds counted, its scores), or None below 3.

    Comparable rounds: walking back from the current round while the dimension's
    statements stay the same; rounds where it was below the round minimum are skipped
    (they are not counted, and do not break the run).
    """
    if not current:
        return None
    rounds, earliest = 1, None
    for index in range(len(history) - 1, -1, -1):
        past = history[index]
        if past.statements.get(code) != statements:
            break
        dim = past.dimension(code)
        if dim is not None and dim.scores:
            rounds += 1
            earliest = (index, dim.scores)
    if earliest is None or rounds < MIN_TREND_ROUNDS:
        return None
    return earliest[0], rounds, earliest[1]


def trends(
    samples: Sequence[tuple[int, int, tuple[float, ...]] | None],
    currents: Sequence[tuple[float, ...]],
    settings: ScoringSettings,
    kit: Tests = PYTHON,
) -> list[Trend | None]:
    """Welch earliest-vs-current per dimension, Benjamini-Hochberg across the dimensions."""
    tests: list[stats.WelchTest | None] = [
        kit.welch(cur, s[2], settings.level) if s else None
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
