"""The Organisations tab: the partners and their sector."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from pps_monitor.services import partnerships as svc
from pps_monitor.ui.common import labels
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.table_model import Column
from pps_monitor.ui.partnership.base import PartnershipTab
from pps_monitor.ui.partnership.dialogs import OrganisationDialog


class OrganisationsTab(PartnershipTab):
    def __init__(self, ctx: AppContext, pid: str, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Organisation"), lambda r: r["name"]),
            Column(self.tr("Sector"), lambda r: labels.sector(r["sector"])),
        ]
        super().__init__(ctx, pid, columns, ctx.hub.partnership_changed, parent)
        self.add_button(self.tr("Add organisation…"), self.add_organisation)
        self.add_button(self.tr("Edit…"), self.edit_organisation, needs_selection=True)
        self.add_button(self.tr("Delete"), self.delete_organisation, needs_selection=True)
        self.view.doubleClicked.connect(self.edit_organisation)

    def add_organisation(self) -> None:
        dialog = OrganisationDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self.act(svc.add_organisation, self.pid, v["name"], v["sector"])

    def edit_organisation(self) -> None:
        row = self.current()
        if not row:
            return
        dialog = OrganisationDialog(self, row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self.act(svc.update_organisation, row["id"], v["name"], v["sector"])

    def delete_organisation(self) -> None:
        row = self.current()
        if row and self.confirm(
            self.tr("Delete organisation %1? Its respondents keep their answers.").replace(
                "%1", row["name"]
            )
        ):
            self.delete(
                "organisations",
                row["id"],
                self.tr("Delete organisation %1").replace("%1", row["name"]),
            )
