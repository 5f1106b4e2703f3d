"""Run slow work off the GUI thread (in the style of Anki's QueryOp).

    BackgroundOp(op=compute, success=self._show).with_progress(self.tr("Scoring…")).run(self)

``op`` receives a ``progress(done, total, text)`` callback and must not touch any
widget. ``success`` and ``failure`` run on the GUI thread, and only while the parent
widget still exists.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from pps_monitor.ui.common.errors import show_error

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)
    partial = Signal(object)  # a first part of the result (``BackgroundOp.partial``)


# Operations under way. Each is kept alive until its result has been delivered on the
# GUI thread: dropping the last reference in the worker would delete the signals QObject
# (and the runnable) on the wrong thread while a queued result is still pending, which
# crashes Qt at the next garbage collection.
_running: set[Any] = set()
# Runnables of finished ops, kept a while longer: their worker may still be returning
# from ``run`` when the GUI thread has already handled the result, and freeing the
# runnable then (at a garbage collection) would pull it from under that thread.
_finished: deque[Any] = deque(maxlen=64)


class _Runnable(QRunnable):
    def __init__(self, op: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.op = op
        self.signals = signals

    def run(self) -> None:
        try:
            try:
                result = self.op(self.signals.progress.emit)
            except BaseException as exc:  # every failure goes back to the GUI thread
                self.signals.failed.emit(exc)
            else:
                self.signals.done.emit(result)
        except RuntimeError:
            pass  # the application is shutting down: nobody is left to tell


class BackgroundOp:
    def __init__(
        self,
        op: Callable[[Progress], Any],
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.op, self.success, self.failure = op, success, failure
        self.label: str | None = None
        self.signals = _Signals()
        self.dialog: Any = None  # QProgressDialog while shown

    def with_progress(self, label: str) -> BackgroundOp:
        """Show a progress dialog (after a short delay) while the op runs."""
        self.label = label
        return self

    def on_progress(self, callback: Callable[[int, int, str], None]) -> BackgroundOp:
        """Report progress to ``callback`` on the GUI thread (for an inline progress bar)."""
        self.signals.progress.connect(callback)
        return self

    def on_partial(self, callback: Callable[[Any], None]) -> BackgroundOp:
        """Give ``callback`` (on the GUI thread) what the op hands to ``partial`` before it
        ends, e.g. a first view while the rest is computed."""
        self.signals.partial.connect(callback, Qt.ConnectionType.QueuedConnection)
        return self

    def partial(self, value: Any) -> None:
        """For the op (in its worker thread): deliver a first part of the result."""
        self.signals.partial.emit(value)

    def run(self, parent: QWidget | None) -> BackgroundOp:
        """Start the op; the callbacks run only while ``parent`` exists (always when None,
        for work shared by several widgets that check their own validity)."""
        if self.label and parent is not None:
            from PySide6.QtWidgets import QProgressDialog

            dialog = QProgressDialog(self.label, "", 0, 0, parent)
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            self.dialog = dialog
            self.signals.progress.connect(self._on_progress)

        def finish() -> None:
            if self.dialog is not None and shiboken6.isValid(self.dialog):
                self.dialog.reset()
                self.dialog.deleteLater()

        def done(result: Any) -> None:
            _finished.append(self._runnable)
            _running.discard(self)
            finish()
            if parent is None or shiboken6.isValid(parent):
                self.success(result)

        def failed(exc: BaseException) -> None:
            _finished.append(self._runnable)
            _running.discard(self)
            finish()
            if parent is not None and not _still_shown(parent):
                # The window that asked for this work is gone or closed: nobody is
                # there to read a message, and a dialog parented to a closing window
                # can abort Qt. The error still reaches the log.
                log.warning("background work failed after its window closed", exc_info=exc)
                return
            if self.failure:
                self.failure(exc)
            elif parent is not None:
                show_error(parent, exc)

        self.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        _running.add(self)
        # The runnable belongs to Python (no auto-delete in the worker thread); it is
        # released with this op on the GUI thread.
        self._runnable = _Runnable(self.op, self.signals)
        self._runnable.setAutoDelete(False)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)
            if text:
                self.dialog.setLabelText(text)


def _still_shown(widget: QWidget) -> bool:
    return shiboken6.isValid(widget) and widget.window().isVisible()


BUSY_DELAY_MS = 150  # quicker work shows no indicator at all


class BusyIndicator(QWidget):
    """A quiet "busy" mark (a small running bar and a word) that appears only when the
    work it stands for takes longer than BUSY_DELAY_MS."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar

        bar = QProgressBar()
        bar.setRange(0, 0)  # indeterminate
        bar.setTextVisible(False)
        bar.setFixedSize(60, 10)
        self.label = QLabel(text)
        self.label.setStyleSheet("color: palette(mid);")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(BUSY_DELAY_MS)
        self.timer.timeout.connect(self.show)
        self.setVisible(False)

    def start(self) -> None:
        """Work began: show the indicator unless it ends within the delay."""
        if self.isHidden() and not self.timer.isActive():
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.hide()

    def active(self) -> bool:
        """Shown, or about to be."""
        return self.timer.isActive() or not self.isHidden()
