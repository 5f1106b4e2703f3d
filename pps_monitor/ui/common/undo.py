"""Undoable deletions on the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from pps_monitor.storage.undo import Deleted, delete_with_undo, restore

if TYPE_CHECKING:
    from sqlite_utils import Database


class DeleteCommand(QUndoCommand):
    def __init__(
        self, db: Database, table: str, record_id: str, text: str, refresh: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self.db, self.table, self.record_id, self.refresh = db, table, record_id, refresh
        self.deleted: Deleted | None = None

    def redo(self) -> None:
        self.deleted = delete_with_undo(self.db, self.table, self.record_id)
        self.refresh()

    def undo(self) -> None:
        if self.deleted is not None:
            restore(self.db, self.deleted)
        self.refresh()
