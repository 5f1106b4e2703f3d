"""What every tab of a partnership shares: run a change, confirm, delete with undo."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.record_tab import RecordTab
from pps_monitor.ui.common.table_model import Column
from pps_monitor.ui.common.undo import DeleteCommand


class PartnershipTab(RecordTab):
    """A table of one kind of record of the partnership ``pid``.

    Changes go through the services and are announced on the hub with ``event`` (kept as ``changed``: an attribute named ``event`` would shadow QObject.event() and crash Qt); the
    view that shows the partnership redraws on that signal."""

    def __init__(
        self,
        ctx: AppContext,
        pid: str,
        columns: Sequence[Column],
        event: SignalInstance,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self.ctx, self.pid, self.changed = ctx, pid, event

    def act(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a service call; show a plain message if it fails. Returns None on failure."""
        try:
            result = fn(self.ctx.db, *args, **kwargs)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.changed.emit(self.pid)
        return result if result is not None else True

    def delete(self, table: str, record_id: str, text: str) -> None:
        self.ctx.undo.push(DeleteCommand(self.ctx.db, table, record_id, text, self._announce))

    def _announce(self) -> None:
        self.changed.emit(self.pid)

    def confirm(self, text: str) -> bool:
        title = QCoreApplication.translate("PartnershipView", "Delete")
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
