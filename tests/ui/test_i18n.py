import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from pps_monitor.resources import resource_path
from pps_monitor.ui.i18n import install_language

TS = resource_path("i18n", "pps_monitor_nl.ts")
UI = Path(__file__).resolve().parents[2] / "pps_monitor" / "ui"


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.find("name").text, m.find("source").text)
        for ctx in root.iter("context")
        for m in ctx.iter("message")
        if m.find("translation").get("type") != "vanished"
    }


def test_every_message_is_translated():
    root = ET.parse(TS).getroot()
    unfinished = [
        m.find("source").text
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate not installed")
def test_committed_ts_covers_every_string_in_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        ["pyside6-lupdate", *sorted(map(str, UI.rglob("*.py"))), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert sources(fresh) - sources(TS) == set(), "run: python resources/i18n/update.py"


def test_dutch_is_loaded_with_qts_own_buttons(qapp):
    try:
        assert install_language("nl")
        assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
        assert QCoreApplication.translate("Labels", "Social enterprise") == "Sociale onderneming"
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
        )
        assert box.button(QDialogButtonBox.StandardButton.Yes).text().replace("&", "") == "Ja"
        assert (
            box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
            == "Annuleren"
        )
    finally:
        install_language("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_main_window_in_dutch(qtbot, make_window):
    install_language("nl")
    try:
        window = make_window()
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles == ["&Bestand", "Be&werken", "&Ronde", "&Help"]
    finally:
        install_language("en")


def test_module_level_tr_finds_its_dutch(qapp):
    """corrections.py translates through a module-level tr(); lupdate files those texts
    under the empty context, so that is where tr() must look (they stayed English)."""
    import ast

    from pps_monitor.ui.partnership import corrections

    tree = ast.parse(Path(corrections.__file__).read_text(encoding="utf-8"))
    texts = [
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "tr"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    assert len(texts) > 5
    try:
        assert install_language("nl")
        untranslated = [t for t in texts if corrections.tr(t) == t]
    finally:
        install_language("en")
    assert untranslated == []
