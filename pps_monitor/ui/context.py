"""What every part of the main window shares: the open database and the preferences."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from pps_monitor.ui.settings import Settings

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class AppContext:
    db: Database
    db_path: Path
    settings: Settings
    undo: QUndoStack

    @property
    def lang(self) -> str:
        return self.settings.language
