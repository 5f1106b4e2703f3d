"""Every dimension figure of a round at once (``figures.dimension`` for all dimensions).

Each dimension's members are a column mask over one block (respondents x dimensions,
and respondents x items for rWG(J) and alpha). A left-to-right float sum with the
non-members' terms as +0.0 is the members' own sum, so every mean, SD and variance is
the one ``figures.dimension`` (and the reference) computes, bit for bit; counts and the
exact band mean are whole numbers. One round's dimensions then cost a few dozen array
operations instead of a few dozen per dimension (tests/domain/test_vector.py holds the
result to the reference).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from fractions import Fraction

import numpy as np

from pps_monitor.domain import agreement as agr
from pps_monitor.domain import stats
from pps_monitor.domain.bands import round_half_up
from pps_monitor.domain.fast.figures import DimensionArrays
from pps_monitor.domain.fast.matrix import BoolArray, FloatArray, IntArray
from pps_monitor.domain.fast.sets import rows
from pps_monitor.domain.fast.sums import seq_sum
from pps_monitor.domain.instrument import Instrument
from pps_monitor.domain.model import DimensionScore, ScoringSettings
from pps_monitor.domain.release_sets import FigureSet
from pps_monitor.domain.reliability import agreement_fields


def _variances(values: FloatArray | IntArray, members: BoolArray, n: IntArray) -> FloatArray:
    """Each column's sample variance over its members (``sums.variance_cols``)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        if values.dtype.kind in "iub":  # exact integer sums, then one division
            m = np.where(members, values, 0).sum(axis=0) / n
        else:
            m = seq_sum(np.where(members, values, 0.0)) / n
        d = np.where(members, values - m, 0.0)
        out: FloatArray = seq_sum(d * d) / (n - 1)
    return out


def _medians(values: FloatArray, members: BoolArray, n: list[int]) -> list[float | None]:
    ordered = np.sort(np.where(members, values, np.inf), axis=0)
    out: list[float | None] = []
    for j, count in enumerate(n):
        mid = count // 2
        if not count:
            out.append(None)
        elif count % 2:
            out.append(float(ordered[mid, j]))
        else:
            out.append((float(ordered[mid - 1, j]) + float(ordered[mid, j])) / 2)
    return out


def dimensions(
    instrument: Instrument,
    per: Mapping[str, DimensionArrays],
    sets: Mapping[str, FigureSet],
    settings: ScoringSettings,
) -> list[DimensionScore]:
    """``figures.dimension`` of every dimension of the instrument, in its order."""
    dims = instrument.dimensions
    if not dims:
        return []
    n_rows = len(per[dims[0].code].score)
    score = np.stack([per[d.code].score for d in dims], axis=1)
    total = np.stack([per[d.code].total for d in dims], axis=1)
    in_mean = np.stack([rows(sets[d.code], "mean", n_rows) for d in dims], axis=1)
    in_spread = np.stack([rows(sets[d.code], "spread", n_rows) for d in dims], axis=1)
    n_mean, n_spread = in_mean.sum(axis=0), in_spread.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = (seq_sum(np.where(in_mean, score, 0.0)) / n_mean).tolist()
    sds = [math.sqrt(v) if v >= 0 else math.nan for v in _variances(score, in_spread, n_spread)]
    medians = _medians(score, in_spread, n_spread.tolist())
    totals = np.where(in_mean, total, 0).sum(axis=0).tolist()
    low = ((score <= 2) & in_spread).sum(axis=0).tolist()
    high = ((score >= 4) & in_spread).sum(axis=0).tolist()
    rwg_alpha = _rwg_and_alpha(dims, per, in_spread, n_spread)
    out = []
    for j, dim in enumerate(dims):
        figure = sets[dim.code]
        n, m, items = int(n_mean[j]), int(n_spread[j]), len(dim.items)
        shown, spread = n >= settings.min_round, m >= settings.min_breakdown
        # Members answered every statement (complete cases): each score is total / J.
        shown_value = round_half_up(Fraction(totals[j], items * n)) if shown else None
        split = (
            Fraction(low[j], m) >= agr.SPLIT_SHARE and Fraction(high[j], m) >= agr.SPLIT_SHARE
            if m
            else False
        )
        out.append(
            DimensionScore(
                code=dim.code,
                group=dim.group,
                items=items,
                n=n,
                mean=means[j] if shown else None,
                sd=sds[j] if spread else None,
                median=medians[j] if spread else None,
                n_complete=n,
                band=settings.band(shown_value),
                change=None,
                scores=tuple(score[in_spread[:, j], j].tolist()) if m >= settings.min_round else (),
                split=split if spread else None,
                shown_mean=shown_value,
                incomplete=figure.incomplete,
                waiting=figure.waiting,
                held=figure.held,
                held_n=figure.held_n,
                **agreement_fields(m, items, _given(rwg_alpha[j]), settings),
            )
        )
    return out


def _given(
    value: tuple[float | None, float | None],
) -> Callable[[], tuple[float | None, float | None]]:
    return lambda: value


def _rwg_and_alpha(
    dims: tuple, per: Mapping[str, DimensionArrays], in_spread: BoolArray, n: IntArray
) -> list[tuple[float | None, float | None]]:
    """``figures._rwg_and_alpha`` of every dimension's spread tier."""
    scored = np.concatenate([per[d.code].scored for d in dims], axis=1)
    widths = [len(d.items) for d in dims]
    owner = np.repeat(np.arange(len(dims)), widths)
    item_vars = _variances(scored, in_spread[:, owner], n[owner]).tolist()
    sums = np.stack([per[d.code].scored.sum(axis=1) for d in dims], axis=1)
    total_vars = _variances(sums, in_spread, n).tolist()
    sigma2 = stats.expected_random_variance(5)
    out: list[tuple[float | None, float | None]] = []
    start = 0
    for k, j in enumerate(widths):
        own = item_vars[start : start + j]
        start += j
        if n[k] < 2 or j < 1:
            out.append((None, None))
            continue
        ratio = min(sum(own) / j, sigma2) / sigma2
        agree = j * (1 - ratio)
        rwg = agree / (agree + ratio)
        if j < 2:
            out.append((rwg, None))
            continue
        total_var = total_vars[k]
        alpha = j / (j - 1) * (1 - sum(own) / total_var) if total_var else None
        out.append((rwg, alpha))
    return out
