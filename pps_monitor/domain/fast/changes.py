"""The per-sample work of change and trend in arrays: Welch's variances and sums, and
Cliff's delta. The rules (floors, reasons, Benjamini-Hochberg) are ``change``'s own:
``ARRAY_TESTS`` is handed to ``history.with_changes`` and ``history.with_trends``."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from pps_monitor.domain import change as chg
from pps_monitor.domain import stats
from pps_monitor.domain.fast.sums import seq_sum, variance_cols


def _array(sample: Sequence[float]) -> npt.NDArray[np.generic]:
    return np.asarray(sample)  # ints stay ints (risk values): their sums are exact


def welch_test(
    current: Sequence[float], previous: Sequence[float], level: float = 0.95
) -> stats.WelchTest | None:
    """``stats.welch_test`` with the variances and sums taken in arrays (same values)."""
    n1, n2 = len(current), len(previous)
    if n1 < 2 or n2 < 2:
        return None
    a, b = _array(current), _array(previous)
    v1 = float(variance_cols(a.reshape(-1, 1))[0]) / n1
    v2 = float(variance_cols(b.reshape(-1, 1))[0]) / n2
    if v1 + v2 == 0.0:
        return None
    return stats.welch_from(_total(a) / n1 - _total(b) / n2, v1, v2, n1, n2, level)


def _total(values: npt.NDArray[np.generic]) -> float | int:
    """``sum(values)``: exact for whole numbers, left to right for floats."""
    if values.dtype.kind in "iub":
        return int(values.sum(dtype=np.int64))
    return float(seq_sum(values.astype(np.float64)))


def cliffs_delta(current: Sequence[float], previous: Sequence[float]) -> float | None:
    """``stats.cliffs_delta`` with sorted searches in NumPy (the same whole-number counts)."""
    if not current or not previous:
        return None
    prev = np.sort(np.asarray(previous, dtype=np.float64))
    cur = np.asarray(current, dtype=np.float64)
    more = int(np.searchsorted(prev, cur, side="left").sum())
    less = int((len(prev) - np.searchsorted(prev, cur, side="right")).sum())
    return (more - less) / (len(current) * len(previous))


ARRAY_TESTS = chg.Tests(welch=welch_test, cliffs=cliffs_delta)
