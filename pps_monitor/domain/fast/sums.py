"""Sums, means and variances taken in the same order as the pure-Python reference.

Every float sum the reference takes with ``sum()`` (left to right) is taken here with
``np.cumsum`` (also strictly left to right); integer sums are exact in both. On Python
3.11 the results are therefore bit for bit those of ``stats``.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from pps_monitor.domain.fast.matrix import FloatArray


def seq_sum(values: FloatArray, axis: int = 0) -> FloatArray:
    """Left-to-right float sums along ``axis``, as Python 3.11's ``sum()`` takes them."""
    if values.shape[axis] == 0:
        shape = list(values.shape)
        del shape[axis]
        return np.zeros(shape)
    out: FloatArray = np.asarray(np.cumsum(values, axis=axis).take(-1, axis=axis))
    return out


def mean(values: FloatArray) -> float | None:
    return float(seq_sum(values)) / len(values) if len(values) else None


def variance_cols(values: npt.NDArray[np.generic]) -> FloatArray:
    """Sample variance of each column (n - 1), as ``stats.variance``; needs n >= 2."""
    n = values.shape[0]
    if values.dtype.kind in "iub":  # exact integer sums, then one division, as sum(ints)/n
        m = values.sum(axis=0, dtype=np.int64) / n
    else:
        m = seq_sum(values.astype(np.float64)) / n
    d = values.astype(np.float64) - m
    return seq_sum(d * d) / (n - 1)


def sd(values: npt.NDArray[np.generic]) -> float | None:
    if len(values) < 2:
        return None
    return math.sqrt(float(variance_cols(values.reshape(-1, 1))[0]))


def median(values: npt.NDArray[np.generic]) -> float | None:
    n = len(values)
    if not n:
        return None
    s = np.sort(values).tolist()
    mid = n // 2
    return float(s[mid]) if n % 2 else (s[mid - 1] + s[mid]) / 2


def visible(n: int, k: int, value: float | None) -> float | None:
    return value if n >= k else None
