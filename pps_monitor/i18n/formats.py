"""Numbers, dates and month names as a Dutch or English reader expects them (CLDR).

Dates and month names come from Babel, imported on first use (its locale data costs
10-40 ms to load); numbers need only CLDR's four signs, kept in ``numbers.json``.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Context, Decimal
from functools import cache

from pps_monitor.locale import language_code
from pps_monitor.resources import resource_path

# Enough digits for any float (up to 1.8e308) with its decimals: quantize never fails.
_WIDE = Context(prec=400)
# The English of the app is British ("organisations"), so dates read "3 March 2026".
_BABEL_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
DateLike = date | datetime | str


def babel_locale(lang: str) -> str:
    """The CLDR locale used for ``lang`` ('nl' -> 'nl_NL', anything else -> 'en_GB')."""
    return _BABEL_LOCALES[language_code(lang)]


@cache
def number_symbols() -> dict[str, dict[str, str]]:
    """CLDR's decimal sign, group separator, plus and minus per language.

    Copied from Babel by scripts/update_catalogue.py into ``resources/locale/numbers.json``
    (a test keeps them equal): loading Babel's locale data costs 10-40 ms in a process
    that holds matplotlib, the report prints hundreds of numbers and only needs these.
    """
    import json

    return json.loads(resource_path("locale", "numbers.json").read_text(encoding="utf-8"))


def format_decimal(
    value: float | None, lang: str, digits: int = 2, signed: bool = False, missing: str = "–"
) -> str:
    """``value`` with ``digits`` decimals: '3,50' in Dutch, '3.50' in English.

    Rounds the exact binary value half-to-even, as Python's own formatting does, so the
    English digits are those of ``f"{value:.2f}"``; never prints "-0.00". No thousands
    separator (these are scores and percentages). ``missing`` stands in for None, NaN
    and infinity. The signs are CLDR's (``number_symbols``), laid out as the CLDR
    pattern "0.00", or "+0.00;-0.00" when ``signed``.
    """
    if value is None or not math.isfinite(value):
        return missing
    step = Decimal(1).scaleb(-digits)
    exact = Decimal(value).quantize(step, rounding=ROUND_HALF_EVEN, context=_WIDE)
    if exact == 0:
        exact = abs(exact)  # never "-0.00"
    signs = number_symbols()[language_code(lang)]
    text = f"{abs(exact):f}".replace(".", signs["decimal"])
    if exact < 0:
        return signs["minus"] + text
    return signs["plus"] + text if signed else text


def decimal(value: float, lang: str, digits: int = 1) -> str:
    """A plain number for a chart's tick label or bar label: '3,5' in Dutch."""
    return format_decimal(value, lang, digits)


def format_number(value: int, lang: str) -> str:
    """A whole number with the language's thousands separator: '1.234' / '1,234'."""
    signs = number_symbols()[language_code(lang)]
    text = f"{abs(value):,}".replace(",", signs["group"])
    return signs["minus"] + text if value < 0 else text


def _as_date(value: DateLike) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


def format_date(value: DateLike, lang: str, form: str = "long") -> str:
    """A date for readers: long '3 maart 2026' / '3 March 2026', short '3 mrt 2026' /
    '3 Mar 2026', numeric '03-03-2026' / '03/03/2026'. Takes a date or an ISO string."""
    from babel.dates import format_date as babel_format_date  # loaded on first use only

    width = {"long": "long", "short": "medium", "numeric": "short"}[form]
    return babel_format_date(_as_date(value), width, locale=babel_locale(lang))


def month_name(month: int, lang: str, short: bool = False) -> str:
    """The name of month 1-12 as it stands alone: 'maart' / 'March', short 'mrt' / 'Mar'."""
    from babel.dates import get_month_names

    names = get_month_names(
        "abbreviated" if short else "wide", "stand-alone", locale=babel_locale(lang)
    )
    return names[month]


def month_label(value: DateLike, lang: str) -> str:
    """A short month and year for a time axis: 'mrt 2026' / 'Mar 2026'."""
    from babel.dates import format_skeleton

    return format_skeleton("yMMM", _as_date(value), locale=babel_locale(lang))
