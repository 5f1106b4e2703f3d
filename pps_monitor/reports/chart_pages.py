"""The report's chart pages: radar, trends, sectors, risk profile and balance."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from reportlab.platypus import CondPageBreak, PageBreak

from pps_monitor import results as R
from pps_monitor.domain.breakdown import UNKNOWN
from pps_monitor.domain.vocabulary import SECTORS
from pps_monitor.reports import layout as L
from pps_monitor.reports.builder import para
from pps_monitor.reports.texts import num, t

if TYPE_CHECKING:
    from pps_monitor.reports.builder import ReportBuilder


def charts(rb: ReportBuilder) -> list[Any]:
    # The heading goes with the radar: never alone at the foot of the page before.
    out: list[Any] = [CondPageBreak(0.75 * L.content_height()), rb.h1("charts")]
    out += _radar_and_trends(rb)
    out += _sectors(rb)
    out += _risks_and_balance(rb)
    return out


def _bands(rb: ReportBuilder) -> tuple[tuple[float, float], dict[str, str]]:
    bands = (rb.settings.attention, rb.settings.strength)
    return bands, {b: t(b, rb.lang) for b in ("concern", "attention", "strength")}


def _hide_small(rb: ReportBuilder, series: list[Any]) -> list[Any]:
    """Radar series with no vertex for a dimension answered by fewer than the minimum."""
    out = []
    for radar in series:
        result = next(
            (r for r in rb.results if radar.label.startswith(f"{r.label} (n=")), rb.result
        )
        values = [
            v if rb.shown(result.scores.dimension(d.code)) else None
            for v, d in zip(radar.values, rb.inst.dimensions, strict=False)
        ]
        out.append(replace(radar, values=values))
    return out


def _trend_points(rb: ReportBuilder, code: str, name: str) -> Any:
    """A dimension's trend over the rounds so far; rounds below the minimum have no point."""
    series = R.trend_series(rb.history, code, name, rb.settings.level)
    points = [
        p if p.n >= rb.min_round else replace(p, mean=None, ci_low=None, ci_high=None)
        for p in series.points
    ]
    return replace(series, points=points)


def _radar_and_trends(rb: ReportBuilder) -> list[Any]:
    from pps_monitor.charts.radar import radar_figure
    from pps_monitor.charts.trend import distinct_rounds, trend_grid_figure

    lang, w = rb.lang, rb.width
    bands, band_labels = _bands(rb)
    axes = R.axis_labels(rb.result, lang)
    shown = [
        k
        for k in range(max(0, rb.index - 2), rb.index + 1)
        if rb.results[k].scores.respondents >= rb.min_round
    ]
    radar = _hide_small(rb, R.radar_series(rb.results, shown, lang, chosen=rb.index))
    events = rb.data.events
    panels = [(d.name(lang), _trend_points(rb, d.code, d.name(lang))) for d in rb.inst.dimensions]
    single = distinct_rounds([s for _, s in panels]) < 2
    out = [
        rb.chart(
            t("radar_single" if len(shown) < 2 else "radar", lang),
            lambda size: radar_figure(
                axes, radar, bands=bands, band_labels=band_labels, size=size, lang=lang
            ),
            w * 0.92,
        ),
    ]
    if single:  # one round is no trend: say so instead of drawing lone points
        return [*out, rb.h2(t("trends_short", lang)), para(t("one_round", lang), rb.s["body"])]
    legend_rows = len(events) * 0.16 + 0.1 if events else 0
    # as tall as the page allows with its two-line title: never split from its title
    height = min(w * 1.25 + legend_rows * 72, L.content_height() - 52)
    return [
        *out,
        PageBreak(),
        rb.chart(
            t("trends_clipped" if events else "trends_clipped_no_events", lang),
            lambda size: trend_grid_figure(
                panels,
                events,
                columns=3,
                bands=bands,
                width=size[0],
                height=size[1],
                lang=lang,
            ),
            height,
        ),
        # A plain PageBreak after a chart that fills its page printed a blank page.
        CondPageBreak(0.6 * L.content_height()),
    ]


def _sectors(rb: ReportBuilder) -> list[Any]:
    from pps_monitor.charts.radar import radar_figure

    lang = rb.lang
    bands, band_labels = _bands(rb)
    axes = R.axis_labels(rb.result, lang)
    names = {code: t(code, lang) for code in (*SECTORS, UNKNOWN)}
    sectors, _ = R.sector_series(rb.result, names, rb.settings)
    if not sectors:
        return [
            rb.h2(t("sectors", lang)),
            para(t("sectors_hidden", lang, k=rb.settings.min_group), rb.s["body"]),
        ]
    return [
        rb.chart(
            t("sectors", lang),
            lambda size: radar_figure(
                axes, sectors, bands=bands, band_labels=band_labels, size=size, lang=lang
            ),
            rb.width * 0.92,
        )
    ]


def _risks_and_balance(rb: ReportBuilder) -> list[Any]:
    from pps_monitor.charts.bars import LEGEND_LINE, balance_figure, risk_figure, risk_height

    lang, w = rb.lang, rb.width
    shown = {rb.inst.label(r.code, lang) for r in rb.result.scores.risks if rb.shown(r)}
    bars = [b for b in R.risk_bars(rb.result, lang) if b.label in shown]
    points = [
        p if p.n >= rb.min_round else replace(p, diff=None, ci_low=None, ci_high=None)
        for p in R.balance_points(rb.history)
    ]
    events = rb.data.events
    names = (t("relational_ahead", lang), t("contract_ahead", lang))
    held = any(b.high_pct is None for b in bars)
    left_out = len(rb.result.scores.risks) - len(shown)
    notes = [t("share_held", lang, k=rb.settings.min_breakdown)] if held else []
    if left_out:  # say why a statement has no bar, never leave it out silently
        notes.append(t("risks_left_out", lang, count=left_out, minimum=rb.min_round))
    out = [
        rb.chart(
            t("risk_profile", lang),
            lambda size: risk_figure(bars, size=size, number=lambda v: num(v, lang), lang=lang),
            # tall enough that the two-line labels never overprint each other
            max(w * 0.35, risk_height(len(bars)) * 72),
            note=para(" ".join(notes), rb.s["small"]) if notes else None,
        ),
    ]
    if len({p.when for p in points if p.diff is not None}) < 2:
        return [*out, rb.h2(t("balance_chart", lang)), para(t("one_round", lang), rb.s["body"])]
    level = num(R.DRIFT_LEVEL, lang, 1)
    extra = (len(events) * LEGEND_LINE + 0.1) * 72 if events else 0
    return [
        *out,
        rb.chart(
            t("balance_chart", lang),
            lambda size: balance_figure(
                points, events, labels=names, size=size, lang=lang, warn_at=R.DRIFT_LEVEL
            ),
            w * 0.45 + extra,
            note=para(t("balance_note", lang, level=level), rb.s["small"]),
        ),
    ]
