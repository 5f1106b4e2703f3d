"""The figures of one round from its answer matrix: items, dimensions, risks, groups."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from pps_monitor.domain.fast.matrix import (
    REVERSE_SUM,
    AnswerMatrix,
    BoolArray,
    FloatArray,
    IntArray,
)
from pps_monitor.domain.fast.sets import rows
from pps_monitor.domain.fast.sums import sd, visible
from pps_monitor.domain.groups import balance_differences
from pps_monitor.domain.instrument import SCALE_MIN, Dimension, Instrument, Item
from pps_monitor.domain.model import RiskScore, ScoringSettings
from pps_monitor.domain.release_sets import FigureSet

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
        held=figure.held,
        held_n=figure.held_n,
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
