"""Meeting mode: an employer sees its own organisation's result right after answering
(issue 17). Computed from the answers just given, never stored; Done clears it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pps_monitor.domain.own_result import own_result
from pps_monitor.i18n.formats import format_decimal as decimal


class OwnResultPage(QWidget):
    done = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.title = QLabel(self.tr("Thank you! Your organisation's own result"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() + 8)
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel(
            self.tr(
                "Only you see this, now. This result is not kept: the partnership sees the "
                "employers' answers only together, over several employers. 1 = does not "
                "apply at all, 5 = applies fully."
            )
        )
        self.note.setWordWrap(True)
        self.grid = QGridLayout()
        self.close_button = QPushButton(self.tr("Done – pass the laptop on"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self._finish)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        table = QWidget()  # a readable column of names and figures, not the full width
        table.setMaximumWidth(760)
        table.setLayout(self.grid)
        table.setStyleSheet("font-size: 16px;")
        layout.addWidget(table)
        layout.addStretch(1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_result(self, instrument: Any, answers: dict[str, Any]) -> None:
        self._clear()
        for row, score in enumerate(own_result(instrument, answers)):
            name = QLabel(score.dimension.name(self.lang))
            value = QLabel(
                decimal(score.mean, self.lang, 1, missing=self.tr("no answer (don't know)"))
            )
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(value, row, 1)
        self.close_button.setFocus()

    def values(self) -> list[tuple[str, str]]:
        """(dimension, value) as shown (for tests)."""
        out = []
        for row in range(self.grid.rowCount()):
            cells = [self.grid.itemAtPosition(row, c) for c in (0, 1)]
            if all(cells):
                out.append(tuple(c.widget().text() for c in cells))  # type: ignore[union-attr]
        return out

    def _finish(self) -> None:
        self._clear()  # the next person never sees it
        self.done.emit()

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
