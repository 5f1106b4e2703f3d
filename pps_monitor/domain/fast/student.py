"""Welch's test with Student's t as ``stats`` computes it, with less work per test.

The same floating-point operations in the same order as ``stats._betacf``,
``stats.betainc``, ``stats.t_cdf``, ``stats.t_ppf`` and ``stats.welch_from``, so the
results are the reference's bit for bit (``tests/domain/test_fast_student.py`` checks
them on random arguments). Two things are cheaper: the continued fraction's loop
compares without calling ``abs()``, and the quantile's Newton iteration starts from a
CDF value its bracket search has already computed at the same point (the start itself
when its CDF lies above p, or the last point below p when the search had to double past
it), which saves one of the four CDF evaluations of a typical test. Welch's tests were
about a third of a partnership's scoring
(benchmarks/bench_scoring.py); ``stats`` stays the plain reference.
"""

from __future__ import annotations

import math

from pps_monitor.domain import stats

# The continued fraction, the incomplete beta function and the CDF are the reference's own
# (``stats``): only the quantile and Welch's test are done with less work here.
t_cdf = stats.t_cdf


def t_ppf(p: float, df: float) -> float:
    """``stats.t_ppf``."""
    if not 0.5 < p < 1.0 or df <= 2:  # the rare cases: the reference itself
        return stats.t_ppf(p, df)
    z = stats._NORMAL.inv_cdf(p)
    z2 = z * z
    t = (
        z
        + z * (z2 + 1) / (4 * df)
        + z * (5 * z2 * z2 + 16 * z2 + 3) / (96 * df * df)
        + z * (3 * z2**3 + 19 * z2 * z2 + 17 * z2 - 15) / (384 * df**3)
    )
    lo, hi = 0.0, max(t, 1.0)
    at, value = hi, t_cdf(hi, df)
    below, below_value = math.nan, math.nan  # the last point found below p (now ``lo``)
    while value < p:
        below, below_value = hi, value
        lo, hi = hi, hi * 2
        at, value = hi, t_cdf(hi, df)
    t = min(max(t, lo), hi)
    for _ in range(200):
        if t == at:
            f = value - p
        elif t == below:  # the start was below p: the search doubled past it
            f = below_value - p
        else:
            f = t_cdf(t, df) - p
        at = below = math.nan  # used once: the next points are new
        if abs(f) < 4e-16:
            return t
        if f > 0:
            hi = t
        else:
            lo = t
        step = f / stats._t_pdf(t, df)
        new_t = t - step
        if not lo < new_t < hi:
            new_t = (lo + hi) / 2
        elif abs(step) <= 1e-7 * max(1.0, abs(t)):
            return new_t
        t = new_t
    return t


def welch_from(
    diff: float, v1: float, v2: float, n1: int, n2: int, level: float
) -> stats.WelchTest | None:
    """``stats.welch_from``."""
    se2 = v1 + v2
    if se2 == 0.0:
        return None
    df = se2 * se2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
    se = math.sqrt(se2)
    half = t_ppf(0.5 + level / 2, df) * se
    p = 2.0 * t_cdf(-abs(diff) / se, df)
    return stats.WelchTest(diff, diff - half, diff + half, df, min(1.0, p))
