"""Descriptive and inferential statistics used by the scoring, in plain Python.

Written out rather than imported so the app needs no SciPy; each function is
checked against SciPy and against hand-computed examples in the tests.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from statistics import NormalDist

_NORMAL = NormalDist()


def mean(xs: Sequence[float]) -> float | None:
    return sum(xs) / len(xs) if xs else None


def variance(xs: Sequence[float]) -> float | None:
    """Sample variance (n - 1); None below two values."""
    n = len(xs)
    if n < 2:
        return None
    m = sum(xs) / n
    return sum((x - m) * (x - m) for x in xs) / (n - 1)


def sd(xs: Sequence[float]) -> float | None:
    v = variance(xs)
    return math.sqrt(v) if v is not None else None


def median(xs: Sequence[float]) -> float | None:
    n = len(xs)
    if not n:
        return None
    s = sorted(xs)
    mid = n // 2
    return float(s[mid]) if n % 2 else (s[mid - 1] + s[mid]) / 2


# --- Student's t -------------------------------------------------------------------


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction for the incomplete beta function (modified Lentz).

    The comparisons are written out rather than with ``abs()``: the same results, NaN
    included, with fewer calls in the hot loop of every Welch test."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if d > tiny or d < -tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if d > tiny or d < -tiny else tiny)
        c = 1.0 + aa / c
        c = c if c > tiny or c < -tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if d > tiny or d < -tiny else tiny)
        c = 1.0 + aa / c
        c = c if c > tiny or c < -tiny else tiny
        delta = d * c
        h *= delta
        if -1e-15 < delta - 1.0 < 1e-15:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    ln_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(ln_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with df (possibly fractional) degrees of freedom."""
    t2 = t * t
    if t2 < df:  # central region: this form keeps precision near 0
        half = 0.5 * betainc(0.5, df / 2.0, t2 / (df + t2))
        return 0.5 + half if t > 0 else 0.5 - half
    tail = 0.5 * betainc(df / 2.0, 0.5, df / (df + t2))
    return 1.0 - tail if t > 0 else tail


def _t_pdf(t: float, df: float) -> float:
    ln = (
        math.lgamma((df + 1) / 2)
        - math.lgamma(df / 2)
        - 0.5 * math.log(df * math.pi)
        - (df + 1) / 2 * math.log1p(t * t / df)
    )
    return math.exp(ln)


def t_ppf(p: float, df: float) -> float:
    """Quantile of Student's t: Cornish-Fisher start, then Newton steps on the exact CDF."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must lie strictly between 0 and 1")
    if df <= 0:
        raise ValueError("df must be positive")
    if p < 0.5:
        return -t_ppf(1.0 - p, df)
    if p == 0.5:
        return 0.0
    if df == 1:  # Cauchy
        return math.tan(math.pi * (p - 0.5))
    if df == 2:
        return (2 * p - 1) / math.sqrt(2 * p * (1 - p))
    z = _NORMAL.inv_cdf(p)
    z2 = z * z
    t = (
        z
        + z * (z2 + 1) / (4 * df)
        + z * (5 * z2 * z2 + 16 * z2 + 3) / (96 * df * df)
        + z * (3 * z2**3 + 19 * z2 * z2 + 17 * z2 - 15) / (384 * df**3)
    )
    # Newton on the exact CDF, kept inside a bracket that always holds the root.
    lo, hi = 0.0, max(t, 1.0)
    while t_cdf(hi, df) < p:
        lo, hi = hi, hi * 2
    t = min(max(t, lo), hi)
    for _ in range(200):
        f = t_cdf(t, df) - p
        if abs(f) < 4e-16:
            return t
        if f > 0:
            hi = t
        else:
            lo = t
        step = f / _t_pdf(t, df)
        new_t = t - step
        if not lo < new_t < hi:
            new_t = (lo + hi) / 2
        elif abs(step) <= 1e-7 * max(1.0, abs(t)):
            # Newton converges quadratically: the error after this step is ~step^2.
            return new_t
        t = new_t
    return t


# --- comparing two rounds ----------------------------------------------------------


def welch_interval(
    current: Sequence[float], previous: Sequence[float], level: float = 0.95
) -> tuple[float, float, float] | None:
    """Difference of means (current - previous) with its Welch interval; None if n < 2."""
    n1, n2 = len(current), len(previous)
    if n1 < 2 or n2 < 2:
        return None
    m1, m2 = sum(current) / n1, sum(previous) / n2
    v1, v2 = variance(current) / n1, variance(previous) / n2  # type: ignore[operator]
    diff = m1 - m2
    se2 = v1 + v2
    if se2 == 0.0:
        return diff, diff, diff
    df = se2 * se2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
    half = t_ppf(0.5 + level / 2, df) * math.sqrt(se2)
    return diff, diff - half, diff + half


@dataclass(frozen=True)
class WelchTest:
    """Welch's unequal-variance t test of current - previous."""

    diff: float
    ci_low: float
    ci_high: float
    df: float
    p: float  # two-sided


