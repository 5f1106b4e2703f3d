"""The chosen partnership: its rounds, organisations, action points and timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.storage import repository as repo
from pps_monitor.ui.common import labels
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.record_tab import RecordTab
from pps_monitor.ui.common.table_model import Column
from pps_monitor.ui.common.undo import DeleteCommand
from pps_monitor.ui.partnership.dialogs import (
    ActionPointDialog,
    EventDialog,
    OrganisationDialog,
    RoundDialog,
)


def _score(entry: tuple[float, int] | None) -> str:
    return "" if entry is None else f"{entry[0]:.2f} (n = {entry[1]})"


class PartnershipView(QWidget):
    meeting_requested = Signal(str)  # round id
    paper_requested = Signal(str)  # round id
    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        partnership_id: str,
        parent: QWidget | None = None,
        *,
        tab: int = 0,
        results_tab: int | None = None,
    ) -> None:
        """``tab`` (and ``results_tab``) open the view where the user was looking before."""
        super().__init__(parent)
        self.ctx, self.pid = ctx, partnership_id
        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.title.setFont(font)
        self.tabs = QTabWidget()
        self._scores: dict[str, dict[str, tuple[float, int]]] = {}

        self.rounds = RecordTab(
            [
                Column(self.tr("Round"), lambda r: r["label"]),
                Column(self.tr("Date"), lambda r: r["date"]),
                Column(self.tr("Status"), lambda r: labels.round_status(r["status"])),
                Column(self.tr("Respondents"), lambda r: r["respondents"], align_right=True),
                Column(
                    self.tr("Questionnaire"),
                    lambda r: f"{r['instrument_id']} {r['instrument_version']}",
                ),
            ]
        )
        self.rounds.add_button(self.tr("New round…"), self.new_round)
        self.rounds.add_button(self.tr("Meeting mode…"), self._meeting, needs_selection=True)
        self.rounds.add_button(self.tr("Paper forms…"), self._paper, needs_selection=True)
        self.toggle_button = self.rounds.add_button(
            self.tr("Close round"), self.toggle_round, needs_selection=True
        )
        self.rounds.add_button(self.tr("Delete round"), self.delete_round, needs_selection=True)
        self.rounds.view.selectionModel().selectionChanged.connect(self._update_toggle)
        self.rounds.view.doubleClicked.connect(self._meeting)

        self.orgs = RecordTab(
            [
                Column(self.tr("Organisation"), lambda r: r["name"]),
                Column(self.tr("Sector"), lambda r: labels.sector(r["sector"])),
            ]
        )
        self.orgs.add_button(self.tr("Add organisation…"), self.add_organisation)
        self.orgs.add_button(self.tr("Edit…"), self.edit_organisation, needs_selection=True)
        self.orgs.add_button(self.tr("Delete"), self.delete_organisation, needs_selection=True)
        self.orgs.view.doubleClicked.connect(self.edit_organisation)

        self.actions = RecordTab(
            [
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
                Column(self.tr("Due"), lambda r: r["due_date"] or ""),
                Column(self.tr("Raised in"), lambda r: r["round_raised_label"] or ""),
                Column(self.tr("Reviewed in"), lambda r: r["round_reviewed_label"] or ""),
            ]
        )
        self.actions.add_button(self.tr("Add action point…"), self.add_action)
        self.actions.add_button(self.tr("Edit…"), self.edit_action, needs_selection=True)
        self.actions.add_button(self.tr("Delete"), self.delete_action, needs_selection=True)
        self.actions.view.doubleClicked.connect(self.edit_action)

        self.events = RecordTab(
            [
                Column(self.tr("Date"), lambda r: r["date"]),
                Column(self.tr("What happened"), lambda r: r["text"]),
            ]
        )
        self.events.add_button(self.tr("Add event…"), self.add_event)
        self.events.add_button(self.tr("Edit…"), self.edit_event, needs_selection=True)
        self.events.add_button(self.tr("Delete"), self.delete_event, needs_selection=True)
        self.events.view.doubleClicked.connect(self.edit_event)

        self.tabs.addTab(self.rounds, self.tr("Rounds"))
        self.results: Any = None  # built when first opened: it loads matplotlib
        self._loaded_once = False
        self.results_holder = QWidget()
        QVBoxLayout(self.results_holder)
        self.tabs.addTab(self.results_holder, self.tr("Results"))
        self.tabs.addTab(self.orgs, self.tr("Organisations"))
        self.tabs.addTab(self.actions, self.tr("Action points"))
        self.tabs.addTab(self.events, self.tr("Timeline"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        if self.tabs.widget(tab) is self.results_holder:
            # Built before reload(): the action points then take their scores from the
            # results instead of computing them a second time.
            self.show_results().tabs.setCurrentIndex(results_tab or 0)
        else:
            self.tabs.setCurrentIndex(tab)
        self.tabs.currentChanged.connect(self._on_tab)
        self.reload()

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.results_holder:
            self.show_results()

    def show_results(self, round_id: str | None = None) -> Any:
        """Open the Results tab (building it on first use), optionally on one round."""
        from pps_monitor.ui.results.view import ResultsView

        if self.results is None:
            self.results = ResultsView(self.ctx, self.pid)
            self.results.loaded.connect(self._scores_from_results)
            self.results_holder.layout().addWidget(self.results)
            if round_id is not None:
                self.results.loaded.connect(lambda: self.results.select_round(round_id))
        elif round_id is not None:
            self.results.select_round(round_id)
        self.tabs.setCurrentWidget(self.results_holder)
        return self.results

    # --- data ----------------------------------------------------------------------

    def reload(self) -> None:
        db = self.ctx.db
        try:
            partnership = repo.get_partnership(db, self.pid)
        except Exception:
            return
        self.title.setText(partnership["name"])
        keep = self.rounds.current()
        self.round_rows = repo.list_rounds(db, self.pid)
        self.instrument = self._latest_instrument()  # names the action points' topics
        self.rounds.set_rows(self.round_rows, keep["id"] if keep else None)
        self.orgs.set_rows(repo.list_organisations(db, self.pid))
        self.action_rows = repo.list_action_points(db, self.pid)
        self.actions.set_rows(self.action_rows)
        self.events.set_rows(repo.list_events(db, self.pid))
        self._update_toggle()
        self._refresh_results()
        self._loaded_once = True
        self._refresh_scores()

    def _refresh_scores(self) -> None:
        if not self.action_rows or self.results is not None:
            return  # an open results view brings the scores: see _scores_from_results
        from pps_monitor.ui.results.view import results_for

        results_for(self.ctx, self.pid, self, self._scores_from_data)

    def _scores_from_results(self) -> None:
        if self.results is not None and self.results.data:
            self._scores_from_data(self.results.data)

    def _scores_from_data(self, data: dict[str, Any]) -> None:
        from pps_monitor.ui.results.view import dimension_means

        self._on_scores(dimension_means(data["results"]))

    def _on_scores(self, scores: dict[str, dict[str, tuple[float, int]]]) -> None:
        self._scores = scores
        self.actions.set_rows(self.action_rows)

    def _score_in(self, round_id: str | None, code: str | None) -> tuple[float, int] | None:
        return self._scores.get(round_id or "", {}).get(code or "")

    def _latest_score(self, code: str | None) -> tuple[float, int] | None:
        for r in reversed(self.round_rows):
            found = self._score_in(r["id"], code)
            if found:
                return found
        return None

    def _latest_instrument(self) -> Any:
        """The questionnaire of the latest round (the default one before any round)."""
        if self.round_rows:
            return repo.round_instrument(repo.get_round(self.ctx.db, self.round_rows[-1]["id"]))
        return default_instrument()

    def _topic(self, row: dict[str, Any]) -> str:
        code = row["dimension_code"]
        if not code:
            return self.tr("(whole partnership)")
        inst = self.instrument
        return (
            inst.risks_name(self.ctx.lang) if code == "risks" else inst.label(code, self.ctx.lang)
        )

    def _act(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a storage call; show a plain message if it fails. Returns None on failure."""
        try:
            result = fn(self.ctx.db, *args, **kwargs)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.reload()
        self.changed.emit()
        return result if result is not None else True

    def _delete(self, table: str, record_id: str, text: str) -> None:
        self.ctx.undo.push(DeleteCommand(self.ctx.db, table, record_id, text, self._after_undoable))

    def _after_undoable(self) -> None:
        self.reload()
        self.changed.emit()

    def _refresh_results(self) -> None:
        # Not on the first load: a new results view is already computing.
        if self.results is not None and self._loaded_once:
            self.results.reload()

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete"), text)
        return answer == QMessageBox.StandardButton.Yes

    # --- rounds --------------------------------------------------------------------

    def new_round(self) -> None:
        dialog = RoundDialog(self, [("", default_instrument())], self.ctx.lang)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            rid = self._act(repo.create_round, self.pid, v["label"], v["date"], v["instrument"])
            if rid:
                self.tabs.setCurrentWidget(self.rounds)
                self.rounds.select_id(rid)

    def current_round(self) -> dict[str, Any] | None:
        return self.rounds.current()

    def _meeting(self) -> None:
        r = self.current_round()
        if r:
            self.meeting_requested.emit(r["id"])

    def _paper(self) -> None:
        r = self.current_round()
        if r:
            self.paper_requested.emit(r["id"])

    def _update_toggle(self) -> None:
        r = self.current_round()
        self.toggle_button.setText(
            self.tr("Reopen round") if r and r["status"] == "closed" else self.tr("Close round")
        )

    def toggle_round(self) -> None:
        r = self.current_round()
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
            self._act(repo.set_round_status, r["id"], "open")
        else:
            self._act(repo.set_round_status, r["id"], "closed")

    def delete_round(self) -> None:
        r = self.current_round()
        if r and self._confirm(
            self.tr("Delete round %1 with its %2 respondents? You can undo this with Ctrl+Z.")
            .replace("%1", r["label"])
            .replace("%2", str(r["respondents"]))
        ):
            self._delete("rounds", r["id"], self.tr("Delete round %1").replace("%1", r["label"]))

    # --- organisations -------------------------------------------------------------

    def add_organisation(self) -> None:
        dialog = OrganisationDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self._act(repo.add_organisation, self.pid, v["name"], v["sector"])

    def edit_organisation(self) -> None:
        row = self.orgs.current()
        if not row:
            return
        dialog = OrganisationDialog(self, row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self._act(repo.update_organisation, row["id"], v["name"], v["sector"])

    def delete_organisation(self) -> None:
        row = self.orgs.current()
        if row and self._confirm(
            self.tr("Delete organisation %1? Its respondents keep their answers.").replace(
                "%1", row["name"]
            )
        ):
            self._delete(
                "organisations",
                row["id"],
                self.tr("Delete organisation %1").replace("%1", row["name"]),
            )

    # --- action points -------------------------------------------------------------

    def add_action(self) -> None:
        dialog = ActionPointDialog(self, self.instrument, self.ctx.lang, self.round_rows)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            reviewed = v.pop("round_reviewed_id")
            text = v.pop("text")
            aid = self._act(repo.add_action_point, self.pid, text, **v)
            if aid and reviewed:
                self._act(repo.update_action_point, aid, round_reviewed_id=reviewed)

    def edit_action(self) -> None:
        row = self.actions.current()
        if not row:
            return
        dialog = ActionPointDialog(self, self.instrument, self.ctx.lang, self.round_rows, row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            v.pop("round_raised_id")
            self._act(repo.update_action_point, row["id"], **v)

    def delete_action(self) -> None:
        row = self.actions.current()
        if row and self._confirm(self.tr("Delete this action point?")):
            self._delete("action_points", row["id"], self.tr("Delete action point"))

    # --- events --------------------------------------------------------------------

    def add_event(self) -> None:
        dialog = EventDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self._act(repo.add_event, self.pid, v["date"], v["text"])

    def edit_event(self) -> None:
        row = self.events.current()
        if not row:
            return
        dialog = EventDialog(self, row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self._act(repo.update_event, row["id"], v["date"], v["text"])

    def delete_event(self) -> None:
        row = self.events.current()
        if row and self._confirm(self.tr("Delete this event from the timeline?")):
            self._delete("events", row["id"], self.tr("Delete event"))
