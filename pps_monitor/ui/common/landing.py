"""What the right side of the main window shows when no partnership is chosen: what to
do next, in a few steps, with the buttons to do it (a first start, an empty database, no
database open)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

Actions = dict[str, Callable[[], Any]]  # "new", "demo", "open", "new_db", "help"


class Landing(QWidget):
    """``state``: "no_db", "empty" (no partnership yet), "choose" or "loading"."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("help_topic", "start")
        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setMaximumWidth(720)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label in (
            ("new", self.tr("New partnership…")),
            ("demo", self.tr("Try the demo partnership")),
            ("open", self.tr("Open database…")),
            ("new_db", self.tr("New database…")),
            ("help", self.tr("Guide (F1)")),
        ):
            button = QPushButton(label)
            if key in actions:
                button.clicked.connect(actions[key])
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 40, 40, 40)
        column.addWidget(self.title)
        column.addSpacing(12)
        column.addWidget(self.body)
        column.addSpacing(12)
        column.addLayout(row)
        column.addStretch(1)
        self.state = ""
        self.set_state("loading")

    def set_state(self, state: str) -> None:
        self.state = state
        title, text, shown = self._content(state)
        self.title.setText(title)
        self.body.setText(text)
        for key, button in self.buttons.items():
            button.setVisible(key in shown)
        if shown:
            self.buttons[shown[0]].setDefault(True)

    def text(self) -> str:
        """The heading and the words below it (for tests and screen readers)."""
        return f"{self.title.text()} {self.body.text()}".strip()

    def _content(self, state: str) -> tuple[str, str, tuple[str, ...]]:
        if state == "loading":
            return "", "", ()
        if state == "no_db":
            return (
                self.tr("No database is open"),
                self.tr(
                    "Open the database of your partnerships (File → Open database, Ctrl+O) "
                    "or start a new one."
                ),
                ("open", "new_db", "help"),
            )
        if state == "choose":
            return (
                self.tr("Choose a partnership"),
                self.tr("Click a partnership on the left to see its rounds and results."),
                ("new", "help"),
            )
        steps = "".join(
            f"<li>{step}</li>"
            for step in (
                self.tr("Create a partnership (Ctrl+N) and add its organisations."),
                self.tr("Create a round (Ctrl+R) for the next meeting."),
                self.tr(
                    "Let the partners answer: in meeting mode on this laptop (F5), on their "
                    "phones, or on paper forms."
                ),
                self.tr("Close the round, discuss the results and record action points."),
            )
        )
        return (
            self.tr("Welcome to PPS Monitor"),
            self.tr("Measure the health of your public-private partnership in rounds.")
            + f"<ol>{steps}</ol>"
            + self.tr("Everything stays on this laptop. Press F1 for the guide."),
            ("new", "demo", "help"),
        )
