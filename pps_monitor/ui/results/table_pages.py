"""Pages of text and tables: risks, the score table, comments, two rounds compared."""

from __future__ import annotations

import html
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from pps_monitor import results as R
from pps_monitor.ui.common import labels
from pps_monitor.ui.common.dates import short_date
from pps_monitor.ui.common.record_tab import RecordTab
from pps_monitor.ui.common.table_model import Column
from pps_monitor.ui.results import words as W
from pps_monitor.ui.results.format import f, interval
from pps_monitor.ui.results.page import ChartPage, PageHost, scoring

if TYPE_CHECKING:
    from pps_monitor.ui.common.chart_canvas import Builder

BAND_COLOURS = {"strength": "#d6ead8", "attention": "#f6ebc8", "concern": "#f3d5cf"}


def _tested(comparison: Any) -> bool:
    """A dimension in only one of the two rounds has no comparison at all."""
    return comparison is not None and comparison.testable


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
                Column("n", lambda r: r["n"], True, tooltip=self._n_tip),
                Column(self.tr("Mean"), lambda r: f(r["mean"]), True, tooltip=self._n_tip),
                Column(self.tr("SD"), lambda r: f(r["sd"]), True),
                Column("α", lambda r: W.alpha_text(r["d"]), True, tooltip=self._alpha_tip),
                Column("rWG(J)", lambda r: f(r["rwg_j"]), True),
                Column(self.tr("Band"), lambda r: labels.band(r["band"])),
                Column(
                    self.tr("Change"),
                    lambda r: W.change_text(r["comparison"]),
                    True,
                    tooltip=self._change_tip,
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
        self._min_breakdown = 5
        self._respondents, self._min_round = 0, 3
        self.note = QLabel(W.table_note())  # what the words and marks mean (issue 11)
        self.note.setWordWrap(True)
        self.note.setObjectName("scoreTableNote")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.note)
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
        self._min_breakdown = cur.scores.min_breakdown
        self._respondents, self._min_round = cur.scores.respondents, cur.scores.min_round
        self._labels = [r.label for r in host.results()]
        self.set_rows(
            [
                {
                    "code": d.code,
                    "name": cur.instrument.label(d.code, lang),
                    # held back as a whole (method changed): how many, marked as in
                    # the report; the tooltip says why
                    "n": f"{d.held_n}*" if d.held_n else d.n,
                    "mean": d.mean,
                    "sd": d.sd,
                    "alpha": d.alpha,
                    "rwg_j": d.rwg_j,
                    "band": d.band,
                    "change": d.change,
                    "comparison": d.comparison,
                    "n_complete": d.n_complete,
                    "d": d,
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
        return W.agreement_text(row["d"])

    def _n_tip(self, row: dict[str, Any]) -> str | None:
        return W.n_tip(row["d"], self._respondents, self._min_round)

    def _agreement_tip(self, row: dict[str, Any]) -> str:
        return W.agreement_tip(row["d"], self._min_breakdown, self._min_round)

    def _alpha_tip(self, row: dict[str, Any]) -> str | None:
        return W.alpha_tip(row["d"])

    def _change_tip(self, row: dict[str, Any]) -> str | None:
        tip = W.change_tip(row["comparison"], row["change"], self._min_breakdown)
        trend = W.trend_tip(row["d"].trend, getattr(self, "_labels", []))
        return "\n".join(t for t in (tip, trend) if t) or None

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
                Column(
                    self.tr("Difference"),
                    lambda r: W.change_text(r["comparison"]),
                    True,
                    tooltip=lambda r: W.change_tip(r["comparison"], r["change"], r["k"]),
                ),
                Column(
                    self.tr("95% interval"),
                    lambda r: interval(r["change"]) if _tested(r["comparison"]) else "–",
                    True,
                ),
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
        self._note = self.tr(
            "▲/▼ marks a significant change, corrected for testing every dimension at once "
            "(Benjamini–Hochberg, q = 0.05); the intervals are uncorrected 95% Welch "
            "intervals. A change is tested only with at least %1 respondents in both rounds."
        )
        self.note = QLabel(self._note.replace("%1", "5"))
        self.note.setWordWrap(True)
        box.addWidget(self.note)

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
                    f"{r.label} ({short_date(r.round['date'])}, n = {r.scores.respondents})", r.round["id"]
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
                "comparison": row.comparison,
                "k": scoring(host).min_breakdown,
            }
            for row in R.compare(results[a], results[b], scoring(host))
        ]
        self.table.set_rows(rows)
        self.note.setText(self._note.replace("%1", str(scoring(host).min_breakdown)))
