"""The list of partnerships: create, rename, delete (undoable) and the demo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pps_monitor.services import partnerships as svc
from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.host import Host
from pps_monitor.ui.common.tasks import BackgroundOp
from pps_monitor.ui.common.undo import DeleteCommand


class PartnershipCommands:
    def __init__(self, host: Host) -> None:
        self.host = host

    def _changed(self, select: str | None = None) -> None:
        self.host.ctx.hub.partnerships_changed.emit(select)

    def new_partnership(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        parent = self.host.widget()
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("MainWindow", "New partnership"),
            QCoreApplication.translate("MainWindow", "Name of the partnership:"),
        )
        if not ok:
            return
        try:
            pid = svc.create_partnership(self.host.ctx.db, name)
        except Exception as exc:
            show_error(parent, exc)
            return
        self._changed(pid)

    def rename_partnership(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        pid, parent, db = self.host.current_partnership_id(), self.host.widget(), self.host.ctx.db
        if pid is None:
            return
        old = svc.get_partnership(db, pid)["name"]
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("MainWindow", "Rename partnership"),
            QCoreApplication.translate("MainWindow", "New name:"),
            text=old,
        )
        if not ok or name.strip() == old:
            return
        try:
            svc.rename_partnership(db, pid, name)
        except Exception as exc:
            show_error(parent, exc)
            return
        self._changed(pid)

    def delete_partnership(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        pid, ctx = self.host.current_partnership_id(), self.host.ctx
        if pid is None:
            return
        name = svc.get_partnership(ctx.db, pid)["name"]
        answer = QMessageBox.question(
            self.host.widget(),
            QCoreApplication.translate("MainWindow", "Delete partnership"),
            QCoreApplication.translate(
                "MainWindow",
                "Delete partnership %1 with all its rounds and answers? You can undo this with Ctrl+Z.",
            ).replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            text = QCoreApplication.translate("MainWindow", "Delete %1").replace("%1", name)
            ctx.undo.push(DeleteCommand(ctx.db, "partnerships", pid, text, self._changed))

    def offer_demo(self, has_partnerships: bool) -> None:
        from PySide6.QtWidgets import QMessageBox

        ctx = self.host.ctx
        if not ctx.has_db or has_partnerships or ctx.settings.demo_offered(ctx.db_path):
            return
        ctx.settings.set_demo_offered(ctx.db_path)
        answer = QMessageBox.question(
            self.host.widget(),
            QCoreApplication.translate("MainWindow", "Welcome to PPS Monitor"),
            QCoreApplication.translate(
                "MainWindow",
                "This database is empty. Add a demo partnership to look around? You can delete it later.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.add_demo()

    def add_demo(self) -> None:
        path = self.host.ctx.db_path
        BackgroundOp(op=lambda _p: svc.add_demo(path), success=self._changed).with_progress(
            QCoreApplication.translate("MainWindow", "Adding the demo partnership…")
        ).run(self.host.widget())
