"""What each key does in the questionnaire (see ``questionnaire.py`` for the whole story).

Each handler says whether it took the key; if not, Qt's default handling runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QListWidget, QListWidgetItem, QPushButton


class QuestionnaireWidget(Protocol):
    """What the keys use of ``questionnaire.QuestionnaireWidget`` (no import cycle)."""

    comments: list[QLineEdit]
    page_index: int
    item_index: int
    missing_list: QListWidget
    confirm_box: QCheckBox
    submit_button: QPushButton

    @property
    def on_summary(self) -> bool: ...
    def unanswered(self) -> list: ...
    def answer(self, value: int | None) -> None: ...
    def next_item(self) -> None: ...
    def previous_item(self) -> None: ...
    def previous_page(self) -> None: ...
    def submit(self) -> None: ...
    def _set_item(self, index: int) -> None: ...
    def _missing_chosen(self, entry: QListWidgetItem) -> None: ...


def digit(w: QuestionnaireWidget, key: int) -> bool:
    if w.on_summary:
        return False
    w.answer(key - Qt.Key.Key_0)
    return True


def zero(w: QuestionnaireWidget, key: int) -> bool:
    if w.on_summary:
        if w.unanswered():
            w.confirm_box.setChecked(True)
    else:
        w.answer(None)
    return True


def enter(w: QuestionnaireWidget, key: int) -> bool:
    if not w.on_summary:
        w.next_item()
    elif w.submit_button.isEnabled():
        w.submit()
    elif w.missing_list.currentItem() is not None:
        w._missing_chosen(w.missing_list.currentItem())
    return True


def backspace(w: QuestionnaireWidget, key: int) -> bool:
    if w.on_summary:
        w.previous_page()
    else:
        w.previous_item()
    return True


def arrow(w: QuestionnaireWidget, key: int) -> bool:
    step = 1 if key == Qt.Key.Key_Down else -1
    if not w.on_summary:
        w._set_item(w.item_index + step)
    elif w.missing_list.count():
        row = w.missing_list.currentRow() + step
        w.missing_list.setCurrentRow(max(0, min(row, w.missing_list.count() - 1)))
    return True


def tab(w: QuestionnaireWidget, key: int) -> bool:
    if w.on_summary:
        return False
    w.comments[w.page_index].setFocus()
    return True


KEY_HANDLERS: dict[int, Callable[[QuestionnaireWidget, int], bool]] = {
    int(Qt.Key.Key_0): zero,
    **{int(k): digit for k in range(Qt.Key.Key_1, Qt.Key.Key_5 + 1)},
    int(Qt.Key.Key_Return): enter,
    int(Qt.Key.Key_Enter): enter,
    int(Qt.Key.Key_Backspace): backspace,
    int(Qt.Key.Key_Down): arrow,
    int(Qt.Key.Key_Up): arrow,
    int(Qt.Key.Key_Tab): tab,
}
