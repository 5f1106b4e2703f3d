"""A phone session without the GUI, for ``pps-monitor serve``: address, room code and
QR code printed in the terminal, a live count, closed by Ctrl+C."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TextIO

from pps_monitor.web.session import DEFAULT_PORT, PhoneSession
from pps_monitor.web.store import find_round_id

PLAIN_HTTP = (
    "Plain HTTP: others on the same Wi-Fi could read answers on their way; use your own "
    "phone hotspot with a fresh password."
)


def serve_in_terminal(
    db_path: str | Path,
    partnership: str,
    round_label: str | None,
    *,
    out: TextIO,
    group: str = "partners",
    host: str | None = None,
    port: int = DEFAULT_PORT,
    lang: str = "nl",
    stop: threading.Event | None = None,
    poll_s: float = 0.5,
) -> int:
    """Serve until Ctrl+C (or ``stop`` is set); return the questionnaires stored.

    Errors the user can fix (no network, port in use, unknown round) are raised as
    PpsError before anything is served."""
    round_id = find_round_id(db_path, partnership, round_label)
    session = PhoneSession(db_path, round_id, group=group, host=host, port=port, lang=lang)
    url = session.start()
    stop = stop or threading.Event()
    try:
        out.write(f"Phones can answer at:  {url}\n")
        out.write(f"Room code:             {session.room_code}\n\n")
        out.write(session.qr_terminal())
        out.write(f"\n{PLAIN_HTTP}\nPress Ctrl+C to close the session.\n\n")
        out.flush()
        shown = -1
        while not stop.is_set():
            if session.count != shown:
                shown = session.count
                out.write(f"Questionnaires sent: {shown}\n")
                out.flush()
            stop.wait(poll_s)
    except KeyboardInterrupt:
        pass
    finally:
        session.close()
    out.write(
        f"Closed. {session.count} questionnaire(s) from phones are stored; "
        "the round is still open.\n"
    )
    out.flush()
    return session.count
