"""The per-sample work of change and trend in arrays: Welch's variances and sums, and
Cliff's delta. The rules (floors, reasons, Benjamini-Hochberg) are ``change``'s own:
``ARRAY_TESTS`` is handed to ``history.with_changes`` and ``history.with_trends``."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from pps_monitor.domain import change as chg
from pps_monitor.domain import stats
from pps_monitor.domain.fast import student
from pps_monitor.domain.fast.sums import seq_sum, variance_cols

# The samples come as tuples (change.compare makes them) and Welch's test and Cliff's
# delta of one comparison get the same tuples: at 10,000 respondents converting them to
# arrays again (and sorting them again) cost about a tenth of the scoring
# (benchmarks/bench_ladder.py). A tuple is immutable, so its array is kept, with the
# tuple itself (so that its id cannot be reused meanwhile), for the last few samples.
# Scoring runs in worker threads, so the caches change under a lock.
_KEEP = 128
# Below this many values in both samples together, a Python sum beats making arrays
# (about 60 against 165 microseconds at 2 x 100; measured with timeit).
SMALL = 1000
_arrays: dict[int, tuple[object, npt.NDArray[np.generic]]] = {}
_sorted: dict[int, tuple[object, npt.NDArray[np.float64]]] = {}
_moments: dict[int, tuple[object, Any]] = {}
_lock = threading.Lock()


def _kept(cache: dict[int, tuple[object, npt.NDArray[Any]]], sample: Sequence[float]) -> Any:
    hit = cache.get(id(sample))
    return hit[1] if hit is not None and hit[0] is sample else None


def _keep(cache: dict[int, tuple[object, npt.NDArray[Any]]], sample: object, array: Any) -> Any:
    if isinstance(sample, tuple):
        if isinstance(array, np.ndarray):
            array.setflags(write=False)
        with _lock:
            while len(cache) >= _KEEP:
                del cache[next(iter(cache))]  # the oldest
            cache[id(sample)] = (sample, array)
    return array


def _array(sample: Sequence[float]) -> npt.NDArray[np.generic]:
    kept = _kept(_arrays, sample)
    if kept is not None:
        return kept
    # ints stay ints (risk values): their sums are exact
    return _keep(_arrays, sample, np.asarray(sample))


def _sorted_floats(sample: Sequence[float]) -> npt.NDArray[np.float64]:
    kept = _kept(_sorted, sample)
    if kept is not None:
        return kept
    values = np.sort(_array(sample).astype(np.float64))
    return _keep(_sorted, sample, values)


def _sum_and_variance(sample: Sequence[float]) -> tuple[float, float]:
    """``sum`` and ``stats.variance`` of a sample (n >= 2), kept per sample: a round's
    sample is tested against the round before, by the round after and in trends."""
    kept = _kept(_moments, sample)
    if kept is not None:
        return kept
    return _keep(_moments, sample, (sum(sample), stats.variance(sample)))


def welch_test(
    current: Sequence[float], previous: Sequence[float], level: float = 0.95
) -> stats.WelchTest | None:
    """``stats.welch_test`` with the variances and sums taken in arrays (same values)."""
    n1, n2 = len(current), len(previous)
    if n1 < 2 or n2 < 2:
        return None
    if n1 + n2 <= SMALL:  # the reference's own sums: cheaper than arrays at this size
        (s1, v1), (s2, v2) = _sum_and_variance(current), _sum_and_variance(previous)
        v1, v2 = v1 / n1, v2 / n2
        if v1 + v2 == 0.0:
            return None
        return student.welch_from(s1 / n1 - s2 / n2, v1, v2, n1, n2, level)
    a, b = _array(current), _array(previous)
    v1 = float(variance_cols(a.reshape(-1, 1))[0]) / n1
    v2 = float(variance_cols(b.reshape(-1, 1))[0]) / n2
    if v1 + v2 == 0.0:
        return None
    return student.welch_from(_total(a) / n1 - _total(b) / n2, v1, v2, n1, n2, level)


def _total(values: npt.NDArray[np.generic]) -> float | int:
    """``sum(values)``: exact for whole numbers, left to right for floats."""
    if values.dtype.kind in "iub":
        return int(values.sum(dtype=np.int64))
    return float(seq_sum(values.astype(np.float64)))


def cliffs_delta(current: Sequence[float], previous: Sequence[float]) -> float | None:
    """``stats.cliffs_delta`` with sorted searches in NumPy (the same whole-number counts)."""
    if not current or not previous:
        return None
    prev = _sorted_floats(previous)
    cur = _array(current).astype(np.float64, copy=False)
    more = int(np.searchsorted(prev, cur, side="left").sum())
    less = int((len(prev) - np.searchsorted(prev, cur, side="right")).sum())
    return (more - less) / (len(current) * len(previous))


ARRAY_TESTS = chg.Tests(welch=welch_test, cliffs=cliffs_delta)
