"""What every benchmark prints: one line per measure, readable, plus a tagged JSON line
that benchmarks/run_all gathers into one table."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

TAG = "BENCH-RESULT "


def print_result(
    measure: str, figure: str, baseline: str, ratio: float | None, goal: str, met: bool
) -> None:
    """Print the project's figure, the baseline measured in the same run, the ratio, the
    goal from issue 15 and whether it is met."""
    shown = "—" if ratio is None else f"{ratio:.2f}x"
    print(
        f"{measure}: {figure} | baseline: {baseline} | ratio {shown} | goal {goal} | "
        f"met: {'yes' if met else 'NO'}"
    )
    row = {
        "measure": measure,
        "figure": figure,
        "baseline": baseline,
        "ratio": shown,
        "goal": goal,
        "met": "yes" if met else "no",
    }
    print(TAG + json.dumps(row, ensure_ascii=False), flush=True)


def alternate(a: Callable[[], object], b: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median seconds of ``a`` and of ``b``, run alternately (A B A B ...) so that both see
    the same machine load."""
    ta, tb = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        a()
        ta.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        b()
        tb.append(time.perf_counter() - t0)
    return statistics.median(ta), statistics.median(tb)
