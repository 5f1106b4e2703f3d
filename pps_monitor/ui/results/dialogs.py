"""Dialogs of the results: a dimension's answer distribution, the radar full screen."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from pps_monitor.ui.results.format import f


def _distribution(st: Any, scale: list[str], fig: Any) -> Any:
    from pps_monitor.charts.bars import distribution_figure

    return distribution_figure(st.counts, st.dont_know, scale, fig=fig)


class DistributionDialog(QDialog):
    """How each statement of a dimension was answered (counts as given, and scored means)."""

    def __init__(self, parent: QWidget, result: Any, code: str, lang: str) -> None:
        super().__init__(parent)
        from pps_monitor.ui.common.chart_canvas import ChartCanvas

        inst = result.instrument
        dim = inst.dimension_by_code[code]
        self.setWindowTitle(dim.name(lang))
        self.resize(900, 680)
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        self.canvases: dict[str, Any] = {}
        scale = [inst.scale_labels[v](lang) for v in range(1, 6)] + [inst.dont_know(lang)]
        for item in dim.items:
            st = result.scores.items[item.code]
            page = QWidget()
            box = QVBoxLayout(page)
            text = QLabel(
                item.text(lang)
                + (self.tr(" (reverse-worded: scored 6 − answer)") if item.reverse else "")
                + "\n"
                + self.tr("n = %1, mean %2, SD %3, median %4, don't know %5%")
                .replace("%1", str(st.n))
                .replace("%2", f(st.mean))
                .replace("%3", f(st.sd))
                .replace("%4", f(st.median, 1))
                .replace("%5", "–" if st.hidden else f(st.dont_know_pct, 0))
            )
            text.setWordWrap(True)
            box.addWidget(text)
            if st.hidden:  # too few answers: a distribution (and its don't-know count)
                # would let the others' answers be worked out; never drawn as zeros
                held = QLabel(
                    self.tr(
                        "Too few answers to show how often each answer was given "
                        "(with so few, the others' answers could be worked out)."
                    )
                )
                held.setWordWrap(True)
                box.addWidget(held, 1, Qt.AlignmentFlag.AlignTop)
                tabs.addTab(page, item.code)
                continue
            canvas = ChartCanvas()
            canvas.show_chart(partial(_distribution, st, scale))
            self.canvases[item.code] = canvas
            box.addWidget(canvas, 1)
            tabs.addTab(page, item.code)
        layout.addWidget(tabs)


class PresentationWindow(QWidget):
    """The radar chart full screen for the projector; Escape or F11 closes it."""

    def __init__(self, parent: QWidget, builder: Any) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        from pps_monitor.ui.common.chart_canvas import ChartCanvas

        self.setWindowTitle(self.tr("PPS Monitor – results"))
        canvas = ChartCanvas()
        if builder is not None:
            canvas.show_chart(builder)
        layout = QVBoxLayout(self)
        layout.addWidget(canvas)
        for key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(self.close)
            self.addAction(action)
