"""A ``-wal`` file is checked on a copy before SQLite may replay it (issue 14).

SQLite replays whatever ``-wal`` file lies next to a database when it opens it, and
writes those pages into the database at the next checkpoint; nothing in the log says
which database it belongs to. PPS Monitor checkpoints (TRUNCATE) after every write, so a
log with pages is left only by an interrupted write, or is another file's log put
there by mistake. Before the real open, the database and its log are copied to a
temporary folder and the copy is opened and checked whole (``integrity_check``, and
that it is still a PPS Monitor database). A log that does not fit is refused, and the
database and the log stay exactly as they were.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from pps_monitor.errors import DatabaseError


def check_wal_on_copy(path: Path, application_id: int) -> None:
    """Refuse (DatabaseError, plain words) when ``path``'s ``-wal`` does not belong to it."""
    wal = Path(f"{path}-wal")
    before = _stat(wal)
    with tempfile.TemporaryDirectory(prefix="pps-wal-check-") as folder:
        copy = Path(folder) / "check.sqlite"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        except OSError:
            return  # cannot copy (no room, gone meanwhile): the normal open decides
        problem = _problem(copy, application_id)
    if problem:
        # A log that changes is another program's write under way, not a stray file:
        # the normal open waits for it (busy timeout).
        time.sleep(SETTLE_S)
        if _stat(wal) != before:
            return
        raise DatabaseError(
            f"The file {wal.name} next to {path.name} does not belong to it or is damaged "
            f"({problem}). If no other program has the database open, move {wal.name} out "
            "of that folder and open the database again; neither file has been changed."
        )


SETTLE_S = 0.3  # how long a log must stay unchanged to be taken as left behind


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def _problem(copy: Path, application_id: int) -> str | None:
    try:
        conn = sqlite3.connect(copy)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                return str(check)
            if conn.execute("PRAGMA application_id").fetchone()[0] not in (0, application_id):
                return "it belongs to another program's database"
            return None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
