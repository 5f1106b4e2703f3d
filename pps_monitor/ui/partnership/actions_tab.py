"""The Action points tab: what the partners agreed to do, with the scores then and now."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from pps_monitor.domain.instrument import Instrument, default_instrument
from pps_monitor.services import partnerships as svc
from pps_monitor.ui.common import labels
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.dates import short_date
from pps_monitor.ui.common.numbers import decimal
from pps_monitor.ui.common.table_model import Column
from pps_monitor.ui.partnership.base import PartnershipTab
from pps_monitor.ui.partnership.dialogs import ActionPointDialog

Scores = dict[str, dict[str, tuple[float, int]]]  # round id -> dimension code -> (mean, n)


def _score(entry: tuple[float, int] | None) -> str:
    return "" if entry is None else f"{decimal(entry[0])} (n = {entry[1]})"


class ActionPointsTab(PartnershipTab):
    def __init__(self, ctx: AppContext, pid: str, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Topic"), self._topic),
            Column(self.tr("Action"), lambda r: r["text"]),
            Column(self.tr("Status"), lambda r: labels.action_status(r["status"])),
            Column(
                self.tr("Score then"),
                lambda r: _score(self._score_in(r["round_raised_id"], r["dimension_code"])),
                True,
            ),
            Column(
                self.tr("Latest score"),
                lambda r: _score(self._latest_score(r["dimension_code"])),
                True,
            ),
            Column(self.tr("Owner"), lambda r: r["owner"]),
            Column(self.tr("Due"), lambda r: short_date(r["due_date"])),
            Column(self.tr("Raised in"), lambda r: r["round_raised_label"] or ""),
            Column(self.tr("Reviewed in"), lambda r: r["round_reviewed_label"] or ""),
        ]
        super().__init__(ctx, pid, columns, ctx.hub.actions_changed, parent)
        self.add_button(self.tr("Add action point…"), self.add_action)
        self.add_button(self.tr("Edit…"), self.edit_action, needs_selection=True)
        self.add_button(self.tr("Delete"), self.delete_action, needs_selection=True)
        self.view.doubleClicked.connect(self.edit_action)
        self.rows: list[dict[str, Any]] = []
        self.round_rows: list[dict[str, Any]] = []
        self.instrument: Instrument = default_instrument()  # names the topics
        self.scores: Scores = {}

    def show_rows(
        self, rows: list[dict[str, Any]], round_rows: list[dict[str, Any]], instrument: Instrument
    ) -> None:
        self.rows, self.round_rows, self.instrument = rows, round_rows, instrument
        self.set_rows(rows)

    def set_scores(self, scores: Scores) -> None:
        self.scores = scores
        self.set_rows(self.rows)

    def _score_in(self, round_id: str | None, code: str | None) -> tuple[float, int] | None:
        return self.scores.get(round_id or "", {}).get(code or "")

    def _latest_score(self, code: str | None) -> tuple[float, int] | None:
        for r in reversed(self.round_rows):
            found = self._score_in(r["id"], code)
            if found:
                return found
        return None

    def _topic(self, row: dict[str, Any]) -> str:
        code = row["dimension_code"]
        if not code:
            return self.tr("(whole partnership)")
        inst = self.instrument
        return (
            inst.risks_name(self.ctx.lang) if code == "risks" else inst.label(code, self.ctx.lang)
        )

    def add_action(self) -> None:
        dialog = ActionPointDialog(self, self.instrument, self.ctx.lang, self.round_rows)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            reviewed = v.pop("round_reviewed_id")
            text = v.pop("text")
            aid = self.act(svc.add_action_point, self.pid, text, **v)
            if aid and reviewed:
                self.act(svc.update_action_point, aid, round_reviewed_id=reviewed)

    def edit_action(self) -> None:
        row = self.current()
        if not row:
            return
        dialog = ActionPointDialog(self, self.instrument, self.ctx.lang, self.round_rows, row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            v.pop("round_raised_id")
            self.act(svc.update_action_point, row["id"], **v)

    def delete_action(self) -> None:
        row = self.current()
        if row and self.confirm(self.tr("Delete this action point?")):
            self.delete("action_points", row["id"], self.tr("Delete action point"))
