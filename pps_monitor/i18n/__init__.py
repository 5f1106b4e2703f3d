"""Dutch and English for everything outside Qt: the report, the CLI and the phone pages.

Messages come from gettext catalogues (``resources/locale``, built with Babel by
``scripts/update_catalogue.py``); numbers, dates and month names from Babel's CLDR data.
Qt widgets keep their own ``.ts`` files (``resources/i18n``).

To add a text: write it in English in the code, ``gettext(lang, "Text")``,
``ngettext(lang, "{n} answer", "{n} answers", n).format(n=n)``, or ``N_("Text")`` in a
table that is translated later; a ``# NOTE:`` comment on the line above reaches the
translator. Then run ``python scripts/update_catalogue.py``, fill in the Dutch in
``resources/locale/nl/LC_MESSAGES/pps_monitor.po`` and run it again to compile. The
tests fail while a text lacks Dutch or a compiled file lags behind.
"""

from pps_monitor.i18n.catalogue import N_, N_plural, gettext, ngettext, pgettext, translations
from pps_monitor.i18n.formats import (
    babel_locale,
    decimal,
    format_date,
    format_decimal,
    format_figure,
    format_number,
    month_label,
    month_name,
)

__all__ = [
    "N_",
    "N_plural",
    "babel_locale",
    "decimal",
    "format_date",
    "format_decimal",
    "format_figure",
    "format_number",
    "gettext",
    "month_label",
    "month_name",
    "ngettext",
    "pgettext",
    "translations",
]
