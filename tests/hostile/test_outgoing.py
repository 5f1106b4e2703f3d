"""Text that goes out into XLSX stays as typed and safe (issue 14)."""

from __future__ import annotations

import zipfile

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.exchange.spreadsheet import export_spreadsheet
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database


def test_control_characters_and_formula_like_labels_in_an_xlsx_export(tmp_path):
    from openpyxl import load_workbook

    db = open_database(tmp_path / "a.sqlite")
    pid = repo.create_partnership(db, "PPS \x07 bel")
    label = "+1+1 \x01 =SUM(A1) @x"
    rid = repo.create_round(db, pid, label, "2026-01-01", default_instrument())
    answers = {i.code: 3 for i in default_instrument().items}
    for _ in range(6):
        repo.add_response(db, rid, repo.NewResponse(answers, sector="public", source="meeting"))
    out = tmp_path / "x.xlsx"
    assert export_spreadsheet(db, pid, out, "xlsx", full=True) >= 360  # 6 x 60 answers, and more
    sheet_xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml  # nothing is a formula
    cell = load_workbook(out)["answers"]["A2"]
    assert cell.value == "+1+1 \u2401 =SUM(A1) @x" and cell.data_type == "s"  # no apostrophe
