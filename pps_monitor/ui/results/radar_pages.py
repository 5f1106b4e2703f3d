"""Radar charts: the chosen round beside earlier ones, and the sectors side by side."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from pps_monitor import results as R
from pps_monitor.ui.common import labels
from pps_monitor.ui.results.format import f
from pps_monitor.ui.results.page import ChartPage, PageHost, band_labels, bands, scoring

if TYPE_CHECKING:
    from pps_monitor.ui.common.chart_canvas import Builder


class RadarPage(ChartPage):
    key = "radar"

    def title(self) -> str:
        return self.tr("Radar")

    def chart_for(self, host: PageHost, index: int) -> tuple[Builder, Hashable]:
        from pps_monitor.charts.radar import radar_figure

        results, lang = host.results(), host.ctx.lang
        cur = results[index]
        shown = [k for k, r in enumerate(results) if r.round["id"] in host.overlay and k != index]
        series = _series(host, [*shown, index], index)
        axes, limits, names = R.axis_labels(cur, lang), bands(host), band_labels()
        return (
            lambda fig: radar_figure(axes, series, bands=limits, band_labels=names, fig=fig),
            (cur.round["id"], tuple(results[k].round["id"] for k in shown)),
        )

    def signature(self, host: PageHost, index: int) -> tuple[object, ...]:
        """Everything ``chart_for`` draws (two equal signatures: the same chart)."""
        results, lang = host.results(), host.ctx.lang
        cur = results[index]
        shown = [k for k, r in enumerate(results) if r.round["id"] in host.overlay and k != index]
        series = _series(host, [*shown, index], index)
        return (
            cur.round["id"],
            tuple(results[k].round["id"] for k in shown),
            tuple(series),
            tuple(R.axis_labels(cur, lang)),
            bands(host),
            lang,
        )

    def draw(self, host: PageHost) -> None:
        self.canvas.show_chart(*self.chart_for(host, host.current_index()))


def _series(host: PageHost, shown: list[int], index: int) -> list[R.RadarSeries]:
    """``radar_series``; a first view holds only the latest rounds, so their styles (a
    round's place in time) are moved by the rounds before them (``rounds_before``)."""
    series = R.radar_series(host.results(), shown, host.ctx.lang, chosen=index)
    before = host.data_item("rounds_before") or 0
    if not before:
        return series
    return [replace(s, style=None if s.style is None else s.style + before) for s in series]


class SectorsPage(ChartPage):
    key = "sectors"

    def __init__(self) -> None:
        note = QLabel()
        note.setWordWrap(True)
        super().__init__(note=note)
        self.note = note

    def title(self) -> str:
        return self.tr("Sectors")

    def draw(self, host: PageHost) -> None:
        from pps_monitor.charts.radar import radar_figure

        cur, ctx = host.current(), host.ctx
        assert cur is not None
        names = {code: labels.sector(code) for code in (*labels.SECTOR_CODES, "unknown")}
        series, gaps = R.sector_series(cur, names, scoring(host))
        axes, limits, band_names = R.axis_labels(cur, ctx.lang), bands(host), band_labels()
        self.canvas.show_chart(
            lambda fig: radar_figure(axes, series, bands=limits, band_labels=band_names, fig=fig),
            key=cur.round["id"],
        )
        k = scoring(host).min_breakdown
        note = self.tr("Groups smaller than %1 are not shown.").replace("%1", str(k))
        if gaps:
            lines = [
                self.tr("%1: public %2 (n=%3), private %4 (n=%5)")
                .replace("%1", cur.instrument.label(g.code, ctx.lang))
                .replace("%2", f(g.public_mean))
                .replace("%3", str(g.public_n))
                .replace("%4", f(g.private_mean))
                .replace("%5", str(g.private_n))
                for g in gaps
            ]
            note = self.tr("Largest public–private gaps:") + " " + "; ".join(lines) + ". " + note
        self.note.setText(note)
