"""Undoable deletions on the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from pps_monitor.services import partnerships as svc

if TYPE_CHECKING:
    from pps_monitor.services.db import Db
    from pps_monitor.services.partnerships import Deleted


class DeleteCommand(QUndoCommand):
    """``notify`` tells the hub what changed, after the delete and after its undo."""

    def __init__(
        self, db: Db, table: str, record_id: str, text: str, notify: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self.db, self.table, self.record_id, self.notify = db, table, record_id, notify
        self.deleted: Deleted | None = None

    def redo(self) -> None:
        self.deleted = svc.delete(self.db, self.table, self.record_id)
        self.notify()

    def undo(self) -> None:
        if self.deleted is not None:
            svc.undelete(self.db, self.deleted)
        self.notify()
