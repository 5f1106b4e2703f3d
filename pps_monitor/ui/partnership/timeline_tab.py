"""The Timeline tab: events that may explain a change in the scores."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from pps_monitor.services import partnerships as svc
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.dates import short_date
from pps_monitor.ui.common.table_model import Column
from pps_monitor.ui.partnership.base import PartnershipTab
from pps_monitor.ui.partnership.dialogs import EventDialog


class TimelineTab(PartnershipTab):
    def __init__(self, ctx: AppContext, pid: str, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Date"), lambda r: short_date(r["date"])),
            Column(self.tr("What happened"), lambda r: r["text"]),
        ]
        super().__init__(ctx, pid, columns, ctx.hub.partnership_changed, parent)
        self.add_button(self.tr("Add event…"), self.add_event)
        self.add_button(self.tr("Edit…"), self.edit_event, needs_selection=True)
        self.add_button(self.tr("Delete"), self.delete_event, needs_selection=True)
        self.view.doubleClicked.connect(self.edit_event)

    def add_event(self) -> None:
        dialog = EventDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self.act(svc.add_event, self.pid, v["date"], v["text"])

    def edit_event(self) -> None:
        row = self.current()
        if not row:
            return
        dialog = EventDialog(self, row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self.act(svc.update_event, row["id"], v["date"], v["text"])

    def delete_event(self) -> None:
        row = self.current()
        if row and self.confirm(self.tr("Delete this event from the timeline?")):
            self.delete("events", row["id"], self.tr("Delete event"))
