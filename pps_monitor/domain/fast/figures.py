"""The figures of one round from its answer matrix: items, dimensions, risks, groups."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from pps_monitor.domain import agreement as agr
from pps_monitor.domain import stats
from pps_monitor.domain.bands import round_half_up
from pps_monitor.domain.fast.matrix import (
    REVERSE_SUM,
    AnswerMatrix,
    BoolArray,
    FloatArray,
    IntArray,
)
from pps_monitor.domain.fast.sums import mean, median, sd, variance_cols, visible
from pps_monitor.domain.groups import CONTRACT_GROUP, RELATIONAL_GROUP
from pps_monitor.domain.instrument import SCALE_MIN, Dimension, Instrument, Item
from pps_monitor.domain.model import (
    Balance,
    DimensionScore,
    GroupScore,
    RiskScore,
    ScoringSettings,
)
from pps_monitor.domain.reliability import agreement_fields

_T = TypeVar("_T", bound=np.generic)

# --- one round --------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class DimensionArrays:
    """Per respondent (rows of the matrix): a dimension's total, count and score."""

    total: IntArray  # sum of scored answers
    count: IntArray  # answers 1-5
    valid: BoolArray  # answered at least half the items
    score: FloatArray  # total / count where valid, else NaN
    # scored answers of the respondents in spread figures who answered every item
    complete: npt.NDArray[np.int64]
    n_complete: int  # every respondent who answered every item


def _scored_block(matrix: AnswerMatrix, items: Sequence[Item]) -> tuple[IntArray, BoolArray]:
    """Scored answers (0 where none) and which cells hold an answer 1-5."""
    n = matrix.n
    block = np.empty((n, len(items)), dtype=np.int64)
    for j, item in enumerate(items):
        block[:, j] = matrix.column(item.code)
    answered = block >= SCALE_MIN
    reverse = np.array([i.reverse for i in items], dtype=bool)
    scored = np.where(reverse, REVERSE_SUM - block, block)
    return np.where(answered, scored, 0), answered


def dimension_arrays(
    matrix: AnswerMatrix, dim: Dimension, joined: BoolArray | None = None
) -> DimensionArrays:
    """``joined``: the rows in spread figures (None: all), see ``AnswerMatrix.spread_rows``."""
    scored, answered = _scored_block(matrix, dim.items)
    total = scored.sum(axis=1)
    count = answered.sum(axis=1)
    valid = (count > 0) & (2 * count >= len(dim.items))
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(valid, total / np.maximum(count, 1), np.nan)
    every = answered.all(axis=1)
    complete = scored[every if joined is None else every & joined]
    return DimensionArrays(total, count, valid, score, complete, int(every.sum()))


def per_respondent_scores(
    instrument: Instrument, matrix: AnswerMatrix
) -> dict[str, DimensionArrays]:
    """Each dimension's per-respondent arrays, computed once for every figure of a round."""
    joined = matrix.spread_rows()
    return {d.code: dimension_arrays(matrix, d, joined) for d in instrument.dimensions}


def shown_mean_exact(arrays: DimensionArrays) -> Decimal | None:
    """``bands.shown_mean`` of the valid scores, exactly, without a Fraction per respondent.

    Each score is total/count; grouping by count gives at most J exact fractions.
    """
    count = arrays.count[arrays.valid]
    n = len(count)
    if not n:
        return None
    total = arrays.total[arrays.valid]
    exact = sum(
        (Fraction(int(total[count == c].sum()), int(c)) for c in np.unique(count)), Fraction(0)
    )
    return round_half_up(exact / n)


def _rwg_and_alpha(complete: IntArray) -> tuple[float | None, float | None]:
    """``stats.rwg_j`` and ``stats.cronbach_alpha`` of the complete rows, sharing variances."""
    n, j = complete.shape
    if n < 2 or j < 1:
        return None, None
    item_vars = variance_cols(complete).tolist()
    sigma2 = stats.expected_random_variance(5)
    ratio = min(sum(item_vars) / j, sigma2) / sigma2
    agree = j * (1 - ratio)
    rwg = agree / (agree + ratio)
    if j < 2:
        return rwg, None
    total_var = float(variance_cols(complete.sum(axis=1).reshape(-1, 1))[0])
    alpha = j / (j - 1) * (1 - sum(item_vars) / total_var) if total_var else None
    return rwg, alpha


def _split(scores: FloatArray) -> bool:
    n = len(scores)
    if not n:
        return False
    low, high = int((scores <= 2).sum()), int((scores >= 4).sum())
    return Fraction(low, n) >= agr.SPLIT_SHARE and Fraction(high, n) >= agr.SPLIT_SHARE


def _spread(values: npt.NDArray[_T], keep: BoolArray, joined: BoolArray | None) -> npt.NDArray[_T]:
    """The kept values of the rows in spread figures (``joined``; None: every row)."""
    return values[keep if joined is None else keep & joined]


