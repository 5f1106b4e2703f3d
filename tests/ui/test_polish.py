"""Issue 16, the app: a 1366 x 768 screen, the landing screen, F1 help, the last folder
per kind of file, decimal commas in Dutch."""

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog

from pps_monitor.ui.common.help import help_language, show_help, topics
from pps_monitor.ui.i18n import install_language
from tests.ui.test_main_window import demo_db


@pytest.fixture
def english():
    install_language("en")  # as the app does: English plural forms ("1 form", "2 forms")


@pytest.fixture
def dutch():
    install_language("nl")
    yield
    install_language("en")


def test_the_main_window_fits_a_1366_by_768_laptop_in_dutch(qtbot, make_window, db_path, dutch):
    demo_db(db_path)
    window = make_window()
    window.resize(1366, 720)
    view = window.view
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 720, (index, hint)
        assert window.width() <= 1366
    results = view.show_results()
    qtbot.waitUntil(results.settled, timeout=15_000)
    for index in range(results.tabs.count()):
        results.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1366, results.tabs.tabText(index)
    QThreadPool.globalInstance().waitForDone()


def test_the_first_window_is_no_larger_than_the_screen(qtbot, make_window):
    window = make_window()
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()


def test_an_empty_database_says_what_to_do_next(qtbot, make_window, db_path):
    window = make_window()
    landing = window.empty
    assert window.right.currentWidget() is landing
    assert landing.state == "empty"
    shown = {key for key, button in landing.buttons.items() if not button.isHidden()}
    assert shown == {"new", "demo", "help"}
    assert "Create a round" in landing.text()
    landing.buttons["demo"].click()
    qtbot.waitUntil(lambda: window.partnerships.count() == 1, timeout=15_000)
    assert window.right.currentWidget() is window.view


def test_the_landing_screen_is_dutch_in_the_dutch_app(qtbot, make_window, dutch):
    window = make_window()
    assert "Welkom" in window.empty.text() or "Meet in rondes" in window.empty.text()
    assert window.empty.buttons["new"].text() == "Nieuwe samenwerking…"


def test_f1_opens_the_guide_at_the_topic_of_the_screen(qtbot, make_window, db_path):
    demo_db(db_path)
    window = make_window()
    window.view.tabs.setCurrentIndex(1)  # Results
    window.show_help()
    from pps_monitor.ui.common.help import _window

    guide = _window[0]
    qtbot.addWidget(guide)
    assert guide.current_topic() == "results"
    assert "Radar" in guide.text.toPlainText()
    window.view.tabs.setCurrentIndex(3)  # Action points
    window.show_help()
    assert _window[0].current_topic() == "actions"
    assert window.menus.act_help.shortcut().toString() == "F1"


def test_the_guide_has_the_same_topics_in_both_languages():
    nl, en = topics("nl"), topics("en")
    assert [t for t, _, _ in nl] == [t for t, _, _ in en]
    assert {t for t, _, _ in nl} >= {"start", "rounds", "paper", "results", "privacy"}
    assert nl[0][1] == "Beginnen" and en[0][1] == "Getting started"


def test_the_guide_follows_the_language(qtbot, dutch):
    assert help_language() == "nl"
    guide = show_help(None, "paper")
    qtbot.addWidget(guide)
    assert guide.list.currentItem().text() == "Papieren formulieren"
    assert "weet ik niet" in guide.text.toPlainText()


def test_every_help_topic_title_fits_its_list(qtbot, dutch):
    # At a fixed 260 px "Bestanden, reservekopieën en andere laptops" was cut off.
    guide = show_help(None, "start")
    qtbot.addWidget(guide)
    guide.show()
    metrics = guide.list.fontMetrics()
    room = guide.list.viewport().width()
    for row in range(guide.list.count()):
        assert metrics.horizontalAdvance(guide.list.item(row).text()) < room


def test_file_dialogs_start_in_the_folder_last_used_for_that_kind(
    qtbot, make_window, db_path, tmp_path, monkeypatch
):
    demo_db(db_path)
    window = make_window()
    window.view.rounds.view.selectRow(0)
    first = tmp_path / "forms"
    first.mkdir()
    asked = []

    def save(parent, title, start, *args, **kwargs):
        asked.append(start)
        return str(first / "template.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    window.paper_sheets.paper_template()
    window.paper_sheets.paper_template()
    assert Path(asked[0]).parent == Path.home()
    assert Path(asked[1]).parent == first  # the same kind: the folder used last
    assert window.settings.start_in("exchange") == str(Path.home())  # another kind: not
    opened = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda parent, title, start, *a, **k: (opened.append(start), ("", ""))[1]),
    )
    window.paper_sheets._choose_file()
    assert opened == [str(first)]  # reading paper forms: also a spreadsheet


