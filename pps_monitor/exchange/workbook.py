"""Reading paper forms from a spreadsheet without trusting it (issue 14).

A workbook (``.xlsx``, ``.xlsm``) is a ZIP of XML parts. Before openpyxl sees it, every
part is unpacked under the caps of ``limits.WORKBOOK_ZIP`` (sizes counted while
unpacking) and refused if it declares an XML document type (entity expansion, "billion
laughs"); ``defusedxml``, which openpyxl then uses, is the second guard. openpyxl reads
in read-only mode, and the sheet's declared dimension is ignored: at most
``MAX_FORM_ROWS`` forms and ``MAX_FORM_COLUMNS`` columns are read, whatever it says.

Refused with one line each: ``.xls`` ("save it as .xlsx"), a hidden sheet holding data,
more than one sheet with form columns (named), merged cells on the form sheet (read
from ``<mergeCells>`` in the sheet's XML: read-only mode does not expose them).

Formulas are never evaluated and their cached values are not used: a formula cell is
reported as "a formula, not an answer" at its row and column (a typed answer is what
the paper says; a cached value may be stale or forged).

A CSV is read as UTF-8 (with or without BOM), at most ``MAX_CSV`` bytes, with the same
row, column and cell caps.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pps_monitor.exchange.limits import (
    MAX_CELL,
    MAX_CSV,
    MAX_FORM_COLUMNS,
    MAX_FORM_ROWS,
    WORKBOOK_ZIP,
)
from pps_monitor.exchange.refusal import Refused
from pps_monitor.exchange.safe_zip import check_file_size, open_zip, read_members
from pps_monitor.i18n import N_

WORKBOOKS = (".xlsx", ".xlsm")
CELL_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br=\"([A-Z]{1,3})([0-9]{1,7})\"")
MERGE_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref=\"([A-Z0-9:$]+)\"")


@dataclass
class Grid:
    """The cells of the form sheet as text, and where its formulas are."""

    sheet: str
    rows: list[list[str]] = field(default_factory=list)


def read_grid(path: Path) -> Grid:
    """The form sheet of a workbook or CSV, as rows of cell texts; or :class:`Refused`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise Refused(
            path.name, "", N_("an old Excel file (.xls): save it as .xlsx and try again.")
        )
    if suffix in WORKBOOKS:
        return _read_workbook(path)
    if suffix == ".csv":
        return Grid(path.name, _read_csv(path))
    raise Refused(path.name, "", N_("not a spreadsheet: choose an .xlsx or .csv file."))


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


# --- CSV -------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[list[str]]:
    name = path.name
    check_file_size(path, MAX_CSV)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refused(
            name, "", N_("not UTF-8 text; in Excel choose 'CSV UTF-8' when saving.")
        ) from None
    if "\x00" in text:
        raise Refused(name, "", N_("holds NUL characters: not a text file."))
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows: list[list[str]] = []
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
            _check_row(name, number, len(row), any(row))
            rows.append([_checked_cell(name, number, c.strip()) for c in row])
    except csv.Error as exc:
        raise Refused(
            name, f"row {len(rows) + 1}", N_("not readable as CSV ({cause})."), cause=str(exc)
        ) from None
    return rows


def _check_row(name: str, number: int, width: int, filled: bool) -> None:
    if width > MAX_FORM_COLUMNS:
        raise Refused(
            name, f"row {number}", N_("more than {limit} columns."), limit=MAX_FORM_COLUMNS
        )
    if number > MAX_FORM_ROWS + 1 and filled:
        raise Refused(name, "", N_("more than {limit} forms; split the file."), limit=MAX_FORM_ROWS)


def _checked_cell(name: str, number: int, text: str) -> str:
    if len(text) > MAX_CELL:
        raise Refused(
            name, f"row {number}", N_("a cell longer than {limit} characters."), limit=MAX_CELL
        )
    return text


# --- workbooks ------------------------------------------------------------------------


def _read_workbook(path: Path) -> Grid:
    name = path.name
    with open_zip(path, WORKBOOK_ZIP, N_("a readable Excel file")) as archive:
        # Every part is unpacked and counted; the sheets' XML is kept for <mergeCells>.
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        parts = read_members(archive, name, WORKBOOK_ZIP, sheets, no_doctype=True)
        book = _open_book(path)
        try:
            sheet = _form_sheet(book, name)
            _check_extent(parts, sheet, name)
            merged = _merged_ranges(parts, sheet)
            if merged:
                raise Refused(
                    name,
                    f"sheet {sheet.title}",
                    N_("cells {cells} are merged; unmerge them and fill in every cell."),
                    cells=", ".join(merged[:3]),
                )
            return Grid(sheet.title, _sheet_rows(sheet, name))
        finally:
            book.close()


