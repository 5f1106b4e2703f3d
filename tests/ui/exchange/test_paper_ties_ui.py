"""The app imports the ties sheet of a form file with its forms (issue 18)."""

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog

from pps_monitor.services import exchange as svc
from pps_monitor.ui.exchange.dialogs import PaperFormsReport
from tests.ui.test_main_window import demo_db


def _count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_forms_and_tie_forms_are_stored_together(
    qtbot, make_window, dialogs, db_path, tmp_path, monkeypatch
):
    demo_db(db_path)
    window = make_window()
    view = window.view
    view.rounds.view.selectRow(len(view.round_rows) - 1)
    rid = view.current_round()["id"]
    path = svc.write_paper_template(window.ctx.db, rid, tmp_path / "forms.xlsx", "en")
    book = load_workbook(path)
    codes = [c.value for c in book["forms"][1]][3:]
    book["forms"].append([1, 1, 1, *[4] * len(codes)])
    book["ties"].append([1, "Gemeente Rivierenland", "Werkbedrijf De Linge", 4, 5, 4, 4, 3])
    book["ties"].append([2, "Werkbedrijf De Linge", "Gemeente Rivierenland", 4, 3, 3, 3, 3])
    book.save(path)
    monkeypatch.setattr(PaperFormsReport, "exec", lambda self: QDialog.DialogCode.Accepted)
    db = window.ctx.db
    people, tied = _count(db, "respondents"), _count(db, "tie_respondents")
    window.paper_sheets.import_paper_forms(path)
    assert (_count(db, "respondents"), _count(db, "tie_respondents")) == (people + 1, tied + 2)


def test_a_bad_tie_cell_stores_nothing(qtbot, make_window, dialogs, db_path, tmp_path):
    demo_db(db_path)
    window = make_window()
    view = window.view
    view.rounds.view.selectRow(len(view.round_rows) - 1)
    rid = view.current_round()["id"]
    path = svc.write_paper_template(window.ctx.db, rid, tmp_path / "forms.xlsx", "en")
    book = load_workbook(path)
    codes = [c.value for c in book["forms"][1]][3:]
    book["forms"].append([1, 1, 1, *[4] * len(codes)])
    book["ties"].append([1, "Gemeente Rivierenland", "Nobody", 4, 5, 4, 4, 3])
    book.save(path)
    db = window.ctx.db
    people, tied = _count(db, "respondents"), _count(db, "tie_respondents")
    window.paper_sheets.import_paper_forms(path)
    assert (_count(db, "respondents"), _count(db, "tie_respondents")) == (people, tied)
    assert "Nothing was stored" in dialogs.shown[-1]
