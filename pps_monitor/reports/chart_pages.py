"""The report's chart pages: radar, trends, sectors, risk profile and balance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.platypus import PageBreak

from pps_monitor import results as R
from pps_monitor.domain.breakdown import UNKNOWN
from pps_monitor.domain.vocabulary import SECTORS
from pps_monitor.reports.builder import para
from pps_monitor.reports.texts import num, t

if TYPE_CHECKING:
    from pps_monitor.reports.builder import ReportBuilder


def charts(rb: ReportBuilder) -> list[Any]:
    out: list[Any] = [rb.h1("charts")]
    out += _radar_and_trends(rb)
    out += _sectors(rb)
    out += _risks_and_balance(rb)
    return out


def _bands(rb: ReportBuilder) -> tuple[tuple[float, float], dict[str, str]]:
    bands = (rb.settings.attention, rb.settings.strength)
    return bands, {b: t(b, rb.lang) for b in ("concern", "attention", "strength")}


def _radar_and_trends(rb: ReportBuilder) -> list[Any]:
    from pps_monitor.charts.radar import radar_figure
    from pps_monitor.charts.trend import trend_grid_figure

    lang, w = rb.lang, rb.width
    bands, band_labels = _bands(rb)
    axes = R.axis_labels(rb.result, lang)
    shown = list(range(max(0, rb.index - 2), rb.index + 1))
    radar = R.radar_series(rb.results, shown, lang, chosen=rb.index)
    events = rb.data.events
    panels = [
        (d.name(lang), R.trend_series(rb.history, d.code, d.name(lang), rb.settings.level))
        for d in rb.inst.dimensions
    ]
    return [
        rb.chart(
            t("radar", lang),
            lambda size: radar_figure(axes, radar, bands=bands, band_labels=band_labels, size=size),
            w * 0.92,
        ),
        PageBreak(),
        rb.chart(
            t("trends", lang),
            lambda size: trend_grid_figure(
                panels, events, columns=3, bands=bands, width=size[0], height=size[1]
            ),
            w * 1.25,
        ),
        PageBreak(),
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
                axes, sectors, bands=bands, band_labels=band_labels, size=size
            ),
            rb.width * 0.92,
        )
    ]


def _risks_and_balance(rb: ReportBuilder) -> list[Any]:
    from pps_monitor.charts.bars import balance_figure, risk_figure

    lang, w = rb.lang, rb.width
    bars = R.risk_bars(rb.result, lang)
    points = R.balance_points(rb.history)
    events = rb.data.events
    names = (t("relational_ahead", lang), t("contract_ahead", lang))
    return [
        rb.chart(
            t("risk_profile", lang),
            lambda size: risk_figure(bars, size=size, number=lambda v: num(v, lang)),
            w * 0.72,
        ),
        rb.chart(
            t("balance_chart", lang),
            lambda size: balance_figure(points, events, labels=names, size=size),
            w * 0.45,
        ),
    ]
