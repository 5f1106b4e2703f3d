"""Main window: partnerships on the left, the chosen partnership on the right.

A thin shell: it opens the database, composes the feature packages and is their host
(ui.common.host.Host). Features never talk to each other; changes go through the hub.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.errors import PpsError
from pps_monitor.services import db as dbs
from pps_monitor.services import partnerships as svc
from pps_monitor.services.results_data import ResultsCache
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.first_paint import FirstPaint
from pps_monitor.ui.common.hub import Hub
from pps_monitor.ui.common.landing import Landing
from pps_monitor.ui.common.settings import Settings
from pps_monitor.ui.common.tasks import BackgroundOp
from pps_monitor.ui.exchange.feature import ExchangeFeature
from pps_monitor.ui.exchange.paper_forms import PaperSpreadsheets
from pps_monitor.ui.menus import Menus
from pps_monitor.ui.partnership.commands import PartnershipCommands
from pps_monitor.ui.shell_dialogs import ShellDialogs

# The larger screens (partnership, results, meeting, paper, report) and storage are
# imported on first use: importing them up front would double the time until the
# window appears.


class MainWindow(QMainWindow):
    restart_requested = Signal(object)  # database path: rebuild the window (language change)
    # Only with defer_open: the partnership list was painted, or the window has been shown
    # for a second without a paint of it (``FirstPaint``).
    first_painted = Signal()

    def __init__(
        self, db_path: Path, settings: Settings | None = None, *, defer_open: bool = False
    ) -> None:
        """``defer_open`` paints the window first (its partnership list read cheaply, see
        services.startup) and opens the database right after the first paint."""
        super().__init__()
        self.settings = settings or Settings()
        self.hub = Hub(self)
        self.ctx = AppContext(
            Path(db_path), self.settings, QUndoStack(self), self.hub, ResultsCache()
        )
        self.view: Any = None  # the PartnershipView of the chosen partnership
        self.exchange = ExchangeFeature(self)
        self.paper_sheets = PaperSpreadsheets(self)
        self.admin = PartnershipCommands(self)
        self.dialogs = ShellDialogs(self, self.restart_requested)
        self._meeting: Any = None  # MeetingFeature, built on first use
        self._phones: Any = None  # PhonesFeature, built on first use
        self._present: Any = None  # PresentFeature, built on first use
        self._build_layout()
        self.menus = Menus(self)
        self.statusBar()
        self._update_title()
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(_first_size(self))
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        # Connected before any view: a view that reloads on a change never meets a stale
        # cache entry (entries are also checked against the database's change counters).
        for signal in self.hub.data_signals():
            signal.connect(self.ctx.results.invalidate)
        self.hub.partnerships_changed.connect(self._partnerships_changed)
        self.hub.db_replaced.connect(self.reload)
        self._update_actions()
        if defer_open:
            self._fill_before_open()
            # The real open waits for the first paint of the list (a timer alone may fire
            # before the window has painted).
            FirstPaint(self, self.partnerships.viewport(), self._first_paint_done)
        else:
            self._attach(dbs.open_database(self.ctx.db_path))

    def _build_layout(self) -> None:
        self.partnerships = QListWidget()
        self.partnerships.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.partnerships.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.partnerships.currentItemChanged.connect(self._on_partnership)
        self.partnerships.itemDoubleClicked.connect(self._rename_clicked)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Partnerships")))
        left_layout.addWidget(self.partnerships)
        self.right = QStackedWidget()
        self.empty = Landing(
            {
                "new": lambda: self.admin.new_partnership(),
                "demo": lambda: self.admin.add_demo(),
                "open": lambda: self.dialogs.choose_database(),
                "new_db": lambda: self.dialogs.new_database(),
                "help": self.show_help,
            }
        )
        self.right.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 1060])
        self.setCentralWidget(splitter)

    def _landing(self) -> None:
        """What to do next when no partnership is shown."""
        if not self.ctx.has_db:
            self.empty.set_state("no_db")
        else:
            self.empty.set_state("choose" if self.partnerships.count() else "empty")

    def _rename_clicked(self, _item: QListWidgetItem) -> None:
        self.admin.rename_partnership()

    # --- the database --------------------------------------------------------------

    def _fill_before_open(self) -> None:
        """The partnership list of the first paint, before the database is opened."""
        from pps_monitor.services.startup import partnership_names

        names = partnership_names(self.ctx.db_path) or []
        self.partnerships.blockSignals(True)
        for pid, name in names:
            item = QListWidgetItem(name)
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.partnerships.addItem(item)
        if names:
            self.partnerships.setCurrentRow(0)
        self.partnerships.blockSignals(False)

    def _first_paint_done(self) -> None:
        """The list was painted (or the wait for it ran out): now open the database."""
        QTimer.singleShot(0, self._open_first_database)
        self.first_painted.emit()

    def _open_first_database(self) -> None:
        try:
            db = dbs.open_database(self.ctx.db_path)
        except PpsError as exc:
            self.partnerships.clear()
            self.empty.set_state("no_db")
            show_error(self, exc)
            return
        self._attach(db)

    def _attach(self, db: dbs.Db) -> None:
        from pps_monitor.services.exchange import daily_backup_due, location_warning

        self.ctx.db = db
        self.settings.add_recent(self.ctx.db_path)
        self._update_title()
        self.hub.db_replaced.emit()
        warning = location_warning(self.ctx.db_path)
        if warning:
            QTimer.singleShot(0, lambda: self.dialogs.warn_location(warning))
        if daily_backup_due(self.ctx.db_path) and self.partnerships.count():
            QTimer.singleShot(3000, self._daily_backup)
        QTimer.singleShot(0, self._offer_demo)
        QTimer.singleShot(1500, self._preload_charts)

    def _daily_backup(self) -> None:
        self.exchange.backup_now("daily", True)

    def _offer_demo(self) -> None:
        self.admin.offer_demo(bool(self.partnerships.count()))

    def _preload_charts(self) -> None:
        """Import matplotlib in the background so the first chart opens without a wait."""

        def load(_progress: Any) -> None:
            import matplotlib.backends.backend_agg
            import matplotlib.figure
            import matplotlib.projections.polar  # noqa: F401

        BackgroundOp(op=load, success=lambda _r: None, failure=lambda _e: None).run(self)

    def switch_database(self, path: Path) -> bool:
        try:
            db = dbs.open_database(Path(path))
        except Exception as exc:
            show_error(self, exc)
            return False
        self.ctx.close_db()
        self.ctx.db_path = Path(path)
        self.ctx.undo.clear()
        self._attach(db)
        return True

    def close_database(self) -> None:
        self.ctx.close_db()

    def _update_actions(self) -> None:
        self.menus.update(self.ctx.has_db, self.current_partnership_id() is not None)

    def _update_title(self) -> None:
        self.setWindowTitle(f"PPS Monitor — {self.ctx.db_path.name}")

    # --- partnerships --------------------------------------------------------------

    def _partnerships_changed(self, select: str | None) -> None:
        self.ctx.results.clear()
        self.reload(select)

    def current_partnership_id(self) -> str | None:
        item = self.partnerships.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def reload(self, select: str | None = None) -> None:
        if not self.ctx.has_db:
            return
        select = select or self.current_partnership_id()
        self.partnerships.blockSignals(True)
        self.partnerships.clear()
        for p in svc.list_partnerships(self.ctx.db):
            item = QListWidgetItem(p["name"])
            item.setToolTip(p["name"])
            item.setData(Qt.ItemDataRole.UserRole, p["id"])
            self.partnerships.addItem(item)
            if p["id"] == select:
                self.partnerships.setCurrentItem(item)
        if self.partnerships.currentItem() is None and self.partnerships.count():
            self.partnerships.setCurrentRow(0)
        self.partnerships.blockSignals(False)
        self._on_partnership(self.partnerships.currentItem(), None)

    def _on_partnership(self, current: QListWidgetItem | None, _previous: object) -> None:
        tab, result_tab = 0, None
        if self.view is not None:
            tab = self.view.tabs.currentIndex()
            result_tab = self.view.results_page()
            self.right.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        if current is not None:
            from pps_monitor.ui.partnership.view import PartnershipView

            self.view = PartnershipView(
                self.ctx,
                current.data(Qt.ItemDataRole.UserRole),
                _results_pane,
                tab=tab,
                results_tab=result_tab,
            )
            self.view.meeting_requested.connect(self.start_meeting)
            self.view.paper_requested.connect(self.open_paper_forms)
            self.right.addWidget(self.view)
            self.right.setCurrentWidget(self.view)
        else:
            self._landing()
            self.right.setCurrentWidget(self.empty)
        self._update_actions()

    # --- the host protocol ---------------------------------------------------------

    def widget(self) -> QWidget:
        return self

    def parent_object(self) -> QObject:
        return self

    @property
    def undo_stack(self) -> QUndoStack:
        return self.ctx.undo

    def show_status(self, text: str, timeout: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout)

    def current_round(self) -> dict[str, Any] | None:
        return None if self.view is None else self.view.current_round()

    def show_results(self, round_id: str | None = None) -> None:
        if self.view is not None:
            self.view.show_results(round_id)

    @property
    def meeting_feature(self) -> Any:
        if self._meeting is None:
            from pps_monitor.ui.meeting.feature import MeetingFeature

            self._meeting = MeetingFeature(self)
        return self._meeting

    @property
    def meeting(self) -> Any:
        """The meeting-mode window while a meeting is under way."""
        return None if self._meeting is None else self._meeting.window

    def start_meeting(self, round_id: str, exit_code: str | None = None) -> Any:
        return self.meeting_feature.start(round_id, exit_code)

    def open_paper_forms(self, round_id: str) -> None:
        from pps_monitor.ui.paper.feature import PaperFeature

        PaperFeature(self).open(round_id)

    def present(
        self, partnership_id: str, round_id: str | None = None, screen: Any = None, heading: str = ""
    ) -> Any:
        if self._present is None:
            from pps_monitor.ui.present.feature import PresentFeature

            self._present = PresentFeature(self)
        return self._present.present(partnership_id, round_id, screen, heading)

    @property
    def phones_feature(self) -> Any:
        if self._phones is None:
            from pps_monitor.ui.phones.feature import PhonesFeature

            self._phones = PhonesFeature(self)
        return self._phones

    def answer_on_phones(self, round_id: str) -> Any:
        return self.phones_feature.start(round_id)

    def show_help(self) -> None:
        """F1: the guide at the topic of the screen in front (see ui.common.help)."""
        from pps_monitor.ui.common.help import DEFAULT_TOPIC, show_help, topic_for

        topic = topic_for(self.focusWidget())
        if topic == DEFAULT_TOPIC and self.view is not None:
            tabs = self.view.tabs
            topic = ("rounds", "results", "start", "actions", "actions")[min(tabs.currentIndex(), 4)]
            topic = topic_for(tabs.currentWidget()) if tabs.currentIndex() > 4 else topic
        show_help(self, topic)

    # --- rounds (menu) -------------------------------------------------------------

    def new_round(self) -> None:
        if self.view is not None:
            self.view.new_round()

    def meeting_for_selected(self) -> None:
        rid = self.dialogs.selected_round_id()
        if rid:
            self.start_meeting(rid)

    def paper_for_selected(self) -> None:
        rid = self.dialogs.selected_round_id()
        if rid:
            self.open_paper_forms(rid)

    def phones_for_selected(self) -> None:
        rid = self.dialogs.selected_round_id()
        if rid:
            self.answer_on_phones(rid)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.meeting is not None:
            event.ignore()
            return
        self.settings.save_geometry(self.saveGeometry(), self.saveState())
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)
        self.ctx.close_db()
        event.accept()


def _first_size(window: QWidget) -> QSize:
    """1280 x 800, or less on a smaller screen (a 1366 x 768 laptop leaves about
    1366 x 720 once the task bar and the title bar are counted)."""
    screen = window.screen()
    if screen is None:
        return QSize(1280, 720)
    free = screen.availableGeometry().size()
    return QSize(min(1280, free.width() - 20), min(800, free.height() - 48))


def _results_pane(ctx: AppContext, partnership_id: str) -> Any:
    """Built when the Results tab is first opened (it loads matplotlib)."""
    from pps_monitor.ui.results.view import ResultsView

    return ResultsView(ctx, partnership_id)
