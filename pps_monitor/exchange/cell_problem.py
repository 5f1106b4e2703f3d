"""One wrong cell of a paper-form file, said in Dutch or English.

The validation report of a form file lists every wrong cell. The app shows it in the
user's language, the CLI in English (its lines are read by scripts). ``msgid`` is an
English msgid of the Qt-free catalogue (``pps_monitor.i18n``) with ``{placeholders}``;
a parameter may be a bilingual text (called with the language) or a msgid itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pps_monitor.errors import PpsError
from pps_monitor.i18n import N_, gettext

PLACE = N_("row {row}, column {column}: {problem}")
SHEET_PLACE = N_("sheet {sheet}, row {row}, column {column}: {problem}")
NOTHING_STORED = N_("Nothing was stored: {problems}.")
AND_MORE = N_("(and {count} more)")


@dataclass(frozen=True, eq=True)
class CellProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str
    msgid: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)
    sheet: str | None = None

    @property
    def problem(self) -> str:
        """The problem alone, in English."""
        return self.problem_text("en")

    def problem_text(self, lang: str) -> str:
        params = {k: _param(v, lang) for k, v in self.params.items()}
        return gettext(lang, self.msgid).format(**params)

    def text(self, lang: str) -> str:
        """Place and problem in ``lang`` ('nl' or 'en')."""
        place = SHEET_PLACE if self.sheet else PLACE
        return gettext(lang, place).format(
            sheet=self.sheet, row=self.row, column=self.column, problem=self.problem_text(lang)
        )

    def __str__(self) -> str:
        return self.text("en")


def _param(value: Any, lang: str) -> Any:
    if callable(value):
        return value(lang)
    if isinstance(value, str):
        return gettext(lang, value)
    return value


class FormsRefused(PpsError):
    """Form files refused as a whole: the first problems, in the user's language."""

    def __init__(self, problems: list[CellProblem] | None = None, msgid: str = "") -> None:
        self.problems = list(problems or [])
        self.msgid = msgid
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        if self.msgid:
            return gettext(lang, self.msgid)
        shown = "; ".join(p.text(lang) for p in self.problems[:5])
        if len(self.problems) > 5:
            shown += " " + gettext(lang, AND_MORE).format(count=len(self.problems) - 5)
        return gettext(lang, NOTHING_STORED).format(problems=shown)
