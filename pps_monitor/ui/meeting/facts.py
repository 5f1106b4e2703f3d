"""The optional facts after the questionnaire (the workers' hours a week, months in the
job; issue 17): each may stay empty; Enter goes to the next field, then stores."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pps_monitor.domain.instrument import Instrument


class FactsPage(QWidget):
    """Emits ``done(facts)`` with the numbers given (codes left empty are absent)."""

    done = Signal(dict)

    def __init__(self, instrument: Instrument, lang: str) -> None:
        super().__init__()
        self.instrument = instrument
        title = QLabel(self.tr("Two more questions. You may leave them empty."))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        grid = QGridLayout()
        self.fields: dict[str, QLineEdit] = {}
        for row, fact in enumerate(instrument.facts):
            field = QLineEdit()
            # digits only; empty is allowed (an int validator would not let Enter through)
            field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), field))
            field.setMaximumWidth(120)
            field.returnPressed.connect(self._next)
            self.fields[fact.code] = field
            for col, widget in enumerate((QLabel(fact.text(lang)), field, QLabel(fact.unit(lang)))):
                big = QFont(widget.font())
                big.setPointSize(big.pointSize() + 4)
                widget.setFont(big)
                grid.addWidget(widget, row, col)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.store = QPushButton(self.tr("Send my answers"))
        self.store.setMinimumHeight(56)
        big = QFont(self.store.font())
        big.setPointSize(big.pointSize() + 6)
        self.store.setFont(big)
        self.store.clicked.connect(self._send)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addSpacing(20)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addSpacing(20)
        layout.addWidget(self.store, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)

    def reset(self) -> None:
        for field in self.fields.values():
            field.clear()
        self.problem.clear()
        self.store.setEnabled(True)
        if self.fields:
            next(iter(self.fields.values())).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The Enter that sends must not reach the meeting window (it would skip "thank you").
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _next(self) -> None:
        fields = list(self.fields.values())
        sender = self.sender()
        current = next((k for k, f in enumerate(fields) if f is sender), len(fields) - 1)
        if current + 1 < len(fields):
            fields[current + 1].setFocus()
        else:
            self._send()

    def values(self) -> dict[str, int]:
        """The facts given, each within its range (the validator lets nothing else in)."""
        out = {}
        for fact in self.instrument.facts:
            text = self.fields[fact.code].text().strip()
            if text.isdigit() and fact.min <= int(text) <= fact.max:
                out[fact.code] = int(text)
        return out

    def _out_of_range(self) -> str:
        """One plain-words message for the first number outside its range, else ''."""
        for fact in self.instrument.facts:
            text = self.fields[fact.code].text().strip()
            if text and not fact.min <= int(text) <= fact.max:
                self.fields[fact.code].setFocus()
                return (
                    self.tr("Fill in a number from %1 to %2, or leave it empty.")
                    .replace("%1", str(fact.min))
                    .replace("%2", str(fact.max))
                )
        return ""

    def _send(self) -> None:
        problem = self._out_of_range()
        self.problem.setText(problem)
        if problem:
            return
        self.store.setEnabled(False)
        self.done.emit(self.values())
