"""The Rounds tab: create, open for answers, close, reopen, delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.services import partnerships as svc
from pps_monitor.services import ties as tie_svc
from pps_monitor.ui.common import labels
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.dates import short_date
from pps_monitor.ui.common.table_model import Column
from pps_monitor.ui.partnership.base import PartnershipTab
from pps_monitor.ui.partnership.corrections import Corrections
from pps_monitor.ui.partnership.dialogs import RoundDialog


def _parts(row: dict[str, Any]) -> list[str]:
    """The further respondent groups a round asks (issue 17), in a fixed order."""
    found = (row.get("part_groups") or "").split(",")
    return [g for g in ("employers", "workers") if g in found]


class RoundsTab(PartnershipTab):
    meeting_requested = Signal(str)  # round id
    paper_requested = Signal(str)  # round id

    def __init__(self, ctx: AppContext, pid: str, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Round"), lambda r: r["label"]),
            Column(self.tr("Date"), lambda r: short_date(r["date"])),
            Column(self.tr("Status"), lambda r: labels.round_status(r["status"])),
            Column(self.tr("Respondents"), lambda r: r["respondents"], align_right=True),
            Column(
                self.tr("Questionnaire"),
                lambda r: " + ".join(
                    [
                        labels.instrument(r["instrument_id"], r["instrument_version"]),
                        *(labels.respondent_group(g) for g in _parts(r)),
                    ]
                ),
            ),
        ]
        super().__init__(ctx, pid, columns, ctx.hub.round_changed, parent)
        self.add_button(self.tr("New round…"), self.new_round)
        self.add_button(self.tr("New round from the previous"), self.new_round_from_previous)
        self.add_button(self.tr("Key figures…"), self.edit_key_figures, needs_selection=True)
        self.add_button(self.tr("Meeting mode…"), self._meeting, needs_selection=True)
        self.add_button(self.tr("Paper forms…"), self._paper, needs_selection=True)
        self.toggle_button = self.add_button(
            self.tr("Close round"), self.toggle_round, needs_selection=True
        )
        self.add_button(self.tr("Delete round"), self.delete_round, needs_selection=True)
        self.ties_button = self.add_button(  # issue 18: ratings between organisations
            self.tr("Include tie questions"), self.toggle_ties, needs_selection=True
        )
        self.corrections = Corrections(self)
        # The rare corrections share one button with a menu: the row of buttons must fit
        # a 1280-pixel window in Dutch too.
        fixes = self.add_button(self.tr("Corrections"), lambda: None, needs_selection=True)
        menu = QMenu(fixes)
        menu.addAction(self.tr("Remove a respondent…"), self.corrections.remove_respondent)
        menu.addAction(self.tr("Undo last import / paper batch…"), self.corrections.undo_last_batch)
        menu.addAction(self.tr("Erase round for good…"), self.corrections.erase_round)
        fixes.setMenu(menu)
        self.view.selectionModel().selectionChanged.connect(self.update_toggle)
        self.view.doubleClicked.connect(self._meeting)

    def new_round(self) -> str | None:
        from pps_monitor.services import instruments

        # the latest round's questionnaire first, then every other known one (bundled,
        # imported from Excel, run before)
        known = instruments.known(self.ctx.db, self.pid)
        latest = svc.latest_instrument(self.ctx.db, svc.list_rounds(self.ctx.db, self.pid))
        known.sort(key=lambda i: (i.id, i.version) != (latest.id, latest.version))
        dialog = RoundDialog(
            self, [("", i) for i in known or [default_instrument()]], self.ctx.lang
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        v = dialog.values()
        rid = self.act(
            svc.create_round, self.pid, v["label"], v["date"], v["instrument"], v["parts"]
        )
        if rid:
            self.select_id(rid)
        return rid

    def new_round_from_previous(self) -> str | None:
        """One click: the next round with the latest round's questionnaire (the
        organisations and settings are the partnership's already)."""
        from pps_monitor.services import next_round

        plan = next_round.proposal(self.ctx.db, self.pid)
        if plan is None:
            QMessageBox.information(
                self,
                self.tr("New round from the previous"),
                self.tr("There is no earlier round yet: make the first one with New round…"),
            )
            return None
        rid = self.act(next_round.create_from_previous, self.pid, plan["label"], plan["date"])
        if rid:
            self.select_id(rid)
        return rid

    def edit_key_figures(self) -> None:
        from pps_monitor.services import balance
        from pps_monitor.ui.partnership.key_figures_dialog import KeyFiguresDialog

        r = self.current()
        if not r:
            return
        values = balance.get_key_figures(self.ctx.db, r["id"])
        dialog = KeyFiguresDialog(self, r["label"], values, self.ctx.lang)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        # act() announces the change: the results and the balance sheet recompute
        self.act(
            balance.set_key_figures, r["id"], dialog.values(), replace=True, lang=self.ctx.lang
        )

    def _meeting(self) -> None:
        r = self.current()
        if r:
            self.meeting_requested.emit(r["id"])

    def _paper(self) -> None:
        r = self.current()
        if r:
            self.paper_requested.emit(r["id"])

    def update_toggle(self) -> None:
        r = self.current()
        self.toggle_button.setText(
            self.tr("Reopen round") if r and r["status"] == "closed" else self.tr("Close round")
        )
        included = bool(r) and tie_svc.has_tie_module(self.ctx.db, r["id"])  # type: ignore[index]
        self.ties_button.setText(
            self.tr("Leave out tie questions") if included else self.tr("Include tie questions")
        )
        self.ties_button.setToolTip(
            self.tr(
                "Tie questions: each partner rates working with every other organisation "
                "(how often, and how well). Shown as the collaboration network."
            )
        )

    def toggle_ties(self) -> None:
        r = self.current()
        if not r:
            return
        included = tie_svc.has_tie_module(self.ctx.db, r["id"])
        self.act(tie_svc.set_tie_module, r["id"], not included)
        self.update_toggle()

    def toggle_round(self) -> None:
        r: dict[str, Any] | None = self.current()
        if not r:
            return
        if r["status"] == "closed":
            answer = QMessageBox.question(
                self,
                self.tr("Reopen round"),
                self.tr(
                    "Reopen round %1? New answers can then be added and its scores may change."
                ).replace("%1", r["label"]),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.act(svc.set_round_status, r["id"], "open")
        else:
            self.act(svc.set_round_status, r["id"], "closed")

    def delete_round(self) -> None:
        r = self.current()
        if r and self.confirm(
            self.tr(
                "Delete round %1 with its %n respondent(s)? You can undo this with Ctrl+Z.",
                "",
                r["respondents"],
            ).replace("%1", r["label"])
        ):
            self.delete("rounds", r["id"], self.tr("Delete round %1").replace("%1", r["label"]))
