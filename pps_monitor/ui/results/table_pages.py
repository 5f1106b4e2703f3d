"""Pages of text and tables: risks, the score table, comments, two rounds compared."""

from __future__ import annotations

import html
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from pps_monitor import results as R
from pps_monitor.ui.common import labels
from pps_monitor.ui.common.record_tab import RecordTab
from pps_monitor.ui.common.table_model import Column
from pps_monitor.ui.results.format import arrow, f, interval, signed
from pps_monitor.ui.results.page import ChartPage, PageHost, scoring

if TYPE_CHECKING:
    from pps_monitor.ui.common.chart_canvas import Builder

BAND_COLOURS = {"strength": "#d6ead8", "attention": "#f6ebc8", "concern": "#f3d5cf"}


class RisksPage(ChartPage):
    key = "risks"

    def title(self) -> str:
        return self.tr("Risks")

    def chart_for(self, host: PageHost, index: int) -> tuple[Builder, Hashable]:
        from pps_monitor.charts.bars import risk_figure

        cur, lang = host.results()[index], host.ctx.lang
        bars = R.risk_bars(cur, lang)
        return (lambda fig: risk_figure(bars, fig=fig, lang=lang), cur.round["id"])

    def draw(self, host: PageHost) -> None:
        self.canvas.show_chart(*self.chart_for(host, host.current_index()))


class ScoresPage(RecordTab):
    key = "scores"
    round_dependent = True

    def __init__(self) -> None:
        super().__init__(
            [
                Column(self.tr("Dimension"), lambda r: r["name"], tooltip=lambda r: r["code"]),
                Column("n", lambda r: r["n"], True),
                Column(self.tr("Mean"), lambda r: f(r["mean"]), True),
                Column(self.tr("SD"), lambda r: f(r["sd"]), True),
                Column("α", lambda r: f(r["alpha"]), True),
                Column("rWG(J)", lambda r: f(r["rwg_j"]), True),
                Column(self.tr("Band"), lambda r: labels.band(r["band"])),
                Column(
                    self.tr("Change"), lambda r: arrow(r["change"]), True, tooltip=self._change_tip
                ),
                Column(self.tr("Agreement"), self._agreement, tooltip=self._agreement_tip),
                Column(
                    self.tr("Open action points"), self._actions_text, tooltip=self._actions_tip
                ),
            ]
        )
        self.view.setToolTip(
            self.tr("Double-click a dimension to see how its statements were answered.")
        )
        self._open_actions: dict[str, list[dict[str, Any]]] = {}
        colours = {band: QColor(colour) for band, colour in BAND_COLOURS.items()}
        self.model.background = lambda row, col: colours.get(row["band"]) if col == 6 else None

    def title(self) -> str:
        return self.tr("Score table")

    def widget(self) -> QWidget:
        return self

    def connect_host(self, host: PageHost) -> None:
        self.host = host
        self.view.doubleClicked.connect(self.show_distribution)

    def loaded(self, host: PageHost) -> None:
        pass

    def draw(self, host: PageHost) -> None:
        cur, lang = host.current(), host.ctx.lang
        assert cur is not None
        self._open_actions = R.open_actions_by_dimension(host.data_item("actions"))
        self.set_rows(
            [
                {
                    "code": d.code,
                    "name": cur.instrument.label(d.code, lang),
                    "n": d.n,
                    "mean": d.mean,
                    "sd": d.sd,
                    "alpha": d.alpha,
                    "rwg_j": d.rwg_j,
                    "band": d.band,
                    "change": d.change,
                    "disagreement": d.disagreement,
                    "threshold": d.agreement_threshold,
                    "n_complete": d.n_complete,
                }
                for d in cur.scores.dimensions
            ]
        )

    def show_distribution(self) -> None:
        from pps_monitor.ui.results.dialogs import DistributionDialog

        row, cur = self.current(), self.host.current()
        if row is None or cur is None:
            return
        DistributionDialog(self, cur, row["code"], self.host.ctx.lang).exec()

    def _agreement(self, row: dict[str, Any]) -> str:
        if row["disagreement"] is None:
            return self.tr("too few to judge")
        return self.tr("partners disagree") if row["disagreement"] else self.tr("agree")

    def _agreement_tip(self, row: dict[str, Any]) -> str:
        if row["disagreement"] is None:
            return self.tr(
                "Agreement needs at least 3 respondents who answered every statement of the dimension."
            )
        return (
            self.tr("rWG(J) %1; agreement needs at least %2 with %3 complete answers.")
            .replace("%1", f(row["rwg_j"]))
            .replace("%2", f(row["threshold"]))
            .replace("%3", str(row["n_complete"]))
        )

    def _change_tip(self, row: dict[str, Any]) -> str | None:
        c = row["change"]
        if c is None:
            return None
        return (
            self.tr(
                "Since the previous round: %1, 95% interval %2; Cliff's delta %3; previous mean %4 (n=%5)."
            )
            .replace("%1", signed(c.diff))
            .replace("%2", interval(c))
            .replace("%3", signed(c.cliffs_delta))
            .replace("%4", f(c.previous_mean))
            .replace("%5", str(c.previous_n))
        )

    def _actions_text(self, row: dict[str, Any]) -> str:
        found = self._open_actions.get(row["code"], [])
        return "" if not found else "; ".join(a["text"] for a in found)

    def _actions_tip(self, row: dict[str, Any]) -> str | None:
        found = self._open_actions.get(row["code"], [])
        return (
            "\n".join(f"• {a['text']} ({a['owner']}, {a['due_date'] or '–'})" for a in found)
            or None
        )


