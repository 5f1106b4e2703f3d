"""When does rWG(J) show real agreement rather than chance?

In small groups, random (uniform) answering often produces rWG(J) above the usual
0.70 cut-off. For groups of ``SMALL_GROUP`` respondents or fewer we therefore also
require rWG(J) to exceed the 95th percentile that random answering reaches at that
group size and item count (the approach of Dunlap, Burke & Smith-Crowe 2003).

The percentiles come from a Monte Carlo simulation with a fixed seed. The table for
common sizes ships in ``resources/agreement/rwg_null_p95.json`` (made by
``benchmarks/make_rwg_table.py``); other sizes are simulated once and cached.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import cache

from pps_monitor.resources import resource_path

RWG_CUTOFF = 0.70
SMALL_GROUP = 10
SEED = 20_261_122


def simulate_rwg_null_p95(
    n: int, j: int, options: int = 5, reps: int = 50_000, seed: int = SEED
) -> float:
    """95th percentile of rWG(J) when n respondents answer j items uniformly at random."""
    import numpy as np

    rng = np.random.default_rng([seed, n, j, options])
    draws = rng.integers(1, options + 1, size=(reps, n, j))
    sigma2 = (options * options - 1) / 12
    s2 = draws.var(axis=1, ddof=1).mean(axis=1)
    ratio = np.minimum(s2, sigma2) / sigma2
    rwg = j * (1 - ratio) / (j * (1 - ratio) + ratio)
    return float(np.quantile(rwg, 0.95))


@cache
def _table() -> dict[tuple[int, int, int], float]:
    path = resource_path("agreement", "rwg_null_p95.json")
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {(e["n"], e["j"], e["options"]): e["p95"] for e in data["entries"]}


@cache
def random_agreement_p95(n: int, j: int, options: int = 5) -> float:
    """The 95th percentile of chance rWG(J) at this size (table first, else simulated)."""
    found = _table().get((n, j, options))
    return found if found is not None else simulate_rwg_null_p95(n, j, options)


def agreement_threshold(n: int, j: int, options: int = 5, cutoff: float = RWG_CUTOFF) -> float:
    """The rWG(J) a group of n must reach on j items before it counts as agreeing."""
    if n <= SMALL_GROUP:
        return max(cutoff, random_agreement_p95(n, j, options))
    return cutoff


# --- wording (LeBreton & Senter 2008) ------------------------------------------------

# Inclusive upper bounds on rWG(J) rounded half-up to 2 decimals (the value as shown).
AGREEMENT_BOUNDS: tuple[tuple[Decimal, str], ...] = (
    (Decimal("0.30"), "lack"),
    (Decimal("0.50"), "weak"),
    (Decimal("0.70"), "moderate"),
    (Decimal("0.90"), "strong"),
)
VERY_STRONG = "very_strong"
AGREEMENT_LEVELS = (*(name for _, name in AGREEMENT_BOUNDS), VERY_STRONG)
SPLIT_SHARE = Fraction(1, 4)  # each end of the scale needs at least this share


def round2(value: float) -> Decimal:
    """The value as shown with 2 decimals, rounded half-up on its shortest decimal form."""
    return Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def agreement_level(rwg: float | None) -> str | None:
    """lack (<= .30), weak (<= .50), moderate (<= .70), strong (<= .90), else very_strong."""
    if rwg is None:
        return None
    shown = round2(rwg)
    for bound, name in AGREEMENT_BOUNDS:
        if shown <= bound:
            return name
    return VERY_STRONG


def beyond_chance(rwg: float | None, n: int, j: int, options: int = 5) -> bool | None:
    """For groups of SMALL_GROUP or fewer: does rWG(J) exceed chance's 95th percentile?

    None above SMALL_GROUP (chance agreement is then small enough to ignore) and when
    rWG(J) is None.
    """
    if rwg is None or n > SMALL_GROUP:
        return None
    return rwg > random_agreement_p95(n, j, options)


def answers_split(scores: list[float]) -> bool:
    """Partners really disagree: at least a quarter of the respondents' dimension scores
    are at most 2 AND at least a quarter are at least 4 (both ends of the scale well
    represented). Low rWG(J) alone is only "not enough agreement", not a split.
    """
    n = len(scores)
    if not n:
        return False
    low = sum(1 for s in scores if s <= 2)
    high = sum(1 for s in scores if s >= 4)
    return Fraction(low, n) >= SPLIT_SHARE and Fraction(high, n) >= SPLIT_SHARE
