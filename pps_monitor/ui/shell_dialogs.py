"""The main window's own dialogs: databases, recent files, report, preferences, about.

A mixin of MainWindow, kept apart so the window module stays a thin shell. Texts keep
the "MainWindow" translation context they were written in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from pps_monitor import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QMainWindow, QMenu

    from pps_monitor.ui.common.context import AppContext

    _Base = QMainWindow
else:
    _Base = object

DB_FILTER = "PPS Monitor (*.sqlite *.db);;*"


class ShellDialogs(_Base):
    ctx: AppContext
    view: Any
    report_dialog: Any
    restart_requested: SignalInstance

    def switch_database(self, path: Path) -> bool:
        raise NotImplementedError

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Open database"),
            str(self.ctx.db_path.parent),
            DB_FILTER,
        )
        if path:
            self.switch_database(Path(path))

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "New database"),
            str(self.ctx.db_path.parent / "pps-monitor.sqlite"),
            DB_FILTER,
        )
        if path:
            self.switch_database(Path(path))

    def fill_recent(self) -> None:
        menu: QMenu = self.menus.recent_menu  # type: ignore[attr-defined]
        menu.clear()
        for entry in self.ctx.settings.recent_databases():
            action = menu.addAction(entry)
            action.triggered.connect(lambda _checked=False, p=entry: self._open_recent(p))
        if menu.isEmpty():
            menu.addAction(QCoreApplication.translate("MainWindow", "(none)")).setEnabled(False)

    def _open_recent(self, entry: str) -> None:
        if not Path(entry).exists():
            self.ctx.settings.remove_recent(entry)
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Recent databases"),
                QCoreApplication.translate("MainWindow", "%1 no longer exists.").replace(
                    "%1", entry
                ),
            )
            return
        self.switch_database(Path(entry))

    def _warn_location(self, warning: str) -> None:
        self.statusBar().showMessage(warning)
        QMessageBox.warning(
            self, QCoreApplication.translate("MainWindow", "Database location"), warning
        )

    def _selected_round_id(self) -> str | None:
        if self.view is None:
            return None
        current = self.view.current_round()
        if current is None:
            QMessageBox.information(
                self,
                QCoreApplication.translate("MainWindow", "Round"),
                QCoreApplication.translate("MainWindow", "Select a round in the Rounds tab first."),
            )
            return None
        return current["id"]

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
        from pps_monitor.ui.preferences.dialog import PreferencesDialog

        settings = self.ctx.settings
        dialog = PreferencesDialog(self, settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        old_language = settings.language
        settings.language_choice = v["language"]
        settings.min_group = v["min_group"]
        settings.strength = v["strength"]
        settings.attention = v["attention"]
        if settings.language != old_language:
            self.restart_requested.emit(self.ctx.db_path)
        else:
            self.ctx.hub.settings_changed.emit()

    def about(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About PPS Monitor"),
            QCoreApplication.translate(
                "MainWindow",
                "PPS Monitor %1\n\nMeasure the health of a public-private partnership for socially valuable work, offline.\n\nDatabase: %2",
            )
            .replace("%1", __version__)
            .replace("%2", str(self.ctx.db_path)),
        )
