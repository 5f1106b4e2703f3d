"""Type in paper forms: a grid of forms (rows) by statements (columns).

Every cell holds 1-5, 0 for "don't know", or nothing yet. Typing a digit moves to the
next cell. The grid is saved as a draft on every change, so nothing typed is lost.
With double entry the forms are typed a second time and every differing cell is
listed; forms are submitted only when both entries agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.domain.instrument import Instrument
from pps_monitor.services import partnerships as partnerships_svc
from pps_monitor.services import responses as svc
from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.help import install_help
from pps_monitor.ui.paper.cells import FIXED, ROLE_KEYS, SECTOR_KEYS, cell_problem

if TYPE_CHECKING:
    from pps_monitor.services.db import Db

INVALID = QColor("#f4b4b4")


def differences(
    first: list[dict[str, Any]], second: list[dict[str, Any]]
) -> list[tuple[int, str, str, str]]:
    """Every (form number, column, first value, second value) where the entries differ."""
    out = []
    for k in range(max(len(first), len(second))):
        a = first[k] if k < len(first) else {}
        b = second[k] if k < len(second) else {}
        for key in sorted(set(a) | set(b), key=lambda c: (c not in ("sector", "role"), c)):
            if (a.get(key) or "") != (b.get(key) or ""):
                out.append((k + 1, key, a.get(key) or "", b.get(key) or ""))
    return out


class PaperGrid(QTableWidget):
    """One entry pass. Rows are plain dicts: column key -> typed text."""

    changed = Signal()

    def __init__(self, instrument: Instrument, lang: str) -> None:
        self.keys = ["sector", "role", *[i.code for i in instrument.items]]
        super().__init__(0, len(self.keys))
        headers = [
            self.tr("Sector (1–4)"),
            self.tr("Role (1–2)"),
            *[i.code for i in instrument.items],
        ]
        self.setHorizontalHeaderLabels(headers)
        tips = [
            self.tr(
                "1 public, 2 private, 3 social enterprise, 4 other, 0 or empty: rather not say"
            ),
            self.tr("1 manager, 2 executive professional, 0 or empty: rather not say"),
            *[i.text(lang) for i in instrument.items],
        ]
        for col, tip in enumerate(tips):
            header = self.horizontalHeaderItem(col)
            assert header is not None
            header.setToolTip(tip)
        self.tips = tips
        self.horizontalHeader().setDefaultSectionSize(84)
        self.setColumnWidth(0, 110)
        self.setColumnWidth(1, 100)
        self.itemChanged.connect(self._on_item_changed)
        self._loading = False

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        """Every cell has an item (set_rows and add_form make them)."""
        item = self.item(row, column)
        assert item is not None
        return item

    def rows(self) -> list[dict[str, str]]:
        out = []
        for r in range(self.rowCount()):
            out.append({key: self.cell(r, c).text().strip() for c, key in enumerate(self.keys)})
        return out

    def set_rows(self, rows: list[dict[str, str]]) -> None:
        self._loading = True
        self.setRowCount(0)
        for row in rows:
            self._append(row)
        self._loading = False

    def add_form(self) -> None:
        self._append({})
        self.setCurrentCell(self.rowCount() - 1, 0)
        self.changed.emit()

    def _append(self, values: dict[str, str]) -> None:
        # Every cell gets its item before anything reads the row, so rows() never meets
        # a missing item (and the "changed" signal fires once per new form, not per cell).
        loading, self._loading = self._loading, True
        r = self.rowCount()
        self.insertRow(r)
        self.setVerticalHeaderItem(
            r, QTableWidgetItem(self.tr("Form %1").replace("%1", str(r + 1)))
        )
        for c, key in enumerate(self.keys):
            self.setItem(r, c, QTableWidgetItem(values.get(key, "")))
        self._loading = loading

    def problems(self) -> list[str]:
        out = []
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.cell(r, c)
                problem = cell_problem(c, item.text())
                if problem:
                    out.append(
                        self.tr("Form %1, %2: '%3' is not valid: %4")
                        .replace("%1", str(r + 1))
                        .replace("%2", self._column_name(c))
                        .replace("%3", item.text())
                        .replace("%4", problem)
                    )
        return out

    def _column_name(self, column: int) -> str:
        if column >= FIXED:
            return self.keys[column]  # the statement's code, as printed on the form
        return self.tr("sector") if column == 0 else self.tr("role")

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        bad = cell_problem(item.column(), item.text()) is not None
        item.setBackground(QBrush(INVALID) if bad else QBrush())
        item.setToolTip(cell_problem(item.column(), item.text()) or "")
        if not self._loading:
            self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        index = self.currentIndex()
        if (
            index.isValid()
            and text
            and text.isdigit()
            and self.state() != QTableWidget.State.EditingState
        ):
            self.cell(index.row(), index.column()).setText(text)
            self._advance(index)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and index.isValid():
            self.cell(index.row(), index.column()).setText("")
            if event.key() == Qt.Key.Key_Backspace and index.column() > 0:
                self.setCurrentCell(index.row(), index.column() - 1)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            if index.row() + 1 >= self.rowCount():
                self.add_form()
            else:
                self.setCurrentCell(index.row() + 1, 0)
            return
        super().keyPressEvent(event)

    def _advance(self, index: QModelIndex) -> None:
        if index.column() + 1 < self.columnCount():
            self.setCurrentCell(index.row(), index.column() + 1)
        elif index.row() + 1 < self.rowCount():
            self.setCurrentCell(index.row() + 1, 0)
        else:
            self.add_form()


class PaperEntryDialog(QDialog):
    def __init__(self, parent: QWidget | None, db: Db, round_id: str, lang: str) -> None:
        super().__init__(parent)
        self.db, self.round_id = db, round_id
        self.round = partnerships_svc.get_round(db, round_id)
        self.instrument = partnerships_svc.round_instrument(db, round_id)
        self.setWindowTitle(self.tr("Paper forms – %1").replace("%1", self.round["label"]))
        install_help(self, "paper")
        self.resize(1200, 720)
        self.grids = [PaperGrid(self.instrument, lang), PaperGrid(self.instrument, lang)]
        self.tabs = QTabWidget()
        self.diff_list = QListWidget()
        for pass_no, grid in enumerate(self.grids, 1):
            grid.set_rows(svc.load_draft(db, round_id, pass_no))
            if grid.rowCount() == 0 and pass_no == 1:
                grid.add_form()
            grid.changed.connect(self._save)
        self.tabs.addTab(self.grids[0], self.tr("First entry"))
        self.tabs.addTab(self.grids[1], self.tr("Second entry (optional)"))
        self.tabs.addTab(self.diff_list, self.tr("Differences"))
        self.tabs.currentChanged.connect(self._on_tab)
        help_text = QLabel(
            self.tr(
                "Type one digit per cell: 1–5 the answer, 0 don't know; the cursor moves on by itself. "
                "Enter starts the next form. Everything you type is kept until you submit."
            )
        )
        help_text.setWordWrap(True)
        self.statement = QLabel()
        self.statement.setWordWrap(True)
        bold = self.statement.font()
        bold.setPointSize(bold.pointSize() + 2)
        bold.setBold(True)
        self.statement.setFont(bold)
        for grid in self.grids:
            grid.currentCellChanged.connect(self._show_statement)
        self.status = QLabel()
        add = QPushButton(self.tr("Add form"))
        add.clicked.connect(self._add_form)
        compare = QPushButton(self.tr("Compare entries"))
        compare.clicked.connect(self.show_differences)
        self.submit_button = QPushButton(self.tr("Submit forms"))
        self.submit_button.clicked.connect(self.submit)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (add, compare):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.statement)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._update_status()

    def _show_statement(self, row: int, column: int, *_previous: int) -> None:
        """Show the text of the statement being typed, so the typist can check the form."""
        grid = self.sender()
        if isinstance(grid, PaperGrid) and 0 <= column < len(grid.keys):
            self.statement.setText(f"{grid.keys[column]}: {grid.tips[column]}")

    def _add_form(self) -> None:
        grid = self.tabs.currentWidget()
        if isinstance(grid, PaperGrid):
            grid.add_form()
            grid.setFocus()

    def _on_tab(self, index: int) -> None:
        if index == 1 and self.grids[1].rowCount() == 0:
            self.grids[1].add_form()
        if index == 2:
            self.show_differences()

    def _save(self) -> None:
        grid = self.sender()
        assert isinstance(grid, PaperGrid)
        pass_no = 1 if grid is self.grids[0] else 2
        try:
            svc.save_draft(self.db, self.round_id, pass_no, [r for r in grid.rows()])
        except Exception as exc:
            show_error(self, exc)
        self._update_status()

    def _update_status(self) -> None:
        problems = self.grids[0].problems() + self.grids[1].problems()
        self.status.setText(
            problems[0]
            if problems
            else self.tr("%n form(s) typed.", "", len(self._filled(self.grids[0].rows())))
        )
        self.status.setStyleSheet("color: #a00;" if problems else "")

    @staticmethod
    def _filled(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        return [r for r in rows if any(r.values())]

    def current_differences(self) -> list[tuple[int, str, str, str]]:
        second = self._filled(self.grids[1].rows())
        if not second:
            return []
        return differences(self._filled(self.grids[0].rows()), second)

    def show_differences(self) -> None:
        self.diff_list.clear()
        if not self._filled(self.grids[1].rows()):
            self.diff_list.addItem(self.tr("No second entry typed: nothing to compare."))
            return
        diffs = self.current_differences()
        if not diffs:
            self.diff_list.addItem(self.tr("Both entries agree in every cell."))
        for form, key, a, b in diffs:
            self.diff_list.addItem(
                self.tr("Form %1, %2: first entry '%3', second entry '%4'")
                .replace("%1", str(form))
                .replace("%2", key)
                .replace("%3", a or "–")
                .replace("%4", b or "–")
            )

    def responses(self) -> tuple[list[svc.NewResponse], int]:
        """The typed forms as submissions, and the number of empty statement cells."""
        out, empty = [], 0
        for row in self._filled(self.grids[0].rows()):
            answers: dict[str, int | None] = {}
            for item in self.instrument.items:
                text = row.get(item.code, "")
                if not text:
                    empty += 1
                answers[item.code] = int(text) if text and text != "0" else None
            out.append(
                svc.NewResponse(
                    answers,
                    sector=SECTOR_KEYS.get(row.get("sector", "")),
                    role=ROLE_KEYS.get(row.get("role", "")),
                    source="paper",
                )
            )
        return out, empty

    def submit(self) -> None:
        problems = self.grids[0].problems() + self.grids[1].problems()
        if problems:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(problems[:10]))
            return
        if self.current_differences():
            self.tabs.setCurrentIndex(2)
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "The two entries differ. Correct the first entry (or the second) until they agree."
                ),
            )
            return
        responses, empty = self.responses()
        if not responses:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("No forms have been typed yet.")
            )
            return
        if empty:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    '%1 statement cells are empty. Record them as "don\'t know" and submit %2 form(s)?'
                )
                .replace("%1", str(empty))
                .replace("%2", str(len(responses))),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            svc.submit_paper_forms(self.db, self.round_id, responses)
        except Exception as exc:
            show_error(self, exc)
            return
        for grid in self.grids:
            grid.set_rows([])
        self.grids[0].add_form()
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("%n form(s) saved.", "", len(responses)),
        )
        self._update_status()
