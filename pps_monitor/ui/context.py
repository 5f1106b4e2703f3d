"""What every part of the main window shares: the open database and the preferences."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from sqlite_utils import Database

    from pps_monitor.ui.settings import Settings


class AppContext:
    """A plain class, not a dataclass: importing dataclasses costs start-up time."""

    def __init__(
        self, db: Database | None, db_path: Path, settings: Settings, undo: QUndoStack
    ) -> None:
        self.db = db
        self.db_path = db_path
        self.settings = settings
        self.undo = undo

    @property
    def lang(self) -> str:
        return self.settings.language
