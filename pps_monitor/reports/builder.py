"""What every section of the report shares: the data, the language, styles and wording helpers.

The builder only lays out a :class:`~pps_monitor.services.report_data.ReportData`; it
never queries the database. The sections live in ``front`` (cover and summary),
``chart_pages``, ``tables`` and ``back`` (comments, action points, method).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from pps_monitor.reports import layout as L
from pps_monitor.reports.texts import num, t

if TYPE_CHECKING:
    from pps_monitor.reports.chart_embed import Builder, ChartBook
    from pps_monitor.services.report_data import ReportData


_N_EQUALS = re.compile(r"\bn = (\d)")


def para(text: str, style: Any) -> Paragraph:
    """A paragraph in which "n = 14" never breaks across lines."""
    return Paragraph(_N_EQUALS.sub("n\u00a0=\u00a0\\1", text), style)


def esc(text: str | None) -> str:
    """Text escaped for a reportlab Paragraph."""
    return escape(text or "")


class ReportBuilder:
    """Lays out the sections of one report from loaded data."""

    def __init__(
        self, data: ReportData, lang: str, book: ChartBook, generated: date | None = None
    ) -> None:
        self.data, self.lang, self.book = data, lang, book
        self.generated = generated or date.today()
        self.settings = data.settings
        self.partnership = data.partnership
        self.results = data.results
        self.index = data.index
        self.result = data.result
        self.history = data.history  # never report on later rounds
        self.inst = data.instrument
        self.s = L.styles()
        self.width = L.content_width()
        self.min_round = data.min_round

    @property
    def suppressed(self) -> bool:
        """The round has fewer respondents than the round minimum: no figure is shown."""
        return self.result.scores.respondents < self.min_round

    def shown(self, score: Any) -> bool:
        """A dimension or risk has enough answers for a mean, a band and a verdict."""
        return score is not None and score.mean is not None and score.n >= self.min_round

    def story(self) -> list[Any]:
        """Every section in reading order; for a round below its minimum, no figures."""
        from pps_monitor.reports import (
            back,
            balance_page,
            chart_pages,
            front,
            instruments,
            network_page,
            tables,
        )

        if self.suppressed:
            return [
                *front.cover(self),
                *front.suppressed(self),
                *instruments.sections(self),
                *back.actions(self),
                *back.method(self),
            ]
        return [
            *front.cover(self),
            *front.summary(self),
            *balance_page.balance_sheet(self),
            *balance_page.key_figures(self),
            *chart_pages.charts(self),
            *network_page.network(self),
            *tables.item_table(self),
            *tables.sector_table(self),
            *instruments.sections(self),
            *back.comments(self),
            *back.actions(self),
            *back.method(self),
            # SD, alpha and rWG(J) are for the methodologist: the appendix, after the
            # method that explains them (issue 16: no jargon outside the appendix)
            *tables.dimension_table(self),
        ]

    # --- wording ---------------------------------------------------------------------

    def name(self, code: str) -> str:
        return (
            self.inst.risks_name(self.lang) if code == "risks" else self.inst.label(code, self.lang)
        )

    def n(self, value: float | None, digits: int = 2, signed: bool = False) -> str:
        return num(value, self.lang, digits, signed)

    def change(self, c: Any) -> str:
        """A change as the table shows it; hook: ``testable`` False (honest figures) or a
        missing difference reads "no test possible"."""
        if c is None:
            return "–"
        if getattr(c, "comparable", True) is False:  # the statements changed
            return t("not_comparable", self.lang)
        if getattr(c, "testable", True) is False or getattr(c, "diff", None) is None:
            return t("no_test", self.lang)
        arrow = (" ▲" if c.diff > 0 else " ▼") if c.significant else ""
        return self.n(c.diff, signed=True) + arrow

    def interval(self, low: float | None, high: float | None) -> str:
        """'95% interval a to b', or why there is none: never "– to –"."""
        if low is None or high is None:
            return t("no_interval", self.lang)
        return f"95%: {self.n(low, signed=True)} … {self.n(high, signed=True)}"

    # --- flowables -------------------------------------------------------------------

    def h1(self, key: str) -> Any:
        """A section heading; it starts a new page when less than 45 mm is left below it
        (a heading alone at the foot of a page)."""
        return KeepTogether([CondPageBreak(45 * mm), para(t(key, self.lang), self.s["h1"])])

    def h2(self, text: str) -> Paragraph:
        return para(esc(text), self.s["h2"])

    def bullets(self, lines: list[str]) -> list[Any]:
        if not lines:
            return [para(t("none", self.lang), self.s["bullet"])]
        return [para(line, self.s["bullet"]) for line in lines]

    def chart(self, title: str, builder: Builder, height: float, note: Any = None) -> Any:
        """A chart with its title (and a note below it), kept on one page."""
        parts = [self.h2(title), self.book.flowable(builder, self.width, height)]
        if note is not None:
            parts.append(note)
        return KeepTogether([*parts, Spacer(1, 4 * mm)])
