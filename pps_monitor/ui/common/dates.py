"""Dates as the app's reader writes them: '1-3-2026' or '1 maart 2026' in Dutch,
'01/03/2026' or '1 March 2026' in English. Stored dates stay ISO (YYYY-MM-DD)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt


def _day(iso: str | None) -> QDate:
    return QDate.fromString((iso or "")[:10], Qt.DateFormat.ISODate)


def short_date(iso: str | None) -> str:
    """A stored date in the app's language, numeric; anything not a date as it is."""
    day = _day(iso)
    if not day.isValid():
        return iso or ""
    if QLocale().language() == QLocale.Language.Dutch:
        return QLocale().toString(day, "d-M-yyyy")
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


def long_date(iso: str | None) -> str:
    """26 maart 2026 / 26 March 2026, in the app's language."""
    day = _day(iso)
    return QLocale().toString(day, "d MMMM yyyy") if day.isValid() else (iso or "")
