"""Round menu: a questionnaire as an Excel template, and an edited one imported."""

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QInputDialog

from pps_monitor.services import instruments
from tests.ui.test_main_window import demo_db


def pick(items):
    """The partners' questionnaire (the list also offers the employers' and workers')."""
    return next(i for i in items if "pps" in i.lower())


def test_template_out_and_edited_in(qtbot, make_window, db_path, tmp_path, monkeypatch, dialogs):
    demo_db(db_path)
    window = make_window()
    monkeypatch.setattr(instruments, "instruments_folder", lambda: tmp_path / "kept")
    target = tmp_path / "mine.xlsx"
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        staticmethod(lambda _p, _t, _l, items, *a, **k: (pick(items), True)),
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.menus.instrument_sheets.instrument_template()
    assert target.is_file()
    book = load_workbook(target)
    book["items"].append(["RC-TRUST", "", "nee", "Nieuwe stelling", "New statement"])
    book.save(target)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.menus.instrument_sheets.import_instrument()
    assert any("RC-TRUST-" in text for text in dialogs.shown), dialogs.shown
    assert list((tmp_path / "kept").glob("*.json"))
