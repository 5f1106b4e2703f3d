"""The figures of one round from its answer matrix: items, dimensions, risks, groups."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

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
    ALPHA_NEGATIVE,
    ALPHA_TOO_FEW,
    MIN_COMPLETE_FOR_ALPHA,
    Balance,
    DimensionScore,
    GroupScore,
    RiskScore,
    ScoringSettings,
)

# --- one round --------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class DimensionArrays:
    """Per respondent (rows of the matrix): a dimension's total, count and score."""

    total: IntArray  # sum of scored answers
    count: IntArray  # answers 1-5
    valid: BoolArray  # answered at least half the items
    score: FloatArray  # total / count where valid, else NaN
    complete: npt.NDArray[np.int64]  # scored answers of the respondents who answered all


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
    valid = (count > 0) & (2 * count >= len(dim.items))
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(valid, total / np.maximum(count, 1), np.nan)
    complete = scored[answered.all(axis=1)]
    return DimensionArrays(total, count, valid, score, complete)


def per_respondent_scores(
    instrument: Instrument, matrix: AnswerMatrix
) -> dict[str, DimensionArrays]:
    """Each dimension's per-respondent arrays, computed once for every figure of a round."""
    return {d.code: dimension_arrays(matrix, d) for d in instrument.dimensions}


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


def _agreement_fields(dim: Dimension, complete: IntArray, settings: ScoringSettings) -> dict:
    n_c, j = complete.shape[0], len(dim.items)
    out: dict = {"rwg_j": None, "agreement_threshold": None, "disagreement": None}
    rwg, alpha = _rwg_and_alpha(complete)
    if n_c >= settings.min_breakdown:
        threshold = agr.agreement_threshold(n_c, j, cutoff=settings.rwg_cutoff)
        out.update(
            rwg_j=rwg,
            agreement_threshold=threshold,
            disagreement=(rwg < threshold) if rwg is not None else None,
            agreement=agr.agreement_level(rwg),
            beyond_chance=agr.beyond_chance(rwg, n_c, j),
        )
    if n_c >= max(MIN_COMPLETE_FOR_ALPHA, settings.min_breakdown):
        out["alpha_note"] = ALPHA_NEGATIVE if alpha is not None and alpha < 0 else None
    else:
        alpha = None
        out["alpha_note"] = ALPHA_TOO_FEW
    out["alpha"] = alpha
    return out


def _split(scores: FloatArray) -> bool:
    n = len(scores)
    if not n:
        return False
    low, high = int((scores <= 2).sum()), int((scores >= 4).sum())
    return Fraction(low, n) >= agr.SPLIT_SHARE and Fraction(high, n) >= agr.SPLIT_SHARE


def dimension(dim: Dimension, arrays: DimensionArrays, settings: ScoringSettings) -> DimensionScore:
    scores = arrays.score[arrays.valid]
    n = len(scores)
    shown = n >= settings.min_round
    spread = n >= settings.min_breakdown
    shown_value = shown_mean_exact(arrays) if shown else None
    return DimensionScore(
        code=dim.code,
        group=dim.group,
        items=len(dim.items),
        n=n,
        mean=mean(scores) if shown else None,
        sd=sd(scores) if spread else None,
        median=median(scores) if spread else None,
        n_complete=int(arrays.complete.shape[0]),
        band=settings.band(shown_value),
        change=None,
        scores=tuple(scores.tolist()) if shown else (),
        split=_split(scores) if spread else None,
        shown_mean=shown_value,
        **_agreement_fields(dim, arrays.complete, settings),
    )


def risk(
    item: Item, column: npt.NDArray[np.int8], dont_know: int, settings: ScoringSettings
) -> RiskScore:
    values = column[column >= SCALE_MIN].astype(np.int64)
    n = len(values)
    high = 100.0 * int((values >= 4).sum()) / n if n else None
    return RiskScore(
        code=item.code,
        n=n,
        mean=visible(n, settings.min_round, int(values.sum()) / n if n else None),
        sd=visible(n, settings.min_breakdown, sd(values)),
        high_pct=visible(n, settings.min_breakdown, high),
        dont_know=dont_know,
        change=None,
        values=tuple(values.tolist()) if n >= settings.min_round else (),
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
    instrument: Instrument, per: Mapping[str, DimensionArrays], n: int, settings: ScoringSettings
) -> tuple[list[GroupScore], Balance]:
    k, kb = settings.min_round, settings.min_breakdown
    columns: dict[str, FloatArray] = {}
    groups = []
    for group in instrument.groups:
        col = _group_column([d.code for d in group.dimensions], per, n)
        columns[group.code] = col
        valid = col[~np.isnan(col)]
        m = len(valid)
        groups.append(
            GroupScore(
                group.code, m, mean(valid) if m >= k else None, sd(valid) if m >= kb else None
            )
        )
    empty = np.zeros(0)
    contract = columns.get(CONTRACT_GROUP, empty)
    relational = columns.get(RELATIONAL_GROUP, empty)
    both = min(len(contract), len(relational))
    contract, relational = contract[:both], relational[:both]
    paired = ~np.isnan(contract) & ~np.isnan(relational)
    m = int(paired.sum())
    if m < k:
        return groups, Balance(m, None, None, None, None, None)
    c, r = contract[paired], relational[paired]
    diffs = r - c
    diff = mean(diffs)
    interval = None
    if m >= kb:
        assert diff is not None
        half = stats.t_critical(settings.level, m - 1) * math.sqrt(
            float(variance_cols(diffs.reshape(-1, 1))[0]) / m
        )
        interval = (diff - half, diff + half)
    return groups, Balance(
        n=m,
        contract_mean=mean(c),
        relational_mean=mean(r),
        diff=diff,
        ci_low=interval[0] if interval else None,
        ci_high=interval[1] if interval else None,
    )
