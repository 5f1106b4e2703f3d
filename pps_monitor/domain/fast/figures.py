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
from pps_monitor.domain.fast.sets import rows
from pps_monitor.domain.fast.sums import mean, median, sd, variance_cols, visible
from pps_monitor.domain.groups import balance_differences
from pps_monitor.domain.instrument import SCALE_MIN, Dimension, Instrument, Item
from pps_monitor.domain.model import DimensionScore, RiskScore, ScoringSettings
from pps_monitor.domain.release_sets import FigureSet
from pps_monitor.domain.reliability import agreement_fields

_T = TypeVar("_T", bound=np.generic)

# --- one round --------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class DimensionArrays:
    """Per respondent (rows of the matrix): a dimension's total, count and score."""

    total: IntArray  # sum of scored answers
    count: IntArray  # answers 1-5
    valid: BoolArray  # answered every item (complete cases)
    score: FloatArray  # total / count where valid, else NaN
    scored: IntArray  # the scored answers (0 where none), respondents x items


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


def dimension_arrays(matrix: AnswerMatrix, dim: Dimension) -> DimensionArrays:
    scored, answered = _scored_block(matrix, dim.items)
    total = scored.sum(axis=1)
    count = answered.sum(axis=1)
    valid = (count > 0) & (count == len(dim.items))
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(valid, total / np.maximum(count, 1), np.nan)
    return DimensionArrays(total, count, valid, score, scored)


def per_respondent_scores(
    instrument: Instrument, matrix: AnswerMatrix
) -> dict[str, DimensionArrays]:
    """Each dimension's per-respondent arrays, computed once for every figure of a round."""
    return {d.code: dimension_arrays(matrix, d) for d in instrument.dimensions}


def shown_mean_exact(arrays: DimensionArrays, members: BoolArray) -> Decimal | None:
    """``bands.shown_mean`` of the members' scores, exactly, without a Fraction per
    respondent. Each score is total/count; grouping by count gives at most J fractions.
    """
    count = arrays.count[members]
    n = len(count)
    if not n:
        return None
    total = arrays.total[members]
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


def dimension(
    dim: Dimension, arrays: DimensionArrays, figure: FigureSet, settings: ScoringSettings
) -> DimensionScore:
    """n, mean and band from the figure's mean tier; SD, median, split, agreement, alpha
    and the tested scores from its spread tier (``release_sets``)."""
    n_rows = len(arrays.score)
    in_mean, in_spread = rows(figure, "mean", n_rows), rows(figure, "spread", n_rows)
    scores = arrays.score[in_mean]
    spread_of = arrays.score[in_spread]
    n, m = len(scores), len(spread_of)
    shown = n >= settings.min_round
    spread = m >= settings.min_breakdown
    shown_value = shown_mean_exact(arrays, in_mean) if shown else None
    complete = arrays.scored[in_spread]
    return DimensionScore(
        code=dim.code,
        group=dim.group,
        items=len(dim.items),
        n=n,
        mean=mean(scores) if shown else None,
        sd=sd(spread_of) if spread else None,
        median=median(spread_of) if spread else None,
        n_complete=n,
        band=settings.band(shown_value),
        change=None,
        scores=tuple(spread_of.tolist()) if m >= settings.min_round else (),
        split=_split(spread_of) if spread else None,
        shown_mean=shown_value,
        incomplete=figure.incomplete,
        waiting=figure.waiting,
        **agreement_fields(
            complete.shape[0], len(dim.items), lambda: _rwg_and_alpha(complete), settings
        ),
    )


def risk(
    item: Item,
    column: npt.NDArray[np.int8],
    dont_know: int,
    figure: FigureSet,
    settings: ScoringSettings,
) -> RiskScore:
    n_rows = len(column)
    values = column[rows(figure, "mean", n_rows)].astype(np.int64)
    spread = column[rows(figure, "spread", n_rows)].astype(np.int64)
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
        waiting=figure.waiting,
    )


def balance_spread(
    instrument: Instrument, per: Mapping[str, DimensionArrays], figure: FigureSet
) -> list[float]:
    """``scoring._balance_spread``: the paired differences of the balance set's spread tier."""
    if not per:
        return []
    n_rows = len(next(iter(per.values())).score)
    spread_rows = rows(figure, "spread", n_rows)
    columns = [
        [None if math.isnan(v) else v for v in per[d.code].score[spread_rows].tolist()]
        for d in instrument.dimensions
    ]
    return balance_differences(instrument, columns)
