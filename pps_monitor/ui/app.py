"""Start the desktop app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pps_monitor import __version__
from pps_monitor.errors import PpsError


def create_window(db_path: Path | None = None, *, defer_open: bool = True) -> object:
    """Build the main window for ``db_path`` (or the last or default database)."""
    from pps_monitor.paths import default_database_path
    from pps_monitor.ui.common.settings import Settings
    from pps_monitor.ui.i18n import install_language
    from pps_monitor.ui.main_window import MainWindow

    settings = Settings()
    install_language(settings.language)
    if db_path is None:
        last = settings.last_database()
        db_path = Path(last) if last and Path(last).exists() else default_database_path()
    window = MainWindow(db_path, settings, defer_open=defer_open)
    window.restart_requested.connect(lambda path: _rebuild(window, path))
    return window


def _rebuild(old: object, path: Path) -> None:
    """Language changed: reopen the window in the new language on the same database."""
    old.close()  # type: ignore[attr-defined]
    new = create_window(path)
    new.show()  # type: ignore[attr-defined]
    app = QApplication.instance()
    assert app is not None
    app.setProperty("main_window", new)


def run(
    db_path: Path | None = None, argv: list[str] | None = None, open_file: Path | None = None
) -> int:
    from pps_monitor.ui.common.errors import install_excepthook, setup_logging

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("PPS Monitor")
    app.setOrganizationName("PPS Monitor")
    app.setApplicationVersion(__version__)
    install_excepthook()
    from pps_monitor.ui.common.focus_style import install_focus_style

    install_focus_style(app)
    from pps_monitor.ui.common.collector import install as collect_on_gui_thread

    collect_on_gui_thread(app)  # no Qt object is ever freed by a worker thread's collection
    from pps_monitor.ui.single_instance import SingleInstance, hand_over, open_in

    if hand_over(open_file or db_path):  # one app at a time: the running one takes the file
        return 0
    instance = SingleInstance(parent=app)
    instance.listen()
    try:
        window = create_window(db_path)
    except PpsError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "PPS Monitor", str(exc))
        return 1
    app.setProperty("main_window", window)
    instance.received.connect(lambda path: open_in(app.property("main_window"), path))
    window.show()  # type: ignore[attr-defined]
    # The log file (logging.handlers) is not needed to paint the window.
    window.first_painted.connect(setup_logging)  # type: ignore[attr-defined]
    if open_file is not None:  # `pps-monitor FILE`: an exchange file opens its import preview
        # After the first paint, behind the opening of the database that it queues.
        window.first_painted.connect(  # type: ignore[attr-defined]
            lambda: QTimer.singleShot(0, lambda: window.exchange.import_file(open_file))  # type: ignore[attr-defined]
        )
    if os.environ.get("PPS_MONITOR_SMOKE_EXIT"):  # scripts/build-bundle: shown, then quit
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()  # no worker may outlive the application
    return code


def main() -> int:
    return run()
