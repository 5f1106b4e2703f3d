"""Every main screen in Dutch shows no English, and in English no Dutch (issue 16).

The walker (tests/ui/texts.py) reads what each screen shows, charts included; the user's
own data (names, action points, comments) is not language and is left out.
"""

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from pps_monitor.ui.i18n import install_language
from tests.ui.test_main_window import demo_db
from tests.ui.texts import problems, texts, user_data


@pytest.fixture(params=["nl", "en"])
def lang(request, settings):
    settings.language_choice = request.param
    install_language(request.param)
    yield request.param
    install_language("en")


def _settle(qtbot, results=None):
    if results is not None:
        qtbot.waitUntil(results.settled, timeout=20_000)
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def _main_screens(qtbot, window):
    found = []
    view = window.view
    for index in range(view.tabs.count()):
        if index == 1:
            continue  # the results, below
        view.tabs.setCurrentIndex(index)
        found += texts(window)
    results = view.show_results()
    for index in range(results.tabs.count()):
        results.tabs.setCurrentIndex(index)
        _settle(qtbot, results)
        found += texts(results)
    return found


def _dialogs(window, lang):
    from pps_monitor.domain.instrument import default_instrument
    from pps_monitor.services import privacy
    from pps_monitor.ui.common.help import show_help
    from pps_monitor.ui.partnership.dialogs import (
        ActionPointDialog,
        EventDialog,
        OrganisationDialog,
        RoundDialog,
    )
    from pps_monitor.ui.partnership.privacy_dialog import PrivacyDialog
    from pps_monitor.ui.preferences.dialog import PreferencesDialog
    from pps_monitor.ui.report.dialog import ReportDialog

    view, instrument = window.view, default_instrument()
    made = [
        PreferencesDialog(window, window.settings),
        PrivacyDialog(view, privacy.get_privacy(window.ctx.db, view.pid)),
        RoundDialog(window, [("", instrument)], lang),
        ActionPointDialog(window, instrument, lang, view.round_rows),
        EventDialog(window),
        OrganisationDialog(window),
        ReportDialog(window, window.ctx, view.pid),
    ]
    found = [item for dialog in made for item in texts(dialog)]
    for dialog in made:
        dialog.deleteLater()
    guide = show_help(window, "paper")
    for row in range(guide.list.count()):
        guide.list.setCurrentRow(row)
        found.append(("help", guide.text.toPlainText()))
        found += texts(guide)
    guide.close()
    return found


def _meeting_and_paper(window, lang):
    from pps_monitor.ui.meeting.window import MeetingWindow
    from pps_monitor.ui.paper.entry import PaperEntryDialog

    open_round = next(r for r in window.view.round_rows if r["status"] == "open")["id"]
    found = []
    meeting = MeetingWindow(window.ctx.db, open_round, lang, "1234")
    found += texts(meeting)
    meeting._show_profile()
    found += texts(meeting)
    meeting._start_questionnaire()
    questionnaire = meeting.questionnaire
    questionnaire.answer(4)
    found += texts(meeting)
    questionnaire._show_page(len(questionnaire.pages))
    found += texts(meeting)
    meeting.leave()
    paper = PaperEntryDialog(window, window.ctx.db, open_round, lang)
    paper.grids[0].item(0, 0).setText("7")  # not a sector: its message shows
    paper.grids[0].item(0, 4).setText("9")
    paper.check() if hasattr(paper, "check") else None
    found += texts(paper)
    paper.close()
    return found


def test_every_main_screen_speaks_one_language(qtbot, make_window, db_path, tmp_path, lang):
    demo_db(db_path)
    window = make_window()
    found = _main_screens(qtbot, window)
    found += _dialogs(window, lang)
    found += _meeting_and_paper(window, lang)
    empty = make_window(tmp_path / "empty.sqlite")
    found += texts(empty)
    _settle(qtbot)
    assert len(found) > 300  # the walk saw the screens
    shown = " ".join(t for _, t in found)
    assert ("20 mei 2025" if lang == "nl" else "20 May 2025") in shown  # an event's date
    wrong = problems(found, lang, user_data(window.ctx.db))
    assert not wrong, "\n".join(wrong)


def test_the_walker_flags_the_other_language():
    assert problems([("x", "Delete round")], "nl", set())  # an untranslated source
    assert problems([("x", "Kies de ronde, then save")], "nl", set())
    assert problems([("x", "Verwijder de ronde")], "en", set())
    assert problems([("x", "Circulaire Hub: Delete round")], "nl", {"Circulaire Hub"}) != []
    assert problems([("x", "Circulaire Hub")], "en", {"Circulaire Hub"}) == []


def test_qts_own_dialogs_are_dutch(qtbot):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    install_language("nl")
    try:
        files = QFileDialog(None, "Openen")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(files)
        shown = [t for _, t in texts(files)]
        assert "Annuleren" in shown and any(t.startswith("Bestandsnaam") for t in shown)
        assert problems(texts(files), "nl", set()) == []
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Vraag",
            "Doorgaan?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        qtbot.addWidget(box)
        assert {b.text().replace("&", "") for b in box.buttons()} == {"Ja", "Nee"}
    finally:
        install_language("en")


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("nl", "1 formulier opgeslagen.", "2 formulieren opgeslagen."),
        ("en", "1 form saved.", "2 forms saved."),
    ],
)
def test_counted_messages_use_the_right_plural(qapp, lang, one, two):
    from pps_monitor.ui.common.counts import Counts

    install_language(lang)
    try:
        assert (Counts().forms_saved(1), Counts().forms_saved(2)) == (one, two)
        removed = Counts().respondents_removed(1)
        assert "(s)" not in removed and removed.startswith("1 respondent ")
    finally:
        install_language("en")


def test_every_plural_has_both_forms_in_both_languages():
    import xml.etree.ElementTree as ET

    from pps_monitor.resources import resource_path

    for lang in ("nl", "en"):
        root = ET.parse(resource_path("i18n", f"pps_monitor_{lang}.ts")).getroot()
        plural = [m for m in root.iter("message") if m.get("numerus") == "yes"]
        assert len(plural) >= 10
        for message in plural:
            forms = [f.text for f in message.find("translation").iter("numerusform")]
            assert len(forms) == 2 and all(forms) and "(s)" not in "".join(forms), forms
