"""The lock of meeting mode: while one laptop is passed round, nothing but the
questionnaire can be seen or used.

The main window stays open (it refuses to close) but is disabled, its actions are off
and its whole surface is covered by a blank sheet, so Alt+Tab shows no results; every
other window of the app is hidden, and a window that tries to appear (a dialog of the
main window, a second results window) is hidden again at once. Only the meeting window
and its own dialogs (the coordinator's code) are left. ``release()`` restores it all.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

_GUARDED = (QEvent.Type.Show, QEvent.Type.WindowActivate)


class MeetingLock(QObject):
    def __init__(self, main: QWidget, meeting: QWidget) -> None:
        super().__init__(meeting)
        self.main, self.meeting = main, meeting
        self.engaged = False
        self.cover: QLabel | None = None
        self._hidden: list[QWidget] = []
        self._actions: list[QAction] = []

    def engage(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._hidden = [
            w
            for w in app.topLevelWidgets()
            if w.isVisible() and w is not self.main and not self._belongs(w)
        ]
        for w in self._hidden:
            w.hide()
        self._actions = [a for a in self.main.findChildren(QAction) if a.isEnabled()]
        for action in self._actions:
            action.setEnabled(False)
        self.main.setEnabled(False)
        self.cover = QLabel(
            self.tr("Meeting mode is running. The coordinator ends it with the meeting code."),
            self.main,
        )
        self.cover.setObjectName("meetingCover")
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover.setWordWrap(True)
        self.cover.setAutoFillBackground(True)
        self._fit_cover()
        self.cover.show()
        self.cover.raise_()
        self.main.installEventFilter(self)
        app.installEventFilter(self)
        self.engaged = True

    def release(self) -> None:
        if not self.engaged:
            return
        self.engaged = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if shiboken6.isValid(self.main):
            self.main.removeEventFilter(self)
            self.main.setEnabled(True)
        if self.cover is not None and shiboken6.isValid(self.cover):
            self.cover.hide()
            self.cover.deleteLater()
        self.cover = None
        for action in self._actions:
            if shiboken6.isValid(action):
                action.setEnabled(True)
        for w in self._hidden:
            if shiboken6.isValid(w):
                w.show()
        self._actions, self._hidden = [], []

    # --- keeping it locked ------------------------------------------------------------

    def _belongs(self, widget: QWidget) -> bool:
        """The meeting window itself, its dialogs, tooltips, and windows that show no
        figure and say so (``safe_during_meeting``: the phones' projector) may be shown."""
        if widget.property("safe_during_meeting"):
            return True
        if widget.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
            return self.meeting.isAncestorOf(widget) or widget.parentWidget() is None
        w: QWidget | None = widget
        while w is not None:
            if w is self.meeting:
                return True
            w = w.parentWidget()
        return False

    def _fit_cover(self) -> None:
        if self.cover is not None:
            self.cover.setGeometry(self.main.rect())
            self.cover.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.engaged or not isinstance(watched, QWidget):
            return False
        if watched is self.main and event.type() == QEvent.Type.Resize:
            self._fit_cover()
        if event.type() in _GUARDED and watched.isWindow() and not self._belongs(watched):
            if watched is self.main:
                # Brought to the front (Alt+Tab, a click): the questionnaire goes back on top.
                QTimer.singleShot(0, self._back_to_meeting)
            else:
                QTimer.singleShot(0, lambda w=watched: _hide(w))
        return False

    def _back_to_meeting(self) -> None:
        if self.engaged and shiboken6.isValid(self.meeting):
            if QGuiApplication.platformName() != "offscreen":  # it cannot stack windows
                self.meeting.raise_()
            self.meeting.activateWindow()


def _hide(widget: QWidget) -> None:
    if shiboken6.isValid(widget):
        widget.hide()
