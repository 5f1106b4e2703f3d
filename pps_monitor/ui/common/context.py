"""What every part of the main window shares: the open database and the preferences."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from sqlite_utils import Database

    from pps_monitor.ui.common.settings import Settings


class AppContext:
    """A plain class, not a dataclass: importing dataclasses costs start-up time."""

    def __init__(
        self, db: Database | None, db_path: Path, settings: Settings, undo: QUndoStack
    ) -> None:
        self.db = db
        self.db_path = db_path
        self.settings = settings
        self.undo = undo
        self._results: dict[str, tuple[tuple[int, int, object], object]] = {}

    def data_stamp(self) -> tuple[int, int]:
        """Changes whenever anything is written: by this connection (total_changes) or by
        any other one, such as a worker or another program (PRAGMA data_version)."""
        if self.db is None:
            return (-1, -1)
        return (self.db.execute("PRAGMA data_version").fetchone()[0], self.db.conn.total_changes)

    def cached_results(self, partnership_id: str, settings_key: object) -> object | None:
        entry = self._results.get(partnership_id)
        if entry and entry[0] == (*self.data_stamp(), settings_key):
            return entry[1]
        return None

    def cache_results(
        self, partnership_id: str, settings_key: object, stamp: tuple[int, int], data: object
    ) -> None:
        self._results[partnership_id] = ((*stamp, settings_key), data)

    @property
    def lang(self) -> str:
        return self.settings.language
