"""Dutch and English for everything outside Qt: the report, the CLI and the phone pages.

Messages come from gettext catalogues (``resources/locale``, built with Babel by
``scripts/update_catalogue.py``); numbers, dates and month names from Babel's CLDR data.
Qt widgets keep their own ``.ts`` files (``resources/i18n``).
"""

from pps_monitor.i18n.catalogue import N_, N_plural, gettext, ngettext, pgettext, translations
from pps_monitor.i18n.formats import (
    babel_locale,
    decimal,
    format_date,
    format_decimal,
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
    "format_number",
    "gettext",
    "month_label",
    "month_name",
    "ngettext",
    "pgettext",
    "translations",
]