def welch_test(
    current: Sequence[float], previous: Sequence[float], level: float = 0.95
) -> WelchTest | None:
    """Welch interval and two-sided p-value; None below two values a side or at zero width."""
    n1, n2 = len(current), len(previous)
    if n1 < 2 or n2 < 2:
        return None
    v1, v2 = variance(current) / n1, variance(previous) / n2  # type: ignore[operator]
    if v1 + v2 == 0.0:
        return None
    return welch_from(sum(current) / n1 - sum(previous) / n2, v1, v2, n1, n2, level)


def welch_from(
    diff: float, v1: float, v2: float, n1: int, n2: int, level: float
) -> WelchTest | None:
    """The test from the difference of means and each side's variance / n (at least 2
    values a side); None at zero width. Shared with the array version (``domain.fast``)."""
    se2 = v1 + v2
    if se2 == 0.0:
        return None
    df = se2 * se2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
    se = math.sqrt(se2)
    half = t_ppf(0.5 + level / 2, df) * se
    p = 2.0 * t_cdf(-abs(diff) / se, df)
    return WelchTest(diff, diff - half, diff + half, df, min(1.0, p))


def benjamini_hochberg(
    p_values: Sequence[float], q: float = 0.05
) -> tuple[list[float], list[bool]]:
    """Benjamini-Hochberg step-up: adjusted p-values and which hypotheses are rejected at q.

    The adjusted value of the i-th smallest of m p-values is min over j >= i of
    p_(j) * m / j (capped at 1), as in R's ``p.adjust(method="BH")``; a hypothesis is
    rejected exactly when its adjusted p-value is at most q.
    """
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [1.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, p_values[i] * m / rank)
        adjusted[i] = running
    return adjusted, [a <= q for a in adjusted]


@lru_cache(maxsize=256)
def t_critical(level: float, df: int) -> float:
    """Two-sided critical t for a whole number of degrees of freedom (cached)."""
    return t_ppf(0.5 + level / 2, df)


def mean_interval(xs: Sequence[float], level: float = 0.95) -> tuple[float, float, float] | None:
    """Mean with its one-sample t interval; None below two values."""
    n = len(xs)
    if n < 2:
        return None
    m = sum(xs) / n
    half = t_critical(level, n - 1) * math.sqrt(variance(xs) / n)  # type: ignore[operator]
    return m, m - half, m + half


def cliffs_delta(current: Sequence[float], previous: Sequence[float]) -> float | None:
    """Cliff's delta: P(current > previous) - P(current < previous) over all pairs."""
    if not current or not previous:
        return None
    prev_sorted = sorted(previous)

    more = less = 0
    for x in current:
        less_than_x = bisect_left(prev_sorted, x)
        more += less_than_x
        less += len(prev_sorted) - bisect_right(prev_sorted, x)
    return (more - less) / (len(current) * len(previous))


# --- reliability and agreement -----------------------------------------------------


def cronbach_alpha(rows: Sequence[Sequence[float]]) -> float | None:
    """Cronbach's alpha over complete rows (respondents x items); None if undefined."""
    n = len(rows)
    if n < 2:
        return None
    k = len(rows[0])
    if k < 2:
        return None
    item_vars = [variance([r[j] for r in rows]) for j in range(k)]
    total_var = variance([sum(r) for r in rows])
    if not total_var:
        return None
    return k / (k - 1) * (1 - sum(item_vars) / total_var)  # type: ignore[arg-type]


def expected_random_variance(options: int) -> float:
    """Variance of uniformly random answers on an A-point scale: (A^2 - 1) / 12."""
    return (options * options - 1) / 12


def rwg_j(rows: Sequence[Sequence[float]], options: int = 5) -> float | None:
    """Within-group agreement rWG(J) (James, Demaree & Wolf 1984) over complete rows.

    s-bar^2 is the mean of the item variances (n - 1), capped at the random
    variance so the index stays in [0, 1].
    """
    n = len(rows)
    if n < 2:
        return None
    j = len(rows[0])
    if j < 1:
        return None
    sigma2 = expected_random_variance(options)
    s2 = sum(variance([r[c] for r in rows]) for c in range(j)) / j  # type: ignore[misc]
    ratio = min(s2, sigma2) / sigma2
    agree = j * (1 - ratio)
    return agree / (agree + ratio)
