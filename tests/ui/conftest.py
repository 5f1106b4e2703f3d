import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from pps_monitor.ui.common.settings import Settings


@pytest.fixture(scope="session", autouse=True)
def _collect_on_gui_thread(qapp):
    """As in the app: garbage is collected on the GUI thread only, never by a worker."""
    from pps_monitor.ui.common.collector import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield collector
    QThreadPool.globalInstance().waitForDone(10_000)
    collector.stop()


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


class Answers:
    """What the monkeypatched modal dialogs answer, and what they were asked."""

    def __init__(self):
        self.question = QMessageBox.StandardButton.Yes
        self.text: list[tuple[str, bool]] = []
        self.shown: list[str] = []
        self.item: str | None = None  # what QInputDialog.getItem picks (None: the first)


@pytest.fixture(autouse=True)
def _modal_dialogs(monkeypatch):
    """No UI test ever opens a real modal message box: offscreen, a modal loop started
    while pytest-qt processes events at teardown can block or abort the whole run.
    Every box is recorded instead (``dialogs.shown``)."""
    answers = Answers()

    def question(parent, title, text, *args, **kwargs):
        answers.shown.append(text)
        return answers.question

    def note(parent, title, text, *args, **kwargs):
        answers.shown.append(text)
        return QMessageBox.StandardButton.Ok

    def get_text(*args, **kwargs):
        return answers.text.pop(0) if answers.text else ("", False)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(note))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))

    def get_item(parent, title, label, items, *args, **kwargs):
        # a choice (whose questionnaire, issue 17): the first item unless a test says
        return (answers.item if answers.item in items else items[0]), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))

    def exec_box(self):
        answers.shown.append(self.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return answers


@pytest.fixture
def dialogs(_modal_dialogs):
    return _modal_dialogs


def fill_dialog(monkeypatch, cls, fill):
    """Make ``cls.exec()`` fill the form with ``fill(dialog)`` and press OK."""

    def exec_(self):
        fill(self)
        self._accept()
        return self.result() or QDialog.DialogCode.Rejected

    monkeypatch.setattr(cls, "exec", exec_)


@pytest.fixture
def make_window(qtbot, settings, dialogs, db_path):
    from pps_monitor.ui.main_window import MainWindow

    created = []

    def make(path=db_path, offered=True):
        if offered:
            settings.set_demo_offered(path)
        window = MainWindow(path, settings)
        qtbot.addWidget(window)
        window.show()
        created.append(window)
        return window

    yield make
    QThreadPool.globalInstance().waitForDone(10_000)
