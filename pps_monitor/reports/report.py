"""Build the PDF report of a partnership and one of its rounds.

``build_report`` is the one entry used by the CLI and the app: it loads the data
(``services.report_data``), lays it out (``builder.ReportBuilder`` and its section
modules), draws the charts over their places and writes the file atomically.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pps_monitor.domain.scoring import DEFAULT_SETTINGS, ScoringSettings
from pps_monitor.files import write_atomically
from pps_monitor.reports import layout as L
from pps_monitor.reports.builder import ReportBuilder
from pps_monitor.reports.chart_embed import ChartBook
from pps_monitor.reports.texts import t
from pps_monitor.services.report_data import ReportData, load_report_data

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["STEPS", "Progress", "ReportBuilder", "build_report", "render_report"]

Progress = Callable[[int, int, str], None]
STEPS = 4


def build_report(
    db: Database,
    partnership_id: str,
    out: str | Path,
    *,
    round_label: str | None = None,
    lang: str = "en",
    settings: ScoringSettings = DEFAULT_SETTINGS,
    invariant: bool = False,
    chart_mode: str = "vector",
    progress: Progress | None = None,
    generated: date | None = None,
) -> Path:
    """Write the report to ``out`` (atomically: a half-written file never replaces it)."""
    step = progress or (lambda _done, _total, _text: None)
    step(0, STEPS, "scores")
    data = load_report_data(db, partnership_id, round_label, settings)
    return render_report(
        data,
        out,
        lang=lang,
        invariant=invariant,
        chart_mode=chart_mode,
        progress=step,
        generated=generated,
    )


def render_report(
    data: ReportData,
    out: str | Path,
    *,
    lang: str = "en",
    invariant: bool = False,
    chart_mode: str = "vector",
    progress: Progress | None = None,
    generated: date | None = None,
) -> Path:
    """Lay out loaded report data and write the PDF to ``out`` (no database needed).

    ``generated`` is the date printed on the cover (default: today). While the round is
    open, every page carries a "provisional" band.
    """
    step = progress or (lambda _done, _total, _text: None)
    L.register_fonts()
    book = ChartBook(mode=chart_mode)
    rb = ReportBuilder(data, lang, book, generated)
    title = f"{rb.partnership['name']} – {rb.result.label}"
    story = rb.story()
    step(1, STEPS, "layout")
    buffer = io.BytesIO()
    doc = L.document(buffer, title=title, subject=t("report", lang), lang=lang, invariant=invariant)

    class Canvas(L.NumberedCanvas):
        footer_text = t("page", lang)
        header_text = title
        provisional_text = t("provisional", lang) if data.provisional else ""

    doc.build(story, canvasmaker=Canvas)
    step(2, STEPS, "charts")
    pdf = book.overlay(buffer.getvalue(), invariant)
    step(3, STEPS, "writing")
    path = Path(out)
    write_atomically(path, pdf)
    step(4, STEPS, "done")
    return path
