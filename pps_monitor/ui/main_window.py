"""Main window: partnerships on the left, the chosen partnership on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pps_monitor import __version__
from pps_monitor.errors import PpsError
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.settings import Settings
from pps_monitor.ui.common.tasks import BackgroundOp

if TYPE_CHECKING:
    from types import ModuleType

    from pps_monitor.ui.meeting.window import MeetingWindow
    from pps_monitor.ui.partnership.view import PartnershipView


# Storage (sqlite-utils), the larger screens and Qt's dialog classes (PySide6 builds
# their enums on first import) are imported on first use: importing them up front
# would double the time until the window appears.
def _repo() -> ModuleType:
    from pps_monitor.storage import repository

    return repository


def open_database(path: Path, create: bool = True) -> Any:
    from pps_monitor.storage.database import open_database as _open

    return _open(path, create=create)


DB_FILTER = "PPS Monitor (*.sqlite *.db);;*"


def _add_demo_in_worker(path: Path) -> str:
    from pps_monitor.demo import add_demo
    from pps_monitor.storage.database import worker_connection

    with worker_connection(path) as db:
        return add_demo(db)


class MainWindow(QMainWindow):
    restart_requested = Signal(object)  # database path: rebuild the window (language change)

    def __init__(
        self, db_path: Path, settings: Settings | None = None, *, defer_open: bool = False
    ) -> None:
        """``defer_open`` shows the window first and opens the database right after."""
        super().__init__()
        self.settings = settings or Settings()
        self.undo = QUndoStack(self)
        self.ctx = AppContext(None, Path(db_path), self.settings, self.undo)  # type: ignore[arg-type]
        self.meeting: MeetingWindow | None = None
        self.view: PartnershipView | None = None

        self.partnerships = QListWidget()
        self.partnerships.currentItemChanged.connect(self._on_partnership)
        self.partnerships.itemDoubleClicked.connect(lambda _item: self.rename_partnership())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Partnerships")))
        left_layout.addWidget(self.partnerships)
        self.right = QStackedWidget()
        self.empty = QLabel(
            self.tr("Create a partnership to begin: File → New partnership (Ctrl+N).")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 980])
        self.setCentralWidget(splitter)
        self._build_actions()
        self.statusBar()
        self._update_title()
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        self._update_actions()
        if defer_open:
            QTimer.singleShot(0, self._open_first_database)
        else:
            self._attach(open_database(self.ctx.db_path))

    def _open_first_database(self) -> None:
        try:
            db = open_database(self.ctx.db_path)
        except PpsError as exc:
            self.empty.setText(self.tr("No database is open. Use File → Open database (Ctrl+O)."))
            show_error(self, exc)
            return
        self._attach(db)

    def _attach(self, db: Any) -> None:
        from pps_monitor.paths import location_warning
        from pps_monitor.storage.backup import daily_backup_due

        self.ctx.db = db
        self.settings.add_recent(self.ctx.db_path)
        self._update_title()
        self.reload()
        warning = location_warning(self.ctx.db_path)
        if warning:
            QTimer.singleShot(0, lambda: self._warn_location(warning))
        if daily_backup_due(self.ctx.db_path) and self.partnerships.count():
            QTimer.singleShot(3000, self._exchange("backup_now", "daily", True))
        QTimer.singleShot(0, self._offer_demo)
        QTimer.singleShot(1500, self._preload_charts)

    def _warn_location(self, warning: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(warning)
        QMessageBox.warning(self, self.tr("Database location"), warning)

    def _preload_charts(self) -> None:
        """Import matplotlib in the background so the first chart opens without a wait."""

        def load(_progress: Any) -> None:
            import matplotlib.backends.backend_agg
            import matplotlib.figure
            import matplotlib.projections.polar  # noqa: F401

        BackgroundOp(op=load, success=lambda _r: None, failure=lambda _e: None).run(self)

    # --- actions -------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("&New partnership…"), self.new_partnership, sk.New)
        self.act_open = self._action(self.tr("&Open database…"), self.choose_database, sk.Open)
        self.act_new_db = self._action(self.tr("New &database…"), self.new_database, "Ctrl+Shift+N")
        self.act_print = self._action(
            self.tr("&Report (preview, save, print)…"), self.open_report, sk.Print
        )
        self.act_export = self._action(
            self.tr("&Export answers (Excel, CSV)…"),
            self._exchange("export_spreadsheet"),
            "Ctrl+Shift+E",
        )
        self.act_import = self._action(
            self.tr("&Import file…"), self._exchange("import_file"), "Ctrl+I"
        )
        self.act_export_round = self._action(
            self.tr("Export round &package…"), self._exchange("export_exchange", "round-package")
        )
        self.act_export_responses = self._action(
            self.tr("Export round &answers…"), self._exchange("export_exchange", "responses")
        )
        self.act_backup = self._action(self.tr("&Back up now"), self._exchange("backup_now"))
        self.act_restore = self._action(
            self.tr("&Restore from a backup…"), self._exchange("restore")
        )
        self.act_erase = self._action(
            self.tr("Erase a respondent (privacy)…"), self._exchange("erase_respondent")
        )
        self.act_demo = self._action(self.tr("Add &demo partnership"), self.add_demo)
        self.act_quit = self._action(self.tr("&Quit"), self.close, sk.Quit)
        self.act_undo = self.undo.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence(sk.Undo))
        self.act_redo = self.undo.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence(sk.Redo))
        self.act_rename = self._action(
            self.tr("&Rename partnership…"), self.rename_partnership, "F2"
        )
        self.act_delete = self._action(self.tr("&Delete partnership…"), self.delete_partnership)
        self.act_prefs = self._action(self.tr("&Preferences…"), self.preferences, sk.Preferences)
        if self.act_prefs.shortcut().isEmpty():
            self.act_prefs.setShortcut(QKeySequence("Ctrl+,"))
        self.act_round = self._action(self.tr("New &round…"), self._new_round, "Ctrl+R")
        self.act_meeting = self._action(self.tr("&Meeting mode…"), self._meeting_for_selected, "F5")
        self.act_paper = self._action(self.tr("&Paper forms…"), self._paper_for_selected, "Ctrl+E")
        self.act_paper_template = self._action(
            self.tr("Paper-form &template (Excel, CSV)…"), self._exchange("paper_template")
        )
        self.act_paper_import = self._action(
            self.tr("&Import paper forms from a spreadsheet…"), self._exchange("import_paper_forms")
        )
        self.act_about = self._action(self.tr("&About PPS Monitor"), self.about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for a in (self.act_new, self.act_new_db, self.act_open):
            file_menu.addAction(a)
        self.recent_menu = file_menu.addMenu(self.tr("Recent databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        for a in (
            self.act_import,
            self.act_export_round,
            self.act_export_responses,
            self.act_export,
        ):
            file_menu.addAction(a)
        file_menu.addSeparator()
        for a in (self.act_print, self.act_backup, self.act_restore, self.act_erase, self.act_demo):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        for a in (self.act_undo, self.act_redo):
            edit.addAction(a)
        edit.addSeparator()
        for a in (self.act_rename, self.act_delete):
            edit.addAction(a)
        edit.addSeparator()
        edit.addAction(self.act_prefs)
        rounds = self.menuBar().addMenu(self.tr("&Round"))
        for a in (
            self.act_round,
            self.act_meeting,
            self.act_paper,
            self.act_paper_template,
            self.act_paper_import,
        ):
            rounds.addAction(a)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (
            self.act_new,
            self.act_round,
            self.act_meeting,
            self.act_paper,
            self.act_print,
            self.act_export,
        ):
            toolbar.addAction(a)
        self.addToolBar(toolbar)

    def _exchange(self, name: str, *args: Any) -> Any:
        def run() -> None:
            from pps_monitor.ui.exchange import actions as exchange_actions

            getattr(exchange_actions, name)(self, *args)

        return run

    def _update_actions(self) -> None:
        for a in (
            self.act_new,
            self.act_demo,
            self.act_import,
            self.act_backup,
            self.act_restore,
            self.act_erase,
        ):
            a.setEnabled(self.ctx.db is not None)
        has = self.ctx.db is not None and self.current_partnership_id() is not None
        for a in (
            self.act_export_round,
            self.act_export_responses,
            self.act_rename,
            self.act_delete,
            self.act_round,
            self.act_meeting,
            self.act_paper,
            self.act_print,
            self.act_export,
        ):
            a.setEnabled(has)

    def _update_title(self) -> None:
        self.setWindowTitle(f"PPS Monitor — {self.ctx.db_path.name}")

    # --- partnerships --------------------------------------------------------------

    def current_partnership_id(self) -> str | None:
        item = self.partnerships.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def reload(self, select: str | None = None) -> None:
        if self.ctx.db is None:
            return
        select = select or self.current_partnership_id()
        self.partnerships.blockSignals(True)
        self.partnerships.clear()
        for p in _repo().list_partnerships(self.ctx.db):
            item = QListWidgetItem(p["name"])
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
            if self.view.results is not None:
                result_tab = self.view.results.tabs.currentIndex()
            self.right.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        if current is not None:
            from pps_monitor.ui.partnership.view import PartnershipView

            self.view = PartnershipView(
                self.ctx, current.data(Qt.ItemDataRole.UserRole), tab=tab, results_tab=result_tab
            )
            self.view.meeting_requested.connect(self.start_meeting)
            self.view.paper_requested.connect(self.open_paper_forms)
            self.right.addWidget(self.view)
            self.right.setCurrentWidget(self.view)
        else:
            self.right.setCurrentWidget(self.empty)
        self._update_actions()

    def new_partnership(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self, self.tr("New partnership"), self.tr("Name of the partnership:")
        )
        if not ok:
            return
        try:
            pid = _repo().create_partnership(self.ctx.db, name)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload(select=pid)

    def rename_partnership(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        pid = self.current_partnership_id()
        if pid is None:
            return
        old = _repo().get_partnership(self.ctx.db, pid)["name"]
        name, ok = QInputDialog.getText(
            self, self.tr("Rename partnership"), self.tr("New name:"), text=old
        )
        if not ok or name.strip() == old:
            return
        try:
            _repo().rename_partnership(self.ctx.db, pid, name)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload(select=pid)

    def delete_partnership(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        pid = self.current_partnership_id()
        if pid is None:
            return
        name = _repo().get_partnership(self.ctx.db, pid)["name"]
        answer = QMessageBox.question(
            self,
            self.tr("Delete partnership"),
            self.tr(
                "Delete partnership %1 with all its rounds and answers? You can undo this with Ctrl+Z."
            ).replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            from pps_monitor.ui.common.undo import DeleteCommand

            self.undo.push(
                DeleteCommand(
                    self.ctx.db,
                    "partnerships",
                    pid,
                    self.tr("Delete %1").replace("%1", name),
                    self.reload,
                )
            )

    def _offer_demo(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if (
            self.ctx.db is None
            or self.partnerships.count()
            or self.settings.demo_offered(self.ctx.db_path)
        ):
            return
        self.settings.set_demo_offered(self.ctx.db_path)
        answer = QMessageBox.question(
            self,
            self.tr("Welcome to PPS Monitor"),
            self.tr(
                "This database is empty. Add a demo partnership to look around? You can delete it later."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.add_demo()

    def add_demo(self) -> None:
        path = self.ctx.db_path
        BackgroundOp(
            op=lambda _p: _add_demo_in_worker(path), success=lambda pid: self.reload(select=pid)
        ).with_progress(self.tr("Adding the demo partnership…")).run(self)

    # --- rounds --------------------------------------------------------------------

    def _new_round(self) -> None:
        if self.view is not None:
            self.view.tabs.setCurrentIndex(0)
            self.view.new_round()

    def _selected_round_id(self) -> str | None:
        from PySide6.QtWidgets import QMessageBox

        if self.view is None:
            return None
        current = self.view.current_round()
        if current is None:
            QMessageBox.information(
                self, self.tr("Round"), self.tr("Select a round in the Rounds tab first.")
            )
            return None
        return current["id"]

    def _meeting_for_selected(self) -> None:
        rid = self._selected_round_id()
        if rid:
            self.start_meeting(rid)

    def _paper_for_selected(self) -> None:
        rid = self._selected_round_id()
        if rid:
            self.open_paper_forms(rid)

    def start_meeting(self, round_id: str, exit_code: str | None = None) -> MeetingWindow | None:
        from PySide6.QtWidgets import QDialog, QMessageBox

        from pps_monitor.ui.meeting.window import MeetingStartDialog, MeetingWindow

        round_row = _repo().get_round(self.ctx.db, round_id)
        if round_row["status"] != "open":
            QMessageBox.information(
                self,
                self.tr("Meeting mode"),
                self.tr("This round is closed. Reopen it to collect answers."),
            )
            return None
        if exit_code is None:
            dialog = MeetingStartDialog(self, round_row["label"])
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            exit_code = dialog.code.text().strip()
        self.meeting = MeetingWindow(self.ctx.db, round_id, self.ctx.lang, exit_code)
        self.meeting.left.connect(lambda count: self._meeting_left(round_id, count))
        self.meeting.showFullScreen()
        return self.meeting

    def _meeting_left(self, round_id: str, count: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.meeting = None
        if self.view is not None:
            self.view.reload()
        self.activateWindow()
        answer = QMessageBox.question(
            self,
            self.tr("Meeting mode"),
            self.tr(
                "%1 answer(s) were added in this meeting. Close the round now and show its results?"
            ).replace("%1", str(count)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            _repo().set_round_status(self.ctx.db, round_id, "closed")
            if self.view is not None:
                self.view.reload()
                self.view.show_results(round_id)

    def open_paper_forms(self, round_id: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        round_row = _repo().get_round(self.ctx.db, round_id)
        if round_row["status"] != "open":
            QMessageBox.information(
                self,
                self.tr("Paper forms"),
                self.tr("This round is closed. Reopen it to add paper forms."),
            )
            return
        from pps_monitor.ui.paper.entry import PaperEntryDialog

        PaperEntryDialog(self, self.ctx.db, round_id, self.ctx.lang).exec()
        if self.view is not None:
            self.view.reload()

    # --- files ---------------------------------------------------------------------

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self.ctx.db_path.parent), DB_FILTER
        )
        if path:
            self.switch_database(Path(path))

    def new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(self.ctx.db_path.parent / "pps-monitor.sqlite"),
            DB_FILTER,
        )
        if path:
            self.switch_database(Path(path))

    def switch_database(self, path: Path) -> bool:
        try:
            db = open_database(path)
        except Exception as exc:
            show_error(self, exc)
            return False
        if self.ctx.db is not None:
            self.ctx.db.close()
        self.ctx.db_path = Path(path)
        self.undo.clear()
        self._attach(db)
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for entry in self.settings.recent_databases():
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _checked=False, p=entry: self._open_recent(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _open_recent(self, entry: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not Path(entry).exists():
            self.settings.remove_recent(entry)
            QMessageBox.warning(
                self,
                self.tr("Recent databases"),
                self.tr("%1 no longer exists.").replace("%1", entry),
            )
            return
        self.switch_database(Path(entry))

    def open_report(self) -> None:
        from pps_monitor.ui.report.dialog import ReportDialog

        if self.view is None:
            return
        round_row = self.view.current_round()
        self.report_dialog = ReportDialog(
            self, self.ctx, self.view.pid, round_row["id"] if round_row else None
        )
        self.report_dialog.show()

    def preferences(self) -> None:
        from PySide6.QtWidgets import QDialog

        from pps_monitor.ui.preferences.dialog import PreferencesDialog

        dialog = PreferencesDialog(self, self.settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        old_language = self.settings.language
        self.settings.language_choice = v["language"]
        self.settings.min_group = v["min_group"]
        self.settings.strength = v["strength"]
        self.settings.attention = v["attention"]
        if self.settings.language != old_language:
            self.restart_requested.emit(self.ctx.db_path)
        elif self.view is not None:
            self.view.reload()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About PPS Monitor"),
            self.tr(
                "PPS Monitor %1\n\nMeasure the health of a public-private partnership for socially valuable work, offline.\n\nDatabase: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.ctx.db_path)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.meeting is not None:
            event.ignore()
            return
        self.settings.save_geometry(self.saveGeometry(), self.saveState())
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)
        if self.ctx.db is not None:
            self.ctx.db.close()
        event.accept()
