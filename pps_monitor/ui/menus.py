"""The main window's menus and toolbar, each action bound to a method when it is built
(a misspelt method fails at start-up, not when the item is clicked). The texts keep the
"MainWindow" translation context they were written in."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from pps_monitor.ui.exchange.feature import ExchangeFeature
    from pps_monitor.ui.exchange.paper_forms import PaperSpreadsheets
    from pps_monitor.ui.partnership.commands import PartnershipCommands
    from pps_monitor.ui.shell_dialogs import ShellDialogs


class MenuTarget(Protocol):
    """What the menus call: the main window and the features it composed."""

    exchange: ExchangeFeature
    paper_sheets: PaperSpreadsheets
    admin: PartnershipCommands
    dialogs: ShellDialogs

    @property
    def undo_stack(self) -> QUndoStack: ...

    def new_round(self) -> None: ...
    def meeting_for_selected(self) -> None: ...
    def paper_for_selected(self) -> None: ...
    def phones_for_selected(self) -> None: ...
    def show_help(self) -> None: ...
    def close(self) -> bool: ...


class MainWindow(MenuTarget, Protocol):  # the QMainWindow side the menus fill
    def parent_object(self) -> QObject: ...
    def menuBar(self) -> Any: ...
    def addToolBar(self, toolbar: QToolBar) -> None: ...


class Menus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.parent_object())
        self.window = window
        self._build_actions(window)
        self._build_menus(window)
        self._build_toolbar(window)

    def _action(self, text: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())  # never pass `checked` on
        return action

    def _build_actions(self, w: MainWindow) -> None:
        self._file_actions(w)
        self._edit_actions(w)
        self._round_actions(w)

    def _file_actions(self, w: MainWindow) -> None:
        sk, ex, admin = QKeySequence.StandardKey, w.exchange, w.admin
        self.act_new = self._action(
            QCoreApplication.translate("MainWindow", "&New partnership…"),
            admin.new_partnership,
            sk.New,
        )
        self.act_open = self._action(
            QCoreApplication.translate("MainWindow", "&Open database…"),
            w.dialogs.choose_database,
            sk.Open,
        )
        self.act_new_db = self._action(
            QCoreApplication.translate("MainWindow", "New &database…"),
            w.dialogs.new_database,
            "Ctrl+Shift+N",
        )
        self.act_print = self._action(
            QCoreApplication.translate("MainWindow", "&Report (preview, save, print)…"),
            w.dialogs.open_report,
            sk.Print,
        )
        self.act_export = self._action(
            QCoreApplication.translate("MainWindow", "&Export answers (Excel, CSV)…"),
            ex.export_spreadsheet,
            "Ctrl+Shift+E",
        )
        self.act_import = self._action(
            QCoreApplication.translate("MainWindow", "&Import file…"), ex.import_file, "Ctrl+I"
        )
        self.act_export_round = self._action(
            QCoreApplication.translate("MainWindow", "Export round &package…"),
            partial(ex.export_exchange, "round-package"),
        )
        self.act_export_responses = self._action(
            QCoreApplication.translate("MainWindow", "Export round &answers…"),
            partial(ex.export_exchange, "responses"),
        )
        self.act_backup = self._action(
            QCoreApplication.translate("MainWindow", "&Back up now"), ex.backup_now
        )
        self.act_restore = self._action(
            QCoreApplication.translate("MainWindow", "&Restore from a backup…"), ex.restore
        )
        self.act_erase = self._action(
            QCoreApplication.translate("MainWindow", "Erase a respondent (privacy)…"),
            ex.erase_respondent,
        )
        self.act_demo = self._action(
            QCoreApplication.translate("MainWindow", "Add &demo partnership"), admin.add_demo
        )
        self.act_quit = self._action(
            QCoreApplication.translate("MainWindow", "&Quit"), w.close, sk.Quit
        )

    def _edit_actions(self, w: MainWindow) -> None:
        sk, admin = QKeySequence.StandardKey, w.admin
        self.act_undo = w.undo_stack.createUndoAction(
            self, QCoreApplication.translate("MainWindow", "&Undo")
        )
        self.act_undo.setShortcut(QKeySequence(sk.Undo))
        self.act_redo = w.undo_stack.createRedoAction(
            self, QCoreApplication.translate("MainWindow", "&Redo")
        )
        self.act_redo.setShortcut(QKeySequence(sk.Redo))
        self.act_rename = self._action(
            QCoreApplication.translate("MainWindow", "&Rename partnership…"),
            admin.rename_partnership,
            "F2",
        )
        self.act_delete = self._action(
            QCoreApplication.translate("MainWindow", "&Delete partnership…"),
            admin.delete_partnership,
        )
        self.act_prefs = self._action(
            QCoreApplication.translate("MainWindow", "&Preferences…"),
            w.dialogs.preferences,
            sk.Preferences,
        )
        if self.act_prefs.shortcut().isEmpty():
            self.act_prefs.setShortcut(QKeySequence("Ctrl+,"))

    def _round_actions(self, w: MainWindow) -> None:
        sheets = w.paper_sheets
        self.act_round = self._action(
            QCoreApplication.translate("MainWindow", "New &round…"), w.new_round, "Ctrl+R"
        )
        self.act_meeting = self._action(
            QCoreApplication.translate("MainWindow", "&Meeting mode…"), w.meeting_for_selected, "F5"
        )
        self.act_phones = self._action(
            QCoreApplication.translate("MainWindow", "Answer on p&hones…"),
            w.phones_for_selected,
            "Ctrl+Shift+H",
        )
        self.act_paper = self._action(
            QCoreApplication.translate("MainWindow", "&Paper forms…"),
            w.paper_for_selected,
            "Ctrl+E",
        )
        self.act_paper_template = self._action(
            QCoreApplication.translate("MainWindow", "Paper-form &template (Excel, CSV)…"),
            sheets.paper_template,
        )
        self.act_paper_import = self._action(
            QCoreApplication.translate("MainWindow", "&Import paper forms from a spreadsheet…"),
            sheets.import_paper_forms,
        )
        self.act_help = self._action(
            QCoreApplication.translate("MainWindow", "&Guide for the coordinator"),
            w.show_help,
            QKeySequence.StandardKey.HelpContents,
        )
        self.act_about = self._action(
            QCoreApplication.translate("MainWindow", "&About PPS Monitor"), w.dialogs.about
        )

    @staticmethod
    def _fill(menu: QMenu, *groups: tuple[QAction, ...]) -> None:
        for k, group in enumerate(groups):
            if k:
                menu.addSeparator()
            for action in group:
                menu.addAction(action)

    def _build_menus(self, w: MainWindow) -> None:
        file_menu = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self._fill(file_menu, (self.act_new, self.act_new_db, self.act_open))
        self.recent_menu = file_menu.addMenu(
            QCoreApplication.translate("MainWindow", "Recent databases")
        )
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        file_menu.addSeparator()
        self._fill(
            file_menu,
            (self.act_import, self.act_export_round, self.act_export_responses, self.act_export),
            (self.act_print, self.act_backup, self.act_restore, self.act_erase, self.act_demo),
            (self.act_quit,),
        )
        edit = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        self._fill(
            edit,
            (self.act_undo, self.act_redo),
            (self.act_rename, self.act_delete),
            (self.act_prefs,),
        )
        rounds = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Round"))
        self._fill(
            rounds,
            (
                self.act_round,
                self.act_meeting,
                self.act_phones,
                self.act_paper,
                self.act_paper_template,
                self.act_paper_import,
            ),
        )
        help_menu = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(self.act_help)
        help_menu.addAction(self.act_about)

    def _build_toolbar(self, w: MainWindow) -> None:
        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
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
        w.addToolBar(toolbar)

    def fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for entry in self.window.dialogs.ctx.settings.recent_databases():
            action = menu.addAction(entry)
            action.triggered.connect(
                lambda _checked=False, p=entry: self.window.dialogs.open_recent(p)
            )
        if menu.isEmpty():
            menu.addAction(QCoreApplication.translate("MainWindow", "(none)")).setEnabled(False)

    def update(self, has_db: bool, has_partnership: bool) -> None:
        """Enable what needs an open database, and what needs a chosen partnership."""
        for a in (
            self.act_new,
            self.act_demo,
            self.act_import,
            self.act_backup,
            self.act_restore,
            self.act_erase,
        ):
            a.setEnabled(has_db)
        for a in (
            self.act_export_round,
            self.act_export_responses,
            self.act_rename,
            self.act_delete,
            self.act_round,
            self.act_meeting,
            self.act_phones,
            self.act_paper,
            self.act_print,
            self.act_export,
        ):
            a.setEnabled(has_db and has_partnership)
