"""The questionnaire's pages (one dimension, or a share of the risks) and the row of
answer buttons for one statement."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from pps_monitor.domain.instrument import Instrument, Item
from pps_monitor.ui.meeting.faces import FACE_SIZE, face_icon

RISKS_PER_PAGE = 6
DONT_KNOW = 0  # button id of the "don't know" choice
UNANSWERED = object()


@dataclass(frozen=True)
class Page:
    title: str
    subtitle: str
    description: str
    items: tuple[Item, ...]
    comment_key: str


def build_pages(instrument: Instrument, lang: str, risks_title: str) -> list[Page]:
    pages = []
    for group in instrument.groups:
        for dim in group.dimensions:
            pages.append(
                Page(dim.name(lang), group.name(lang), dim.description(lang), dim.items, dim.code)
            )
    risks = instrument.risks
    chunks = [risks[i : i + RISKS_PER_PAGE] for i in range(0, len(risks), RISKS_PER_PAGE)]
    for k, chunk in enumerate(chunks, 1):
        title = instrument.risks_name(lang) + (f" ({k}/{len(chunks)})" if len(chunks) > 1 else "")
        pages.append(
            Page(title, risks_title, instrument.risks_description(lang), tuple(chunk), "risks")
        )
    return pages


class ItemRow(QFrame):
    answered = Signal()

    def __init__(self, number: int, item: Item, instrument: Instrument, lang: str) -> None:
        super().__init__()
        self.item = item
        self.number, self.text = number, item.text(lang)
        self.setObjectName("itemRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(f"{number}. {item.text(lang)}")
        text.setWordWrap(True)
        font = text.font()
        font.setPointSize(font.pointSize() + 3)
        text.setFont(font)
        self.group = QButtonGroup(self)
        buttons = QHBoxLayout()
        choices = [(v, f"{v}\n{instrument.scale_labels[v](lang)}") for v in range(1, 6)]
        choices.append((DONT_KNOW, f"0\n{instrument.dont_know(lang)}"))
        for value, label in choices:
            button = QPushButton(label)
            if instrument.faces and value in range(1, 6):
                button.setIcon(face_icon(int(value)))  # the words stay beside the face
                button.setIconSize(FACE_SIZE)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(56)
            button.setMinimumWidth(120)
            self.group.addButton(button, value)
            buttons.addWidget(button)
        self.group.idClicked.connect(lambda _id: self.answered.emit())
        # The chosen answer must be obvious from across the table, also in black and white.
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " font-weight: bold; border: 3px solid palette(text); }"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.set_current(False)

    def value(self) -> object:
        checked = self.group.checkedId()
        if checked == -1:
            return UNANSWERED
        return None if checked == DONT_KNOW else checked

    def set_value(self, value: int | None) -> None:
        self.group.button(DONT_KNOW if value is None else value).setChecked(True)

    def set_current(self, current: bool) -> None:
        self.setProperty("current", current)
        self.setFrameShape(QFrame.Shape.Box if current else QFrame.Shape.NoFrame)
        self.setLineWidth(3 if current else 0)
