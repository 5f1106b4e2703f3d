"""A tab with a table of records and the buttons that act on them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.ui.common.table_model import Column, RowsTableModel

MAX_COLUMN_WIDTH = 280  # long texts are cut with "…" and shown whole in the tooltip


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
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
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
        self.buttons.insertWidget(self.buttons.count() - 1, button)
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
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
