"""The chosen partnership: its rounds, results, organisations, action points and timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from pps_monitor.errors import NotFoundError
from pps_monitor.services import partnerships as svc
from pps_monitor.services.results_data import ResultsData, dimension_means
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.results_loader import results_for
from pps_monitor.ui.common.results_pane import ResultsFactory, ResultsPane
from pps_monitor.ui.partnership.actions_tab import ActionPointsTab
from pps_monitor.ui.partnership.glance import Glance
from pps_monitor.ui.partnership.organisations_tab import OrganisationsTab
from pps_monitor.ui.partnership.rounds_tab import RoundsTab
from pps_monitor.ui.partnership.timeline_tab import TimelineTab


class PartnershipView(QWidget):
    meeting_requested = Signal(str)  # round id
    paper_requested = Signal(str)  # round id

    def __init__(
        self,
        ctx: AppContext,
        partnership_id: str,
        results_factory: ResultsFactory,
        parent: QWidget | None = None,
        *,
        tab: int = 0,
        results_tab: int | None = None,
    ) -> None:
        """``tab`` (and ``results_tab``) open the view where the user was looking before."""
        super().__init__(parent)
        self.ctx, self.pid, self._results_factory = ctx, partnership_id, results_factory
        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.title.setFont(font)
        self.tabs = QTabWidget()
        self.round_rows: list[dict[str, Any]] = []
        self.rounds = RoundsTab(ctx, partnership_id)
        self.rounds.meeting_requested.connect(self.meeting_requested.emit)
        self.rounds.paper_requested.connect(self.paper_requested.emit)
        self.orgs = OrganisationsTab(ctx, partnership_id)
        self.action_points = ActionPointsTab(ctx, partnership_id)
        self.events = TimelineTab(ctx, partnership_id)
        self.glance = Glance()
        self.rounds_page = self._rounds_page()
        self.tabs.addTab(self.rounds_page, self.tr("Rounds"))
        self.results: ResultsPane | None = None  # built when first opened: it loads matplotlib
        self._results_pending = False
        self._results_tab = 0  # the results page to open once the pane is built
        self.results_holder = QWidget()
        self._results_box = QVBoxLayout(self.results_holder)
        self.tabs.addTab(self.results_holder, self.tr("Results"))
        self.tabs.addTab(self.orgs, self.tr("Organisations"))
        self.tabs.addTab(self.action_points, self.tr("Action points"))
        self.tabs.addTab(self.events, self.tr("Timeline"))
        self.privacy_button = QPushButton(self.tr("Privacy and thresholds…"))
        self.privacy_button.setToolTip(
            self.tr("The smallest groups shown and the score bands of this partnership")
        )
        self.privacy_button.clicked.connect(self.edit_privacy)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.privacy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self._open_on(tab, results_tab or 0)
        self.tabs.currentChanged.connect(self._on_tab)
        for signal in ctx.hub.data_signals():
            signal.connect(self._on_change)
        ctx.hub.settings_changed.connect(self.reload)
        self.reload()

    def _rounds_page(self) -> QWidget:
        """The Rounds tab opens the partnership: its rounds, and beside them its state at a
        glance (latest round, next step, action points due, the latest radar)."""
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.rounds, 3)
        row.addWidget(self.glance, 2)
        return page

    @property
    def action_rows(self) -> list[dict[str, Any]]:
        return self.action_points.rows

    def _open_on(self, tab: int, results_tab: int) -> None:
        if self.tabs.widget(tab) is not self.results_holder:
            self.tabs.setCurrentIndex(tab)
            return
        # The results pane is built after the new view has painted (a timer, which Qt
        # runs after the paint events), so that a partnership switch does not freeze the
        # window for both (issue 15). Meanwhile _refresh_scores waits for it: the action
        # points then take their scores from the results instead of computing them a
        # second time.
        self.tabs.setCurrentWidget(self.results_holder)
        self._results_pending, self._results_tab = True, results_tab
        QTimer.singleShot(1, self, lambda: self._open_results(results_tab))

    def _open_results(self, results_tab: int) -> None:
        self._results_pending = False
        if self.results is None and self.tabs.currentWidget() is self.results_holder:
            self.show_results().tabs.setCurrentIndex(results_tab)
        else:  # the user went to another tab meanwhile: the scores come on their own
            self._refresh_scores()

    def results_page(self) -> int | None:
        """The page of the Results tab shown (or about to be shown); None before it
        was opened."""
        if self.results is not None:
            return int(self.results.tabs.currentIndex())
        return self._results_tab if self._results_pending else None

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.results_holder:
            self.show_results()

    def show_results(self, round_id: str | None = None) -> ResultsPane:
        """Open the Results tab (building it on first use), optionally on one round."""
        if self.results is None:
            results = self.results = self._results_factory(self.ctx, self.pid)
            results.loaded.connect(self._scores_from_results)
            self._results_box.addWidget(results.widget())
            if round_id is not None:
                results.loaded.connect(lambda: results.select_round(round_id))
        elif round_id is not None:
            self.results.select_round(round_id)
        self.tabs.setCurrentWidget(self.results_holder)
        return self.results

    # --- data ----------------------------------------------------------------------

    def _on_change(self, partnership_id: str | None) -> None:
        if partnership_id in (None, self.pid):
            self.reload()

    def reload(self) -> None:
        db = self.ctx.db
        try:
            partnership = svc.get_partnership(db, self.pid)
        except NotFoundError:
            return  # deleted meanwhile: the window is about to drop this view
        self.title.setText(partnership["name"])
        keep = self.rounds.current()
        self.round_rows = svc.list_rounds(db, self.pid)
        self.rounds.set_rows(self.round_rows, keep["id"] if keep else None)
        self.orgs.set_rows(svc.list_organisations(db, self.pid))
        self.action_points.show_rows(
            svc.list_action_points(db, self.pid),
            self.round_rows,
            svc.latest_instrument(db, self.round_rows),
        )
        self.events.set_rows(svc.list_events(db, self.pid))
        self.rounds.update_toggle()
        self.glance.set_rows(self.round_rows, self.action_points.rows)
        # After the first paint: the scores (and the glance's radar) load in the background.
        QTimer.singleShot(0, self, self._refresh_scores)

    def _refresh_scores(self) -> None:
        if (
            self.results is not None
            or self._results_pending
            or not self.round_rows
            or not self.ctx.has_db
        ):
            # An open (or about to open) results view brings the scores (see
            # _scores_from_results); a database being restored or replaced has none.
            return
        results_for(self.ctx, self.pid, self, self._scores_from_data)

    def _scores_from_results(self) -> None:
        if self.results is not None and self.results.data:
            self._scores_from_data(self.results.data)

    def _scores_from_data(self, data: ResultsData) -> None:
        self.action_points.set_scores(dimension_means(data["results"]))
        self.glance.set_results(data, self.ctx.lang)

    # --- for the window ------------------------------------------------------------

    def current_round(self) -> dict[str, Any] | None:
        return self.rounds.current()

    def edit_privacy(self) -> bool:
        """The coordinator's dialog for the partnership's minimums and bands; True when
        they were changed (every view then recomputes with them)."""
        from PySide6.QtWidgets import QDialog

        from pps_monitor.services import privacy
        from pps_monitor.ui.common.errors import show_error
        from pps_monitor.ui.partnership.privacy_dialog import PrivacyDialog

        current = privacy.get_privacy(self.ctx.db, self.pid)
        language = svc.partnership_language(self.ctx.db, self.pid)
        dialog = PrivacyDialog(self, current, language)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            new = privacy.set_privacy(self.ctx.db, self.pid, **dialog.values())
            if dialog.chosen_language() != language:
                svc.set_partnership_language(self.ctx.db, self.pid, dialog.chosen_language())
        except Exception as exc:
            show_error(self, exc)
            return False
        if new == current:
            return False
        self.ctx.hub.partnership_changed.emit(self.pid)
        return True

    def new_round(self) -> None:
        self.tabs.setCurrentWidget(self.rounds_page)
        self.rounds.new_round()
