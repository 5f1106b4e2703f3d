"""Answer the questionnaire: one dimension per page, usable from the keyboard alone.

Keys: 1-5 answer the highlighted statement and move on to the next one (the last of a
page turns the page), 0 "don't know", Enter skips a statement, Backspace goes back,
Up/Down move between statements, Tab goes to the page's comment (Enter there turns
the page). So 60 statements take 60 keys. An Enter pressed right after an answer is
taken as confirming it, not as a skip: people used to "digit, Enter" lose nothing.

The summary lists the unanswered statements by their text; Down/Up choose one and
Enter (or a click) goes to it (an Enter with none chosen does nothing), and answering it comes back to the summary. 0 confirms
that the rest are recorded as "don't know", and Enter submits.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.domain.instrument import Instrument, Item
from pps_monitor.ui.meeting.keys import KEY_HANDLERS
from pps_monitor.ui.meeting.rows import (
    DONT_KNOW,
    RISKS_PER_PAGE,
    UNANSWERED,
    ItemRow,
    Page,
    build_pages,
)

__all__ = [
    "CONFIRM_S",
    "DONT_KNOW",
    "RISKS_PER_PAGE",
    "UNANSWERED",
    "ItemRow",
    "Page",
    "QuestionnaireWidget",
    "build_pages",
]

CONFIRM_S = 1.5  # an Enter this soon after an answer confirms it (it does not skip)


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
        self._answered_at = -1e9  # when the last answer moved on (time.monotonic)
        self._review = False  # a statement opened from the summary: answering returns there

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
        hint = QLabel(
            self.tr("Keys: 1–5 answer · 0 don't know · Enter skip · Backspace back · Tab comment")
        )
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
        comment.setMaxLength(2000)  # storage.responses.MAX_COMMENT, as in exchange files
        comment.setPlaceholderText(self.tr("Optional comment on this topic (anonymous)"))
        comment.installEventFilter(self)
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
        self.missing_label = QLabel(
            self.tr("Not answered yet (Down/Up to choose, Enter or a click to go there):")
        )
        self.missing_label.setWordWrap(True)
        self.missing_label.setFont(font)
        self.missing_list = QListWidget()
        self.missing_list.setFont(font)
        self.missing_list.setWordWrap(True)
        self.missing_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys come via the form
        self.missing_list.itemClicked.connect(self._missing_chosen)
        self.missing_list.itemActivated.connect(self._missing_chosen)
        self.summary_hint = QLabel()
        self.summary_hint.setWordWrap(True)
        self.summary_hint.setFont(font)
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
        box.addWidget(self.missing_label)
        box.addWidget(self.missing_list, 1)
        box.addWidget(self.confirm_box)
        box.addWidget(self.summary_hint)
        box.addWidget(self.submit_button)
        self.summary_stretch = QWidget()
        box.addWidget(self.summary_stretch, 1)
        page = QWidget()
        page.setLayout(box)
        return page

    def unanswered(self) -> list[Item]:
        return [row.item for rows in self.rows for row in rows if row.value() is UNANSWERED]

    def _refresh_summary(self) -> None:
        missing = self.unanswered()
        total = sum(len(r) for r in self.rows)
        self.summary_label.setText(
            self.tr("You answered %1 of %2 statements.")
            .replace("%1", str(total - len(missing)))
            .replace("%2", str(total))
        )
        self.missing_list.clear()
        for page, rows in enumerate(self.rows):
            for index, row in enumerate(rows):
                if row.value() is UNANSWERED:
                    entry = QListWidgetItem(f"{row.number}. {row.text}  ({self.pages[page].title})")
                    entry.setData(Qt.ItemDataRole.UserRole, (page, index))
                    self.missing_list.addItem(entry)
        for widget in (self.missing_label, self.missing_list, self.confirm_box):
            widget.setVisible(bool(missing))
        self.summary_stretch.setVisible(not missing)
        if missing:
            # Nothing chosen yet: a stray Enter goes nowhere; Down chooses the first.
            self.missing_list.setCurrentRow(-1)
            self.confirm_box.setText(
                self.tr(
                    'Record the %n unanswered statement(s) as "don\'t know" (key 0)',
                    "",
                    len(missing),
                )
            )
            self.confirm_box.setChecked(False)
        self._update_summary_buttons()

    def _update_summary_buttons(self) -> None:
        ready = not self.unanswered() or self.confirm_box.isChecked()
        self.submit_button.setEnabled(ready)
        self.summary_hint.setText(
            self.tr("Press Enter to submit, or Backspace to go back and change an answer.")
            if ready
            else self.tr(
                "Press Down to choose a statement and Enter to answer it, or 0 to record "
                'the rest as "don\'t know".'
            )
        )

    def _missing_chosen(self, entry: QListWidgetItem) -> None:
        page, index = entry.data(Qt.ItemDataRole.UserRole)
        self.go_to(page, index, review=True)

    def go_to(self, page: int, index: int, *, review: bool = False) -> None:
        """Show statement ``index`` of ``page``; with ``review``, answering it comes back
        to the summary."""
        self._show_page(page, index)
        self._review = review

    # --- navigation ----------------------------------------------------------------

    @property
    def on_summary(self) -> bool:
        return self.page_index == len(self.pages)

    def _show_page(self, index: int, item: int = 0) -> None:
        self._review = False
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
        """Answer the highlighted statement (None = don't know) and move on."""
        if not self.on_summary:
            self.rows[self.page_index][self.item_index].set_value(value)
            self._move_on()

    def _move_on(self) -> None:
        """After an answer: the next statement, or back to the summary when reviewing."""
        self._answered_at = time.monotonic()
        if self._review:
            self._show_page(len(self.pages))
        else:
            self.next_item()

    def _on_clicked(self) -> None:
        sender = self.sender()
        rows = self.rows[self.page_index]
        if sender in rows:
            self._set_item(rows.index(sender))
            self._move_on()
        self.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In a comment: Enter turns the page (to its first statement), Escape returns to
        the statements. Consumed here: QLineEdit passes Enter on to its parent, which
        would then also move one statement further."""
        if not shiboken6.isValid(self):
            return False  # the comment fields outlived a dropped questionnaire
        if event.type() == QEvent.Type.KeyPress and watched in self.comments:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.next_page()
                return True
            if key == Qt.Key.Key_Escape:
                self.setFocus()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        just_answered = time.monotonic() - self._answered_at < CONFIRM_S
        self._answered_at = -1e9
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and just_answered:
            return  # "digit, Enter": the Enter confirms the answer that already moved on
        answering = key == Qt.Key.Key_0 or Qt.Key.Key_1 <= key <= Qt.Key.Key_5
        if not answering and key != Qt.Key.Key_Tab:
            self._review = False  # moving about by hand ends the review
        handler = KEY_HANDLERS.get(int(key))
        if handler is None or not handler(self, key):
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
