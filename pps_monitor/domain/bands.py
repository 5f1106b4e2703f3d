"""The mean as shown: exact, then rounded half-up to 2 decimals.

A dimension mean of exactly 3.00 must land in the same band whatever order the floats
were added in. Respondent scores are ratios of whole numbers (a sum of answers over the
number answered, at most a few dozen), so each float is turned back into that exact
fraction, the mean is taken exactly, and rounded half-up in decimal: 2.995 shows as
3.00 (band "attention"), 2.99499... as 2.99 ("concern").
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

# Denominators of respondent scores are at most the number of items of a dimension (and
# of group scores their products); two fractions with denominators below this bound
# differ by far more than float rounding error, so the nearest one is the exact value.
MAX_DENOMINATOR = 100_000


def exact(value: float) -> Fraction:
    return Fraction(value).limit_denominator(MAX_DENOMINATOR)


def exact_mean(values: Sequence[float]) -> Fraction | None:
    if not values:
        return None
    return sum((exact(v) for v in values), Fraction(0)) / len(values)


def round_half_up(value: Fraction, places: int = 2) -> Decimal:
    """Round an exact value half-up (away from zero at .5) to ``places`` decimals."""
    scale = 10**places
    scaled = abs(value) * scale
    whole = int(scaled + Fraction(1, 2))  # floor(x + 1/2) for x >= 0
    sign = -1 if value < 0 else 1
    return Decimal(sign * whole).scaleb(-places)  # exponent -places: 3 -> "3.00"


def shown_mean(values: Sequence[float], places: int = 2) -> Decimal | None:
    """The mean as shown with ``places`` decimals (None for no values)."""
    m = exact_mean(values)
    return None if m is None else round_half_up(m, places)
