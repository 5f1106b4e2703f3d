"""Answer the questionnaire: one dimension per page, usable from the keyboard alone.

Keys: 1-5 answer the highlighted statement, 0 "don't know", Enter next, Backspace
back, Up/Down move between statements. On the summary page 0 confirms that every
unanswered statement is recorded as "don't know", and Enter submits.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.domain.instrument import Instrument, Item

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


class QuestionnaireWidget(QWidget):
    """Emits ``submitted(answers, comments)``; answers hold every item (None = don't know)."""

    submitted = Signal(dict, dict)

    def __init__(self, instrument: Instrument, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages = build_pages(instrument, lang, self.tr("Risk factors: higher means more risk"))
        self.rows: list[list[ItemRow]] = []
        self.comments: list[QLineEdit] = []
        self.page_index = 0
        self.item_index = 0

        self.progress = QProgressBar()
        self.progress.setRange(0, len(self.pages))
        self.progress.setFormat(self.tr("Page %v of %m"))
        self.stack = QStackedWidget()
        number = 0
        for page in self.pages:
            number = self._add_page(page, number, lang)
        self.stack.addWidget(self._build_summary())

        self.back_button = QPushButton(self.tr("← Back"))
        self.next_button = QPushButton(self.tr("Next →"))
        for button in (self.back_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(44)
        self.back_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        hint = QLabel(self.tr("Keys: 1–5 answer · 0 don't know · Enter next · Backspace back"))
        hint.setStyleSheet("color: palette(mid);")
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(hint, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)
        self._show_page(0)

    def _add_page(self, page: Page, number: int, lang: str) -> int:
        """One page of statements with its comment field; returns the last item number."""
        rows = []
        body = QVBoxLayout()
        subtitle = QLabel(page.subtitle)
        subtitle.setStyleSheet("color: palette(mid);")
        title = QLabel(page.title)
        big = QFont(title.font())
        big.setPointSize(big.pointSize() + 8)
        big.setBold(True)
        title.setFont(big)
        description = QLabel(page.description)
        description.setWordWrap(True)
        body.addWidget(subtitle)
        body.addWidget(title)
        body.addWidget(description)
        for item in page.items:
            number += 1
            row = ItemRow(number, item, self.instrument, lang)
            row.answered.connect(self._on_clicked)
            rows.append(row)
            body.addWidget(row)
        comment = QLineEdit()
        comment.setPlaceholderText(self.tr("Optional comment on this topic (anonymous)"))
        comment.returnPressed.connect(self.next_page)
        self.comments.append(comment)
        body.addWidget(QLabel(self.tr("Comment")))
        body.addWidget(comment)
        body.addStretch(1)
        holder = QWidget()
        holder.setLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack.addWidget(scroll)
        self.rows.append(rows)
        return number

    # --- summary -------------------------------------------------------------------

    def _build_summary(self) -> QWidget:
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setPointSize(font.pointSize() + 3)
        self.summary_label.setFont(font)
        self.confirm_box = QCheckBox()
        self.confirm_box.setFont(font)
        self.confirm_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confirm_box.toggled.connect(self._update_summary_buttons)
        self.submit_button = QPushButton(self.tr("Submit my answers"))
        self.submit_button.setFont(font)
        self.submit_button.setMinimumHeight(56)
        self.submit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.submit_button.clicked.connect(self.submit)
        title = QLabel(self.tr("Summary"))
        big = QFont(title.font())
        big.setPointSize(big.pointSize() + 8)
        big.setBold(True)
        title.setFont(big)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(self.summary_label)
        box.addWidget(self.confirm_box)
        box.addWidget(self.submit_button)
        box.addStretch(1)
        page = QWidget()
        page.setLayout(box)
        return page

    def unanswered(self) -> list[Item]:
        return [row.item for rows in self.rows for row in rows if row.value() is UNANSWERED]

    def _refresh_summary(self) -> None:
        missing = self.unanswered()
        total = sum(len(r) for r in self.rows)
        lines = [
            self.tr("You answered %1 of %2 statements.")
            .replace("%1", str(total - len(missing)))
            .replace("%2", str(total))
        ]
        if missing:
            codes = ", ".join(i.code for i in missing[:12]) + (" …" if len(missing) > 12 else "")
            lines.append(self.tr("Not answered: %1").replace("%1", codes))
            self.confirm_box.setText(
                self.tr('Record the %1 unanswered statements as "don\'t know" (key 0)').replace(
                    "%1", str(len(missing))
                )
            )
            self.confirm_box.setChecked(False)
            self.confirm_box.show()
        else:
            self.confirm_box.hide()
        lines.append(
            self.tr("Press Enter to submit, or Backspace to go back and change an answer.")
        )
        self.summary_label.setText("\n\n".join(lines))
        self._update_summary_buttons()

    def _update_summary_buttons(self) -> None:
        self.submit_button.setEnabled(not self.unanswered() or self.confirm_box.isChecked())

    # --- navigation ----------------------------------------------------------------

    @property
    def on_summary(self) -> bool:
        return self.page_index == len(self.pages)

    def _show_page(self, index: int, item: int = 0) -> None:
        self.page_index = index
        self.stack.setCurrentIndex(index)
        self.progress.setValue(min(index + 1, len(self.pages)))
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not self.on_summary)
        if self.on_summary:
            self._refresh_summary()
        else:
            self._set_item(item)
        self.setFocus()

    def _set_item(self, index: int) -> None:
        rows = self.rows[self.page_index]
        self.item_index = max(0, min(index, len(rows) - 1))
        for k, row in enumerate(rows):
            row.set_current(k == self.item_index)
        scroll = self.stack.currentWidget()
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(rows[self.item_index])

    def next_page(self) -> None:
        if not self.on_summary:
            self._show_page(self.page_index + 1)

    def previous_page(self) -> None:
        if self.page_index > 0:
            target = self.page_index - 1
            self._show_page(target, len(self.rows[target]) - 1)

    def next_item(self) -> None:
        if self.item_index + 1 < len(self.rows[self.page_index]):
            self._set_item(self.item_index + 1)
        else:
            self.next_page()

    def previous_item(self) -> None:
        if self.item_index > 0:
            self._set_item(self.item_index - 1)
        else:
            self.previous_page()

    def answer(self, value: int | None) -> None:
        """Answer the highlighted statement (None = don't know)."""
        if not self.on_summary:
            self.rows[self.page_index][self.item_index].set_value(value)

    def _on_clicked(self) -> None:
        sender = self.sender()
        rows = self.rows[self.page_index]
        if sender in rows:
            self._set_item(rows.index(sender))
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5 and not self.on_summary:
            self.answer(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_0:
            if self.on_summary:
                if self.unanswered():
                    self.confirm_box.setChecked(True)
            else:
                self.answer(None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.on_summary:
                self.submit()
            else:
                self.next_item()
        elif key == Qt.Key.Key_Backspace:
            if self.on_summary:
                self.previous_page()
            else:
                self.previous_item()
        elif key == Qt.Key.Key_Down:
            if not self.on_summary:
                self._set_item(self.item_index + 1)
        elif key == Qt.Key.Key_Up:
            if not self.on_summary:
                self._set_item(self.item_index - 1)
        elif key == Qt.Key.Key_Tab and not self.on_summary:
            self.comments[self.page_index].setFocus()
        else:
            super().keyPressEvent(event)

    # --- result --------------------------------------------------------------------

    def submit(self) -> None:
        if not self.on_summary or not self.submit_button.isEnabled():
            return
        answers: dict[str, int | None] = {}
        for rows in self.rows:
            for row in rows:
                value = row.value()
                answers[row.item.code] = None if value is UNANSWERED else value  # type: ignore[assignment]
        comments = {
            page.comment_key: edit.text().strip()
            for page, edit in zip(self.pages, self.comments, strict=True)
            if edit.text().strip()
        }
        # risk pages share one comment key: join their texts
        risk_texts = [
            e.text().strip()
            for p, e in zip(self.pages, self.comments, strict=True)
            if p.comment_key == "risks" and e.text().strip()
        ]
        if risk_texts:
            comments["risks"] = " / ".join(risk_texts)
        self.submit_button.setEnabled(False)
        self.submitted.emit(answers, comments)
