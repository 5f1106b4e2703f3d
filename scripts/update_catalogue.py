"""Refresh the Qt-free message catalogue: extract with Babel, update the .po files, compile.

    python scripts/update_catalogue.py           # extract, update, compile
    python scripts/update_catalogue.py --check   # exit 1 when something is out of date

Messages are found in every module of ``pps_monitor`` except ``ui/`` (widgets use Qt's
``.ts`` files, see ``resources/i18n/update.py``) through the calls named in
``pps_monitor.i18n.catalogue.KEYWORDS``. A ``# NOTE:`` comment just above a message
reaches the translator. Translate in ``resources/locale/nl/LC_MESSAGES/pps_monitor.po``
(by hand or in Poedit), then run this script again: it compiles the ``.mo`` files that
the app reads and that ship in the wheel, and copies CLDR's number signs and month
names into ``cldr.json``. The tests fail when any of these lags behind the code.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "pps_monitor"
LOCALE = ROOT / "resources" / "locale"
POT = LOCALE / "pps_monitor.pot"
LANGUAGES = ("nl", "en")
CLDR = LOCALE / "cldr.json"
METHOD_MAP = [("ui/**.py", "ignore"), ("**.py", "python")]
# Header lines that change on every run; ignored when deciding whether a file changed.
_VOLATILE = (
    b'"Project-Id-Version:',
    b'"POT-Creation-Date:',
    b'"PO-Revision-Date:',
    b'"Generated-By:',
)

sys.path.insert(0, str(ROOT))
from pps_monitor import __version__  # noqa: E402
from pps_monitor.i18n.catalogue import DOMAIN, KEYWORDS  # noqa: E402

HEADER = {
    "project": "PPS Monitor",
    "version": __version__,
    "copyright_holder": "the PPS Monitor authors",
    "msgid_bugs_address": "",
}


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return po_path(lang).with_suffix(".mo")


def extract() -> Catalog:
    """Every message the Qt-free code asks for, with the translators' notes."""
    template = Catalog(**HEADER, fuzzy=False)
    found = extract_from_dir(
        SOURCE,
        METHOD_MAP,
        keywords=KEYWORDS,
        comment_tags=("NOTE:",),
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        location = ("pps_monitor/" + Path(filename).as_posix(), lineno)
        template.add(message, None, [location], auto_comments=comments, context=context)
    return template


def render_po(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=88, include_lineno=False, ignore_obsolete=True)
    return buffer.getvalue()


def render_mo(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def _stable(data: bytes) -> list[bytes]:
    return [line for line in data.splitlines() if not line.startswith(_VOLATILE)]


def read_catalogue(lang: str) -> Catalog:
    with po_path(lang).open("rb") as f:
        return read_po(f, locale=lang, domain=DOMAIN)


def updated(lang: str, template: Catalog) -> Catalog:
    """The language's catalogue with the template's messages (new ones untranslated)."""
    if po_path(lang).exists():
        catalog = read_catalogue(lang)
    else:
        catalog = Catalog(locale=lang, domain=DOMAIN, **HEADER, fuzzy=False)
    catalog.update(template)
    return catalog


def compiled(lang: str) -> dict[object, str]:
    """What a .mo compiled from the committed .po holds: {msgid: msgstr}."""
    import gettext

    data = render_mo(read_catalogue(lang))
    return dict(gettext.GNUTranslations(io.BytesIO(data))._catalog)  # type: ignore[attr-defined]


def render_cldr() -> bytes:
    """The bits of CLDR that the report needs on every run (pps_monitor.i18n.formats)."""
    from babel import Locale, numbers

    from pps_monitor.i18n.formats import babel_locale

    table = {}
    for lang in LANGUAGES:
        loc = Locale.parse(babel_locale(lang))
        month_year = loc.datetime_skeletons["yMMM"].pattern
        if set(re.sub(r"'[^']*'", "", month_year)) & set("GLdEHhmsaQqwWDFgu"):
            raise SystemExit(f"{lang}: month-year pattern {month_year!r} needs Babel itself")
        table[lang] = {
            "decimal": numbers.get_decimal_symbol(loc),
            "group": numbers.get_group_symbol(loc),
            "plus": numbers.get_plus_sign_symbol(loc),
            "minus": numbers.get_minus_sign_symbol(loc),
            "months": [loc.months["stand-alone"]["wide"][m] for m in range(1, 13)],
            "months_short": [loc.months["stand-alone"]["abbreviated"][m] for m in range(1, 13)],
            "months_short_in_date": [loc.months["format"]["abbreviated"][m] for m in range(1, 13)],
            "month_year": month_year,
        }
    return (json.dumps(table, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def plan() -> dict[Path, bytes]:
    """The files this script would write, with their new content (only changed ones)."""
    out: dict[Path, bytes] = {}
    template = extract()
    files = {POT: render_po(template), CLDR: render_cldr()}
    for lang in LANGUAGES:
        catalog = updated(lang, template)
        files[po_path(lang)] = render_po(catalog)
        files[mo_path(lang)] = render_mo(catalog)
    for path, data in files.items():
        old = path.read_bytes() if path.exists() else None
        if old is None:
            out[path] = data
        elif path.suffix == ".mo":
            if _mo_messages(old) != _mo_messages(data):
                out[path] = data
        elif _stable(old) != _stable(data):
            out[path] = data
    return out


def _mo_messages(data: bytes) -> dict[object, str]:
    import gettext

    messages = dict(gettext.GNUTranslations(io.BytesIO(data))._catalog)  # type: ignore[attr-defined]
    messages.pop("", None)  # the header: dates and Babel's version
    return messages


def main(argv: list[str]) -> int:
    changes = plan()
    if "--check" in argv:
        for path in changes:
            print(f"out of date: {path.relative_to(ROOT)}")
        if changes:
            print("run: python scripts/update_catalogue.py")
        return 1 if changes else 0
    for path, data in changes.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
    for lang in LANGUAGES:
        catalog = read_catalogue(lang)
        missing = [m.id for m in list(catalog)[1:] if not m.string or m.fuzzy]
        if lang != "en" and missing:
            print(f"{lang}: {len(missing)} message(s) still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
