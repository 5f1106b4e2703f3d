"""The balance sheet of the chosen round: value for society, workers, organisations, the
societal benefits and the four design principles, each with a face AND its words.

The rows come from ``services.balance`` (the same as the report and the CLI); the
partnership's rule is changed with the Rule… button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.domain.key_figures import FIGURE_BY_CODE
from pps_monitor.i18n import format_figure
from pps_monitor.ui.results.format import f, signed
from pps_monitor.ui.results.page import PageHost, scoring

if TYPE_CHECKING:
    from pps_monitor.domain.balance_sheet import Row
    from pps_monitor.services.balance import Sheet

COLOURS = {"good": "#1b7837", "mixed": "#b35806", "poor": "#b2182b", "none": "#777777"}


def face_icon(status: str, size: int = 22) -> QIcon:
    """A face in lines: smile, straight mouth, frown; a dash for no data (not colour alone)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS[status])
    p.setPen(QPen(colour, 1.6))
    r = size / 2
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    if status == "none":
        p.drawLine(QPointF(r * 0.55, r), QPointF(r * 1.45, r))
    else:
        p.setBrush(colour)
        for x in (r * 0.7, r * 1.3):
            p.drawEllipse(QPointF(x, r * 0.75), size * 0.06, size * 0.06)
        p.setBrush(Qt.BrushStyle.NoBrush)
        y = r * 1.38
        if status == "mixed":
            p.drawLine(QPointF(r * 0.6, y), QPointF(r * 1.4, y))
        else:
            depth, base = (0.45 * r, y - 0.1 * r) if status == "good" else (-0.45 * r, y + 0.2 * r)
            path = QPainterPath(QPointF(r * 0.55, base))
            path.cubicTo(
                QPointF(r * 0.8, base + depth),
                QPointF(r * 1.2, base + depth),
                QPointF(r * 1.45, base),
            )
            p.drawPath(path)
    p.end()
    return QIcon(pixmap)


