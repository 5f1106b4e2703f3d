"""Every item's figures of a round, from the round's answer matrix.

The same values as ``scoring._items``: counts and sums are whole numbers, the variance
sums run left to right as the reference's ``sum()``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from pps_monitor.domain.fast.matrix import (
    ABSENT,
    DONT_KNOW,
    REVERSE_SUM,
    AnswerMatrix,
    BoolArray,
    IntArray,
)
from pps_monitor.domain.fast.sets import rows
from pps_monitor.domain.fast.sums import seq_sum
from pps_monitor.domain.instrument import SCALE_MAX, SCALE_MIN, Instrument
from pps_monitor.domain.model import ItemStats, ScoringSettings
from pps_monitor.domain.release_sets import FigureSet, set_of_item

SCALE = range(SCALE_MIN, SCALE_MAX + 1)


def items_stats(
    instrument: Instrument,
    matrix: AnswerMatrix,
    sets: Mapping[str, FigureSet],
    settings: ScoringSettings,
) -> dict[str, ItemStats]:
    """``ItemStats`` of every item of the instrument, in its order (``scoring._items``).

    n and mean over the mean tier of the item's dimension (or its own, for a risk), the
    answer distribution, SD and median over its spread tier; the "don't know" count and
    share over every row that was asked the item. All items at once: each item's tiers
    are column masks over one block (respondents x items). A left-to-right float sum
    with the other rows' terms as +0.0 is the sum over the members alone, so the
    variances are still the reference's own.
    """
    items = instrument.items
    n_rows = matrix.n
    block = np.empty((n_rows, len(items)), dtype=np.int64)
    in_mean = np.empty((n_rows, len(items)), dtype=bool)
    in_spread = np.empty((n_rows, len(items)), dtype=bool)
    for j, item in enumerate(items):
        block[:, j] = matrix.column(item.code)
        figure = sets[set_of_item(instrument, item.code)]
        in_mean[:, j] = rows(figure, "mean", n_rows)
        in_spread[:, j] = rows(figure, "spread", n_rows)
    reverse = np.array([i.reverse for i in items], dtype=bool)
    scored = np.where(reverse, REVERSE_SUM - block, block)
    k = in_mean.sum(axis=0).tolist()
    spread_n = in_spread.sum(axis=0)
    sums = np.where(in_mean, scored, 0).sum(axis=0).tolist()
    dont_know = (block == DONT_KNOW).sum(axis=0).tolist()
    asked = (block != ABSENT).sum(axis=0).tolist()
    counts = [((block == v) & in_spread).sum(axis=0).tolist() for v in SCALE]
    sds, medians = _spreads(scored, in_spread, spread_n, counts, reverse.tolist())
    out = {}
    for j, item in enumerate(items):
        m = int(spread_n[j])
        hidden = m < settings.min_breakdown
        shown = not hidden and m >= 2
        out[item.code] = ItemStats(
            code=item.code,
            reverse=item.reverse,
            n=k[j],
            mean=sums[j] / k[j] if k[j] and k[j] >= settings.min_round else None,
            sd=sds[j] if shown else None,
            median=medians[j] if shown else None,
            counts=dict.fromkeys(SCALE, 0) if hidden else {v: counts[v - 1][j] for v in SCALE},
            dont_know=dont_know[j],
            dont_know_pct=100.0 * dont_know[j] / asked[j] if asked[j] else None,
            hidden=hidden,
        )
    return out


def _spreads(
    scored: IntArray, members: BoolArray, n: IntArray, counts: list[list[int]], reverse: list[bool]
) -> tuple[list[float], list[float | None]]:
    """``stats.sd`` and ``stats.median`` of each column's members (any value where a
    column has fewer than two members: the caller does not show it). The medians come
    from the answer counts (the values are whole numbers 1..5): the middle places of
    the sorted values, without sorting them."""
    with np.errstate(invalid="ignore", divide="ignore"):
        m = np.where(members, scored, 0).sum(axis=0) / n
        d = np.where(members, scored - m, 0.0)
        variances = seq_sum(d * d) / (n - 1)
    sds = [math.sqrt(v) if v >= 0 else math.nan for v in variances.tolist()]
    medians: list[float | None] = []
    for j, count in enumerate(n.tolist()):
        # scored value v counts the raw answers REVERSE_SUM - v on a reverse-worded item
        tally = [counts[(REVERSE_SUM - v if reverse[j] else v) - SCALE_MIN][j] for v in SCALE]
        mid = count // 2
        if not count:
            medians.append(None)
        elif count % 2:
            medians.append(float(_at(tally, mid)))
        else:
            medians.append((_at(tally, mid - 1) + _at(tally, mid)) / 2)
    return sds, medians


def _at(tally: list[int], place: int) -> int:
    """The value at ``place`` (from 0) of the sorted values with these counts per value."""
    seen = 0
    for value, count in zip(SCALE, tally, strict=True):
        seen += count
        if place < seen:
            return value
    raise IndexError(place)
