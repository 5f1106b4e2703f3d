"""Results of a partnership: one tab per page of the registry (results.pages).

Nothing heavy runs on the GUI thread: scores are computed in the background (and kept
in the services' cache until the hub says the data changed), and every chart is built
and rasterised in a worker and shown as an image (ui.common.chart_canvas), kept per
round so that going back to a round is instant. Switching rounds only redraws the page
that is visible (the other pages redraw when they are opened); a newer switch wins over
an older one, and a quiet busy indicator appears only when the wait passes 150 ms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.services.results_data import ResultsData
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.dates import short_date
from pps_monitor.ui.common.results_loader import results_for
from pps_monitor.ui.common.tasks import BusyIndicator
from pps_monitor.ui.results.dialogs import DistributionDialog, PresentationWindow
from pps_monitor.ui.results.format import arrow as _arrow
from pps_monitor.ui.results.format import signed as _signed
from pps_monitor.ui.results.groups import group_box
from pps_monitor.ui.results.page import ResultsPage
from pps_monitor.ui.results.pages import PAGES, TABS

if TYPE_CHECKING:
    from pps_monitor.analysis import RoundResult

__all__ = ["TABS", "DistributionDialog", "ResultsView", "_arrow", "_signed"]


class ResultsView(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, partnership_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.pid = ctx, partnership_id
        self.data: ResultsData | None = None
        self.dirty: set[str] = set(TABS)
        self.overlay: set[str] = set()  # round ids drawn beside the chosen round
        self.presentation: PresentationWindow | None = None
        self.generation = 0  # of the latest reload; older results are dropped
        self.group: str | None = None  # None: the rounds' main (partners') instrument
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        # Why figures are held back or answers not yet counted (PRIVACY.md: say what you
        # protect): a round below its minimum shows only this, no figure at all.
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notice.setObjectName("privacyNotice")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.tabs = QTabWidget()
        self.pages: dict[str, ResultsPage] = {}
        for make in PAGES:
            page = make()
            page.connect_host(self)
            self.pages[page.key] = page
            self.tabs.addTab(page.widget(), page.title())
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        for signal in ctx.hub.data_signals():
            signal.connect(self._on_change)
        ctx.hub.settings_changed.connect(self.reload)
        self.reload()

    def _build_top(self) -> QHBoxLayout:
        self.round_box = QComboBox()
        self.round_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.round_box.currentIndexChanged.connect(self._round_changed)
        self.overlay_button = QToolButton()
        self.overlay_button.setText(self.tr("Earlier rounds ▾"))
        self.overlay_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.overlay_menu = QMenu(self)
        self.overlay_button.setMenu(self.overlay_menu)
        self.present_button = QPushButton(self.tr("Present…"))
        self.present_button.setToolTip(self.tr("Show the radar chart full screen (F11)"))
        self.present_button.clicked.connect(self.present)
        self.status = QLabel()
        self.busy = BusyIndicator(self.tr("Computing scores…"))
        top = QHBoxLayout()
        self.group_box = group_box(self.ctx, self.pid, self._group_changed)
        if self.group_box is not None:  # rounds that ask several groups (issue 17)
            top.addWidget(QLabel(self.tr("Questionnaire")))
            top.addWidget(self.group_box)
        top.addWidget(QLabel(self.tr("Round")))
        top.addWidget(self.round_box)
        top.addWidget(self.overlay_button)
        top.addStretch(1)
        top.addWidget(self.busy)
        top.addWidget(self.status)
        top.addWidget(self.present_button)
        return top

    # --- what the pages see (PageHost) ---------------------------------------------

    def results(self) -> list[RoundResult]:
        return [] if self.data is None else self.data["results"]

    def data_item(self, key: str) -> Any:
        return None if self.data is None else self.data[key]

    def current_index(self) -> int:
        return self.round_box.currentIndex()

    def current(self) -> RoundResult | None:
        results = self.results()
        index = self.round_box.currentIndex()
        return results[index] if results and index >= 0 else None

    def mark(self, key: str) -> None:
        self.dirty.add(key)
        self.redraw()

    # --- for the partnership view (ResultsPane) and the tests ------------------------

    def widget(self) -> QWidget:
        return self

    @property
    def canvases(self) -> dict[str, Any]:
        """The chart canvases made so far, by page key."""
        made = {key: getattr(page, "_canvas", None) for key, page in self.pages.items()}
        return {key: canvas for key, canvas in made.items() if canvas is not None}

    def canvas(self, key: str) -> Any:
        """The canvas of chart page ``key`` (made on first use)."""
        return self.pages[key].canvas  # type: ignore[attr-defined]

    @property
    def scores(self) -> Any:
        return self.pages["scores"]

    @property
    def comments(self) -> Any:
        return self.pages["comments"]

    # --- data ----------------------------------------------------------------------

    def _on_change(self, partnership_id: str | None) -> None:
        if partnership_id in (None, self.pid):
            self.reload()

    def reload(self) -> None:
        self.generation += 1
        generation = self.generation

        def loaded(data: ResultsData) -> None:
            if generation == self.generation:  # else a newer reload is under way
                self.busy.stop()
                self._on_loaded(data)

        def first(data: ResultsData) -> bool:
            return generation == self.generation and self.data is None and self._show_first(data)

        # Nothing on screen yet (the first view of this partnership): a first radar from
        # the latest rounds' means while the tests and the other pages are computed.
        wants_first = self.data is None and self.group is None
        if not results_for(
            self.ctx, self.pid, self, loaded, self.group, first if wants_first else None
        ):
            self.busy.start()

    def _show_first(self, data: ResultsData) -> bool:
        """Draw the radar of the latest round (and the two before it) from
        ``results_data.first_view``'s figures, if the radar is the page shown (True: then
        ``data["drawn"]`` is called once it is made). Only the radar uses them: its means
        and n come from the same release and suppression code as the full results, which
        replace them (and draw the other pages) when ready."""
        results = data["results"]
        if not results or self.visible_key() != "radar":
            return False
        if results[-1].scores.suppressed is not None:
            return False  # the full results say why (the notice)
        # The notice as the full results will show it, so that the chart keeps its size.
        text = self._notice_for(results[-1], data["release"])
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        host = _FirstView(self, data)
        page: Any = self.pages["radar"]
        self._first_chart = page.signature(host, len(results) - 1)
        canvas = page.canvas

        def drawn() -> None:
            canvas.rendered.disconnect(drawn)
            data["drawn"]()

        canvas.rendered.connect(drawn)
        canvas.show_chart(*page.chart_for(host, len(results) - 1))
        return True

    _first_chart: object = None  # what the first radar shows (RadarPage.signature)

    def _group_changed(self, group: str | None) -> None:
        self.group = group
        self.overlay = set()
        self.reload()

    def settled(self) -> bool:
        """The results are loaded and every chart asked for is on screen."""
        return (
            self.data is not None
            and self.generation_loaded == self.generation
            and not any(canvas.pending() for canvas in self.canvases.values())
        )

    generation_loaded = -1

    def _on_loaded(self, data: ResultsData) -> None:
        first, self._first_chart = self._first_chart, None
        self.data = data
        # The first radar stays when the full results draw the very same chart.
        results = data["results"]
        if results and not self.overlay:
            self.overlay = {r.round["id"] for r in results[-3:-1]}  # the two rounds before
        radar: Any = self.pages["radar"]
        same = (
            first is not None and bool(results) and first == radar.signature(self, len(results) - 1)
        )
        for key, canvas in self.canvases.items():
            if not (same and key == "radar"):
                canvas.forget()  # the kept images show old data or old settings (bands)
        self.generation_loaded = self.generation
        keep = self.round_box.currentData()
        self.round_box.blockSignals(True)  # one redraw below, not one per change
        self.round_box.clear()
        for r in results:
            self.round_box.addItem(
                f"{r.label} ({short_date(r.round['date'])}, n = {r.scores.respondents})",
                r.round["id"],
            )
        index = next((k for k, r in enumerate(results) if r.round["id"] == keep), len(results) - 1)
        self.round_box.setCurrentIndex(index)
        self.round_box.blockSignals(False)
        for page in self.pages.values():
            page.loaded(self)
        self._fill_overlay_menu()
        self.status.setText("" if results else self.tr("No rounds yet."))
        self._show_notice()
        self.dirty = set(TABS)
        self.redraw()
        self.loaded.emit()

    def _fill_overlay_menu(self) -> None:
        self.overlay_menu.clear()
        for r in self.results():
            action = QAction(f"{r.label} (n={r.scores.respondents})", self.overlay_menu)
            action.setCheckable(True)
            action.setChecked(r.round["id"] in self.overlay)
            action.toggled.connect(lambda on, rid=r.round["id"]: self.set_overlay(rid, on))
            self.overlay_menu.addAction(action)

    def set_overlay(self, round_id: str, shown: bool) -> None:
        (self.overlay.add if shown else self.overlay.discard)(round_id)
        self.mark("radar")

    def select_round(self, round_id: str) -> None:
        index = self.round_box.findData(round_id)
        if index >= 0:
            self.round_box.setCurrentIndex(index)

    def _round_changed(self, _index: int) -> None:
        self.dirty = {key for key, page in self.pages.items() if page.round_dependent}
        self._show_notice()
        self.redraw()

    def suppressed(self) -> bool:
        """The chosen round has too few included answers for any figure."""
        cur = self.current()
        return cur is not None and cur.scores.suppressed is not None

    def notice_text(self) -> str:
        """What the chosen round holds back, in plain words ("" when nothing)."""
        return self._notice_for(self.current(), self.data_item("release") or {})

    def _notice_for(self, cur: RoundResult | None, releases: dict[str, Any]) -> str:
        if cur is None:
            return ""
        parts = []
        scores = cur.scores
        if scores.suppressed is not None:
            needed = max(1, scores.needed)
            sentence = (
                self.tr(
                    "n = %1: too few answers to show results (minimum %2). 1 more answer is needed."
                )
                if needed == 1
                else self.tr(
                    "n = %1: too few answers to show results (minimum %2). "
                    "%3 more answers are needed."
                )
            )
            parts.append(
                sentence.replace("%1", str(scores.respondents))
                .replace("%2", str(scores.min_round))
                .replace("%3", str(needed))
            )
        else:
            from pps_monitor.ui.results import words

            parts.append(words.lower_n_notice(scores.dimensions, scores.respondents))
        release = releases.get(cur.round["id"])
        if release is not None and release.pending:
            total = release.pending + release.needed
            text = (
                self.tr("1 newer answer is not yet included (it will be once there are %2).")
                if release.pending == 1
                else self.tr(
                    "%1 newer answers are not yet included (they will be once there are %2)."
                )
            )
            parts.append(text.replace("%1", str(release.pending)).replace("%2", str(total)))
        return " ".join(p for p in parts if p)

    def _show_notice(self) -> None:
        text = self.notice_text()
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.tabs.setVisible(not self.suppressed())

    def _tab_changed(self, _index: int) -> None:
        self.redraw()

    # --- drawing -------------------------------------------------------------------

    def visible_key(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def redraw(self) -> None:
        """Draw the visible page if its data changed."""
        key = self.visible_key()
        if self.current() is None or self.suppressed() or key not in self.dirty:
            return
        self.dirty.discard(key)
        page = self.pages[key]
        page.draw(self)
        if page.round_dependent and hasattr(page, "prefetch"):
            page.prefetch(self)  # the other rounds' charts, made while the user looks

    def present(self) -> None:
        if self.current() is None:
            return
        radar = self.pages["radar"]
        canvas = getattr(radar, "_canvas", None)
        builder = canvas.builder if canvas is not None else None
        self.presentation = PresentationWindow(self, builder)
        self.presentation.showFullScreen()


class _FirstView:
    """What the radar page reads from its host, for a first view (``_show_first``)."""

    def __init__(self, view: ResultsView, data: ResultsData) -> None:
        self.ctx, self._data, self._results = view.ctx, data, data["results"]
        self.overlay = {r.round["id"] for r in self._results[-3:-1]}  # as _on_loaded

    def results(self) -> list[RoundResult]:
        return self._results

    def data_item(self, key: str) -> Any:
        return self._data.get(key)
