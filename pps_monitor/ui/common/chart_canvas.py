"""Show a matplotlib Figure in Qt, and save it as PNG or SVG."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pps_monitor.ui.common.errors import show_error

Builder = Callable[[Any], Any]  # draws into the Figure it is given and returns it


class ChartCanvas(QWidget):
    """One FigureCanvasQTAgg (sharp on high-DPI screens) that keeps its Figure: a new chart
    is drawn into the same Figure, which is much faster than a new canvas widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(dpi=100)
        self.figure.set_facecolor("white")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.builder: Builder | None = None
        self.save_button = QPushButton(self.tr("Save chart…"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        body = QVBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.canvas, 1)
        body.addLayout(bar)

    def show_chart(self, builder: Builder) -> None:
        """Draw ``builder``'s chart; it is remembered for presenting and saving."""
        self.builder = builder
        builder(self.figure)
        self.canvas.draw_idle()
        self.save_button.setEnabled(True)

    def save(self) -> None:
        if self.builder is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart"),
            "chart.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += ".svg" if "svg" in chosen.lower() else ".png"
        try:
            self.builder(None).savefig(path, dpi=200)  # a fresh figure at print size
        except (OSError, ValueError) as exc:
            show_error(self, exc)
