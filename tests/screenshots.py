"""Save screenshots of every main screen at 1366x768, in English and Dutch.

QT_QPA_PLATFORM=offscreen python tests/screenshots.py [OUT_DIR]   (default: shots/)
SHOT_SIZE=1920x1080 for another size.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

SIZE = tuple(int(v) for v in os.environ.get("SHOT_SIZE", "1366x768").split("x"))


def shoot(widget: QWidget, path: Path) -> None:
    widget.resize(*SIZE)
    widget.show()
    QApplication.processEvents()
    # Charts render in worker threads (and again after a resize, once it settles): wait
    # until the pool stays idle.
    QTest.qWait(200)
    for _ in range(100):
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()
        if QThreadPool.globalInstance().activeThreadCount() == 0:
            break
    widget.grab().save(str(path))
    print("saved", path)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    from pps_monitor.ui.common.focus_style import install_focus_style

    install_focus_style(app)
    from pps_monitor.demo import add_demo
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage.database import open_database
    from pps_monitor.ui.common.settings import Settings
    from pps_monitor.ui.i18n import install_language
    from pps_monitor.ui.main_window import MainWindow
    from pps_monitor.ui.meeting.window import MeetingWindow
    from pps_monitor.ui.paper.entry import PaperEntryDialog
    from pps_monitor.ui.preferences.dialog import PreferencesDialog

    tmp = Path(tempfile.mkdtemp())
    db_path = tmp / "demo.sqlite"
    db = open_database(db_path)
    pid = add_demo(db)
    open_round = next(r for r in repo.list_rounds(db, pid) if r["status"] == "open")["id"]
    db.close()
    for lang in ("en", "nl"):
        settings = Settings(QSettings(str(tmp / f"{lang}.ini"), QSettings.Format.IniFormat))
        settings.language_choice = lang
        settings.set_demo_offered(db_path)
        install_language(lang)
        empty = MainWindow(tmp / f"empty-{lang}.sqlite", settings)
        empty.settings.set_demo_offered(tmp / f"empty-{lang}.sqlite")
        shoot(empty, out / f"{lang}-landing-first-start.png")
        empty.close()
        window = MainWindow(db_path, settings)
        window.view.tabs.setCurrentIndex(1)
        window.show_help()
        from pps_monitor.ui.common.help import _window as help_window

        shoot(help_window[0], out / f"{lang}-help-results.png")
        help_window[0].close()
        for index, name in ((0, "rounds"), (2, "organisations"), (3, "actions"), (4, "timeline")):
            window.view.tabs.setCurrentIndex(index)
            shoot(window, out / f"{lang}-main-{name}.png")
        results = window.view.show_results()
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
        for index in range(results.tabs.count()):
            results.tabs.setCurrentIndex(index)
            shoot(window, out / f"{lang}-results-{index}-{results.visible_key()}.png")
        results.tabs.setCurrentIndex(5)
        results.scores.view.selectRow(3)
        from pps_monitor.ui.results.view import DistributionDialog

        dist = DistributionDialog(window, results.current(), "CC-RES", lang)
        shoot(dist, out / f"{lang}-results-distribution.png")
        dist.close()
        window.dialogs.open_report()
        report = window.dialogs.report_dialog
        report.when_ready(report.preview)
        while report.preview_window is None or not report.preview_window.pages:
            QThreadPool.globalInstance().waitForDone(100)
            app.processEvents()
        report.adjustSize()
        report.grab().save(str(out / f"{lang}-report-dialog.png"))
        shoot(report.preview_window, out / f"{lang}-report-preview.png")
        report.close()
        from pps_monitor.services import balance
        from pps_monitor.ui.partnership.key_figures_dialog import KeyFiguresDialog

        figures = KeyFiguresDialog(
            window, "Voorjaar 2026", balance.get_key_figures(window.ctx.db, open_round), lang
        )
        figures.adjustSize()
        figures.show()
        QApplication.processEvents()
        figures.grab().save(str(out / f"{lang}-key-figures.png"))
        figures.close()
        prefs = PreferencesDialog(window, settings)
        prefs.adjustSize()
        prefs.show()
        QApplication.processEvents()
        prefs.grab().save(str(out / f"{lang}-preferences.png"))
        meeting = MeetingWindow(window.ctx.db, open_round, lang, "1234")
        shoot(meeting, out / f"{lang}-meeting-welcome.png")
        meeting._show_profile()
        meeting.activateWindow()
        meeting.profile.focus_first()
        shoot(meeting, out / f"{lang}-meeting-profile.png")
        meeting._start_questionnaire()
        q = meeting.questionnaire
        q.answer(4)
        q.next_item()
        q.answer(None)
        shoot(meeting, out / f"{lang}-meeting-questionnaire.png")
        q._show_page(len(q.pages) - 1)
        shoot(meeting, out / f"{lang}-meeting-risks.png")
        q._show_page(len(q.pages))
        shoot(meeting, out / f"{lang}-meeting-summary.png")
        meeting.leave()
        paper = PaperEntryDialog(window, window.ctx.db, open_round, lang)
        paper.grids[0].item(0, 0).setText("2")
        paper.grids[0].item(0, 4).setText("9")
        paper.grids[0].setCurrentCell(0, 5)
        shoot(paper, out / f"{lang}-paper-forms.png")
        paper.close()
        shoot_present(window, pid, out, lang)
        window.close()
    del app


def shoot_present(window: QWidget, pid: str, out: Path, lang: str) -> None:
    """Present mode on a 1920 x 1080 projector: every view of the latest closed round."""
    from PySide6.QtCore import Qt

    from pps_monitor.storage import repository as repo

    closed = [r for r in repo.list_rounds(window.ctx.db, pid) if r["status"] == "closed"]
    present = window.present(pid, closed[-1]["id"])
    present.setWindowState(Qt.WindowState.WindowNoState)  # offscreen has no projector
    for _ in range(200):
        if present.loaded:
            break
        QTest.qWait(50)
    for k in range(len(present.views)):
        present.resize(1920, 1080)
        shoot_as_is(present, out / f"{lang}-present-{k + 1}-{present.current_key}.png")
        QTest.keyClick(present, Qt.Key.Key_Space)
    QTest.keyClick(present, Qt.Key.Key_Escape)


def shoot_as_is(widget: QWidget, path: Path) -> None:
    """As ``shoot``, at the widget's own size."""
    widget.show()
    for _ in range(100):
        QTest.qWait(100)
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()
        if QThreadPool.globalInstance().activeThreadCount() == 0:
            break
    QTest.qWait(300)
    widget.grab().save(str(path))
    print("saved", path)


if __name__ == "__main__":
    main()
