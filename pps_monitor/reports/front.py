"""The report's cover and summary page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from pps_monitor import __version__
from pps_monitor import results as R
from pps_monitor.domain.vocabulary import SECTORS
from pps_monitor.reports import layout as L
from pps_monitor.reports.builder import esc, para
from pps_monitor.reports.texts import t

if TYPE_CHECKING:
    from pps_monitor.reports.builder import ReportBuilder


def cover(rb: ReportBuilder) -> list[Any]:
    r, lang, s, inst = rb.result, rb.lang, rb.s, rb.inst
    orgs = rb.data.organisations
    counts = {code: sum(1 for o in orgs if o["sector"] == code) for code in SECTORS}
    rows = [[t("organisations", lang), ""]] + [
        [t(code, lang), str(counts[code])] for code in SECTORS
    ]
    return [
        Spacer(1, 40 * mm),
        para(t("report", lang), s["subtitle"]),
        para(esc(rb.partnership["name"]), s["title"]),
        para(f"{t('round', lang)}: {esc(r.label)}", s["subtitle"]),
        para(f"{t('date', lang)}: {r.round['date']}", s["body"]),
        para(f"{t('respondents', lang)}: {r.scores.respondents}", s["body"]),
        Spacer(1, 8 * mm),
        L.table(rows, [70 * mm, 25 * mm], zebra=False),
        Spacer(1, 8 * mm),
        para(f"{esc(inst.name(lang))} ({inst.id} {inst.version})", s["small"]),
        para(f"{t('generated', lang)} {__version__}", s["small"]),
        PageBreak(),
    ]


def summary(rb: ReportBuilder) -> list[Any]:
    lang, dims = rb.lang, rb.result.scores.dimensions

    def dim_line(d: Any) -> str:
        return f"{esc(rb.name(d.code))}: {rb.n(d.mean)} (n = {d.n})"

    out: list[Any] = [rb.h1("summary")]
    out.append(rb.h2(t("strengths", lang)))
    out += rb.bullets([dim_line(d) for d in dims if d.band == "strength"])
    out.append(rb.h2(t("concerns", lang)))
    out += rb.bullets([dim_line(d) for d in dims if d.band == "concern"])
    out += _changes(rb)
    out += _risks_and_disagreement(rb)
    out += _gaps(rb)
    out += _balance(rb)
    out.append(PageBreak())
    return out


def _changes(rb: ReportBuilder) -> list[Any]:
    lang = rb.lang
    out: list[Any] = [rb.h2(t("changes", lang))]
    if rb.index == 0:
        return [*out, para(t("first_round", lang), rb.s["bullet"])]
    return out + rb.bullets(
        [
            f"{esc(rb.name(d.code))}: {rb.change(d.change)} "
            f"({rb.n(d.change.previous_mean)} → {rb.n(d.mean)}; 95% "
            f"{rb.n(d.change.ci_low, signed=True)} … "
            f"{rb.n(d.change.ci_high, signed=True)})"
            for d in rb.result.scores.dimensions
            if d.change and d.change.significant
        ]
    )


def _risks_and_disagreement(rb: ReportBuilder) -> list[Any]:
    lang, sc = rb.lang, rb.result.scores
    out: list[Any] = [rb.h2(t("top_risks", lang))]
    out += rb.bullets(
        [
            f"{esc(rb.name(r.code).rstrip('.'))}: {rb.n(r.mean)}; "
            f"{rb.n(r.high_pct, 0)}% 4–5 (n = {r.n})"
            for r in sc.top_risks(3)
        ]
    )
    out.append(rb.h2(t("disagree", lang)))
    out += rb.bullets(
        [
            f"{esc(rb.name(d.code))}: rWG(J) {rb.n(d.rwg_j)} (n = {d.n_complete})"
            for d in sc.dimensions
            if d.disagreement
        ]
    )
    return out


def _gaps(rb: ReportBuilder) -> list[Any]:
    lang = rb.lang
    out: list[Any] = [rb.h2(t("gaps", lang))]
    _, gaps = R.sector_series(rb.result, {}, rb.settings)
    if not gaps:
        return [*out, para(t("no_gaps", lang, k=rb.settings.min_group), rb.s["bullet"])]
    return out + rb.bullets(
        [
            f"{esc(rb.name(g.code))}: "
            f"{t('public', lang)} {rb.n(g.public_mean)} (n = {g.public_n}), "
            f"{t('private', lang)} {rb.n(g.private_mean)} (n = {g.private_n})"
            for g in gaps[:3]
        ]
    )


def _balance(rb: ReportBuilder) -> list[Any]:
    lang, b = rb.lang, rb.result.scores.balance
    text = t(
        "balance_text",
        lang,
        rel=rb.n(b.relational_mean),
        con=rb.n(b.contract_mean),
        diff=rb.n(b.diff, signed=True),
        low=rb.n(b.ci_low, signed=True),
        high=rb.n(b.ci_high, signed=True),
        n=b.n,
    )
    drift = R.drift_warning(rb.history)
    return [
        rb.h2(t("balance", lang)),
        para(text, rb.s["body"]),
        para(t(f"drift_{drift or 'none'}", lang), rb.s["warning" if drift else "body"]),
    ]
