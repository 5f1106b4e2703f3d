"""How numbers are written in the results tables."""

from __future__ import annotations

from typing import Any


def f(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{round(value, digits) + 0.0:.{digits}f}"


def signed(value: float) -> str:
    """+0.12 / -0.12, and never "-0.00" for a difference that rounds to zero."""
    return f"{round(value, 2) + 0.0:+.2f}"


def arrow(change: Any) -> str:
    """Change as shown in tables: an arrow only when significant."""
    if change is None:
        return "–"
    if change.significant:
        return f"{'▲' if change.diff > 0 else '▼'} {signed(change.diff)}"
    return signed(change.diff)


def interval(change: Any) -> str:
    return "–" if change is None else f"[{signed(change.ci_low)}, {signed(change.ci_high)}]"
