"""In-app help: F1 opens a short guide for the coordinator at the topic of the screen.

The guide is Markdown under ``resources/docs/help/<lang>/NN-topic.md``, shipped with the
app. A screen names its topic with ``install_help(widget, "paper")`` (its own F1 key and
a ``help_topic`` property); the main window's F1 finds the topic of the focused widget
by walking up its parents.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.resources import resource_path
from pps_monitor.ui.i18n import ui_language

PROPERTY = "help_topic"
DEFAULT_TOPIC = "start"


def help_language() -> str:
    return ui_language()


def topics(lang: str) -> list[tuple[str, str, Path]]:
    """(topic, title, file) in the guide's order; the title is the file's first heading."""
    out = []
    for path in sorted(resource_path("docs", "help", lang).glob("*.md")):
        topic = path.stem.split("-", 1)[-1]
        first = path.read_text(encoding="utf-8").splitlines()[0]
        out.append((topic, first.lstrip("# ").strip(), path))
    return out


def topic_for(widget: QObject | None) -> str:
    """The topic named by ``widget`` or the nearest parent that names one."""
    while widget is not None:
        value = widget.property(PROPERTY)
        if value:
            return str(value)
        widget = widget.parent()
    return DEFAULT_TOPIC


def install_help(widget: QWidget, topic: str) -> None:
    """``widget`` and its children show ``topic`` on F1 (also inside a modal dialog)."""
    widget.setProperty(PROPERTY, topic)
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: show_help(widget, topic_for(widget.focusWidget() or widget)))


class HelpWindow(QWidget):
    """The guide: topics on the left, the chosen topic on the right; Escape closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("PPS Monitor help"))
        self.setProperty(PROPERTY, DEFAULT_TOPIC)
        self.list = QListWidget()
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.list.currentItemChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(860, 600)
        self.lang = ""
        self.fill(help_language())

    def fill(self, lang: str) -> None:
        self.lang = lang
        self.list.clear()
        for topic, title, path in topics(lang):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, (topic, str(path)))
            self.list.addItem(item)
        # as wide as the longest title: at a fixed 260 px the Dutch "Bestanden,
        # reservekopieën en andere laptops" was cut off behind a scroll bar
        frame = 2 * self.list.frameWidth() + 12
        self.list.setFixedWidth(self.list.sizeHintForColumn(0) + frame)

    def show_topic(self, topic: str) -> None:
        if help_language() != self.lang:
            self.fill(help_language())
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole)[0] == topic:
                self.list.setCurrentRow(row)
                return
        self.list.setCurrentRow(0)

    def current_topic(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole)[0] if item else ""

    def _show(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            path = Path(item.data(Qt.ItemDataRole.UserRole)[1])
            self.text.setMarkdown(path.read_text(encoding="utf-8"))


_window: list[HelpWindow] = []  # one help window for the whole app


def show_help(parent: QWidget | None, topic: str = DEFAULT_TOPIC) -> HelpWindow:
    """Open (or raise) the help window at ``topic``."""
    import shiboken6

    # Parented to the window asking, so that a modal dialog does not block its help.
    owner = parent.window() if parent is not None else None
    if not _window or not shiboken6.isValid(_window[0]) or _window[0].parent() is not owner:
        if _window and shiboken6.isValid(_window[0]):
            _window[0].close()
        _window[:] = [HelpWindow(owner)]
    window = _window[0]
    window.show_topic(topic)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
