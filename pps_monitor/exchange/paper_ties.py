"""Paper tie forms (issue 18): a sheet of their own in the XLSX form template.

Sheet ``ties``: one row per rater and other organisation: ``form`` (the number written
on the paper tie form, the same on each of its rows), ``organisation`` (the rater's own,
by name), ``about`` (the organisation rated, by name), ``frequency`` (0 never .. 5 daily,
or the word), then the four statements 1-5. 0, ``?`` or an empty cell is "don't know /
no contact". A paper tie form is a tie respondent of its own: nothing links it to a
questionnaire form, not even the number.

Reading names the row, the column and the problem of every bad cell; nothing is stored
while any is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.ties import (
    FREQUENCIES,
    FREQUENCY,
    FREQUENCY_TEXTS,
    QUALITY_ITEMS,
    TieOrganisation,
    item_text,
)
from pps_monitor.errors import PpsError
from pps_monitor.exchange.cell_problem import CellProblem, FormsRefused
from pps_monitor.exchange.long_format import neutralise
from pps_monitor.i18n import N_, gettext
from pps_monitor.storage.ties import NewTieResponse, add_tie_responses

if TYPE_CHECKING:
    from sqlite_utils import Database

SHEET = "ties"
COLUMNS = ["form", "organisation", "about", FREQUENCY, *QUALITY_ITEMS]
DONT_KNOW = {"", "0", "?"}
FREQUENCY_WORDS = {
    word.casefold(): FREQUENCIES.index(code)
    for code, texts in FREQUENCY_TEXTS.items()
    for word in (code, *texts.values())
}


def TieProblem(row: int, column: str, msgid: str, **params: Any) -> CellProblem:
    """A wrong cell of the ties sheet."""
    return CellProblem(row, column, msgid, params, sheet=SHEET)


@dataclass
class TieForms:
    valid: list[NewTieResponse] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    rows: int = 0


def add_tie_sheet(book: Any, organisations: Sequence[TieOrganisation], lang: str) -> None:
    """The ``ties`` sheet and its guide, in an openpyxl workbook."""
    sheet = book.create_sheet(SHEET)
    sheet.append(COLUMNS)
    guide = book.create_sheet("ties guide")

    def t(msgid: str) -> str:
        return gettext(lang, msgid)

    guide.append([t(N_("organisation (as written in the ties sheet)"))])
    for org in organisations:
        guide.append([neutralise(org.name)])
    guide.append([])
    guide.append([t(N_("column")), t(N_("meaning"))])
    guide.append(["form", t(N_("the number on the paper tie form (the same on each of its rows)"))])
    guide.append(["organisation", t(N_("the rater's own organisation; about: the one rated"))])
    scale = ", ".join(
        f"{k} {FREQUENCY_TEXTS[code].get(lang, code)}" for k, code in enumerate(FREQUENCIES)
    )
    guide.append([FREQUENCY, t(N_("{scale} (or the word)")).format(scale=scale)])
    for code in QUALITY_ITEMS:
        guide.append([code, neutralise(item_text(code, lang, "…")) + " 1-5"])
    guide.append(["answers", t(N_("0, ? or empty: don't know / no contact"))])


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _value(code: str, text: str, row: int, forms: TieForms) -> int | None:
    if text in DONT_KNOW and not (code == FREQUENCY and text == "0"):
        return None
    if code == FREQUENCY:
        if text.isdigit() and int(text) < len(FREQUENCIES):
            return int(text)
        if text.casefold() in FREQUENCY_WORDS:
            return FREQUENCY_WORDS[text.casefold()]
        forms.problems.append(
            TieProblem(row, code, N_("{value} is not 0-5 or never .. daily"), value=repr(text))
        )
        return None
    if text in {"1", "2", "3", "4", "5"}:
        return int(text)
    forms.problems.append(
        TieProblem(row, code, N_("{value} is not 1-5, 0, ? or empty"), value=repr(text))
    )
    return None


def read_tie_forms(path: Path, organisations: Sequence[TieOrganisation]) -> TieForms | None:
    """The tie forms of an XLSX form file; None when it has no (filled) ties sheet."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        return None
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True)
    except Exception:
        raise PpsError(f"{path.name}: not a readable Excel file.") from None
    if SHEET not in book.sheetnames:
        book.close()
        return None
    rows = [[_text(v) for v in row] for row in book[SHEET].iter_rows(values_only=True)]
    book.close()
    rows = [row for row in rows if any(row)]
    if len(rows) < 2:
        return None
    return _read(rows, organisations)


def _read(rows: list[list[str]], organisations: Sequence[TieOrganisation]) -> TieForms:
    forms = TieForms()
    header = rows[0]
    missing = [c for c in COLUMNS if c not in header]
    for column in missing:
        forms.problems.append(TieProblem(1, column, N_("column is missing")))
    if missing:
        return forms
    names = {o.name.casefold(): o.id for o in organisations}
    index = {h: k for k, h in enumerate(header)}
    by_form: dict[str, tuple[str, dict[str, dict[str, int | None]]]] = {}
    for number, row in enumerate(rows[1:], start=2):
        forms.rows += 1
        cells = {c: (row[index[c]] if index[c] < len(row) else "") for c in COLUMNS}
        _read_row(number, cells, names, by_form, forms)
    if not forms.problems:
        forms.valid = [NewTieResponse(org, ratings) for org, ratings in by_form.values()]
    return forms


def _read_row(
    number: int,
    cells: dict[str, str],
    names: dict[str, str],
    by_form: dict[str, tuple[str, dict[str, dict[str, int | None]]]],
    forms: TieForms,
) -> None:
    ids = {}
    for column in ("organisation", "about"):
        ids[column] = names.get(cells[column].casefold())
        if ids[column] is None:
            forms.problems.append(
                TieProblem(
                    number,
                    column,
                    N_("{value} is not an organisation of this partnership"),
                    value=repr(cells[column]),
                )
            )
    if not cells["form"]:
        forms.problems.append(TieProblem(number, "form", N_("the form number is missing")))
    values = {c: _value(c, cells[c], number, forms) for c in COLUMNS[3:]}
    org, about = ids["organisation"], ids["about"]
    if org is None or about is None or not cells["form"]:
        return
    if org == about:
        forms.problems.append(TieProblem(number, "about", N_("a form does not rate its own")))
        return
    own, ratings = by_form.setdefault(cells["form"], (org, {}))
    if own != org:
        forms.problems.append(TieProblem(number, "organisation", N_("differs within the form")))
    elif about in ratings:
        forms.problems.append(TieProblem(number, "about", N_("already rated on this form")))
    else:
        ratings[about] = values


def store_tie_forms(db: Database, round_id: str, forms: TieForms) -> int:
    """Store every tie form in one transaction, or nothing while any cell is wrong."""
    if forms.problems:
        raise FormsRefused(forms.problems)
    return add_tie_responses(db, round_id, forms.valid) if forms.valid else 0