class BalanceSheetPage(QWidget):
    key = "balance_sheet"
    round_dependent = True

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, 6)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(False)
        self.table.setIconSize(QSize(22, 22))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.rule_note = QLabel()
        self.rule_note.setWordWrap(True)
        self.rule_button = QPushButton(self.tr("Rule…"))
        self.rule_button.setToolTip(self.tr("How a row's status follows from its scores"))
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.rule_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addWidget(self.rule_note)
        self.host: PageHost | None = None

    def title(self) -> str:
        return self.tr("Balance sheet")

    def widget(self) -> QWidget:
        return self

    def connect_host(self, host: PageHost) -> None:
        self.host = host
        self.rule_button.clicked.connect(self.edit_rule)

    def loaded(self, host: PageHost) -> None:
        pass

    # --- drawing -----------------------------------------------------------------------

    def status_text(self, status: str) -> str:
        return {
            "good": self.tr("good"),
            "mixed": self.tr("mixed"),
            "poor": self.tr("poor"),
            "none": self.tr("not enough data"),
        }[status]

    def change_text(self, row: Row) -> str:
        if row.change is None or row.direction is None:
            return "–"
        words = {
            "up": self.tr("better"),
            "down": self.tr("worse"),
            "same": self.tr("about the same"),
        }
        return f"{signed(float(row.change))} {words[row.direction]}"

    def rests_on(self, host: PageHost, sheet: Sheet, row: Row) -> str:
        lang, result = host.ctx.lang, host.current()
        parts = []
        for u in row.used:
            # a risk's label is a sentence: no "werk.: 3,00"
            name = sheet.name(result, u.group, u.code, lang).rstrip(".") if result else u.code
            if u.value is None:
                parts.append(
                    self.tr("%1 (n = %2, too few)").replace("%1", name).replace("%2", str(u.n))
                )
            else:
                mark = self.tr(", risk, counted as 6 − mean") if u.risk else ""
                parts.append(f"{name}: {f(u.value)} (n = {u.n}{mark})")
        if not parts:
            parts.append(self.tr("no scores with enough answers"))
        figures = []
        for fig in row.figures:
            name = FIGURE_BY_CODE[fig.code].name(lang)
            if fig.held_back:
                figures.append(self.tr("%1: held back").replace("%1", name))
            elif fig.value is not None:
                figures.append(f"{name}: {format_figure(fig.value, lang)}")
        return "; ".join(parts) + ("\n" + "; ".join(figures) if figures else "")

    def draw(self, host: PageHost) -> None:
        from pps_monitor.services.balance import balance_sheet

        results, index = host.results(), host.current_index()
        if not results or index < 0:
            self.table.setRowCount(0)
            return
        rule = host.data_item("balance_rule")
        figures = host.data_item("key_figures") or {}
        k = scoring(host).min_round
        groups = host.data_item("balance_groups")
        sheet = balance_sheet(results, index, figures, rule, k, groups) if rule else None
        if sheet is None:
            return
        self.intro.setText(
            self.tr(
                "The balance of round %1, modelled on the pilots' evaluation. Each row rests on "
                "the scores and key figures named beside it."
            ).replace("%1", sheet.label)
        )
        since = (
            self.tr("Since %1").replace("%1", sheet.previous_label)
            if sheet.previous_label
            else self.tr("Change")
        )
        self.table.setHorizontalHeaderLabels(
            ["", self.tr("Status"), self.tr("Score"), "n", since, self.tr("Rests on")]
        )
        self._fill(host, sheet)
        method = self.tr("the mean") if rule.method == "mean" else self.tr("the lowest")
        self.rule_note.setText(
            self.tr(
                "Rule: %1 of the scores a row rests on; from %2 good, from %3 mixed, below "
                "that poor. A score counts only with at least %4 answers in its group."
            )
            .replace("%1", method)
            .replace("%2", f(rule.good))
            .replace("%3", f(rule.mixed))
            .replace("%4", str(k))
        )

    def _fill(self, host: PageHost, sheet: Sheet) -> None:
        table, lang, rows = self.table, host.ctx.lang, sheet.rows
        table.clearSpans()
        groups = [
            (self.tr("Value"), [r for r in rows if not r.spec.principle]),
            (self.tr("Design principles"), [r for r in rows if r.spec.principle]),
        ]
        table.setRowCount(sum(len(g) + 1 for _, g in groups))
        k = 0
        for heading, members in groups:
            item = QTableWidgetItem(heading)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            table.setItem(k, 0, item)
            table.setSpan(k, 0, 1, 6)
            k += 1
            for r in members:
                cells: list[Any] = [
                    QTableWidgetItem(r.spec.name(lang)),
                    QTableWidgetItem(face_icon(r.status), self.status_text(r.status)),
                    QTableWidgetItem(f(None if r.score is None else float(r.score))),
                    QTableWidgetItem("–" if r.n is None else str(r.n)),
                    QTableWidgetItem(self.change_text(r)),
                    QTableWidgetItem(self.rests_on(host, sheet, r)),
                ]
                for col, cell in enumerate(cells):
                    if col in (2, 3):
                        cell.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    table.setItem(k, col, cell)
                k += 1
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        for row in range(table.rowCount()):  # room around the faces and two-line cells
            table.setRowHeight(row, max(table.rowHeight(row) + 8, 30))

    # --- the rule ----------------------------------------------------------------------

    def edit_rule(self) -> None:
        from PySide6.QtWidgets import QDialog

        from pps_monitor.services import balance
        from pps_monitor.ui.common.errors import show_error
        from pps_monitor.ui.results.balance_rule_dialog import BalanceRuleDialog

        host = self.host
        current = host.current() if host else None
        if host is None or current is None:
            return
        pid = current.round["partnership_id"]
        dialog = BalanceRuleDialog(self, balance.get_rule(host.ctx.db, pid))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            balance.set_rule(host.ctx.db, pid, **dialog.values())
        except Exception as exc:
            show_error(self, exc)
            return
        host.ctx.hub.partnership_changed.emit(pid)
