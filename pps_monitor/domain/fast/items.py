"""Every item's figures of a round, from the round's answer matrix.

The same values as ``scoring._items``: counts and sums are whole numbers, the variance
sums run left to right as the reference's ``sum()``.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from pps_monitor.domain.fast.figures import mask
from pps_monitor.domain.fast.matrix import ABSENT, DONT_KNOW, REVERSE_SUM, AnswerMatrix
from pps_monitor.domain.fast.sums import median, sd
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
    share over every row that was asked the item.
    """
    out: dict[str, ItemStats] = {}
    n_rows = matrix.n
    for item in instrument.items:
        column = matrix.column(item.code).astype(np.int64)
        figure = sets[set_of_item(instrument, item.code)]
        raw = column[mask(figure.mean, n_rows)]
        raw_spread = column[mask(figure.spread, n_rows)]
        scored = REVERSE_SUM - raw if item.reverse else raw
        spread = REVERSE_SUM - raw_spread if item.reverse else raw_spread
        k, spread_n = len(scored), len(spread)
        dont_know = int((column == DONT_KNOW).sum())
        asked = int((column != ABSENT).sum())
        hidden = spread_n < settings.min_breakdown
        counts = {v: int((raw_spread == v).sum()) for v in SCALE}
        shown = not hidden and spread_n >= 2
        out[item.code] = ItemStats(
            code=item.code,
            reverse=item.reverse,
            n=k,
            mean=int(scored.sum()) / k if k and k >= settings.min_round else None,
            sd=sd(spread) if shown else None,
            median=median(spread) if shown else None,
            counts=dict.fromkeys(counts, 0) if hidden else counts,
            dont_know=dont_know,
            dont_know_pct=100.0 * dont_know / asked if asked else None,
            hidden=hidden,
        )
    return out
