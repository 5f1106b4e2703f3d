"""Raw answers (long format) and the score table as CSV or XLSX for Excel and R."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pps_monitor.errors import PpsError
from pps_monitor.exchange.columns import SCORE_COLUMNS
from pps_monitor.exchange.context_sheets import context_sheets
from pps_monitor.exchange.key_figure_rows import KEY_FIGURE_COLUMNS, key_figure_rows
from pps_monitor.exchange.long_format import (
    ABOUT_COLUMNS,
    COLUMNS,
    about_rows,
    long_rows,
    neutralise,
    write_csv,
)
from pps_monitor.exchange.safe_output import xlsx_row
from pps_monitor.files import write_atomically

if TYPE_CHECKING:
    from sqlite_utils import Database


def score_rows(
    db: Database, partnership_id: str, round_label: str | None, lang: str
) -> list[dict[str, Any]]:
    """The score table of the XLSX export, scored with the partnership's minimums and
    bands (as the app, the report and the CLI score it)."""
    from pps_monitor.analysis import partnership_results
    from pps_monitor.storage.partnerships import scoring_settings

    out = []
    for r in partnership_results(db, partnership_id, scoring_settings(db, partnership_id)):
        if round_label is not None and r.label != round_label:
            continue
        for d in r.scores.dimensions:
            c = d.change
            out.append(
                {
                    "round": r.label,
                    "dimension": d.code,
                    "name": r.instrument.label(d.code, lang),
                    "group": d.group,
                    "n": d.n,
                    "mean": d.mean,
                    "sd": d.sd,
                    "median": d.median,
                    "alpha": d.alpha,
                    "rwg_j": d.rwg_j,
                    "band": d.band,
                    "change": c.diff if c else None,
                    "ci_low": c.ci_low if c else None,
                    "ci_high": c.ci_high if c else None,
                    "significant": c.significant if c else None,
                }
            )
    return out


def export_spreadsheet(
    db: Database,
    partnership_id: str,
    out: Path,
    fmt: str,
    *,
    round_label: str | None = None,
    lang: str = "en",
    full: bool = False,
    delimiter: str = ",",
) -> int:
    """Write the raw answers (and, in XLSX, the score table, the key figures, the
    partnership's name, comments, action points and events, and an "about" sheet that
    says what the export holds and leaves out); return the number of answers.

    Anonymous by default (see ``long_rows``); ``full=True`` writes the coordinator's
    complete table (the caller warns first). CSV is UTF-8 with a BOM; ``delimiter``
    separates its cells (the CLI's default is ``;`` for Dutch Excel).
    """
    out = Path(out)
    rows = long_rows(db, partnership_id, round_label, full=full)
    if (
        round_label is not None
        and not rows
        and not any(
            r["label"] == round_label
            for r in db.query("SELECT label FROM rounds WHERE partnership_id = ?", [partnership_id])
        )
    ):
        raise PpsError(f"No round labelled {round_label!r}.")
    try:
        if fmt == "csv" and delimiter == ",":
            write_csv(rows, out)
        elif fmt == "csv":
            _write_csv(out, rows, delimiter)
        elif fmt == "xlsx":
            _write_xlsx(
                out,
                rows,
                score_rows(db, partnership_id, round_label, lang),
                key_figure_rows(db, partnership_id, round_label),
                [
                    *context_sheets(db, partnership_id, round_label, full=full),
                    ("about", ABOUT_COLUMNS, _about(db, partnership_id, rows, full, lang)),
                ],
            )
        else:
            raise PpsError(f"Unknown format {fmt!r}: choose csv or xlsx.")
    except OSError as exc:
        raise PpsError(f"Cannot write {out}: {exc.strerror or exc}. Nothing was written.") from None
    return len(rows)


def _about(
    db: Database, partnership_id: str, rows: list[dict[str, Any]], full: bool, lang: str
) -> list[dict[str, Any]]:
    from pps_monitor.storage.partnerships import get_privacy

    minimum = get_privacy(db, partnership_id).min_breakdown
    return about_rows(rows, full=full, lang=lang, minimum=minimum)


def _write_csv(out: Path, rows: list[dict[str, Any]], delimiter: str) -> None:
    import csv

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter=delimiter)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: neutralise(row.get(k, "")) for k in COLUMNS})

    write_atomically(out, write)


def _write_xlsx(
    out: Path,
    answers: list[dict[str, Any]],
    scores: list[dict[str, Any]],
    figures: list[dict[str, Any]] | None = None,
    context: Sequence[tuple[str, list[str], list[dict[str, Any]]]] = (),
) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheets = [("answers", COLUMNS, answers), ("scores", SCORE_COLUMNS, scores)]
    if figures:
        sheets.append(("key_figures", KEY_FIGURE_COLUMNS, figures))
    sheets += list(context)  # name, comments, action points, events
    for title, columns, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append(columns)
        for row in rows:
            # Text as explicit string cells (never a formula, kept as typed, control
            # characters shown as symbols: exchange.safe_output); numbers stay numbers.
            sheet.append(xlsx_row(sheet, [row.get(c) for c in columns]))
    write_atomically(out, book.save)
