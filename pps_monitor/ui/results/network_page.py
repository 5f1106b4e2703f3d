"""The collaboration network map of the chosen round (issue 18)."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pps_monitor.ui.results.page import ChartPage, PageHost, bands

if TYPE_CHECKING:
    from pps_monitor.ui.common.chart_canvas import Builder


class NetworkPage(ChartPage):
    key = "network"

    def __init__(self) -> None:
        note = QLabel()
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        super().__init__(note=note)
        self.note = note
        self.table = QLabel()  # per organisation, under the map
        self.table.setTextFormat(Qt.TextFormat.RichText)

    def title(self) -> str:
        return self.tr("Network")

    def _network(self, host: PageHost, index: int) -> Any:
        results = host.results()
        try:
            networks = host.data_item("networks") or {}
        except KeyError:  # results of a partnership deleted meanwhile: no networks either
            networks = {}
        return networks.get(results[index].round["id"]) if results else None

    def chart_for(self, host: PageHost, index: int) -> tuple[Builder, Hashable] | None:
        from pps_monitor.charts.network import network_figure

        network = self._network(host, index)
        if network is None or network.figures is None:
            return None
        lang, limits = host.ctx.lang, bands(host)
        title = f"{network.partnership} – {network.round_label}"
        return (
            lambda fig: network_figure(
                network.organisations,
                network.figures,
                title=title,
                previous=network.previous_label,
                bands=limits,
                lang=lang,
                fig=fig,
            ),
            ("network", network.round_label, network.figures, lang, limits),
        )

    def draw(self, host: PageHost) -> None:
        chart = self.chart_for(host, host.current_index())
        if chart is None:
            self.note.setText(
                self.tr(
                    "This round does not include the questions about working with each "
                    "other organisation. Include them for a round in the Rounds tab."
                )
            )
            if self._canvas is not None:
                self._canvas.hide()
            self.table.hide()
            return
        self.canvas.show()
        self.canvas.show_chart(*chart)
        network = self._network(host, host.current_index())
        self.note.setText(self._note(host, network))
        self.box.addWidget(self.table)  # (again) last, under the map
        self.table.setText(self._table(host, network))
        self.table.show()

    def _table(self, host: PageHost, network: Any) -> str:
        """How the others rate each organisation, how it rates them, and reciprocity."""
        from html import escape

        from pps_monitor.services.tie_texts import note_text
        from pps_monitor.ui.results.format import f

        fig, lang = network.figures, host.ctx.lang

        def pooled(p: Any) -> str:
            text = note_text(p.note, p.n, fig.min_breakdown, lang)
            if p.mean is not None:
                text = f"{f(p.mean)} (n = {p.n})" + (f"; {text}" if text else "")
            return escape(text)

        head = [
            self.tr("Organisation"),
            "n",
            self.tr("How the others rate it"),
            self.tr("How it rates the others"),
            self.tr("Reciprocity"),
        ]
        rows = []
        for org in network.organisations:
            o = fig.organisation(org.id)
            recip = "–" if o.reciprocity is None else f"{o.reciprocity:.0%} (n = {o.reciprocity_n})"
            cells = [escape(org.name), str(o.respondents), pooled(o.rated_by), pooled(o.rates)]
            rows.append("".join(f"<td>{c}</td>" for c in [*cells, recip]))
        heads = "".join(f"<th align='left'>{escape(h)}</th>" for h in head)
        body = "".join(f"<tr>{row}</tr>" for row in rows)
        return f"<table cellspacing='0' cellpadding='3'><tr>{heads}</tr>{body}</table>"

    def _note(self, host: PageHost, network: Any) -> str:
        from pps_monitor.services.tie_texts import summary_sentence

        fig = network.figures
        held = sum(1 for t in fig.directed if not t.shown)
        parts = [summary_sentence(network, host.ctx.lang)]
        if held:
            parts.append(
                self.tr(
                    "%n tie(s) held back: fewer than %1 people of the organisation rated them.",
                    "",
                    held,
                ).replace("%1", str(fig.min_breakdown))
            )
        if network.pending:
            parts.append(
                self.tr(
                    "%n later tie answer(s) not included: this round's figures were shown.",
                    "",
                    network.pending,
                )
            )
        return " ".join(parts)
