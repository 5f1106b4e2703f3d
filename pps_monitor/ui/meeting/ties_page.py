"""The tie questions in meeting mode (issue 18): after the questionnaire, on their own.

First screen: why the organisation is asked, and the choice of it (or skip). Second:
per other organisation, how often and how well they work together. The answers are
stored as a tie respondent of their own, never linked to the questionnaire just given.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.domain.ties import (
    FREQUENCIES,
    FREQUENCY,
    INTRO_TEXT,
    QUALITY_ITEMS,
    frequency_text,
    item_text,
    short_text,
)


class TiesPage(QStackedWidget):
    submitted = Signal(str, object)  # organisation id, {target: {item: value}}
    skipped = Signal()

    def __init__(self, organisations: Any, min_breakdown: int, lang: str) -> None:
        super().__init__()
        self.organisations, self.lang = tuple(organisations), lang
        self.choose = self._build_choice(min_breakdown)
        self.addWidget(self.choose)
        self.grid_page: QWidget | None = None
        self.boxes: dict[str, dict[str, QComboBox]] = {}

    def _build_choice(self, min_breakdown: int) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Working with the other organisations"))
        font = title.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        title.setFont(font)
        why = QLabel(INTRO_TEXT.get(self.lang, INTRO_TEXT["en"]).format(minimum=min_breakdown))
        why.setWordWrap(True)
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("Choose your organisation…"), None)
        for org in self.organisations:
            self.organisation.addItem(org.name, org.id)
        self.organisation.currentIndexChanged.connect(self._chosen)
        self.next_button = QPushButton(self.tr("Continue"))
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self._show_grid)
        skip = QPushButton(self.tr("Skip these questions"))
        skip.clicked.connect(self.skipped.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(skip)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in (title, why, self.organisation):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _chosen(self) -> None:
        self.next_button.setEnabled(self.organisation.currentData() is not None)

    def _show_grid(self) -> None:
        own = self.organisation.currentData()
        if own is None:
            return
        if self.grid_page is not None:
            self.removeWidget(self.grid_page)
            self.grid_page.deleteLater()
        self.grid_page = self._build_grid([o for o in self.organisations if o.id != own])
        self.addWidget(self.grid_page)
        self.setCurrentWidget(self.grid_page)

    def _combo(self, code: str) -> QComboBox:
        box = QComboBox()
        box.addItem("–", None)
        box.setItemData(0, self.tr("don't know / no contact"), Qt.ItemDataRole.ToolTipRole)
        if code == FREQUENCY:
            for index in range(len(FREQUENCIES)):
                box.addItem(frequency_text(index, self.lang), index)
        else:
            for value in range(1, 6):
                box.addItem(str(value), value)
        return box

    def _build_grid(self, others: list[Any]) -> QWidget:
        page = QWidget()
        legend = QLabel(
            self.tr("1 = strongly disagree … 5 = strongly agree; – = don't know / no contact.")
            + " "
            + self.tr("The statements:")
            + "\n"
            + "\n".join(
                f"• {short_text(code, self.lang)}: {item_text(code, self.lang, '…')}"
                for code in QUALITY_ITEMS
            )
        )
        legend.setWordWrap(True)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.addWidget(QLabel(self.tr("Organisation")), 0, 0)
        for col, code in enumerate((FREQUENCY, *QUALITY_ITEMS), start=1):
            head = QLabel(f"<b>{short_text(code, self.lang)}</b>")
            head.setToolTip(item_text(code, self.lang, "…"))
            grid.addWidget(head, 0, col)
        self.boxes = {}
        for row, org in enumerate(others, start=1):
            grid.addWidget(QLabel(org.name), row, 0)
            self.boxes[org.id] = {}
            for col, code in enumerate((FREQUENCY, *QUALITY_ITEMS), start=1):
                box = self._combo(code)
                box.setToolTip(item_text(code, self.lang, org.name))
                grid.addWidget(box, row, col)
                self.boxes[org.id][code] = box
        grid.setRowStretch(len(others) + 1, 1)
        grid.setColumnStretch(len(QUALITY_ITEMS) + 2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        save = QPushButton(self.tr("Save my answers"))
        save.clicked.connect(self._submit)
        layout = QVBoxLayout(page)
        layout.addWidget(legend)
        layout.addWidget(scroll, 1)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def ratings(self) -> dict[str, dict[str, int | None]]:
        return {
            target: {code: box.currentData() for code, box in boxes.items()}
            for target, boxes in self.boxes.items()
        }

    def _submit(self) -> None:
        self.submitted.emit(self.organisation.currentData(), self.ratings())


class MeetingTies(QObject):
    """The tie questions in a meeting window, started from its welcome page: a page of
    their own, rebuilt for every respondent, stored as a tie respondent of its own."""

    def __init__(self, window: Any) -> None:
        from pps_monitor.services import ties

        super().__init__(window)
        self.window = window
        self.page: TiesPage | None = None
        self.entry = ties.tie_entry(window.db, window.round_id)
        self.button: QPushButton | None = None
        if self.entry is not None:
            self.button = QPushButton(self.tr("Questions about working with each other…"))
            self.button.setMinimumHeight(48)
            self.button.clicked.connect(self.start)

    def start(self) -> None:
        if self.entry is None:
            return
        self.page = TiesPage(self.entry.organisations, self.entry.min_breakdown, self.window.lang)
        self.page.submitted.connect(self._store)
        self.page.skipped.connect(self._done)
        self.window.stack.addWidget(self.page)
        self.window.stack.setCurrentWidget(self.page)

    def _store(self, organisation_id: str, ratings: dict[str, Any]) -> None:
        from pps_monitor.services import ties
        from pps_monitor.ui.common.errors import show_error

        try:
            ties.add_tie_responses(
                self.window.db,
                self.window.round_id,
                [ties.new_tie_response(organisation_id, ratings)],
            )
        except Exception as exc:
            show_error(self.window, exc)
            return
        self._done()

    def _done(self) -> None:
        if self.page is not None:
            self.window.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        self.window._thank()
