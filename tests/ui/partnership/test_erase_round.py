"""Erasing a round for good offers to delete the backups that still hold it."""

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from pps_monitor.storage import backup as bk
from tests.ui.test_main_window import demo_db


def erase_last_round(qtbot, window, dialogs):
    window.view.rounds.view.selectRow(len(window.view.round_rows) - 1)
    rid = window.current_round()["id"]
    before = len(dialogs.shown)
    window.view.rounds.corrections.erase_round()
    qtbot.waitUntil(lambda: len(dialogs.shown) >= before + 3, timeout=15_000)
    QThreadPool.globalInstance().waitForDone()
    return rid


def test_yes_deletes_the_backups_that_hold_the_round(qtbot, make_window, dialogs, db_path):
    demo_db(db_path)
    window = make_window()
    saved = bk.make_backup(window.ctx.db, db_path, "manual")
    rid = erase_last_round(qtbot, window, dialogs)
    assert str(saved) in dialogs.shown[-2]  # named before the question
    assert "erased everywhere" in dialogs.shown[-1]
    assert not saved.exists()
    assert window.ctx.db.execute("SELECT 1 FROM rounds WHERE id = ?", [rid]).fetchone() is None


def test_no_keeps_them_and_says_until_when(qtbot, make_window, dialogs, db_path):
    demo_db(db_path)
    window = make_window()
    saved = bk.make_backup(window.ctx.db, db_path, "manual")
    answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])

    def question(*_a, **_k):
        dialogs.shown.append(_a[2])
        return next(answers)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(QMessageBox, "question", staticmethod(question))
        erase_last_round(qtbot, window, dialogs)
    assert saved.exists()
    assert "next backup rotation" in dialogs.shown[-1]
