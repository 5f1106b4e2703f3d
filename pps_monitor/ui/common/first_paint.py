"""Wait for the first paint of a widget, but never for ever (issue 15, a fast start).

The main window opens its database only after the partnership list has painted, so the
first paint shows the list at once. A widget that never paints (a minimised start, a list
given no room) must not keep the database closed: once the window has been shown, the
wait ends after ``WAIT_MS`` without a paint too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

WAIT_MS = 1000  # after the window was shown, how long to wait for the paint


class FirstPaint(QObject):
    """Calls ``done`` once: at the first paint of ``watched``, or ``WAIT_MS`` after
    ``window`` was first shown without that paint."""

    def __init__(self, window: QWidget, watched: QWidget, done: Callable[[], None]) -> None:
        super().__init__(window)
        self._watched, self._done = watched, done
        self._timer: QTimer | None = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WAIT_MS)
        self._timer.timeout.connect(self._finish)
        watched.installEventFilter(self)
        window.installEventFilter(self)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._watched:
            self._finish()
        elif (
            event.type() == QEvent.Type.Show
            and watched is self._window
            and self._timer is not None
            and not self._timer.isActive()
        ):
            self._timer.start()  # the paint may never come
        return False

    def _finish(self) -> None:
        if self._timer is None:
            return  # already done
        self._timer.stop()
        self._timer = None
        self._watched.removeEventFilter(self)
        self._window.removeEventFilter(self)
        self._done()
