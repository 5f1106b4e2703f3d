"""A tab with a table of records and the buttons that act on them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.ui.common.flow_layout import FlowLayout
from pps_monitor.ui.common.table_model import Column, RowsTableModel

MAX_COLUMN_WIDTH = 280  # long texts are cut with "…" and shown whole in the tooltip
MIN_COLUMN_WIDTH = 80


class RecordTab(QWidget):
    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsTableModel(columns, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table for its buttons (the arrow keys move between rows); Qt's
        # default walks every cell first, a long way round for a keyboard user.
        self.view.setTabKeyNavigation(False)
        # The buttons wrap onto a second line rather than widen the window (1366 x 768).
        self.buttons = FlowLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)
        self._needs_selection: list[QPushButton] = []
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    def add_button(
        self, text: str, slot: Callable[[], Any], needs_selection: bool = False
    ) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        if needs_selection:
            self._needs_selection.append(button)
            button.setEnabled(False)
        return button

    def set_rows(self, rows: Sequence[dict[str, Any]], keep_id: str | None = None) -> None:
        self.model.set_rows(rows)
        # Measuring every cell is the slow part of filling a table: a tab not shown
        # (opening a partnership fills all of them) fits its columns when it is shown.
        self._fit_pending = True
        if self.isVisible():
            self._fit_columns()
        if keep_id is not None:
            self.select_id(keep_id)
        self._update_buttons()

    _fit_pending = False

    def _fit_columns(self) -> None:
        self._fit_pending = False
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.view.columnWidth(column) > MAX_COLUMN_WIDTH:
                self.view.setColumnWidth(column, MAX_COLUMN_WIDTH)
        self.fit_to_width()

    def fit_to_width(self) -> None:
        """No sideways scrolling on a 1366-pixel screen: while the columns are wider than
        the table, the widest one gives way (its text is cut with "…", whole in the
        tooltip), down to MIN_COLUMN_WIDTH."""
        count = self.model.columnCount()
        room = self.view.viewport().width() - 12  # the stretched last column rounds up
        if count == 0 or room <= 0 or not self.isVisible():
            return  # a hidden tab's size is not yet its own: fitted when shown
        widths = [self.view.columnWidth(c) for c in range(count)]
        last = count - 1  # stretched to fill the table: count what its content needs
        header = self.view.horizontalHeader()
        widths[last] = min(
            MAX_COLUMN_WIDTH,
            max(self.view.sizeHintForColumn(last), header.sectionSizeHint(last)),
        )
        while sum(widths) > room:
            widest = max(range(count), key=widths.__getitem__)
            if widths[widest] <= MIN_COLUMN_WIDTH:
                break
            widths[widest] = max(MIN_COLUMN_WIDTH, widths[widest] - (sum(widths) - room))
        for column, width in enumerate(widths[:last]):
            self.view.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.model.rowCount() and self.isVisible():
            self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model.rowCount():
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_if_pending)  # once the tab has its size

    def _fit_if_pending(self) -> None:
        if self._fit_pending:
            self._fit_columns()

    def select_id(self, record_id: str) -> None:
        for k, row in enumerate(self.model.rows):
            if row.get("id") == record_id:
                self.view.selectRow(k)
                return

    def current(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.current() is not None
        for button in self._needs_selection:
            button.setEnabled(has)