class CommentsPage(QTextBrowser):
    key = "comments"
    round_dependent = True

    def title(self) -> str:
        return self.tr("Comments")

    def widget(self) -> QWidget:
        return self

    def connect_host(self, host: PageHost) -> None:
        pass

    def loaded(self, host: PageHost) -> None:
        pass

    def draw(self, host: PageHost) -> None:
        cur, lang = host.current(), host.ctx.lang
        assert cur is not None
        comments = host.data_item("comments").get(cur.round["id"])
        if comments is None:
            self.setPlainText(
                self.tr(
                    "Comments are not shown: this round has fewer than %1 respondents."
                ).replace("%1", str(scoring(host).min_breakdown))
            )
            return
        parts = []
        for code in [*[d.code for d in cur.instrument.dimensions], "risks"]:
            texts = comments.get(code)
            if not texts:
                continue
            inst = cur.instrument
            title = inst.risks_name(lang) if code == "risks" else inst.label(code, lang)
            parts.append(
                f"<h3>{html.escape(title)}</h3><ul>"
                + "".join(f"<li>{html.escape(t)}</li>" for t in texts)
                + "</ul>"
            )
        self.setHtml("".join(parts) or self.tr("No comments in this round."))


class ComparePage(QWidget):
    key = "compare"
    round_dependent = False

    def __init__(self) -> None:
        super().__init__()
        self.first, self.second = QComboBox(), QComboBox()
        self.table = RecordTab(
            [
                Column(self.tr("Dimension"), lambda r: r["name"]),
                Column(self.tr("First"), lambda r: f"{f(r['a_mean'])} (n={r['a_n']})", True),
                Column(self.tr("Second"), lambda r: f"{f(r['b_mean'])} (n={r['b_n']})", True),
                Column(self.tr("Difference"), lambda r: arrow(r["change"]), True),
                Column(self.tr("95% interval"), lambda r: interval(r["change"]), True),
            ]
        )
        box = QVBoxLayout(self)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Compare")))
        pick.addWidget(self.first)
        pick.addWidget(QLabel(self.tr("with")))
        pick.addWidget(self.second)
        pick.addStretch(1)
        box.addLayout(pick)
        box.addWidget(self.table, 1)
        box.addWidget(
            QLabel(self.tr("▲/▼ marks a significant change: the 95% Welch interval excludes 0."))
        )

    def title(self) -> str:
        return self.tr("Compare rounds")

    def widget(self) -> QWidget:
        return self

    def connect_host(self, host: PageHost) -> None:
        self.host = host
        for box in (self.first, self.second):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        self.host.mark(self.key)

    def loaded(self, host: PageHost) -> None:
        results = host.results()
        for box, value in ((self.first, max(0, len(results) - 2)), (self.second, len(results) - 1)):
            box.blockSignals(True)  # one redraw by the view, not one per box
            box.clear()
            for r in results:
                box.addItem(
                    f"{r.label} ({r.round['date']}, n={r.scores.respondents})", r.round["id"]
                )
            box.setCurrentIndex(value)
            box.blockSignals(False)

    def draw(self, host: PageHost) -> None:
        results, lang = host.results(), host.ctx.lang
        a, b = self.first.currentIndex(), self.second.currentIndex()
        if a < 0 or b < 0:
            return
        rows = [
            {
                "name": results[b].instrument.label(row.code, lang),
                "a_mean": row.a_mean,
                "a_n": row.a_n,
                "b_mean": row.b_mean,
                "b_n": row.b_n,
                "change": row.change,
            }
            for row in R.compare(results[a], results[b], scoring(host))
        ]
        self.table.set_rows(rows)
