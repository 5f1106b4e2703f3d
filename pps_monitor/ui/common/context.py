"""What every part of the main window shares: the open database, preferences, undo, hub."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pps_monitor.errors import PpsError

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from pps_monitor.services.db import Db
    from pps_monitor.services.results_data import ResultsCache
    from pps_monitor.ui.common.hub import Hub
    from pps_monitor.ui.common.settings import Settings


class NoDatabase(PpsError):
    """Raised when a feature asks for the database while none is open."""


class AppContext:
    """A plain class, not a dataclass: importing dataclasses costs start-up time."""

    def __init__(
        self, db_path: Path, settings: Settings, undo: QUndoStack, hub: Hub, cache: ResultsCache
    ) -> None:
        self._db: Db | None = None
        self.db_path = db_path
        self.settings = settings
        self.undo = undo
        self.hub = hub
        self.results = cache

    @property
    def has_db(self) -> bool:
        return self._db is not None

    @property
    def db(self) -> Db:
        """The open database; every feature is built only once one is open."""
        if self._db is None:
            raise NoDatabase("No database is open.")
        return self._db

    @db.setter
    def db(self, db: Db) -> None:
        self._db = db
        self.results.clear()

    def close_db(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        self.results.clear()

    @property
    def lang(self) -> str:
        return self.settings.language
