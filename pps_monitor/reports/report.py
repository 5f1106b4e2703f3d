"""Build the PDF report of a partnership and one of its rounds."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

from pps_monitor import __version__
from pps_monitor import results as R
from pps_monitor.analysis import RoundResult, partnership_results
from pps_monitor.domain.breakdown import SECTORS, UNKNOWN, breakdown
from pps_monitor.domain.scoring import DEFAULT_SETTINGS, ScoringSettings
from pps_monitor.errors import NotFoundError
from pps_monitor.files import write_atomically
from pps_monitor.reports import layout as L
from pps_monitor.reports.chart_embed import ChartBook
from pps_monitor.reports.texts import METHOD, num, t
from pps_monitor.storage import repository as repo

if TYPE_CHECKING:
    from sqlite_utils import Database

Progress = Callable[[int, int, str], None]
STEPS = 4


def _p(text: str, style: Any) -> Paragraph:
    return Paragraph(text, style)


def _e(text: str | None) -> str:
    return escape(text or "")


class ReportBuilder:
    def __init__(
        self,
        db: Database,
        partnership_id: str,
        round_label: str | None,
        lang: str,
        settings: ScoringSettings,
        book: ChartBook,
    ) -> None:
        self.db, self.lang, self.settings, self.book = db, lang, settings, book
        self.partnership = repo.get_partnership(db, partnership_id)
        self.results = partnership_results(db, partnership_id, settings)
        if not self.results:
            raise NotFoundError("This partnership has no rounds yet: there is nothing to report.")
        chosen = repo.find_round(db, partnership_id, round_label)
        self.index = next(k for k, r in enumerate(self.results) if r.round["id"] == chosen["id"])
        self.result: RoundResult = self.results[self.index]
        self.history = self.results[: self.index + 1]  # never report on later rounds
        self.inst = self.result.instrument
        self.s = L.styles()
        self.width = L.content_width()

    # --- helpers ---------------------------------------------------------------------

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

    def h1(self, key: str) -> Paragraph:
        return _p(t(key, self.lang), self.s["h1"])

    def h2(self, text: str) -> Paragraph:
        return _p(_e(text), self.s["h2"])

    def bullets(self, lines: list[str]) -> list[Any]:
        if not lines:
            return [_p(t("none", self.lang), self.s["bullet"])]
        return [_p(line, self.s["bullet"]) for line in lines]

    # --- sections --------------------------------------------------------------------

    def cover(self) -> list[Any]:
        r, lang = self.result, self.lang
        orgs = repo.list_organisations(self.db, self.partnership["id"])
        counts = {code: sum(1 for o in orgs if o["sector"] == code) for code in SECTORS}
        rows = [[t("organisations", lang), ""]] + [
            [t(code, lang), str(counts[code])] for code in SECTORS
        ]
        return [
            Spacer(1, 40 * mm),
            _p(t("report", lang), self.s["subtitle"]),
            _p(_e(self.partnership["name"]), self.s["title"]),
            _p(f"{t('round', lang)}: {_e(r.label)}", self.s["subtitle"]),
            _p(f"{t('date', lang)}: {r.round['date']}", self.s["body"]),
            _p(f"{t('respondents', lang)}: {r.scores.respondents}", self.s["body"]),
            Spacer(1, 8 * mm),
            L.table(rows, [70 * mm, 25 * mm], zebra=False),
            Spacer(1, 8 * mm),
            _p(f"{_e(self.inst.name(lang))} ({self.inst.id} {self.inst.version})", self.s["small"]),
            _p(f"{t('generated', lang)} {__version__}", self.s["small"]),
            PageBreak(),
        ]

    def summary(self) -> list[Any]:
        lang, sc = self.lang, self.result.scores
        dims = sc.dimensions

        def dim_line(d: Any) -> str:
            return f"{_e(self.name(d.code))}: {self.n(d.mean)} (n = {d.n})"

        out: list[Any] = [self.h1("summary")]
        out.append(self.h2(t("strengths", lang)))
        out += self.bullets([dim_line(d) for d in dims if d.band == "strength"])
        out.append(self.h2(t("concerns", lang)))
        out += self.bullets([dim_line(d) for d in dims if d.band == "concern"])
        out.append(self.h2(t("changes", lang)))
        if self.index == 0:
            out.append(_p(t("first_round", lang), self.s["bullet"]))
        else:
            out += self.bullets(
                [
                    f"{_e(self.name(d.code))}: {self.change(d.change)} "
                    f"({self.n(d.change.previous_mean)} → {self.n(d.mean)}; 95% "
                    f"{self.n(d.change.ci_low, signed=True)} … "
                    f"{self.n(d.change.ci_high, signed=True)})"
                    for d in dims
                    if d.change and d.change.significant
                ]
            )
        out.append(self.h2(t("top_risks", lang)))
        out += self.bullets(
            [
                f"{_e(self.name(r.code).rstrip('.'))}: {self.n(r.mean)}; "
                f"{self.n(r.high_pct, 0)}% 4–5 (n = {r.n})"
                for r in sc.top_risks(3)
            ]
        )
        out.append(self.h2(t("disagree", lang)))
        out += self.bullets(
            [
                f"{_e(self.name(d.code))}: rWG(J) {self.n(d.rwg_j)} (n = {d.n_complete})"
                for d in dims
                if d.disagreement
            ]
        )
        out.append(self.h2(t("gaps", lang)))
        _, gaps = R.sector_series(self.result, {}, self.settings)
        if gaps:
            out += self.bullets(
                [
                    f"{_e(self.name(g.code))}: "
                    f"{t('public', lang)} {self.n(g.public_mean)} (n = {g.public_n}), "
                    f"{t('private', lang)} {self.n(g.private_mean)} (n = {g.private_n})"
                    for g in gaps[:3]
                ]
            )
        else:
            out.append(_p(t("no_gaps", lang, k=self.settings.min_group), self.s["bullet"]))
        out.append(self.h2(t("balance", lang)))
        b = sc.balance
        out.append(
            _p(
                t(
                    "balance_text",
                    lang,
                    rel=self.n(b.relational_mean),
                    con=self.n(b.contract_mean),
                    diff=self.n(b.diff, signed=True),
                    low=self.n(b.ci_low, signed=True),
                    high=self.n(b.ci_high, signed=True),
                    n=b.n,
                ),
                self.s["body"],
            )
        )
        drift = R.drift_warning(self.history)
        out.append(_p(t(f"drift_{drift or 'none'}", lang), self.s["warning" if drift else "body"]))
        out.append(PageBreak())
        return out

    def chart(self, title: str, builder: Any, height: float) -> Any:
        return KeepTogether(
            [self.h2(title), self.book.flowable(builder, self.width, height), Spacer(1, 4 * mm)]
        )

    def charts(self) -> list[Any]:
        from pps_monitor.charts.bars import balance_figure, risk_figure
        from pps_monitor.charts.radar import radar_figure
        from pps_monitor.charts.trend import trend_grid_figure

        lang, r = self.lang, self.result
        bands = (self.settings.attention, self.settings.strength)
        band_labels = {b: t(b, lang) for b in ("concern", "attention", "strength")}
        axes = R.axis_labels(r, lang)
        shown = list(range(max(0, self.index - 2), self.index + 1))
        radar = R.radar_series(self.results, shown, lang, chosen=self.index)
        events = [
            (e_date, e_text)
            for e_date, e_text in (
                (date.fromisoformat(e["date"]), e["text"])
                for e in repo.list_events(self.db, self.partnership["id"])
            )
            if e_date <= R.round_date(r)
        ]
        panels = [
            (d.name(lang), R.trend_series(self.history, d.code, d.name(lang), self.settings.level))
            for d in self.inst.dimensions
        ]
        names = {code: t(code, lang) for code in (*SECTORS, UNKNOWN)}
        sectors, _ = R.sector_series(r, names, self.settings)
        bars = R.risk_bars(r, lang)
        points = R.balance_points(self.history)
        w = self.width
        out: list[Any] = [self.h1("charts")]
        out.append(
            self.chart(
                t("radar", lang),
                lambda size: radar_figure(
                    axes, radar, bands=bands, band_labels=band_labels, size=size
                ),
                w * 0.92,
            )
        )
        out.append(PageBreak())
        out.append(
            self.chart(
                t("trends", lang),
                lambda size: trend_grid_figure(
                    panels, events, columns=3, bands=bands, width=size[0], height=size[1]
                ),
                w * 1.25,
            )
        )
        out.append(PageBreak())
        if sectors:
            out.append(
                self.chart(
                    t("sectors", lang),
                    lambda size: radar_figure(
                        axes, sectors, bands=bands, band_labels=band_labels, size=size
                    ),
                    w * 0.92,
                )
            )
        else:
            out += [
                self.h2(t("sectors", lang)),
                _p(t("sectors_hidden", lang, k=self.settings.min_group), self.s["body"]),
            ]
        out.append(
            self.chart(
                t("risk_profile", lang),
                lambda size: risk_figure(bars, size=size, number=lambda v: num(v, lang)),
                w * 0.72,
            )
        )
        names2 = (t("relational_ahead", lang), t("contract_ahead", lang))
        out.append(
            self.chart(
                t("balance_chart", lang),
                lambda size: balance_figure(points, events, labels=names2, size=size),
                w * 0.45,
            )
        )
        return out

    def dimension_table(self) -> list[Any]:
        lang, s = self.lang, self.s
        head = [
            t("dimension", lang),
            "n",
            t("mean", lang),
            t("sd", lang),
            "α",
            "rWG(J)",
            t("band", lang),
            t("change", lang),
        ]
        rows: list[list[Any]] = [head]
        for d in self.result.scores.dimensions:
            rows.append(
                [
                    _p(_e(self.name(d.code)), s["cell"]),
                    str(d.n),
                    self.n(d.mean),
                    self.n(d.sd),
                    self.n(d.alpha),
                    self.n(d.rwg_j),
                    t(d.band, lang) if d.band else "–",
                    self.change(d.change),
                ]
            )
        widths = [62 * mm, 10 * mm, 13 * mm, 12 * mm, 12 * mm, 15 * mm, 22 * mm, 28 * mm]
        return [PageBreak(), self.h1("dimension_table"), L.table(rows, widths)]

    def item_table(self) -> list[Any]:
        lang, s, sc = self.lang, self.s, self.result.scores
        rows: list[list[Any]] = [
            ["", t("statement", lang), "n", t("mean", lang), "1", "2", "3", "4", "5", t("dk", lang)]
        ]
        for item in self.inst.items:
            st = sc.items[item.code]
            mark = f" {t('reverse_mark', lang)}" if item.reverse else ""
            rows.append(
                [
                    item.code,
                    _p(_e(item.text(lang)) + mark, s["cell"]),
                    str(st.n),
                    self.n(st.mean),
                    *[str(st.counts[v]) for v in range(1, 6)],
                    str(st.dont_know),
                ]
            )
        widths = [20 * mm, 78 * mm, 9 * mm, 12 * mm] + [8 * mm] * 5 + [11 * mm]
        return [
            self.h1("items"),
            L.table(rows, widths, align_right_from=2),
            Spacer(1, 2 * mm),
            _p(t("reverse_note", lang), s["small"]),
        ]

    def sector_table(self) -> list[Any]:
        lang, s = self.lang, self.s
        rows_b = breakdown(self.inst, self.result.responses, "sector", self.settings)
        groups = [g for g in (*SECTORS, UNKNOWN) if any(row.visible(g) for row in rows_b)]
        out: list[Any] = [self.h1("breakdown")]
        if not groups:
            return [*out, _p(t("sectors_hidden", lang, k=self.settings.min_group), s["body"])]
        rows: list[list[Any]] = [[t("dimension", lang), *[t(g, lang) for g in groups]]]
        for row in rows_b:
            cells = []
            for g in groups:
                c = row.visible(g)
                cells.append(f"{self.n(c.mean)} (n = {c.n})" if c else t("hidden_cell", lang))
            rows.append([_p(_e(self.name(row.code)), s["cell"]), *cells])
        rest = (self.width - 62 * mm) / len(groups)
        return [
            *out,
            L.table(rows, [62 * mm] + [rest] * len(groups)),
            Spacer(1, 2 * mm),
            _p(t("hidden_note", lang, k=self.settings.min_group), s["small"]),
        ]

    def comments(self) -> list[Any]:
        lang, s = self.lang, self.s
        out: list[Any] = [self.h1("comments")]
        found = R.comments_by_dimension(self.db, self.result, self.settings)
        if found is None:
            return [*out, _p(t("comments_hidden", lang, k=self.settings.min_group), s["body"])]
        if not found:
            return [*out, _p(t("no_comments", lang), s["body"])]
        for code in [*[d.code for d in self.inst.dimensions], "risks"]:
            if found.get(code):
                out.append(self.h2(self.name(code)))
                out += [_p(_e(text), s["bullet"]) for text in found[code]]
        return out

    def actions(self) -> list[Any]:
        lang, s = self.lang, self.s
        out: list[Any] = [self.h1("actions")]
        points = repo.list_action_points(self.db, self.partnership["id"])
        if not points:
            return [*out, _p(t("no_actions", lang), s["body"])]
        by_round = {r.round["id"]: r for r in self.history}

        def score(round_id: str | None, code: str | None) -> str:
            r = by_round.get(round_id or "")
            d = r.scores.dimension(code or "") if r else None
            return f"{self.n(d.mean)} (n = {d.n})" if d and d.mean is not None else "–"

        rows: list[list[Any]] = [
            [
                t("dimension", lang),
                t("action", lang),
                t("owner", lang),
                t("due", lang),
                t("status", lang),
                t("before", lang),
                t("after", lang),
            ]
        ]
        for a in points:
            rows.append(
                [
                    _p(
                        _e(
                            self.name(a["dimension_code"])
                            if a["dimension_code"]
                            else t("whole", lang)
                        ),
                        s["cell"],
                    ),
                    _p(_e(a["text"]), s["cell"]),
                    _p(_e(a["owner"]), s["cell"]),
                    a["due_date"] or "–",
                    t(a["status"], lang),
                    score(a["round_raised_id"], a["dimension_code"]),
                    score(self.result.round["id"], a["dimension_code"])
                    if a["round_raised_id"] != self.result.round["id"]
                    else "–",
                ]
            )
        widths = [32 * mm, 46 * mm, 24 * mm, 17 * mm, 15 * mm, 20 * mm, 20 * mm]
        return [*out, L.table(rows, widths, align_right_from=5)]

    def method(self) -> list[Any]:
        lang, s, st = self.lang, self.s, self.settings
        out: list[Any] = [PageBreak(), self.h1("method")]
        for text in METHOD["nl" if lang == "nl" else "en"]:
            out.append(
                _p(
                    text.format(
                        strength=self.n(st.strength, 1),
                        attention=self.n(st.attention, 1),
                        k=st.min_group,
                    ),
                    s["bullet"],
                )
            )
        out.append(self.h1("instrument"))
        rows: list[list[Any]] = [["", t("statement", lang)]]
        for group in self.inst.groups:
            for dim in group.dimensions:
                rows.append(
                    [
                        dim.code,
                        _p(f"<b>{_e(dim.name(lang))}</b> — {_e(group.name(lang))}", s["cell"]),
                    ]
                )
                for item in dim.items:
                    mark = f" {t('reverse_mark', lang)}" if item.reverse else ""
                    rows.append([item.code, _p(_e(item.text(lang)) + mark, s["cell"])])
        rows.append(["", _p(f"<b>{t('risks', lang)}</b>", s["cell"])])
        rows += [[r.code, _p(_e(r.text(lang)), s["cell"])] for r in self.inst.risks]
        out.append(L.table(rows, [26 * mm, self.width - 26 * mm], align_right_from=99))
        return out


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
) -> Path:
    """Write the report to ``out`` (atomically: a half-written file never replaces it)."""
    step = progress or (lambda _done, _total, _text: None)
    step(0, STEPS, "scores")
    L.register_fonts()
    book = ChartBook(mode=chart_mode)
    rb = ReportBuilder(db, partnership_id, round_label, lang, settings, book)
    title = f"{rb.partnership['name']} – {rb.result.label}"
    story = [
        *rb.cover(),
        *rb.summary(),
        *rb.charts(),
        *rb.dimension_table(),
        *rb.item_table(),
        *rb.sector_table(),
        *rb.comments(),
        *rb.actions(),
        *rb.method(),
    ]
    step(1, STEPS, "layout")
    buffer = io.BytesIO()
    doc = L.document(buffer, title=title, subject=t("report", lang), lang=lang, invariant=invariant)

    class Canvas(L.NumberedCanvas):
        footer_text = t("page", lang)
        header_text = title

    doc.build(story, canvasmaker=Canvas)
    step(2, STEPS, "charts")
    pdf = book.overlay(buffer.getvalue(), invariant)
    step(3, STEPS, "writing")
    path = Path(out)
    write_atomically(path, pdf)
    step(4, STEPS, "done")
    return path


