"""Paper forms typed into a spreadsheet: a template out, validated forms in.

The template has one row per paper form: ``form`` (a number for reference), ``sector``,
``role`` and one column per statement code. An answer is 1-5; 0, ``?`` or an empty cell
is "don't know". Sector and role take the words or the same digits as the grid in the
app (sector 1-4, role 1-2). CSV may be UTF-8 with or without BOM, comma or semicolon
separated (Dutch Excel uses semicolons). An instrument with facts (the workers' hours a
week, months in the job; issue 17) adds one optional column per fact: a whole number in
its range, or empty.

Reading gives a report that names the row, the column and the problem for every bad
cell. Nothing is stored while any row is invalid, unless the caller explicitly asks
to store only the valid rows.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.instrument import Instrument
from pps_monitor.domain.vocabulary import ROLE_DIGITS, ROLES, SECTOR_DIGITS, SECTORS
from pps_monitor.errors import PpsError
from pps_monitor.exchange.cell_problem import CellProblem, FormsRefused
from pps_monitor.exchange.long_format import neutralise
from pps_monitor.files import write_atomically
from pps_monitor.i18n import N_, gettext
from pps_monitor.storage.responses import NewResponse, add_responses

if TYPE_CHECKING:
    from sqlite_utils import Database

FIXED = ["form", "sector", "role"]
# A digit (as in the app's paper grid) or nothing; the code words are accepted as well.
# The Dutch words of the template's guide are taken too (lower case, spaces as "_").
DUTCH_SECTORS = {
    "publiek": "public",
    "privaat": "private",
    "sociale_onderneming": "social_enterprise",
    "anders": "other",
}
DUTCH_ROLES = {"leidinggevende": "manager", "uitvoerend professional": "professional"}
SECTOR_WORDS: dict[str, str | None] = {**SECTOR_DIGITS, **DUTCH_SECTORS, "0": None, "": None}
ROLE_WORDS: dict[str, str | None] = {**ROLE_DIGITS, **DUTCH_ROLES, "0": None, "": None}
DONT_KNOW = {"", "0", "?"}
MAX_ROWS = 5000
COLUMN_MISSING = N_("column is missing")
COLUMN_TWICE = N_("column appears twice")


Problem = CellProblem  # one wrong cell; ``str()`` English, ``text(lang)`` for the app


@dataclass
class PaperForms:
    valid: list[NewResponse] = field(default_factory=list)
    valid_rows: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0
    dont_know_cells: int = 0

    @property
    def invalid_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems if p.row > 1})


def write_template(
    instrument: Instrument, out: Path, lang: str = "en", ties: Sequence[Any] | None = None
) -> Path:
    """An empty form grid (CSV or XLSX by the file's suffix) with the statements listed;
    ``ties`` (the organisations, when the round has tie questions) adds the XLSX sheet
    of paper tie forms (exchange/paper_ties.py)."""
    out = Path(out)
    header = FIXED + [i.code for i in instrument.items] + [f.code for f in instrument.facts]
    if out.suffix.lower() == ".csv":
        text = io.StringIO(newline="")
        csv.writer(text).writerow(header)
        write_atomically(out, text.getvalue().encode("utf-8-sig"))
        return out
    if out.suffix.lower() != ".xlsx":
        raise PpsError(f"{out.name}: a template is .csv or .xlsx")
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "forms"
    sheet.append(header)
    guide = book.create_sheet("statements")

    def t(msgid: str) -> str:
        return gettext(lang, msgid)

    guide.append(["code", t(N_("statement")), t(N_("reverse-worded"))])
    for item in instrument.items:
        guide.append([item.code, neutralise(item.text(lang)), t(N_("yes")) if item.reverse else ""])
    guide.append([])
    guide.append(
        ["sector", t(N_("1 public, 2 private, 3 social enterprise, 4 other (or the word)"))]
    )
    guide.append(["role", t(N_("1 manager, 2 executive professional (or the word)"))])
    guide.append(["answers", t(N_("1-5; 0, ? or empty: don't know"))])
    for fact in instrument.facts:
        unit = f"{fact.min}-{fact.max} {fact.unit(lang)}"
        hint = t(N_("{unit}; may stay empty")).format(unit=unit)
        guide.append([fact.code, neutralise(f"{fact.text(lang)} ({hint})")])
    if ties:
        from pps_monitor.exchange.paper_ties import add_tie_sheet

        add_tie_sheet(book, ties, lang)
    write_atomically(out, book.save)
    return out


def _read_rows(path: Path) -> list[list[str]]:
    """The form sheet's cells as text, read under the caps of ``exchange.workbook``."""
    from pps_monitor.exchange.workbook import read_grid

    return read_grid(path).rows


def read_paper_forms(path: Path, instrument: Instrument) -> PaperForms:
    """Validate every cell; never raises for bad cells, only for an unreadable file."""
    path = Path(path)
    rows = _read_rows(path)
    result = PaperForms()
    while rows and not any(rows[-1]):
        rows.pop()
    if not rows:
        raise PpsError(f"{path.name}: the file is empty.")
    header = [h.strip() for h in rows[0]]
    codes = [i.code for i in instrument.items]
    if not _check_header(header, codes, result, [f.code for f in instrument.facts]):
        return result
    if len(rows) - 1 > MAX_ROWS:
        raise PpsError(f"{path.name}: more than {MAX_ROWS} forms; split the file.")
    index = {h: k for k, h in enumerate(header)}
    for number, row in enumerate(rows[1:], start=2):
        if any(row):
            result.rows += 1
            cells = {h: (row[k] if k < len(row) else "") for h, k in index.items()}
            _read_form(number, cells, codes, result)
            if instrument.facts and len(result.valid_rows) and result.valid_rows[-1] == number:
                _read_facts(number, cells, instrument, result)
    return result


def _read_facts(number: int, cells: dict[str, str], inst: Instrument, result: PaperForms) -> None:
    """The optional fact cells of a form that is otherwise good."""
    facts: dict[str, int] = {}
    for fact in inst.facts:
        value = cells.get(fact.code, "")
        if value == "":
            continue
        if value.isdigit() and fact.min <= int(value) <= fact.max:
            facts[fact.code] = int(value)
        else:
            result.problems.append(
                Problem(
                    number,
                    fact.code,
                    N_("{value} is not a whole number from {low} to {high} ({unit})"),
                    {"value": repr(value), "low": fact.min, "high": fact.max, "unit": fact.unit},
                )
            )
    if len(facts) != sum(1 for f in inst.facts if cells.get(f.code, "")):
        result.valid.pop()
        result.valid_rows.pop()
    elif facts:
        result.valid[-1] = replace(result.valid[-1], facts=facts)


def _check_header(
    header: list[str], codes: list[str], result: PaperForms, optional: list[str] | None = None
) -> bool:
    """Note missing and unknown columns; True when every needed column is there."""
    missing = [c for c in FIXED[1:] + codes if c not in header]
    twice = sorted({h for h in header if h and header.count(h) > 1})
    for column in twice:
        result.problems.append(Problem(1, column, COLUMN_TWICE))
    unknown = [h for h in header if h and h not in FIXED + codes + (optional or [])]
    for column in missing:
        result.problems.append(Problem(1, column, COLUMN_MISSING))
    for column in unknown:
        result.problems.append(Problem(1, column, N_("not a column of this round's form")))
    return not missing and not twice


def _read_form(number: int, cells: dict[str, str], codes: list[str], result: PaperForms) -> None:
    """Check one form (a row); keep it as a response when none of its cells is wrong."""
    before = len(result.problems)
    sector = cells["sector"].lower().replace(" ", "_")
    if sector not in SECTOR_WORDS and sector not in SECTORS:
        result.problems.append(
            Problem(
                number,
                "sector",
                N_("{value} is not a sector (1-4 or the word)"),
                {"value": repr(cells["sector"])},
            )
        )
    role = cells["role"].lower()
    if role not in ROLE_WORDS and role not in ROLES:
        result.problems.append(
            Problem(
                number,
                "role",
                N_("{value} is not a role (1-2 or the word)"),
                {"value": repr(cells["role"])},
            )
        )
    answers = {code: _answer(number, code, cells[code], result) for code in codes}
    if len(result.problems) == before:
        result.valid.append(
            NewResponse(
                answers,
                sector=SECTOR_WORDS.get(sector, sector) if sector else None,
                role=ROLE_WORDS.get(role, role) if role else None,
                source="paper",
            )
        )
        result.valid_rows.append(number)


def _answer(number: int, code: str, value: str, result: PaperForms) -> int | None:
    """One answer cell: 1-5, or None for "don't know" and for a wrong cell (noted)."""
    if value in DONT_KNOW:
        result.dont_know_cells += 1
        return None
    if value in {"1", "2", "3", "4", "5"}:
        return int(value)
    why = (
        N_("{value} is a formula, not an answer")
        if value.startswith("=")
        else N_("{value} is not 1-5, 0, ? or empty")
    )
    result.problems.append(Problem(number, code, why, {"value": repr(value)}))
    return None


def store_paper_forms(
    db: Database, round_id: str, forms: PaperForms, *, only_valid: bool = False
) -> int:
    """Store the forms in one transaction. With any problem, nothing is stored unless
    ``only_valid`` says explicitly to store the valid rows alone."""
    header_problems = [p for p in forms.problems if p.row == 1 and p.msgid == COLUMN_MISSING]
    if header_problems or (forms.problems and not only_valid):
        raise FormsRefused(forms.problems)
    if not forms.valid:
        raise FormsRefused(msgid=N_("Nothing was stored: the file has no valid forms."))
    add_responses(db, round_id, forms.valid)
    return len(forms.valid)
