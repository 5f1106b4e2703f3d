"""Checked values of an exchange file's records: texts with a length cap, dates that exist,
timestamps, bounded lists. Each refusal names the file, the field and the problem."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from pps_monitor.exchange.limits import MAX_NAME
from pps_monitor.exchange.refusal import Refused
from pps_monitor.i18n import N_

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def checked_str(
    value: Any, name: str, where: str, *, limit: int = MAX_NAME, empty: bool = False
) -> str:
    """A text of at most ``limit`` characters, not blank unless ``empty``."""
    if not isinstance(value, str) or (not empty and value.strip() == ""):
        raise Refused(name, f"data.json: {where}", N_("text is missing."))
    if len(value) > limit:
        raise Refused(
            name, f"data.json: {where}", N_("longer than {limit} characters."), limit=limit
        )
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
        raise Refused(name, f"data.json: {where}", N_("holds control characters."))
    return value


def checked_date(value: Any, name: str, where: str) -> str:
    """A calendar date YYYY-MM-DD that exists, between the years 1900 and 2200."""
    ok = isinstance(value, str) and bool(DATE_RE.match(value))
    if ok:
        try:
            ok = 1900 <= date.fromisoformat(value).year <= 2200
        except ValueError:
            ok = False
    if not ok:
        raise Refused(
            name,
            f"data.json: {where}",
            N_("{value} is not a date that exists."),
            value=_short(value),
        )
    return str(value)


def checked_timestamp(value: Any, name: str, where: str) -> str:
    """An ISO 8601 date and time (at most 40 characters) that exists."""
    ok = isinstance(value, str) and 10 <= len(value) <= 40
    if ok:
        try:
            ok = 1900 <= datetime.fromisoformat(value).year <= 2200
        except ValueError:
            ok = False
    if not ok:
        place = where if ":" in where else f"data.json: {where}"
        raise Refused(name, place, N_("{value} is not a date and time."), value=_short(value))
    return str(value)


def checked_count(value: list[Any], name: str, where: str, limit: int) -> list[Any]:
    if len(value) > limit:
        raise Refused(
            name, f"data.json: {where}", N_("more than {limit} records."), limit=f"{limit:,}"
        )
    return value


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
