"""A layout that wraps its widgets onto a new line when the row is full.

Used for rows of buttons: a long Dutch row would otherwise force the window wider than
a 1366 x 768 laptop screen (Qt's own "flow layout" example, right-aligned).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # Qt asks for the sizes many times per layout pass (each a font-metrics walk over
        # every button); kept until Qt invalidates the layout (a button added, shown,
        # hidden or retitled). Switching partnership built 18 of these rows.
        self._minimum: QSize | None = None
        self._hints: dict[int, QSize] = {}
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def invalidate(self) -> None:
        self._minimum = None
        self._hints = {}
        super().invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        if self._minimum is None:
            size = QSize()
            for item in self._items:
                size = size.expandedTo(item.minimumSize())
            margins = self.contentsMargins()
            extra = QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
            self._minimum = size + extra
        return QSize(self._minimum)

    def _hint(self, item: QLayoutItem) -> QSize:
        key = id(item)
        if key not in self._hints:
            self._hints[key] = item.sizeHint()
        return self._hints[key]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            w = self._hint(item).width()
            if rows[-1] and used + self._spacing + w > width:
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + w
            rows[-1].append(item)
        return rows

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        for row in self._rows(area.width()):
            height = max((self._hint(item).height() for item in row), default=0)
            width = sum(self._hint(item).width() for item in row)
            x = area.right() + 1 - width - self._spacing * max(len(row) - 1, 0)
            for item in row:
                if move:
                    item.setGeometry(QRect(QPoint(max(x, area.x()), y), self._hint(item)))
                x += self._hint(item).width() + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + margins.bottom() if self._items else 0
