"""A keyboard focus you can see from across a meeting room.

The platform styles mark the focused control with a faint one-pixel line (Fusion) or
nothing at all; this proxy style draws a two-pixel ring in a dark blue that stands out on
white, grey and the selection colour, on every control: buttons, radio buttons (the
"About you" page), check boxes, tabs, list and table cells.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

RING = QColor("#0b3d91")
WIDTH = 2

# Controls whose own drawing shows no focus ring of ours: draw it around them.
_RINGED = (
    QStyle.ControlElement.CE_PushButton,
    QStyle.ControlElement.CE_ToolButtonLabel,
)


class FocusStyle(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            ring(painter, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        state = option.state
        if element in _RINGED and state & QStyle.StateFlag.State_HasFocus:
            ring(painter, option.rect.adjusted(1, 1, -1, -1))


def ring(painter: QPainter, rect: Any) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(RING, WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
    painter.restore()


def install_focus_style(app: Any) -> None:
    """Wrap the application's style (whatever the platform gave it) in FocusStyle."""
    if not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle(app.style().name()))