def dimension(
    dim: Dimension, arrays: DimensionArrays, settings: ScoringSettings, joined: BoolArray | None
) -> DimensionScore:
    """SD, median, split, agreement, alpha and the tested scores: from the ``joined`` rows."""
    scores = arrays.score[arrays.valid]
    spread_of = _spread(arrays.score, arrays.valid, joined)
    n, m = len(scores), len(spread_of)
    shown = n >= settings.min_round
    spread = m >= settings.min_breakdown
    shown_value = shown_mean_exact(arrays) if shown else None
    complete = arrays.complete
    return DimensionScore(
        code=dim.code,
        group=dim.group,
        items=len(dim.items),
        n=n,
        mean=mean(scores) if shown else None,
        sd=sd(spread_of) if spread else None,
        median=median(spread_of) if spread else None,
        n_complete=arrays.n_complete,
        band=settings.band(shown_value),
        change=None,
        scores=tuple(spread_of.tolist()) if m >= settings.min_round else (),
        split=_split(spread_of) if spread else None,
        shown_mean=shown_value,
        **agreement_fields(
            complete.shape[0], len(dim.items), lambda: _rwg_and_alpha(complete), settings
        ),
    )


def risk(
    item: Item,
    column: npt.NDArray[np.int8],
    dont_know: int,
    settings: ScoringSettings,
    joined: BoolArray | None,
) -> RiskScore:
    answered = column >= SCALE_MIN
    values = column[answered].astype(np.int64)
    spread = _spread(column, answered, joined).astype(np.int64)
    n, m = len(values), len(spread)
    high = 100.0 * int((spread >= 4).sum()) / m if m else None
    return RiskScore(
        code=item.code,
        n=n,
        mean=visible(n, settings.min_round, int(values.sum()) / n if n else None),
        sd=visible(m, settings.min_breakdown, sd(spread)),
        high_pct=visible(m, settings.min_breakdown, high),
        dont_know=dont_know,
        change=None,
        values=tuple(spread.tolist()) if m >= settings.min_round else (),
    )


def _group_column(codes: Sequence[str], per: Mapping[str, DimensionArrays], n: int) -> FloatArray:
    """``groups.respondent_group_scores``: NaN where fewer than half the dimensions scored."""
    acc = np.zeros(n)
    present = np.zeros(n, dtype=np.int64)
    for c in codes:  # in dimension order, as the reference's sum() over the present ones
        a = per[c]
        acc = acc + np.where(a.valid, a.score, 0.0)
        present += a.valid
    ok = (present > 0) & (2 * present >= len(codes))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(ok, acc / np.maximum(present, 1), np.nan)


def groups_and_balance(
    instrument: Instrument,
    per: Mapping[str, DimensionArrays],
    n: int,
    settings: ScoringSettings,
    joined: BoolArray | None,
) -> tuple[list[GroupScore], Balance]:
    """``groups.groups_and_balance``: SDs and the interval from the ``joined`` rows."""
    k, kb = settings.min_round, settings.min_breakdown
    columns: dict[str, FloatArray] = {}
    groups = []
    for group in instrument.groups:
        col = _group_column([d.code for d in group.dimensions], per, n)
        columns[group.code] = col
        scored = ~np.isnan(col)
        valid, spread = col[scored], _spread(col, scored, joined)
        m = len(valid)
        groups.append(
            GroupScore(
                group.code,
                m,
                mean(valid) if m >= k else None,
                sd(spread) if len(spread) >= kb else None,
            )
        )
    empty = np.zeros(0)
    contract = columns.get(CONTRACT_GROUP, empty)
    relational = columns.get(RELATIONAL_GROUP, empty)
    both = min(len(contract), len(relational))
    contract, relational = contract[:both], relational[:both]
    paired = ~np.isnan(contract) & ~np.isnan(relational)
    return groups, _balance(contract, relational, paired, joined, settings)


def _balance(
    contract: FloatArray,
    relational: FloatArray,
    paired: BoolArray,
    joined: BoolArray | None,
    settings: ScoringSettings,
) -> Balance:
    m = int(paired.sum())
    if m < settings.min_round:
        return Balance(m, None, None, None, None, None)
    c, r = contract[paired], relational[paired]
    spread = _spread(
        relational - contract, paired, None if joined is None else joined[: len(paired)]
    )
    interval = None
    if len(spread) >= settings.min_breakdown:
        centre = mean(spread)
        assert centre is not None
        half = stats.t_critical(settings.level, len(spread) - 1) * math.sqrt(
            float(variance_cols(spread.reshape(-1, 1))[0]) / len(spread)
        )
        interval = (centre - half, centre + half)
    return Balance(
        n=m,
        contract_mean=mean(c),
        relational_mean=mean(r),
        diff=mean(r - c),
        ci_low=interval[0] if interval else None,
        ci_high=interval[1] if interval else None,
    )
