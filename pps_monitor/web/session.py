"""A phone session: the questionnaire of one round served on the room's network.

    session = PhoneSession(db_path, round_id, lang="nl")
    session.start()              # raises NetworkError / PpsError in plain words
    session.join_url             # http://192.168.1.20:8642/r/K7QF-2MX9
    session.count                # questionnaires stored from phones (never who)
    session.close()              # stop; late phones see "this round is closed"

uvicorn runs in a worker thread with its own event loop; every database call runs on
one database thread. Nothing here imports Qt, so the app and ``pps-monitor serve``
share it.
"""

from __future__ import annotations

import io
import socket
import threading
import time
from concurrent.futures import Future
from pathlib import Path
from types import TracebackType

import segno
import uvicorn
from sqlite_utils import Database

from pps_monitor.errors import PpsError
from pps_monitor.web.app import create_app
from pps_monitor.web.network import NetworkError, lan_address, open_socket
from pps_monitor.web.room import Room
from pps_monitor.web.store import (
    DatabaseThread,
    RoundClosedError,
    RoundInfo,
    Submission,
    load_round,
    store_questionnaires,
)

DEFAULT_PORT = 8642  # fixed, so IT can open it in a firewall
START_TIMEOUT_S = 10


class PhoneSession:
    """Serve one round's questionnaire to phones until ``close()``."""

    def __init__(
        self,
        db_path: str | Path,
        round_id: str,
        *,
        group: str = "partners",
        host: str | None = None,
        port: int = DEFAULT_PORT,
        lang: str = "nl",
    ) -> None:
        self.db_path = Path(db_path)
        self.round_id = round_id
        self.group = group
        self.host = host  # None: the laptop's address on its current network
        self.port = port
        self.lang = lang if lang in ("nl", "en") else "nl"
        self.room = Room()
        self.info: RoundInfo | None = None
        self._db: DatabaseThread | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._stopped = False
        self._pending: list[tuple[Submission, str | None, Future[str]]] = []

    # --- what the projector and the terminal show ----------------------------------

    @property
    def room_code(self) -> str:
        return self.room.code

    @property
    def join_url(self) -> str:
        host = f"[{self.host}]" if self.host and ":" in self.host else self.host
        return f"http://{host}:{self.port}/r/{self.room.code}"

    @property
    def count(self) -> int:
        """Questionnaires stored from phones in this session (never who). Poll it."""
        return self.room.count

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stopped

    @property
    def closed(self) -> bool:
        return self.room.closed

    def qr_terminal(self) -> str:
        """The join address as a QR code drawn with characters, for a terminal."""
        out = io.StringIO()
        segno.make(self.join_url, error="m").terminal(out=out, compact=True, border=2)
        return out.getvalue()

    def qr_png(self, path: str | Path | None = None, *, scale: int = 12) -> bytes:
        """The join address as a PNG QR code (also written to ``path`` when given)."""
        buf = io.BytesIO()
        segno.make(self.join_url, error="m").save(buf, kind="png", scale=scale, border=4)
        data = buf.getvalue()
        if path is not None:
            Path(path).write_bytes(data)
        return data

    # --- start and stop ------------------------------------------------------------

    def start(self) -> str:
        """Open the port and serve; return the join address. Raises a PpsError whose
        text can be shown as it is (no network, port in use, round closed...)."""
        if self._thread is not None:
            raise PpsError("This phone session was already started.")
        if self.host is None:
            self.host = lan_address()
        db = DatabaseThread(self.db_path)
        try:
            self.info = db.run(load_round, self.round_id, self.group)
            self.round_id = self.info.round_id  # the group's own part of the round
            sock = open_socket(self.host, self.port)
        except BaseException:
            db.close()
            raise
        self._db, self._sock = db, sock
        self.port = int(sock.getsockname()[1])
        hosts = [self.host, "localhost"] if self.host.startswith("127.") else [self.host]
        app = create_app(self.info, self.room, self._save, lang=self.lang, allowed_hosts=hosts)
        config = uvicorn.Config(
            app,
            lifespan="off",
            log_config=None,  # leave the app's logging alone
            log_level="warning",
            access_log=False,  # an access log would record phones' addresses and times
            proxy_headers=False,  # no proxy in front: never trust X-Forwarded-* headers
            server_header=False,
            date_header=False,
            timeout_graceful_shutdown=5,
            limit_concurrency=500,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [sock]},
            name="pps-phones-http",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self._stop()
                raise NetworkError(f"The phone server could not start on {self.host}:{self.port}.")
            time.sleep(0.01)
        return self.join_url

    def _save(self, q: Submission, replaces: str | None) -> Future[str]:
        """Queue a questionnaire (or a tie set) for the database thread; the future
        resolves once it is committed (only then does the phone hear "sent")."""
        assert self._db is not None
        future: Future[str] = Future()
        with self._lock:
            self._pending.append((q, replaces, future))
        self._db.call(self._flush)
        return future

    def _flush(self, db: Database) -> None:
        """On the database thread: write every questionnaire (and tie set) queued so far
        at once."""
        with self._lock:
            batch, self._pending = self._pending, []
        if not batch:
            return  # an earlier flush took them
        if self.room.closed:
            for _, _, future in batch:
                future.set_exception(RoundClosedError("closed"))
            return
        try:
            results = store_questionnaires(db, self.round_id, [(q, r) for q, r, _ in batch])
        except Exception as exc:  # the transaction failed: none of them is stored
            for _, _, future in batch:
                future.set_exception(exc)
            return
        for (_, _, future), result in zip(batch, results, strict=True):
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)

    def close(self, linger: float = 0.0) -> None:
        """Close the session: every later request sees "this round is closed", the
        token map is dropped, and the server stops (after ``linger`` seconds, so that
        phones still on the page are told rather than finding no server). Answers
        already acknowledged are in the database; the round itself stays open."""
        self.room.close()
        if linger > 0:
            timer = threading.Timer(linger, self._stop)
            timer.daemon = True
            timer.start()
        else:
            self._stop()

    def _stop(self) -> None:
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)
        if self._sock is not None:
            self._sock.close()
        if self._db is not None:
            self._db.close()

    def wait_stopped(self, timeout: float | None = None) -> bool:
        """Wait for the server thread to end (after ``close(linger=...)``)."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not (self._thread is not None and self._thread.is_alive())

    def __enter__(self) -> PhoneSession:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
