"""Numbers as the app's language writes them (Dutch: a decimal comma)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def comma_language() -> bool:
    """True when the app's language writes a decimal comma (install_language sets it)."""
    return QLocale().decimalPoint() == ","


def local(text: str) -> str:
    """``3.57`` as ``3,57`` in Dutch; unchanged in English."""
    return text.replace(".", ",") if comma_language() else text


def decimal(value: float, digits: int = 2) -> str:
    """A rounded number with the language's decimal sign (never "-0.00")."""
    return local(f"{round(value, digits) + 0.0:.{digits}f}")
