"""Numbers, dates and month names as a Dutch or English reader expects them (Babel, CLDR)."""

from __future__ import annotations

import math
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache

from babel import dates as _dates
from babel import numbers as _numbers

from pps_monitor.locale import language_code

# The English of the app is British ("organisations"), so dates read "3 March 2026".
_BABEL_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
DateLike = date | datetime | str


def babel_locale(lang: str) -> str:
    """The CLDR locale used for ``lang`` ('nl' -> 'nl_NL', anything else -> 'en_GB')."""
    return _BABEL_LOCALES[language_code(lang)]


@cache
def _pattern(digits: int, signed: bool) -> str:
    body = "0." + "0" * digits if digits > 0 else "0"
    return f"+{body};-{body}" if signed else body


def format_decimal(
    value: float | None, lang: str, digits: int = 2, signed: bool = False, missing: str = "–"
) -> str:
    """``value`` with ``digits`` decimals: '3,50' in Dutch, '3.50' in English.

    Rounds the exact binary value half-to-even, as Python's own formatting does, so the
    English digits are those of ``f"{value:.2f}"``; never prints "-0.00". No thousands
    separator (these are scores and percentages). ``missing`` stands in for None, NaN
    and infinity.
    """
    if value is None or not math.isfinite(value):
        return missing
    exact = Decimal(value).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_EVEN)
    if exact == 0:
        exact = abs(exact)  # never "-0.00"
    pattern = _pattern(digits, signed)
    return _numbers.format_decimal(exact, format=pattern, locale=babel_locale(lang))


def decimal(value: float, lang: str, digits: int = 1) -> str:
    """A plain number for a chart's tick label or bar label: '3,5' in Dutch."""
    return format_decimal(value, lang, digits)


def format_number(value: int, lang: str) -> str:
    """A whole number with the language's thousands separator: '1.234' / '1,234'."""
    return _numbers.format_decimal(value, format="#,##0", locale=babel_locale(lang))


def _as_date(value: DateLike) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


def format_date(value: DateLike, lang: str, form: str = "long") -> str:
    """A date for readers: long '3 maart 2026' / '3 March 2026', short '3 mrt 2026' /
    '3 Mar 2026', numeric '03-03-2026' / '03/03/2026'. Takes a date or an ISO string."""
    width = {"long": "long", "short": "medium", "numeric": "short"}[form]
    return _dates.format_date(_as_date(value), width, locale=babel_locale(lang))


def month_name(month: int, lang: str, short: bool = False) -> str:
    """The name of month 1-12 as it stands alone: 'maart' / 'March', short 'mrt' / 'Mar'."""
    names = _dates.get_month_names(
        "abbreviated" if short else "wide", "stand-alone", locale=babel_locale(lang)
    )
    return names[month]


def month_label(value: DateLike, lang: str) -> str:
    """A short month and year for a time axis: 'mrt 2026' / 'Mar 2026'."""
    return _dates.format_skeleton("yMMM", _as_date(value), locale=babel_locale(lang))
