"""The projector screen of a phone round: how to join, and how many have answered.

A large QR code, the address typed out, the room code, a live count of questionnaires
sent from phones (never who), one sentence on plain HTTP, and "Close and show results".
The count is polled from the session (a plain attribute, updated by the server thread).
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

POLL_MS = 1000
LINGER_S = 30.0  # the server answers "this round is closed" this long after closing


class Session(Protocol):
    """What the projector needs of a phone session (web.session.PhoneSession)."""

    @property
    def join_url(self) -> str: ...
    @property
    def room_code(self) -> str: ...
    @property
    def count(self) -> int: ...
    def start(self) -> str: ...
    def qr_png(self, path: Any = None, *, scale: int = 12) -> bytes: ...
    def close(self, linger: float = 0.0) -> None: ...


def _font(widget: QWidget, points: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)


class ProjectorWindow(QWidget):
    """Emits ``finished(show_results)`` once the session is closed."""

    finished = Signal(bool)

    def __init__(
        self,
        session: Session,
        partnership: str,
        round_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.closed = False
        # Shows no figure: it may stay visible beside meeting mode on a second screen.
        self.setProperty("safe_during_meeting", True)
        self.setWindowTitle(self.tr("PPS Monitor – answer on phones"))
        self.setObjectName("projector")
        self.setStyleSheet(
            "#projector { background: white; } #projector QLabel { color: black; }"
            " QLabel#warning { color: #5a3000; }"
        )
        self.setAutoFillBackground(True)

        title = self._build_intro(partnership, round_label)
        self._build_qr(session)
        address_caption, code_caption = self._build_details(session)
        self._build_buttons()
        self._lay_out(title, address_caption, code_caption)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh_count)
        self.timer.start()
        self.refresh_count()

    # --- building ----------------------------------------------------------------------

    def _build_intro(self, partnership: str, round_label: str) -> QLabel:
        """The title (returned) and the three steps."""
        title = QLabel(f"{partnership} – {round_label}")
        _font(title, 32, True)
        title.setWordWrap(True)
        self.steps = QLabel(
            self.tr(
                "1. Connect your phone to the same Wi-Fi as this laptop.\n"
                "2. Scan the code with your camera, or type the address.\n"
                "3. Answer and press Send. Nobody sees what you answered."
            )
        )
        _font(self.steps, 24)
        self.steps.setWordWrap(True)
        return title

    def _build_qr(self, session: Session) -> None:
        self._png = session.qr_png(scale=16)
        self._qr_pixmap = QPixmap()
        self._qr_pixmap.loadFromData(self._png, "PNG")
        self.qr = QLabel()
        self.qr.setObjectName("qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(240, 240)
        self.qr.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.qr.setAccessibleName(self.tr("QR code of the address"))

    def _build_details(self, session: Session) -> tuple[QLabel, QLabel]:
        """Address, room code, count and warning; returns the two captions."""
        address_caption = QLabel(self.tr("Address"))
        _font(address_caption, 24)
        self.address = QLabel(session.join_url)
        self.address.setObjectName("address")
        _font(self.address, 34, True)
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_caption = QLabel(self.tr("Room code"))
        _font(code_caption, 24)
        self.code = QLabel(session.room_code)
        self.code.setObjectName("roomCode")
        _font(self.code, 40, True)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        _font(self.count_label, 40, True)
        self.count_label.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "Plain HTTP is not encrypted: others on the same Wi-Fi could read the answers, "
                "so use your own phone's hotspot with a fresh password."
            )
        )
        self.warning.setObjectName("warning")
        _font(self.warning, 24)
        self.warning.setWordWrap(True)
        return address_caption, code_caption

    def _build_buttons(self) -> None:
        self.close_button = QPushButton(self.tr("Close and show results"))
        _font(self.close_button, 24, True)
        self.close_button.setMinimumHeight(72)
        self.close_button.clicked.connect(self.close_and_show)
        self.full_button = QPushButton(self.tr("Full screen (F11)"))
        _font(self.full_button, 20)
        self.full_button.setMinimumHeight(72)
        self.full_button.clicked.connect(self.toggle_full_screen)

    def _lay_out(self, title: QLabel, address_caption: QLabel, code_caption: QLabel) -> None:
        side = QVBoxLayout()
        side.addWidget(self.steps)
        side.addSpacing(16)
        side.addWidget(address_caption)
        side.addWidget(self.address)
        side.addSpacing(12)
        side.addWidget(code_caption)
        side.addWidget(self.code)
        side.addSpacing(12)
        side.addWidget(self.count_label)
        side.addStretch(1)
        body = QGridLayout()
        body.addWidget(self.qr, 0, 0)
        body.addLayout(side, 0, 1)
        body.setColumnStretch(0, 5)
        body.setColumnStretch(1, 6)
        buttons = QHBoxLayout()
        buttons.addWidget(self.warning, 1)
        buttons.addWidget(self.full_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addWidget(title)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

    # --- showing ---------------------------------------------------------------------

    def refresh_count(self) -> None:
        n = self.session.count
        self.count_label.setText(
            self.tr("1 questionnaire sent")
            if n == 1
            else self.tr("%1 questionnaires sent").replace("%1", str(n))
        )

    def _fit_qr(self) -> None:
        side = min(self.qr.width(), self.qr.height())
        if side > 0 and not self._qr_pixmap.isNull():
            # Whole modules only, never smoothed: a blurred QR code scans badly.
            self.qr.setPixmap(
                self._qr_pixmap.scaled(
                    side,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,
                )
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_qr)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            QTimer.singleShot(0, self._fit_qr)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_qr)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)

    # --- closing ---------------------------------------------------------------------

    def _close_session(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.timer.stop()
        self.refresh_count()
        self.session.close(linger=LINGER_S)

    def close_and_show(self) -> None:
        """Stop taking answers, then show the round's results (Present mode)."""
        self._close_session()
        self.finished.emit(True)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.closed:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "Stop answering on phones? Every questionnaire already sent is kept; "
                    "the round stays open."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self._close_session()
            self.finished.emit(False)
        event.accept()
