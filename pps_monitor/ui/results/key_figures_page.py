"""The key figures over the rounds, one column per round (a trend beside the scores).

Outcomes of workers (left, still employed) are held back while fewer than the round
minimum of workers started: the cell says so, it is never silently empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.domain.key_figures import KEY_FIGURES, held_back
from pps_monitor.i18n import format_figure
from pps_monitor.ui.results.page import PageHost, scoring

if TYPE_CHECKING:
    from pps_monitor.ui.common.chart_canvas import ChartCanvas


class KeyFiguresPage(QWidget):
    key = "key_figures"
    round_dependent = False

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.table, 2)
        self.box.addWidget(self.note)
        self._canvas: ChartCanvas | None = None

    @property
    def canvas(self) -> ChartCanvas:
        """The trend chart below the table, made when first drawn (it loads matplotlib)."""
        if self._canvas is None:
            from pps_monitor.ui.common.chart_canvas import ChartCanvas

            self._canvas = ChartCanvas()
            self.box.insertWidget(1, self._canvas, 3)
        return self._canvas

    def title(self) -> str:
        return self.tr("Key figures")

    def widget(self) -> QWidget:
        return self

    def connect_host(self, host: PageHost) -> None:
        pass

    def loaded(self, host: PageHost) -> None:
        pass

    def draw(self, host: PageHost) -> None:
        results, lang = host.results(), host.ctx.lang
        recorded = host.data_item("key_figures") or {}
        k = scoring(host).min_round
        table = self.table
        table.setColumnCount(len(results))
        table.setRowCount(len(KEY_FIGURES))
        table.setHorizontalHeaderLabels([r.label for r in results])
        table.setVerticalHeaderLabels([fig.name(lang) for fig in KEY_FIGURES])
        held_any = False
        for row, fig in enumerate(KEY_FIGURES):
            table.verticalHeaderItem(row).setToolTip(fig.definition(lang))
            for col, r in enumerate(results):
                values = recorded.get(r.round["id"], {})
                if held_back(values, fig.code, k):
                    held_any = True
                    text = self.tr("held back")
                else:
                    value = values.get(fig.code)
                    text = "–" if value is None else format_figure(value, lang)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        texts = [
            self.tr(
                "Facts the coordinator recorded for each round (Rounds tab, Key figures…), "
                "counted since the round before; – is not recorded."
            )
        ]
        if held_any:
            texts.append(
                self.tr(
                    "Held back: what happened to workers is not shown while fewer than %1 "
                    "workers started; with so few, a figure tells about a person."
                ).replace("%1", str(k))
            )
        self.note.setText(" ".join(texts))
        self._chart(host, recorded, k)

    def _chart(self, host: PageHost, recorded: dict[str, Any], k: int) -> None:
        from pps_monitor.charts.key_figures import key_figures_figure
        from pps_monitor.domain.key_figures import shown_value

        results, lang = host.results(), host.ctx.lang
        labels = [r.label for r in results]
        panels = [
            (
                fig.name(lang),
                [shown_value(recorded.get(r.round["id"], {}), fig.code, k) for r in results],
            )
            for fig in KEY_FIGURES
        ]
        key = repr((labels, panels, lang))
        self.canvas.show_chart(
            lambda figure: key_figures_figure(labels, panels, fig=figure, lang=lang), key=key
        )
