"""Errors a user can fix are shown in plain words; bugs are logged and shown with details."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from pps_monitor.errors import PpsError

log = logging.getLogger("pps_monitor")


def log_path() -> Path:
    from platformdirs import user_log_path

    return user_log_path("pps-monitor", appauthor=False) / "pps-monitor.log"


def setup_logging() -> Path:
    from logging.handlers import RotatingFileHandler

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def user_message(exc: BaseException) -> str | None:
    """The plain-words message for an error the user can act on, or None for a bug."""
    import sqlite3

    if isinstance(exc, PpsError):
        text = getattr(exc, "text", None)  # a refused file says it in Dutch or English
        if callable(text):
            from pps_monitor.ui.i18n import ui_language

            return str(text(ui_language()))
        return str(exc)
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc)
        if "locked" in text or "busy" in text:
            return QApplication.translate(
                "Errors", "The database is in use by another program. Close it there and try again."
            )
        if "disk" in text or "full" in text:
            return QApplication.translate(
                "Errors", "The disk is full. Nothing was saved; free some space and try again."
            )
        if "readonly" in text:
            return QApplication.translate(
                "Errors", "The database file is read-only. Nothing was saved."
            )
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}{': ' + str(exc.filename) if exc.filename else ''}"
    return None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show any exception: a plain message if the user can act on it, else a bug report."""
    from PySide6.QtWidgets import QMessageBox

    message = user_message(exc)
    if message is not None:
        log.info("user error: %s", message)
        QMessageBox.warning(parent, QApplication.translate("Errors", "PPS Monitor"), message)
        return
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("Errors", "Unexpected error"))
    box.setText(
        QApplication.translate(
            "Errors",
            "Something went wrong that should not have. Nothing half-written was saved. "
            "The details below were also written to the log file:\n{path}",
        ).format(path=log_path())
    )
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
