"""Start the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from pps_monitor import __version__
from pps_monitor.errors import PpsError


def run(db_path: Path | None = None, argv: list[str] | None = None) -> int:
    from pps_monitor.storage.database import default_database_path
    from pps_monitor.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("PPS Monitor")
    app.setOrganizationName("PPS Monitor")
    app.setApplicationVersion(__version__)
    try:
        window = MainWindow(db_path or default_database_path())
    except PpsError as exc:
        QMessageBox.critical(None, "PPS Monitor", str(exc))
        return 1
    window.show()
    return app.exec()


def main() -> int:
    return run()
