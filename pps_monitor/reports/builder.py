"""What every section of the report shares: the data, the language, styles and wording helpers.

The builder only lays out a :class:`~pps_monitor.services.report_data.ReportData`; it
never queries the database. The sections live in ``front`` (cover and summary),
``chart_pages``, ``tables`` and ``back`` (comments, action points, method).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from pps_monitor.reports import layout as L
from pps_monitor.reports.texts import num, t

if TYPE_CHECKING:
    from pps_monitor.reports.chart_embed import Builder, ChartBook
    from pps_monitor.services.report_data import ReportData


def para(text: str, style: Any) -> Paragraph:
    return Paragraph(text, style)


def esc(text: str | None) -> str:
    """Text escaped for a reportlab Paragraph."""
    return escape(text or "")


class ReportBuilder:
    """Lays out the sections of one report from loaded data."""

    def __init__(self, data: ReportData, lang: str, book: ChartBook) -> None:
        self.data, self.lang, self.book = data, lang, book
        self.settings = data.settings
        self.partnership = data.partnership
        self.results = data.results
        self.index = data.index
        self.result = data.result
        self.history = data.history  # never report on later rounds
        self.inst = data.instrument
        self.s = L.styles()
        self.width = L.content_width()

    def story(self) -> list[Any]:
        """Every section in reading order."""
        from pps_monitor.reports import back, chart_pages, front, tables

        return [
            *front.cover(self),
            *front.summary(self),
            *chart_pages.charts(self),
            *tables.dimension_table(self),
            *tables.item_table(self),
            *tables.sector_table(self),
            *back.comments(self),
            *back.actions(self),
            *back.method(self),
        ]

    # --- wording ---------------------------------------------------------------------

    def name(self, code: str) -> str:
        return (
            self.inst.risks_name(self.lang) if code == "risks" else self.inst.label(code, self.lang)
        )

    def n(self, value: float | None, digits: int = 2, signed: bool = False) -> str:
        return num(value, self.lang, digits, signed)

    def change(self, c: Any) -> str:
        if c is None:
            return "–"
        arrow = (" ▲" if c.diff > 0 else " ▼") if c.significant else ""
        return self.n(c.diff, signed=True) + arrow

    # --- flowables -------------------------------------------------------------------

    def h1(self, key: str) -> Paragraph:
        return para(t(key, self.lang), self.s["h1"])

    def h2(self, text: str) -> Paragraph:
        return para(esc(text), self.s["h2"])

    def bullets(self, lines: list[str]) -> list[Any]:
        if not lines:
            return [para(t("none", self.lang), self.s["bullet"])]
        return [para(line, self.s["bullet"]) for line in lines]

    def chart(self, title: str, builder: Builder, height: float) -> Any:
        return KeepTogether(
            [self.h2(title), self.book.flowable(builder, self.width, height), Spacer(1, 4 * mm)]
        )
