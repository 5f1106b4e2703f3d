"""One app at a time: a second launch hands its file to the running app.

The first instance listens on a local socket (QLocalServer; a named pipe on Windows, a
socket in the runtime folder elsewhere) named per user. A second launch
(a double-clicked exchange file, or the menu entry again) connects, sends the path of
its file (or nothing, to bring the window to the front) and exits, so the same database
is never opened by two windows.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1000


def server_name() -> str:
    try:
        user = getpass.getuser()
    except Exception:
        user = "user"
    return "pps-monitor-" + hashlib.sha256(user.encode()).hexdigest()[:12]


def hand_over(path: Path | None, name: str | None = None) -> bool:
    """Send ``path`` to a running instance; True when one took it (then exit)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    message = (str(Path(path).resolve()) if path else "") + "\n"
    socket.write(message.encode("utf-8"))
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """Listens for later launches; ``received`` gives their file path ('' for none)."""

    received = Signal(str)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connection)

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # a stale socket of an app that crashed
        return self.server.listen(self.name)

    def _connection(self) -> None:
        socket = self.server.nextPendingConnection()
        if socket is None:
            return

        def read() -> None:
            if socket.canReadLine():
                line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
                self.received.emit(line)

        # The sender disconnects once it has written; the socket (a child of the server)
        # is freed then, by Qt's event loop.
        socket.disconnected.connect(socket.deleteLater)
        socket.readyRead.connect(read)
        read()


def open_in(window: object, path_text: str) -> None:
    """What the running app does with a handed-over file: bring the window up; open a
    database, or show an exchange file's import preview."""
    window.showNormal()  # type: ignore[attr-defined]
    window.raise_()  # type: ignore[attr-defined]
    window.activateWindow()  # type: ignore[attr-defined]
    if not path_text:
        return
    path = Path(path_text)
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return
    if head == b"SQLite format 3\x00":
        window.switch_database(path)  # type: ignore[attr-defined]
    else:
        window.exchange.import_file(path)  # type: ignore[attr-defined]
