"""Typing in paper forms for a round."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from pps_monitor.services import partnerships as svc
from pps_monitor.ui.common.groups import choose_group, group_round_id
from pps_monitor.ui.common.host import Host
from pps_monitor.ui.paper.entry import PaperEntryDialog


class PaperFeature:
    def __init__(self, host: Host) -> None:
        self.host = host

    def open(self, round_id: str) -> None:
        ctx, parent = self.host.ctx, self.host.widget()
        round_row = svc.get_round(ctx.db, round_id)
        if round_row["status"] != "open":
            QMessageBox.information(
                parent,
                QCoreApplication.translate("MainWindow", "Paper forms"),
                QCoreApplication.translate(
                    "MainWindow", "This round is closed. Reopen it to add paper forms."
                ),
            )
            return
        title = QCoreApplication.translate("MainWindow", "Paper forms")
        group = choose_group(parent, ctx.db, round_id, title)
        if group is None:
            return
        part = group_round_id(ctx.db, round_id, group)  # that group's own answers
        PaperEntryDialog(parent, ctx.db, part, ctx.lang).exec()
        ctx.hub.responses_changed.emit(round_row["partnership_id"])
