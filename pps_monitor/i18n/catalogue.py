"""Messages in Dutch and English from gettext catalogues, without Qt.

The message ids are the English texts: they read well in the code, a missing
translation falls back to readable English, and Babel extracts them from the calls
below (``scripts/update_catalogue.py``). Translations live in
``resources/locale/<lang>/LC_MESSAGES/pps_monitor.po``; the compiled ``.mo`` next to it
is what is read here, with the standard library (fast: no Babel import at run time).
Qt widgets keep their own ``.ts`` files.
"""

from __future__ import annotations

import gettext as _gettext
from functools import cache

from pps_monitor.locale import language_code
from pps_monitor.resources import resource_path

DOMAIN = "pps_monitor"

# How Babel finds messages in our code: the language comes first, so the msgid is the
# second argument. Used by scripts/update_catalogue.py and its test.
KEYWORDS: dict[str, tuple[int | tuple[int, str], ...] | None] = {
    "gettext": (2,),
    "ngettext": (2, 3),
    "pgettext": ((2, "c"), 3),
    "N_": None,
    "N_plural": (1, 2),
}


def locale_dir() -> str:
    """The folder holding ``<lang>/LC_MESSAGES/pps_monitor.mo``."""
    return str(resource_path("locale"))


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The compiled catalogue of a language ('en' without a file falls back to the msgids)."""
    return _gettext.translation(
        DOMAIN, locale_dir(), languages=[language_code(lang)], fallback=True
    )


def gettext(lang: str, msgid: str) -> str:
    """``msgid`` (English) in ``lang``."""
    return translations(language_code(lang)).gettext(msgid)


def ngettext(lang: str, singular: str, plural: str, n: int) -> str:
    """The singular or plural form for the count ``n`` in ``lang`` (placeholders unfilled)."""
    return translations(language_code(lang)).ngettext(singular, plural, n)


def pgettext(lang: str, context: str, msgid: str) -> str:
    """``msgid`` in ``lang`` where the same English word needs another translation."""
    return translations(language_code(lang)).pgettext(context, msgid)


def N_(msgid: str) -> str:
    """Mark ``msgid`` for the catalogue without translating it yet (tables of texts)."""
    return msgid


def N_plural(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular/plural pair for the catalogue; translate it later with ngettext."""
    return singular, plural
