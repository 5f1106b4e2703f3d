"""The main window's own dialogs: databases, recent files, report, preferences, about.

Kept apart so the window module stays a thin shell. Texts keep
the "MainWindow" translation context they were written in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from pps_monitor import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from pps_monitor.ui.common.host import Host

DB_FILTER = "PPS Monitor (*.sqlite *.db);;*"


class ShellDialogs:
    """The window's own dialogs; ``restart`` asks the app to rebuild the window."""

    def __init__(self, host: Host, restart: SignalInstance) -> None:
        self.host, self.restart_requested = host, restart
        self.ctx = host.ctx
        self.report_dialog: Any = None

    def switch_database(self, path: Path) -> bool:
        return self.host.switch_database(path)

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.host.widget(),
            QCoreApplication.translate("MainWindow", "Open database"),
            self.ctx.settings.start_in("database")
            if self._used("database")
            else str(self.ctx.db_path.parent),
            DB_FILTER,
        )
        if path:
            self.ctx.settings.set_last_folder("database", path)
            self.switch_database(Path(path))

    def new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.host.widget(),
            QCoreApplication.translate("MainWindow", "New database"),
            self.ctx.settings.start_in("database", "pps-monitor.sqlite")
            if self._used("database")
            else str(self.ctx.db_path.parent / "pps-monitor.sqlite"),
            DB_FILTER,
        )
        if path:
            self.ctx.settings.set_last_folder("database", path)
            self.switch_database(Path(path))

    def _used(self, kind: str) -> bool:
        return self.ctx.settings.q.contains(f"last_folder/{kind}")

    def open_recent(self, entry: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not Path(entry).exists():
            self.ctx.settings.remove_recent(entry)
            QMessageBox.warning(
                self.host.widget(),
                QCoreApplication.translate("MainWindow", "Recent databases"),
                QCoreApplication.translate("MainWindow", "%1 no longer exists.").replace(
                    "%1", entry
                ),
            )
            return
        self.switch_database(Path(entry))

    def warn_location(self, warning: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.host.show_status(warning, 0)
        QMessageBox.warning(
            self.host.widget(),
            QCoreApplication.translate("MainWindow", "Database location"),
            warning,
        )

    def selected_round_id(self) -> str | None:
        from PySide6.QtWidgets import QMessageBox

        if self.host.current_partnership_id() is None:
            return None
        current = self.host.current_round()
        if current is None:
            QMessageBox.information(
                self.host.widget(),
                QCoreApplication.translate("MainWindow", "Round"),
                QCoreApplication.translate("MainWindow", "Select a round in the Rounds tab first."),
            )
            return None
        return current["id"]

    def open_report(self) -> None:
        from pps_monitor.ui.report.dialog import ReportDialog

        pid = self.host.current_partnership_id()
        if pid is None:
            return
        round_row = self.host.current_round()
        self.report_dialog = ReportDialog(
            self.host.widget(), self.ctx, pid, round_row["id"] if round_row else None
        )
        self.report_dialog.show()

    def preferences(self) -> None:
        from PySide6.QtWidgets import QDialog

        from pps_monitor.ui.preferences.dialog import PreferencesDialog

        settings = self.ctx.settings
        dialog = PreferencesDialog(self.host.widget(), settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        old_language = settings.language
        settings.language_choice = v["language"]
        if settings.language != old_language:
            self.restart_requested.emit(self.ctx.db_path)
        else:
            self.ctx.hub.settings_changed.emit()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self.host.widget(),
            QCoreApplication.translate("MainWindow", "About PPS Monitor"),
            QCoreApplication.translate(
                "MainWindow",
                "PPS Monitor %1\n\nMeasure the health of a public-private partnership for socially valuable work, offline.\n\nDatabase: %2",
            )
            .replace("%1", __version__)
            .replace("%2", str(self.ctx.db_path)),
        )
