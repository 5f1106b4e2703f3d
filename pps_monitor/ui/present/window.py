"""Present mode: a round's results full screen for a projector, one key per view.

Space, Right or Page Down show the next view; Left, Page Up or Backspace the one before;
Escape leaves. Type is at least 24 pt at 1920 × 1080 and the chart fills the screen. The
results are computed in the background (ui.common.results_loader), never on the GUI
thread; views the data does not support (trends of a single round) are left out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from pps_monitor.ui.common import labels
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.results_loader import results_for
from pps_monitor.ui.present.views import MIN_PT, Texts, View, build_views

HEADING_PT = 32
NEXT_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down)
BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up)


def _sized(label: QLabel, points: int, bold: bool = False) -> QLabel:
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class PresentWindow(QWidget):
    """Full-screen results of one round; ``left`` is emitted when it closes."""

    left = Signal()

    def __init__(
        self,
        ctx: AppContext,
        partnership_id: str,
        round_id: str | None,
        parent: QWidget | None = None,
        *,
        heading: str = "",
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.pid, self.round_id = ctx, partnership_id, round_id
        self.setWindowTitle(self.tr("PPS Monitor – present"))
        self.setStyleSheet("PresentWindow { background: white; } QLabel { color: black; }")
        self.setAutoFillBackground(True)
        self.views: list[View] = []
        self.index = 0
        self._figure: Any = None
        self._canvas: Any = None
        self._heading_text = heading
        self.heading = _sized(QLabel(heading), HEADING_PT, True)
        self.message = _sized(QLabel(self.tr("Computing the results…")), MIN_PT + 4)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.footer = _sized(QLabel(), MIN_PT)
        self.footer.setStyleSheet("color: #333333;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.footer)
        self.loaded = False
        results_for(ctx, partnership_id, self, self._on_loaded)

    # --- data ------------------------------------------------------------------------

    def _texts(self) -> Texts:
        return Texts(
            radar=self.tr("Scores per dimension"),
            trends=self.tr("Trends: %1"),
            risks=self.tr("Risk factors (higher means more risk)"),
            balance=self.tr("Contract–relational balance"),
            too_few=self.tr(
                "n = %1: too few answers to show results (minimum %2). "
                "Results appear once %3 more partners have answered."
            ),
            balance_labels=(
                self.tr("relational ahead of contract"),
                self.tr("contract ahead of relational"),
            ),
            band_labels={name: labels.band(name) for name in ("concern", "attention", "strength")},
            network=self.tr("Collaboration between organisations"),
        )

    def _on_loaded(self, data: dict[str, Any]) -> None:
        settings = data.get("settings") or self.ctx.settings.scoring()  # the partnership's
        self.views = build_views(
            data,
            self.round_id,
            self.ctx.lang,
            min_group=settings.min_round,
            bands=(settings.attention, settings.strength),
            level=settings.level,
            texts=self._texts(),
        )
        results = data["results"]
        chosen = next((r for r in results if r.round["id"] == self.round_id), None)
        if chosen is None and results:
            chosen = results[-1]
        if chosen is not None and not self._heading_text:
            self._heading_text = chosen.label
        self.loaded = True
        if not self.views:
            self.message.setText(self.tr("This partnership has no results yet."))
            self.footer.setText(self.tr("Escape: leave"))
            return
        self.show_view(0)

    # --- views -----------------------------------------------------------------------

    def _ensure_canvas(self) -> Any:
        if self._canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self._figure = Figure(dpi=100)
            self._figure.set_facecolor("white")
            self._canvas = FigureCanvasQTAgg(self._figure)
            self._canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.stack.addWidget(self._canvas)
        return self._canvas

    def show_view(self, index: int) -> None:
        if not self.views:
            return
        self.index = max(0, min(index, len(self.views) - 1))
        view = self.views[self.index]
        title = view.title if view.key != "too-few" else ""
        self.heading.setText(" – ".join(t for t in (self._heading_text, title) if t))
        if view.builder is None:
            self.message.setText(view.message)
            self.stack.setCurrentWidget(self.message)
        else:
            canvas = self._ensure_canvas()
            view.builder(self._figure)  # laid out for the projector (views.enlarge)
            self.stack.setCurrentWidget(canvas)
            canvas.draw_idle()
        steps = (
            self.tr("%1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.views)))
        )
        self.footer.setText(
            steps + "   ·   " + self.tr("Space: next   ·   Left: back   ·   Escape: leave")
        )

    def next_view(self) -> None:
        self.show_view(self.index + 1)

    def previous_view(self) -> None:
        self.show_view(self.index - 1)

    @property
    def current_key(self) -> str | None:
        return self.views[self.index].key if self.views else None

    # --- keys ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.next_view()
        elif key in BACK_KEYS:
            self.previous_view()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        self.left.emit()
        super().closeEvent(event)
