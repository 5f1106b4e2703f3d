"""Walk what a screen shows (labels, buttons, tabs, table headers and cells, menus, tool
tips, window titles, the words inside charts) and flag words of the other language.

Used by tests/ui/test_texts.py on every main screen in Dutch and in English. Names and
codes are not language: the user's own data (partnership, round, organisation names,
action points, events, comments) is taken out before a text is checked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)

from pps_monitor.resources import resource_path


def _words(text: str) -> set[str]:
    return set(text.split())


# Words a Dutch screen never needs (English function words and this app's own terms).
ENGLISH = _words(
    """
    the and with your you this from for to please not or are be been will which what
    when there their answer answers answered round rounds partnership partnerships
    results choose select save print none yes cancel close delete new add remove
    export file files show see only too few than least must cannot could should has
    have had was were by at on it if don't know strength concern attention
    questionnaire meeting forms topic action owner due closed comments risks balance
    table compare previous earlier latest change agreement agree disagree strongly
    public other given specified respondents respondent's organisations organisation
    statement statements until valid invalid guide may oct mar
    """
)
# Words an English screen never needs.
DUTCH = _words(
    """
    de het een van niet ronde rondes samenwerking samenwerkingen uitkomsten
    antwoorden kies opslaan sluiten verwijderen nieuwe nieuw toevoegen bestand voor
    met zijn wordt worden geen nog ook naar bij uw weet ik zorgpunt aandachtspunt
    sterk gemiddelde verandering vragenlijst deelnemers formulier formulieren invoer
    openen en op te dat deze heeft hebben kan moet alleen
    """
)
ALLOWED = {"PPS", "Monitor", "Excel", "CSV", "PDF", "PNG", "SVG", "SQLite", "QR", "Enter", "Tab"}


def english_sources() -> dict[str, str]:
    """English source -> Dutch translation, where the two differ (from the .ts file)."""
    root = ET.parse(resource_path("i18n", "pps_monitor_nl.ts")).getroot()
    out = {}
    for message in root.iter("message"):
        source, translation = message.find("source").text, message.find("translation").text
        if source and translation and source != translation:
            out[_clean(source)] = _clean(translation)
    return out


def _clean(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text or "")
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def texts(root: QObject) -> list[tuple[str, str]]:
    """(where, text) for everything ``root`` and its children show."""
    out: list[tuple[str, str]] = []
    for obj in [root, *root.findChildren(QObject)]:
        where = f"{type(obj).__name__}:{obj.objectName()}"
        out.extend((where, t) for t in _texts_of(obj))
        figure = getattr(obj, "figure", None)
        if figure is not None and hasattr(figure, "findobj"):
            from matplotlib.text import Text

            out.extend((f"chart:{where}", t.get_text()) for t in figure.findobj(Text))
    return [(w, _clean(t)) for w, t in out if t and _clean(t)]


def _texts_of(obj: QObject) -> list[str]:
    found: list[str] = []
    if isinstance(obj, QWidget):
        found += [obj.toolTip(), obj.windowTitle() if obj.isWindow() else ""]
    if isinstance(obj, QLabel | QAbstractButton):
        found.append(obj.text())
    if isinstance(obj, QGroupBox):
        found.append(obj.title())
    if isinstance(obj, QLineEdit):
        found.append(obj.placeholderText())
    if isinstance(obj, QTabWidget):
        found += [obj.tabText(k) for k in range(obj.count())]
    if isinstance(obj, QComboBox):
        found += [obj.itemText(k) for k in range(obj.count())]
    if isinstance(obj, QListWidget):
        found += [obj.item(k).text() for k in range(obj.count())]
    if isinstance(obj, QMenu):
        found.append(obj.title())
        found += [a.text() for a in obj.actions()]
    if isinstance(obj, QAbstractItemView) and not isinstance(obj, QListWidget) and obj.model():
        model = obj.model()
        root = QModelIndex()
        columns = model.columnCount(root)
        found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
        for r in range(min(model.rowCount(root), 30)):
            for c in range(columns):
                value = model.data(model.index(r, c))
                found.append(value if isinstance(value, str) else "")
    return [t for t in found if isinstance(t, str)]


def problems(found: list[tuple[str, str]], lang: str, data: set[str]) -> list[str]:
    """What is in the wrong language; ``data`` are the user's own strings (left out)."""
    sources = english_sources()
    foreign = ENGLISH if lang == "nl" else DUTCH
    out = []
    for where, text in found:
        plain = text
        for value in sorted(data, key=len, reverse=True):
            if value and len(value) > 2:
                plain = plain.replace(value, " ")
        if lang == "nl" and plain.strip() in sources:
            out.append(f"{where}: untranslated {text!r}")
            continue
        if lang == "nl" and re.search(r"(?<![\d.])\d+\.\d{1,2}(?![\d.])", plain):
            out.append(f"{where}: a decimal point in {text!r}")  # 3,57 in Dutch, not 3.57
        plain = re.sub(r"\b[A-Z]+(?:-[A-Z0-9]+)+\b", " ", plain)  # item codes: CC-AGR-3
        words = {w for w in re.findall(r"[A-Za-z']+", plain) if w not in ALLOWED}
        bad = sorted(w for w in words if w.lower() in foreign)
        if bad:
            out.append(f"{where}: {', '.join(bad)} in {text!r}")
    return sorted(set(out))


def user_data(db) -> set[str]:
    """Every string the user typed (names, labels, action points, events, comments)."""
    values: set[str] = set()
    for table, columns in (
        ("partnerships", ("name", "description")),
        ("rounds", ("label",)),
        ("organisations", ("name",)),
        ("action_points", ("text", "owner")),
        ("events", ("text",)),
        ("comments", ("text",)),
    ):
        try:
            for row in db.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall():
                values.update(str(v) for v in row if v)
        except Exception:  # a table another version names differently
            continue
    return values