def test_a_folder_that_went_away_falls_back_to_home(settings, tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    settings.set_last_folder("report", gone / "r.pdf")
    assert settings.last_folder("report") == gone
    gone.rmdir()
    assert settings.last_folder("report") == Path.home()


def test_dutch_tables_write_decimal_commas(dutch):
    from types import SimpleNamespace

    from pps_monitor.ui.results.format import arrow, f, interval, signed

    assert f(3.5712) == "3,57" and signed(-0.171) == "-0,17"
    change = SimpleNamespace(diff=0.43, significant=True, ci_low=0.12, ci_high=0.3)
    assert arrow(change) == "▲ +0,43"
    assert interval(change) == "[+0,12; +0,30]"
    install_language("en")
    assert f(3.5712) == "3.57" and interval(change) == "[+0.12, +0.30]"


@pytest.mark.parametrize("kind", ["QPushButton", "QRadioButton", "QCheckBox"])
def test_the_keyboard_focus_is_a_ring_you_can_see(qtbot, kind):
    from PySide6 import QtWidgets
    from PySide6.QtGui import QColor

    from pps_monitor.ui.common.focus_style import RING, FocusStyle

    holder = QtWidgets.QWidget()
    qtbot.addWidget(holder)
    style = FocusStyle()
    control = getattr(QtWidgets, kind)("Zeg ik liever niet", holder)
    other = QtWidgets.QPushButton("Verder", holder)
    other.move(0, 60)
    for widget in (holder, control, other):
        widget.setStyle(style)
    holder.resize(300, 120)
    holder.show()
    holder.activateWindow()

    def ring_pixels(widget):
        image = widget.grab().toImage()
        return sum(
            QColor(image.pixel(x, y)).rgb() == RING.rgb()
            for x in range(image.width())
            for y in range(image.height())
        )

    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    without = ring_pixels(control)
    control.setFocus()
    qtbot.waitUntil(control.hasFocus)
    assert without == 0 and ring_pixels(control) > 40


def test_the_rounds_tab_shows_the_partnership_at_a_glance(qtbot, make_window, db_path, english):
    demo_db(db_path)
    window = make_window()
    glance = window.view.glance
    assert "Voorjaar 2026" in glance.latest.text() and "14 respondents" in glance.latest.text()
    assert "close the round" in glance.next_step.text()  # the latest round is open
    assert "2 open action points" in glance.due.text()
    # the radar waits for the scores (loaded after the first paint, drawn in the background)
    qtbot.waitUntil(lambda: glance.canvas.figure is not None, timeout=20_000)
    assert "n = 14" in glance.chart_note.text()
    QThreadPool.globalInstance().waitForDone()


def test_the_glance_says_what_to_do_next_at_each_stage(qtbot, english):
    from pps_monitor.ui.partnership.glance import Glance

    glance = Glance()
    qtbot.addWidget(glance)
    glance.set_rows([], [])
    assert "first round" in glance.next_step.text() and "No round" in glance.latest.text()
    one = {"id": "r1", "label": "Voorjaar", "date": "2026-03-26", "status": "open"}
    glance.set_rows([{**one, "respondents": 0}], [])
    assert "let the partners answer" in glance.next_step.text()
    assert "0 respondents" in glance.latest.text()
    glance.set_rows([{**one, "respondents": 1}], [])
    assert "1 respondent." in glance.latest.text()
    closed = {**one, "status": "closed", "respondents": 9}
    glance.set_rows([closed], [])
    assert "record action points" in glance.next_step.text()
    late = {"status": "open", "due_date": "2020-01-01", "text": "Bel de wethouder"}
    action = {**late, "round_raised_id": "r1"}
    glance.set_rows([closed], [action, {**late, "status": "done"}])
    assert "work on the action points" in glance.next_step.text()
    assert "1 open action point;" in glance.due.text()
    assert "Bel de wethouder (1 January 2020)" in glance.due.text()


def test_a_round_below_its_minimum_shows_why_not_a_radar(qtbot):
    from types import SimpleNamespace

    from pps_monitor.ui.partnership.glance import Glance

    glance = Glance()
    qtbot.addWidget(glance)
    scores = SimpleNamespace(suppressed="too_few", respondents=2)
    data = {"results": [SimpleNamespace(scores=scores)], "settings": SimpleNamespace(min_round=3)}
    glance.set_results(data, "en")
    assert glance.canvas.isHidden() and glance.canvas.builder is None
    assert "n = 2" in glance.chart_note.text() and "from 3" in glance.chart_note.text()


def test_tab_walks_from_the_list_through_the_tab_to_its_buttons(qtbot, make_window, db_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPushButton

    demo_db(db_path)
    window = make_window()
    window.activateWindow()
    window.partnerships.setFocus()
    qtbot.waitUntil(window.partnerships.hasFocus)
    order = []
    for _ in range(6):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    rounds = window.view.rounds
    assert rounds.view in order  # the table of rounds, once
    after = order[order.index(rounds.view) + 1]
    assert isinstance(after, QPushButton) and after.parent() is rounds  # then its buttons
    assert after.text() == "New round…"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_results_help_names_every_results_tab(qtbot, lang):
    # The guide named seven of the eleven tabs: Compare rounds, Balance sheet, Key
    # figures and Network were missing, so F1 on them explained nothing.
    from pps_monitor.ui.results.pages import PAGES

    install_language(lang)
    try:
        titles = []
        for make in PAGES:
            page = make()
            titles.append(page.title())
            widget = page.widget()
            widget.deleteLater()
    finally:
        install_language("en")
    guide = next(path for topic, _, path in topics(lang) if topic == "results")
    text = guide.read_text(encoding="utf-8")
    missing = [title for title in titles if f"**{title}**" not in text]
    assert not missing, f"{lang}: the results help does not name {missing}"
