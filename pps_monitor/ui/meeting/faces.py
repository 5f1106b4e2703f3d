"""Smiley faces beside the answer words of an instrument with ``faces`` (the workers').

Drawn with QPainter in the text colour (no emoji font needed, readable in black and
white); the scale's words always stay beside the face, so no answer is a face alone.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

FACE_SIZE = QSize(34, 34)
# How far the mouth's corners rise (+) or fall (-), for the answers 1-5.
SMILE = {1: -1.0, 2: -0.5, 3: 0.0, 4: 0.5, 5: 1.0}


def face_icon(value: int, size: int = 68) -> QIcon:
    """A line-drawn face, sad (1) to happy (5), drawn at twice the shown size."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = QApplication.palette().color(QPalette.ColorRole.ButtonText)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(2.0, size / 16))
    painter.setPen(pen)
    s = float(size)
    painter.drawEllipse(
        QRectF(pen.widthF(), pen.widthF(), s - 2 * pen.widthF(), s - 2 * pen.widthF())
    )
    painter.setBrush(colour)
    for x in (0.35, 0.65):
        painter.drawEllipse(QPointF(s * x, s * 0.38), s * 0.045, s * 0.045)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    bend = SMILE[value] * s * 0.14
    path = QPainterPath(QPointF(s * 0.28, s * 0.66 - bend / 2))
    path.cubicTo(
        QPointF(s * 0.40, s * 0.66 + bend),
        QPointF(s * 0.60, s * 0.66 + bend),
        QPointF(s * 0.72, s * 0.66 - bend / 2),
    )
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)
