"""The report's tables: scores per dimension, per statement, and per sector."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from pps_monitor.domain.breakdown import UNKNOWN, breakdown
from pps_monitor.domain.vocabulary import SECTORS
from pps_monitor.reports import layout as L
from pps_monitor.reports.builder import esc, para
from pps_monitor.reports.texts import t

if TYPE_CHECKING:
    from pps_monitor.reports.builder import ReportBuilder


def dimension_table(rb: ReportBuilder) -> list[Any]:
    lang, s = rb.lang, rb.s
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
    for d in rb.result.scores.dimensions:
        rows.append(
            [
                para(esc(rb.name(d.code)), s["cell"]),
                str(d.n),
                rb.n(d.mean),
                rb.n(d.sd),
                rb.n(d.alpha),
                rb.n(d.rwg_j),
                t(d.band, lang) if d.band else "–",
                rb.change(d.change),
            ]
        )
    widths = [62 * mm, 10 * mm, 13 * mm, 12 * mm, 12 * mm, 15 * mm, 22 * mm, 28 * mm]
    return [PageBreak(), rb.h1("dimension_table"), L.table(rows, widths)]


def item_table(rb: ReportBuilder) -> list[Any]:
    lang, s, sc = rb.lang, rb.s, rb.result.scores
    rows: list[list[Any]] = [
        ["", t("statement", lang), "n", t("mean", lang), "1", "2", "3", "4", "5", t("dk", lang)]
    ]
    for item in rb.inst.items:
        st = sc.items[item.code]
        mark = f" {t('reverse_mark', lang)}" if item.reverse else ""
        rows.append(
            [
                item.code,
                para(esc(item.text(lang)) + mark, s["cell"]),
                str(st.n),
                rb.n(st.mean),
                *[str(st.counts[v]) for v in range(1, 6)],
                str(st.dont_know),
            ]
        )
    widths = [20 * mm, 78 * mm, 9 * mm, 12 * mm] + [8 * mm] * 5 + [11 * mm]
    return [
        rb.h1("items"),
        L.table(rows, widths, align_right_from=2),
        Spacer(1, 2 * mm),
        para(t("reverse_note", lang), s["small"]),
    ]


def sector_table(rb: ReportBuilder) -> list[Any]:
    lang, s = rb.lang, rb.s
    rows_b = breakdown(rb.inst, rb.result.responses, "sector", rb.settings)
    groups = [g for g in (*SECTORS, UNKNOWN) if any(row.visible(g) for row in rows_b)]
    out: list[Any] = [rb.h1("breakdown")]
    if not groups:
        return [*out, para(t("sectors_hidden", lang, k=rb.settings.min_group), s["body"])]
    rows: list[list[Any]] = [[t("dimension", lang), *[t(g, lang) for g in groups]]]
    for row in rows_b:
        cells = []
        for g in groups:
            c = row.visible(g)
            cells.append(f"{rb.n(c.mean)} (n = {c.n})" if c else t("hidden_cell", lang))
        rows.append([para(esc(rb.name(row.code)), s["cell"]), *cells])
    rest = (rb.width - 62 * mm) / len(groups)
    return [
        *out,
        L.table(rows, [62 * mm] + [rest] * len(groups)),
        Spacer(1, 2 * mm),
        para(t("hidden_note", lang, k=rb.settings.min_group), s["small"]),
    ]