def _open_book(path: Path) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception:  # openpyxl and defusedxml raise many kinds; all mean the same
        raise Refused(path.name, "", N_("not a readable Excel file.")) from None


def _form_sheet(book: Any, name: str) -> Any:
    """The one visible sheet with form columns; refuse hidden data and several candidates."""
    candidates, visible = [], []
    for sheet in book.worksheets:
        rows = _peek(sheet, name)
        if sheet.sheet_state != "visible":
            if any(any(r) for r in rows):
                raise Refused(
                    name,
                    f"sheet {sheet.title}",
                    N_("a hidden sheet holds data; show it or delete it, then try again."),
                )
            continue
        visible.append(sheet)
        header = {c.lower() for c in (rows[0] if rows else [])}
        if {"sector", "role"} <= header:
            candidates.append(sheet)
    if len(candidates) > 1:
        raise Refused(
            name,
            "",
            N_("more than one sheet holds forms ({sheets}); keep one."),
            sheets=", ".join(s.title for s in candidates),
        )
    if candidates:
        return candidates[0]
    if not visible:
        raise Refused(name, "", N_("the workbook has no visible sheet."))
    return visible[0]  # the header check then names the missing columns


def _peek(sheet: Any, name: str) -> list[list[str]]:
    """The first rows of a sheet (its header, and whether it holds anything)."""
    sheet.reset_dimensions()
    return [
        [cell_text(v) for v in row]
        for row in sheet.iter_rows(
            min_row=1, max_row=3, min_col=1, max_col=MAX_FORM_COLUMNS, values_only=True
        )
    ]


def _check_extent(parts: dict[str, bytes], sheet: Any, name: str) -> None:
    """Refuse cells beyond the rows and columns that are read (never dropped silently).

    The cells' own references are used, not the dimension the sheet declares."""
    from openpyxl.utils import column_index_from_string

    xml = parts.get(str(getattr(sheet, "_worksheet_path", "") or "").lstrip("/"), b"")
    rows = cols = 0
    for letters, digits in CELL_RE.findall(xml):
        rows = max(rows, int(digits))
        cols = max(cols, column_index_from_string(letters.decode("ascii")))
    if rows > MAX_FORM_ROWS + 1 or cols > MAX_FORM_COLUMNS:
        raise Refused(
            name,
            f"sheet {sheet.title}",
            N_(
                "holds cells up to row {rows}, column {cols}; a form sheet has at most "
                "{max_rows} forms and {max_cols} columns."
            ),
            rows=rows,
            cols=cols,
            max_rows=MAX_FORM_ROWS,
            max_cols=MAX_FORM_COLUMNS,
        )


def _merged_ranges(parts: dict[str, bytes], sheet: Any) -> list[str]:
    """The ``<mergeCell ref=...>`` ranges of the sheet's XML part."""
    part = str(getattr(sheet, "_worksheet_path", "") or "").lstrip("/")
    xml = parts.get(part, b"")
    return [m.decode("ascii") for m in MERGE_RE.findall(xml)]


def _formula(value: Any) -> str:
    """A formula cell's text, always starting with "=" (the forms reader refuses it)."""
    text = str(getattr(value, "text", value) or "")
    return text if text.startswith("=") else f"={text}"


def _sheet_rows(sheet: Any, name: str) -> list[list[str]]:
    """Cell texts; a formula as its text "=..." (never evaluated, cached value not used)."""
    sheet.reset_dimensions()  # the declared dimension can claim a million rows
    rows: list[list[str]] = []
    for number, cells in enumerate(
        sheet.iter_rows(
            min_row=1,
            max_row=MAX_FORM_ROWS + 2,
            min_col=1,
            max_col=MAX_FORM_COLUMNS + 1,
        ),
        start=1,
    ):
        row = [_formula(c.value) if c.data_type == "f" else cell_text(c.value) for c in cells]
        while row and row[-1] == "":
            row.pop()
        _check_row(name, number, len(row), any(row))
        rows.append([_checked_cell(name, number, c) for c in row])
    return rows
