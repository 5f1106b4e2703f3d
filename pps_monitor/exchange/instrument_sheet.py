"""An instrument as an XLSX template to edit in Excel, and back as a new version.

Sheets: ``instrument`` (id, version, names), ``scale`` (the five labels and "don't
know"), ``groups``, ``dimensions``, ``items`` (codes, reverse flags, both languages)
and ``risks``. Reading a sheet names every bad cell (sheet, cell, what is wrong) and
writes nothing until all is well. Codes stay as they are, so trends continue; a new
statement gets an empty code and is given a fresh one; a code that belonged to another
dimension is refused. Changed content under the old version number becomes the next
minor version.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pps_monitor.i18n import N_, gettext

if TYPE_CHECKING:
    from pps_monitor.domain.instrument import Instrument

CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,39}$")
VERSION = re.compile(r"^[0-9]+\.[0-9]+(\.[0-9]+)?$")
YES = {"yes", "y", "ja", "j", "true", "1", "x"}
NO = {"no", "n", "nee", "false", "0", ""}

HEADERS: dict[str, list[str]] = {
    "instrument": ["field", "value"],
    "scale": ["value", "nl", "en"],
    "groups": ["group", "name_nl", "name_en", "description_nl", "description_en"],
    "dimensions": ["group", "dimension", "name_nl", "name_en", "description_nl", "description_en"],
    "items": ["dimension", "code", "reverse", "text_nl", "text_en"],
    "risks": ["code", "text_nl", "text_en"],
}
FIELDS = [
    "id",
    "version",
    "name_nl",
    "name_en",
    "description_nl",
    "description_en",
    "risks_name_nl",
    "risks_name_en",
    "risks_description_nl",
    "risks_description_en",
]
README = [
    ["PPS Monitor – vragenlijst bewerken / editing a questionnaire"],
    [
        "NL: Pas teksten aan in beide talen. Laat de code van een bestaande stelling staan, dan "
        "lopen de trends door. Een nieuwe stelling krijgt een lege code: PPS Monitor geeft haar "
        "een nieuwe. Reverse (ja/nee): een negatief geformuleerde stelling. Verhoog de versie."
    ],
    [
        "EN: Edit the texts in both languages. Keep the code of an existing statement so that "
        "trends continue. Give a new statement an empty code: PPS Monitor gives it a new one. "
        "Reverse (yes/no): a negatively worded statement. Raise the version."
    ],
]


# --- writing -----------------------------------------------------------------------------


def template_rows(inst: Instrument) -> dict[str, list[list[Any]]]:
    """The sheets of the template, header rows first."""
    src = json.loads(inst.snapshot)
    d = src.get("description") or {}
    risks = src["risks"]
    rd = risks.get("description") or {}
    values = [
        inst.id,
        inst.version,
        inst.name.nl,
        inst.name.en,
        d.get("nl", ""),
        d.get("en", ""),
        risks["name"]["nl"],
        risks["name"]["en"],
        rd.get("nl", ""),
        rd.get("en", ""),
    ]
    sheets: dict[str, list[list[Any]]] = {k: [list(v)] for k, v in HEADERS.items()}
    sheets["instrument"] += [[f, v] for f, v in zip(FIELDS, values, strict=True)]
    sheets["scale"] += [[k, inst.scale_labels[k].nl, inst.scale_labels[k].en] for k in range(1, 6)]
    sheets["scale"].append(["dont_know", inst.dont_know.nl, inst.dont_know.en])
    for g in inst.groups:
        sheets["groups"].append([g.code, g.name.nl, g.name.en, g.description.nl, g.description.en])
        for dim in g.dimensions:
            sheets["dimensions"].append(
                [g.code, dim.code, dim.name.nl, dim.name.en, dim.description.nl, dim.description.en]
            )
            for item in dim.items:
                sheets["items"].append(
                    [
                        dim.code,
                        item.code,
                        "yes" if item.reverse else "no",
                        item.text.nl,
                        item.text.en,
                    ]
                )
    sheets["risks"] += [[r.code, r.text.nl, r.text.en] for r in inst.risks]
    return sheets


def write_template(inst: Instrument, out: Path) -> Path:
    """The instrument as an XLSX template (written atomically)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from pps_monitor.files import write_atomically

    book = Workbook()
    readme = book.active
    readme.title = "read me"
    for line in README:
        readme.append(line)
    readme["A1"].font = Font(bold=True)
    readme.column_dimensions["A"].width = 120
    for name, rows in template_rows(inst).items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for k, width in enumerate([14, 16, 10, 60, 60, 40][: len(rows[0])]):
            sheet.column_dimensions["ABCDEF"[k]].width = width
        sheet.freeze_panes = "A2"
    write_atomically(Path(out), book.save)
    return Path(out)


# --- reading -----------------------------------------------------------------------------


@dataclass
class Reading:
    """What reading a template found: the problems (sheet!cell: what), and notes, in
    the user's language (sheet names and column headings stay as the template has them)."""

    lang: str = "en"
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def bad(self, sheet: str, cell: str, what: str, **values: object) -> None:
        self.problems.append(f"{sheet}!{cell}: {gettext(self.lang, what).format(**values)}")

    def note(self, what: str, **values: object) -> None:
        self.notes.append(gettext(self.lang, what).format(**values))


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _rows(book: Any, name: str, reading: Reading) -> Iterator[tuple[int, list[str]]]:
    """The data rows of a sheet (number, cells as text), after checking its header."""
    if name not in book.sheetnames:
        reading.bad(name, "A1", N_("the sheet is missing"))
        return
    sheet = book[name]
    rows = list(sheet.iter_rows(values_only=True))
    want = HEADERS[name]
    head = [_text(c).lower() for c in (rows[0] if rows else ())][: len(want)]
    if head != want:
        reading.bad(name, "A1", N_("the first row must be: {columns}"), columns=", ".join(want))
        return
    for number, row in enumerate(rows[1:], start=2):
        cells = [_text(c) for c in row][: len(want)]
        cells += [""] * (len(want) - len(cells))
        if any(cells):
            yield number, cells


def _col(k: int) -> str:
    return "ABCDEF"[k]


def _need(reading: Reading, sheet: str, number: int, cells: list[str], columns: list[int]) -> None:
    for k in columns:
        if not cells[k]:
            reading.bad(
                sheet, f"{_col(k)}{number}", N_("{column} is empty"), column=HEADERS[sheet][k]
            )


def _code(reading: Reading, sheet: str, cell: str, code: str, seen: dict[str, str]) -> None:
    if not CODE.fullmatch(code):
        reading.bad(
            sheet,
            cell,
            N_("code {code} must start with a letter and hold only letters, digits, - _ ."),
            code=code,
        )
    elif code in seen:
        reading.bad(
            sheet,
            cell,
            N_("code {code} is used twice (also at {place})"),
            code=code,
            place=seen[code],
        )
    else:
        seen[code] = f"{sheet}!{cell}"
