"""How numbers are written in the results tables."""

from __future__ import annotations

from typing import Any

from pps_monitor.ui.common.numbers import comma_language, local


def f(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else local(f"{round(value, digits) + 0.0:.{digits}f}")


def signed(value: float) -> str:
    """+0.12 / -0.12, and never "-0.00" for a difference that rounds to zero."""
    return local(f"{round(value, 2) + 0.0:+.2f}")


def arrow(change: Any) -> str:
    """Change as shown in tables: an arrow only when significant."""
    if change is None:
        return "–"
    if change.significant:
        return f"{'▲' if change.diff > 0 else '▼'} {signed(change.diff)}"
    return signed(change.diff)


def interval(change: Any) -> str:
    if change is None:
        return "–"
    separator = "; " if comma_language() else ", "  # "[+0,12; +0,30]" in Dutch
    return f"[{signed(change.ci_low)}{separator}{signed(change.ci_high)}]"
