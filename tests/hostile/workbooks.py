"""Hostile paper-form files (issue 14), made from a valid template; see corpus.py."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from tests.hostile.corpus import OK, Case
from tests.hostile.zips import MB, members, spaces, write_zip

LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{k} "{("&lol%s;" % (k - 1 if k > 1 else "")) * 10}">' for k in range(1, 10)
    )
    + "]>"
)


def _filled(template: Path, out: Path, change: Any = None, rows: int = 2) -> Path:
    from openpyxl import load_workbook

    book = load_workbook(template)
    sheet = book["forms"]
    header = [c.value for c in sheet[1]]
    for k in range(rows):
        sheet.append(
            [k + 1, "public", "manager"] + [(k + j) % 5 + 1 for j in range(len(header) - 3)]
        )
    if change is not None:
        change(book, sheet)
    book.save(out)
    return out


def _rezip(source: Path, out: Path, edit: dict[str, Any]) -> Path:
    """The workbook with some parts replaced (bytes) or added (bytes or a streamed filler)."""
    parts = members(source)
    entries: list[tuple[str, Any]] = [(n, edit.get(n, b)) for n, b in parts.items()]
    entries += [(n, b) for n, b in edit.items() if n not in parts]
    return write_zip(out, entries)


def _hide(state: str, first: bool = False) -> Any:
    def change(book: Any, sheet: Any) -> None:
        other = book.create_sheet("cover", 0 if first else None)
        other["A1"] = "Voorblad"
        sheet.sheet_state = state
        if first:
            book.active = 1

    return change


def workbook_cases(template: Path, out: Path, codes: list[str]) -> list[Case]:  # long: a table
    out.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def add(name: str, path: Path, expect: str) -> None:
        cases.append(Case(name, path, expect, "forms"))

    good = _filled(template, out / "good.xlsx")
    add("valid workbook", good, OK)
    add("valid .xlsm", Path(shutil.copy(good, out / "good.xlsm")), OK)
    header = ",".join(["form", "sector", "role", *codes])
    line = ",".join(["1", "public", "manager"] + ["3"] * len(codes))
    (out / "good.csv").write_text(f"{header}\n{line}\n", encoding="utf-8-sig")
    add("valid CSV", out / "good.csv", OK)
    (out / "semicolon.csv").write_text(f"{header}\n{line}\n".replace(",", ";"), encoding="utf-8")
    add("valid CSV with semicolons", out / "semicolon.csv", OK)
    (out / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    add(".xls", out / "old.xls", "save it as .xlsx")
    (out / "sheet.ods").write_bytes(b"PK\x03\x04")
    add(".ods", out / "sheet.ods", "not a spreadsheet")
    add(
        "one cell at XFD1048576",
        _filled(template, out / "xfd.xlsx", lambda b, s: s.cell(1048576, 16384, "x")),
        "holds cells up to row",
    )
    parts = members(good)
    sheet_xml = parts["xl/worksheets/sheet1.xml"]
    import re

    claims = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', sheet_xml)
    add(
        "dimension claims XFD1048576",
        _rezip(good, out / "dimension.xlsx", {"xl/worksheets/sheet1.xml": claims}),
        OK,
    )
    strings = parts.get("xl/sharedStrings.xml", b"")
    laughs = strings.replace(
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', b""
    ).replace(b"<?xml version='1.0' encoding='UTF-8'?>", b"")
    add(
        "billion laughs in shared strings",
        _rezip(
            good,
            out / "laughs.xlsx",
            {
                "xl/sharedStrings.xml": LAUGHS.encode()
                + laughs.replace(b"<t>public</t>", b"<t>&lol9;</t>")
            },
        ),
        "document type",
    )
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        + sheet_xml.split(b"?>", 1)[-1]
    )
    add(
        "external entity in a sheet",
        _rezip(good, out / "xxe.xlsx", {"xl/worksheets/sheet1.xml": xxe}),
        "document type",
    )
    wb_xml = parts["xl/workbook.xml"]
    add(
        "document type in workbook.xml",
        _rezip(
            good,
            out / "wbdoctype.xlsx",
            {"xl/workbook.xml": b"<!DOCTYPE workbook>" + wb_xml.split(b"?>", 1)[-1]},
        ),
        "document type",
    )
    add(
        "zip bomb part",
        _rezip(good, out / "bomb.xlsx", {"xl/media/big.xml": spaces(200 * MB, b"<a>", b"</a>")}),
        "too large once unpacked|ZIP bomb",
    )
    add(
        "merged answer cells",
        _filled(template, out / "merged.xlsx", lambda b, s: s.merge_cells("D2:F2")),
        "merged",
    )
    add(
        "merged header",
        _filled(template, out / "mergedhead.xlsx", lambda b, s: s.merge_cells("A1:B1")),
        "merged",
    )
    add(
        "hidden forms sheet with data",
        _filled(template, out / "hidden.xlsx", _hide("hidden")),
        "hidden sheet",
    )
    add(
        "very hidden first sheet",
        _filled(template, out / "veryhidden.xlsx", _very_hidden_first),
        "hidden sheet",
    )
    add(
        "two form sheets",
        _filled(template, out / "twosheets.xlsx", _second_forms),
        "more than one sheet",
    )
    add(
        "duplicated header",
        _filled(template, out / "duphead.xlsx", lambda b, s: s.cell(1, 5, s.cell(1, 4).value)),
        "appears twice",
    )
    add(
        "formula in an answer",
        _filled(template, out / "formula.xlsx", lambda b, s: s.cell(2, 4, "=2+3")),
        "a formula",
    )
    add(
        "formula in the sector",
        _filled(template, out / "formulasector.xlsx", lambda b, s: s.cell(2, 2, '="public"')),
        "not a sector",
    )
    add(
        "-3 as an answer",
        _filled(template, out / "minus.xlsx", lambda b, s: s.cell(2, 4, "-3")),
        "is not 1-5",
    )
    add(
        "a date as an answer",
        _filled(
            template,
            out / "date.xlsx",
            lambda b, s: s.cell(2, 4, __import__("datetime").date(2026, 1, 2)),
        ),
        "is not 1-5",
    )
    add(
        "5,001 forms",
        _filled(template, out / "rows.xlsx", rows=5001),
        "more than 5000 forms|holds cells up to row",
    )
    add(
        "1,001 columns",
        _filled(template, out / "cols.xlsx", lambda b, s: s.cell(2, 1001, 3)),
        "holds cells up to row|columns",
    )
    add(
        "a 2,000-character cell",
        _filled(template, out / "longcell.xlsx", lambda b, s: s.cell(2, 4, "x" * 2000)),
        "longer than 1000",
    )
    add(
        "no form columns",
        _filled(
            template, out / "nocols.xlsx", lambda b, s: [s.cell(1, k, f"q{k}") for k in (2, 3)]
        ),
        "column is missing",
    )
    (out / "cfb.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    add("password-protected workbook (CFB)", out / "cfb.xlsx", "not a readable Excel file")
    raw = good.read_bytes()
    (out / "truncated.xlsx").write_bytes(raw[: len(raw) // 2])
    add("truncated workbook", out / "truncated.xlsx", "not a readable Excel file|damaged")
    (out / "latin1.csv").write_bytes(f"{header}\n1,publiék,manager\n".encode("latin-1"))
    add("CSV in Latin-1", out / "latin1.csv", "not UTF-8")
    (out / "nul.csv").write_bytes(f"{header}\n1,public\x00,manager\n".encode())
    add("CSV with NUL", out / "nul.csv", "NUL")
    with open(out / "huge.csv", "wb") as fh:
        fh.write(header.encode() + b"\n")
        fh.truncate(21 * MB)
    add("CSV of 21 MB", out / "huge.csv", "too large")
    (out / "rows.csv").write_text(header + "\n" + (line + "\n") * 5001, encoding="utf-8")
    add("CSV with 5,001 forms", out / "rows.csv", "more than 5000 forms")
    (out / "field.csv").write_text(f'{header}\n1,"{"x" * 200_000}",manager\n', encoding="utf-8")
    add("CSV with a 200,000-character field", out / "field.csv", "not readable as CSV|longer than")
    (out / "wide.csv").write_text(
        header + "," + ",".join(f"x{k}" for k in range(1000)) + "\n", encoding="utf-8"
    )
    add("CSV with 1,063 columns", out / "wide.csv", "more than 1000 columns")
    (out / "dup.csv").write_text(header + f",{codes[0]}\n" + line + ",3\n", encoding="utf-8")
    add("CSV with a duplicated header", out / "dup.csv", "appears twice")
    return cases


def _very_hidden_first(book: Any, sheet: Any) -> None:
    hidden = book.create_sheet("data", 0)
    for row in sheet.iter_rows(values_only=True):
        hidden.append(row)
    hidden.sheet_state = "veryHidden"
    book.active = 1


def _second_forms(book: Any, sheet: Any) -> None:
    other = book.create_sheet("forms (2)")
    for row in sheet.iter_rows(values_only=True):
        other.append(row)
