"""Numbers, dates and month names as a Dutch or English reader expects them (CLDR).

The report prints hundreds of numbers and a chart labels every month on its axis, but
loading Babel's locale data costs 10-40 ms in a process that holds matplotlib. So the
few CLDR facts they need (number signs, month names, the month-year pattern) are copied
from Babel by scripts/update_catalogue.py into ``resources/locale/cldr.json``, and a test
keeps the copy equal to Babel. Full dates use Babel itself, imported on first use.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Context, Decimal
from functools import cache
from typing import Any

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
def _cldr() -> dict[str, dict[str, Any]]:
    import json

    return json.loads(resource_path("locale", "cldr.json").read_text(encoding="utf-8"))


def _fact(lang: str, name: str) -> Any:
    """One CLDR fact of a language from cldr.json: a sign, a list of months, a pattern."""
    return _cldr()[language_code(lang)][name]


def format_decimal(
    value: float | None, lang: str, digits: int = 2, signed: bool = False, missing: str = "–"
) -> str:
    """``value`` with ``digits`` decimals: '3,50' in Dutch, '3.50' in English.

    Rounds the exact binary value half-to-even, as Python's own formatting does, so the
    English digits are those of ``f"{value:.2f}"``; never prints "-0.00". No thousands
    separator (these are scores and percentages). ``missing`` stands in for None, NaN
    and infinity. The signs are CLDR's, laid out as the CLDR pattern "0.00", or
    "+0.00;-0.00" when ``signed``.
    """
    if value is None or not math.isfinite(value):
        return missing
    step = Decimal(1).scaleb(-digits)
    exact = Decimal(value).quantize(step, rounding=ROUND_HALF_EVEN, context=_WIDE)
    if exact == 0:
        exact = abs(exact)  # never "-0.00"
    text = f"{abs(exact):f}".replace(".", _fact(lang, "decimal"))
    if exact < 0:
        return _fact(lang, "minus") + text
    return _fact(lang, "plus") + text if signed else text


def decimal(value: float, lang: str, digits: int = 1) -> str:
    """A plain number for a chart's tick label or bar label: '3,5' in Dutch."""
    return format_decimal(value, lang, digits)


def format_number(value: int, lang: str) -> str:
    """A whole number with the language's thousands separator: '1.234' / '1,234'."""
    text = f"{abs(value):,}".replace(",", _fact(lang, "group"))
    return _fact(lang, "minus") + text if value < 0 else text


def format_figure(value: float, lang: str) -> str:
    """A counted key figure (jobs, hours, euros) as a reader counts it: '14.900' in Dutch,
    '14,900' in English; one decimal when it has one ('12,5')."""
    if float(value).is_integer():
        return format_number(int(value), lang)
    return format_decimal(value, lang, 1)


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
    return _fact(lang, "months_short" if short else "months")[month - 1]


def month_label(value: DateLike, lang: str) -> str:
    """A short month and year for a time axis: 'mrt 2026' / 'Mar 2026' (CLDR's "yMMM")."""
    d = _as_date(value)
    month = _fact(lang, "months_short_in_date")[d.month - 1]
    parts = []
    for token in re.findall(r"'[^']*'|M+|y+|[^'My]+", _fact(lang, "month_year")):
        if token.startswith("'"):
            parts.append(token[1:-1] or "'")
        elif token[0] == "M":
            parts.append(month)
        elif token[0] == "y":
            parts.append(str(d.year) if token != "yy" else f"{d.year % 100:02d}")
        else:
            parts.append(token)
    return "".join(parts)
