"""Load our translations and Qt's own (so standard buttons say Ja/Nee)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pps_monitor.resources import resource_path

_installed: list[QTranslator] = []


def ui_language() -> str:
    """The language the app speaks now: "nl" or "en" (for texts outside Qt's catalogue)."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def install_language(lang: str) -> bool:
    """Switch the application's translators to ``lang`` ("nl" or "en")."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands if lang == "nl" else QLocale.Country.UnitedKingdom,
        )
    )
    if lang != "nl":
        # English needs only its plural forms ("1 form", "2 forms" from "%n form(s)").
        plurals = QTranslator(app)
        if plurals.load(str(resource_path("i18n", "pps_monitor_en.qm"))):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return True
    ok = True
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", "pps_monitor_nl.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = False
    qt = QTranslator(app)
    if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    gaps = QtGaps(app)  # installed last: asked first
    app.installTranslator(gaps)
    _installed.append(gaps)
    return ok


class QtGaps(QTranslator):
    """Qt's own strings that qtbase_nl leaves in English (file and print dialogs)."""

    NL: ClassVar[dict[str, str]] = {
        "&Look in:": "&Zoeken in:",
        "Files of &type:": "Bestands&type:",
        "List of places and bookmarks": "Lijst van plaatsen en bladwijzers",
        "Drive": "Station",
        "Double Sided Printing": "Dubbelzijdig afdrukken",
        "Long side binding": "Binden aan de lange zijde",
        "Short side binding": "Binden aan de korte zijde",
        "Off": "Uit",
        "Page Set:": "Pagina's:",
        "Reset": "Opnieuw instellen",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context.startswith("Q") and source in self.NL:
            return self.NL[source]
        return None  # type: ignore[return-value]  # a null string: ask the next translator

    def isEmpty(self) -> bool:
        return False
