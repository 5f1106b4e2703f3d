"""Every item's figures of a round at once: one pass over the round's answer block.

The same values as ``scoring._item_stats`` per item: counts and sums are whole numbers,
the variance sums run down each column left to right with the unanswered cells adding
0.0 (which leaves a float sum unchanged), so each equals the reference's ``sum()``.
"""

from __future__ import annotations

import math

import numpy as np

from pps_monitor.domain.fast.matrix import (
    ABSENT,
    DONT_KNOW,
    REVERSE_SUM,
    AnswerMatrix,
    BoolArray,
    IntArray,
)
from pps_monitor.domain.fast.sums import seq_sum
from pps_monitor.domain.instrument import SCALE_MAX, SCALE_MIN, Instrument
from pps_monitor.domain.model import ItemStats, ScoringSettings

SCALE = range(SCALE_MIN, SCALE_MAX + 1)


def items_stats(
    instrument: Instrument, matrix: AnswerMatrix, settings: ScoringSettings
) -> dict[str, ItemStats]:
    """``ItemStats`` of every item of the instrument, in its order.

    n, mean and the don't-knows count every row; the answer distribution, SD and median
    only the rows in spread figures (``AnswerMatrix.spread_rows``).
    """
    items = instrument.items
    if not items:
        return {}
    block = np.stack([matrix.column(i.code) for i in items], axis=1).astype(np.int64)
    reverse = np.array([i.reverse for i in items], dtype=bool)
    answered, scored = _scored(block, reverse)
    n = answered.sum(axis=0)
    sums = scored.sum(axis=0)
    dont_know = (block == DONT_KNOW).sum(axis=0).tolist()
    asked = (block != ABSENT).sum(axis=0).tolist()
    joined = matrix.spread_rows()
    if joined is not None:
        block, answered, scored = block[joined], answered[joined], scored[joined]
    m = answered.sum(axis=0)
    tallies = np.stack([(block == v).sum(axis=0) for v in SCALE], axis=1).tolist()
    with np.errstate(invalid="ignore", divide="ignore"):
        means = scored.sum(axis=0) / np.maximum(m, 1)  # int / int, one rounding: as sum(ints) / n
        dev = np.where(answered, scored - means, 0.0)
        variances = (seq_sum(dev * dev) / (m - 1)).tolist()
    ordered = np.sort(np.where(answered, scored, SCALE_MAX + 1), axis=0)
    out: dict[str, ItemStats] = {}
    for j, item in enumerate(items):
        k, spread_n = int(n[j]), int(m[j])
        hidden = spread_n < settings.min_breakdown
        spread = not hidden and spread_n >= 2
        counts = dict(zip(SCALE, tallies[j], strict=True))
        out[item.code] = ItemStats(
            code=item.code,
            reverse=item.reverse,
            n=k,
            mean=int(sums[j]) / k if k and k >= settings.min_round else None,
            sd=math.sqrt(variances[j]) if spread else None,
            median=_median(ordered[:spread_n, j].tolist()) if spread else None,
            counts=dict.fromkeys(counts, 0) if hidden else counts,
            dont_know=dont_know[j],
            dont_know_pct=100.0 * dont_know[j] / asked[j] if asked[j] else None,
            hidden=hidden,
        )
    return out


def _scored(block: IntArray, reverse: BoolArray) -> tuple[BoolArray, IntArray]:
    """Which cells hold an answer 1-5, and the scored answers (0 elsewhere)."""
    answered = block >= SCALE_MIN
    return answered, np.where(answered, np.where(reverse, REVERSE_SUM - block, block), 0)


def _median(ordered: list[int]) -> float:
    mid = len(ordered) // 2
    return float(ordered[mid]) if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
