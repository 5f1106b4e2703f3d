"""Results of a partnership: radar, sectors, trends, risks, balance, scores, comments, compare.

Scores are computed in the background; switching rounds only redraws the chart that is
visible (the other tabs redraw when they are opened).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pps_monitor import results as R
from pps_monitor.ui.common import labels
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.record_tab import RecordTab
from pps_monitor.ui.common.results_loader import results_for
from pps_monitor.ui.common.table_model import Column

TABS = ("radar", "sectors", "trends", "risks", "balance", "scores", "comments", "compare")


def _f(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{round(value, digits) + 0.0:.{digits}f}"


def _signed(value: float) -> str:
    """+0.12 / -0.12, and never "-0.00" for a difference that rounds to zero."""
    return f"{round(value, 2) + 0.0:+.2f}"


def _arrow(change: Any) -> str:
    """Change as shown in tables: an arrow only when significant."""
    if change is None:
        return "–"
    if change.significant:
        return f"{'▲' if change.diff > 0 else '▼'} {_signed(change.diff)}"
    return _signed(change.diff)


class ResultsView(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, partnership_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.pid = ctx, partnership_id
        self.data: dict[str, Any] | None = None
        self.dirty: set[str] = set(TABS)
        self.overlay: set[str] = set()  # round ids drawn beside the chosen round

        self.round_box = QComboBox()
        self.round_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.round_box.currentIndexChanged.connect(self._round_changed)
        self.overlay_button = QToolButton()
        self.overlay_button.setText(self.tr("Earlier rounds ▾"))
        self.overlay_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.overlay_menu = QMenu(self)
        self.overlay_button.setMenu(self.overlay_menu)
        self.present_button = QPushButton(self.tr("Present…"))
        self.present_button.setToolTip(self.tr("Show the radar chart full screen (F11)"))
        self.present_button.clicked.connect(self.present)
        self.status = QLabel(self.tr("Computing scores…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Round")))
        top.addWidget(self.round_box)
        top.addWidget(self.overlay_button)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.present_button)

        self.tabs = QTabWidget()
        self.canvases: dict[str, Any] = {}
        self._chart_boxes: dict[str, QVBoxLayout] = {}
        self.pages: dict[str, QWidget] = {}
        self._build_pages()
        self.tabs.currentChanged.connect(lambda _i: self.redraw())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        for signal in ctx.hub.data_signals():
            signal.connect(self._on_change)
        ctx.hub.settings_changed.connect(self.reload)
        self.reload()

    def widget(self) -> QWidget:
        return self

    def _on_change(self, partnership_id: str | None) -> None:
        if partnership_id in (None, self.pid):
            self.reload()

    # --- building ------------------------------------------------------------------

    def _chart_page(
        self, key: str, extra: QWidget | None = None, note: QLabel | None = None
    ) -> QWidget:
        """A tab for one chart; its canvas is made when the chart is first drawn."""
        page = QWidget()
        box = QVBoxLayout(page)
        if extra is not None:
            box.addWidget(extra)
        if note is not None:
            box.addWidget(note)
        self._chart_boxes[key] = box
        return page

    def canvas(self, key: str) -> Any:
        if key not in self.canvases:
            from pps_monitor.ui.common.chart_canvas import ChartCanvas

            self.canvases[key] = ChartCanvas()
            self._chart_boxes[key].addWidget(self.canvases[key], 1)
        return self.canvases[key]

    def _build_pages(self) -> None:
        self.trend_box = QComboBox()
        self.trend_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.trend_box.currentIndexChanged.connect(lambda _i: self._mark("trends"))
        self.gaps_label = QLabel()
        self.gaps_label.setWordWrap(True)
        self.balance_label = QLabel()
        self.balance_label.setWordWrap(True)
        self.scores = RecordTab(
            [
                Column(self.tr("Dimension"), lambda r: r["name"], tooltip=lambda r: r["code"]),
                Column("n", lambda r: r["n"], True),
                Column(self.tr("Mean"), lambda r: _f(r["mean"]), True),
                Column(self.tr("SD"), lambda r: _f(r["sd"]), True),
                Column("α", lambda r: _f(r["alpha"]), True),
                Column("rWG(J)", lambda r: _f(r["rwg_j"]), True),
                Column(self.tr("Band"), lambda r: labels.band(r["band"])),
                Column(
                    self.tr("Change"), lambda r: _arrow(r["change"]), True, tooltip=self._change_tip
                ),
                Column(self.tr("Agreement"), self._agreement, tooltip=self._agreement_tip),
                Column(
                    self.tr("Open action points"), self._actions_text, tooltip=self._actions_tip
                ),
            ]
        )
        self.scores.view.doubleClicked.connect(self.show_distribution)
        self.scores.view.setToolTip(
            self.tr("Double-click a dimension to see how its statements were answered.")
        )
        self.comments = QTextBrowser()
        self.compare_a, self.compare_b = QComboBox(), QComboBox()
        for box in (self.compare_a, self.compare_b):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(lambda _i: self._mark("compare"))
        self.compare_table = RecordTab(
            [
                Column(self.tr("Dimension"), lambda r: r["name"]),
                Column(self.tr("First"), lambda r: f"{_f(r['a_mean'])} (n={r['a_n']})", True),
                Column(self.tr("Second"), lambda r: f"{_f(r['b_mean'])} (n={r['b_n']})", True),
                Column(self.tr("Difference"), lambda r: _arrow(r["change"]), True),
                Column(self.tr("95% interval"), lambda r: self._interval(r["change"]), True),
            ]
        )
        compare_page = QWidget()
        cbox = QVBoxLayout(compare_page)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Compare")))
        pick.addWidget(self.compare_a)
        pick.addWidget(QLabel(self.tr("with")))
        pick.addWidget(self.compare_b)
        pick.addStretch(1)
        cbox.addLayout(pick)
        cbox.addWidget(self.compare_table, 1)
        cbox.addWidget(
            QLabel(self.tr("▲/▼ marks a significant change: the 95% Welch interval excludes 0."))
        )

        self.pages = {
            "radar": self._chart_page("radar"),
            "sectors": self._chart_page("sectors", note=self.gaps_label),
            "trends": self._chart_page("trends", extra=self.trend_box),
            "risks": self._chart_page("risks"),
            "balance": self._chart_page("balance", note=self.balance_label),
            "scores": self.scores,
            "comments": self.comments,
            "compare": compare_page,
        }
        titles = {
            "radar": self.tr("Radar"),
            "sectors": self.tr("Sectors"),
            "trends": self.tr("Trends"),
            "risks": self.tr("Risks"),
            "balance": self.tr("Contract–relational balance"),
            "scores": self.tr("Score table"),
            "comments": self.tr("Comments"),
            "compare": self.tr("Compare rounds"),
        }
        for key in TABS:
            self.tabs.addTab(self.pages[key], titles[key])

    # --- data ----------------------------------------------------------------------

    def reload(self) -> None:
        if not results_for(self.ctx, self.pid, self, self._on_loaded):
            self.status.setText(self.tr("Computing scores…"))

    def _on_loaded(self, data: dict[str, Any]) -> None:
        self.data = data
        results = data["results"]
        lang = self.ctx.lang
        keep = self.round_box.currentData()
        for box in (self.round_box, self.compare_a, self.compare_b):
            box.blockSignals(True)
            box.clear()
            for r in results:
                box.addItem(
                    f"{r.label} ({r.round['date']}, n={r.scores.respondents})", r.round["id"]
                )
            box.blockSignals(False)
        index = next((k for k, r in enumerate(results) if r.round["id"] == keep), len(results) - 1)
        for box, value in (
            (self.round_box, index),
            (self.compare_a, max(0, len(results) - 2)),
            (self.compare_b, len(results) - 1),
        ):
            box.blockSignals(True)  # one redraw below, not one per box
            box.setCurrentIndex(value)
            box.blockSignals(False)
        self.trend_box.blockSignals(True)
        self.trend_box.clear()
        self.trend_box.addItem(self.tr("All dimensions"), None)
        if results:
            for d in results[-1].instrument.dimensions:
                self.trend_box.addItem(d.name(lang), d.code)
        self.trend_box.blockSignals(False)
        if results and not self.overlay:
            self.overlay = {
                r.round["id"] for r in results[-3:-1]
            }  # the two rounds before by default
        self._fill_overlay_menu()
        self.status.setText("" if results else self.tr("No rounds yet."))
        self.dirty = set(TABS)
        self.redraw()
        self.loaded.emit()

    def _fill_overlay_menu(self) -> None:
        self.overlay_menu.clear()
        for r in self.data["results"] if self.data else []:
            action = QAction(f"{r.label} (n={r.scores.respondents})", self.overlay_menu)
            action.setCheckable(True)
            action.setChecked(r.round["id"] in self.overlay)
            action.toggled.connect(lambda on, rid=r.round["id"]: self.set_overlay(rid, on))
            self.overlay_menu.addAction(action)

    def set_overlay(self, round_id: str, shown: bool) -> None:
        (self.overlay.add if shown else self.overlay.discard)(round_id)
        self._mark("radar")

    def select_round(self, round_id: str) -> None:
        index = self.round_box.findData(round_id)
        if index >= 0:
            self.round_box.setCurrentIndex(index)

    def current(self) -> Any:
        if not self.data or not self.data["results"]:
            return None
        index = self.round_box.currentIndex()
        return self.data["results"][index] if index >= 0 else None

    def _round_changed(self, _index: int) -> None:
        self.dirty = set(TABS) - {
            "trends",
            "balance",
            "compare",
        }  # these do not depend on the round
        self.redraw()

    def _mark(self, key: str) -> None:
        self.dirty.add(key)
        self.redraw()

    # --- drawing -------------------------------------------------------------------

    def visible_key(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def redraw(self) -> None:
        """Draw the visible tab if its data changed."""
        key = self.visible_key()
        if self.current() is None or key not in self.dirty:
            return
        self.dirty.discard(key)
        getattr(self, f"_draw_{key}")()

    def _band_labels(self) -> dict[str, str]:
        return {name: labels.band(name) for name in ("concern", "attention", "strength")}

    def _bands(self) -> tuple[float, float]:
        s = self.ctx.settings
        return (s.attention, s.strength)

    def _draw_radar(self) -> None:
        from pps_monitor.charts.radar import radar_figure

        results, cur = self.data["results"], self.current()
        idx = self.round_box.currentIndex()
        shown = [k for k, r in enumerate(results) if r.round["id"] in self.overlay and k != idx]
        series = R.radar_series(results, [*shown, idx], self.ctx.lang, chosen=idx)
        axes, bands, band_labels = (
            R.axis_labels(cur, self.ctx.lang),
            self._bands(),
            self._band_labels(),
        )
        self.canvas("radar").show_chart(
            lambda fig: radar_figure(axes, series, bands=bands, band_labels=band_labels, fig=fig)
        )

    def _draw_sectors(self) -> None:
        from pps_monitor.charts.radar import radar_figure

        cur = self.current()
        names = {code: labels.sector(code) for code in (*labels.SECTOR_CODES, "unknown")}
        series, gaps = R.sector_series(cur, names, self.ctx.settings.scoring())
        axes, bands, band_labels = (
            R.axis_labels(cur, self.ctx.lang),
            self._bands(),
            self._band_labels(),
        )
        self.canvas("sectors").show_chart(
            lambda fig: radar_figure(axes, series, bands=bands, band_labels=band_labels, fig=fig)
        )
        k = self.ctx.settings.min_group
        note = self.tr("Groups smaller than %1 are not shown.").replace("%1", str(k))
        if gaps:
            lines = [
                self.tr("%1: public %2 (n=%3), private %4 (n=%5)")
                .replace("%1", cur.instrument.label(g.code, self.ctx.lang))
                .replace("%2", _f(g.public_mean))
                .replace("%3", str(g.public_n))
                .replace("%4", _f(g.private_mean))
                .replace("%5", str(g.private_n))
                for g in gaps
            ]
            note = self.tr("Largest public–private gaps:") + " " + "; ".join(lines) + ". " + note
        self.gaps_label.setText(note)

    def _draw_trends(self) -> None:
        from pps_monitor.charts.trend import trend_figure, trend_grid_figure

        results, lang = self.data["results"], self.ctx.lang
        code = self.trend_box.currentData()
        events, bands, level = self.data["events"], self._bands(), self.ctx.settings.scoring().level
        if code is None:
            panels = [
                (d.name(lang), R.trend_series(results, d.code, d.name(lang), level))
                for d in results[-1].instrument.dimensions
            ]
            self.canvas("trends").show_chart(
                lambda fig: trend_grid_figure(
                    panels, events, columns=3, bands=bands, width=9, fig=fig
                )
            )
        else:
            label = results[-1].instrument.label(code, lang)
            series = [R.trend_series(results, code, label, level)]
            self.canvas("trends").show_chart(
                lambda fig: trend_figure(series, events, title=label, bands=bands, fig=fig)
            )

    def _draw_risks(self) -> None:
        from pps_monitor.charts.bars import risk_figure

        bars = R.risk_bars(self.current(), self.ctx.lang)
        self.canvas("risks").show_chart(lambda fig: risk_figure(bars, fig=fig))

    def _draw_balance(self) -> None:
        from pps_monitor.charts.bars import balance_figure

        results = self.data["results"]
        points, events = R.balance_points(results), self.data["events"]
        names = (self.tr("relational ahead of contract"), self.tr("contract ahead of relational"))
        self.canvas("balance").show_chart(
            lambda fig: balance_figure(points, events, labels=names, fig=fig)
        )
        warning = R.drift_warning(results)
        texts = {
            "contractual": self.tr(
                "Warning: partners rate relational coordination (goals, knowledge, trust) clearly lower than "
                "contract coordination. The partnership may be drifting towards a merely contractual relation."
            ),
            "declining": self.tr(
                "Warning: relational coordination is falling behind contract coordination compared with earlier "
                "rounds. Watch for a drift towards a merely contractual relation."
            ),
        }
        self.balance_label.setText(
            texts.get(
                warning or "", self.tr("No sign of a drift towards a merely contractual relation.")
            )
        )
        self.balance_label.setStyleSheet("color: #a00; font-weight: bold;" if warning else "")

    def _draw_scores(self) -> None:
        cur, lang = self.current(), self.ctx.lang
        self._open_actions = R.open_actions_by_dimension(self.data["actions"])
        rows = [
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
        self.scores.set_rows(rows)
        colours = {
            "strength": QColor("#d6ead8"),
            "attention": QColor("#f6ebc8"),
            "concern": QColor("#f3d5cf"),
        }
        self.scores.model.background = lambda row, col: (
            colours.get(row["band"]) if col == 6 else None
        )

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
            .replace("%1", _f(row["rwg_j"]))
            .replace("%2", _f(row["threshold"]))
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
            .replace("%1", _signed(c.diff))
            .replace("%2", self._interval(c))
            .replace("%3", _signed(c.cliffs_delta))
            .replace("%4", _f(c.previous_mean))
            .replace("%5", str(c.previous_n))
        )

    @staticmethod
    def _interval(change: Any) -> str:
        return "–" if change is None else f"[{_signed(change.ci_low)}, {_signed(change.ci_high)}]"

    def _actions_text(self, row: dict[str, Any]) -> str:
        found = getattr(self, "_open_actions", {}).get(row["code"], [])
        return "" if not found else "; ".join(a["text"] for a in found)

    def _actions_tip(self, row: dict[str, Any]) -> str | None:
        found = getattr(self, "_open_actions", {}).get(row["code"], [])
        return (
            "\n".join(f"• {a['text']} ({a['owner']}, {a['due_date'] or '–'})" for a in found)
            or None
        )

    def _draw_comments(self) -> None:
        cur, lang = self.current(), self.ctx.lang
        comments = self.data["comments"].get(cur.round["id"])
        if comments is None:
            self.comments.setPlainText(
                self.tr(
                    "Comments are not shown: this round has fewer than %1 respondents."
                ).replace("%1", str(self.ctx.settings.min_group))
            )
            return
        import html

        parts = []
        for code in [*[d.code for d in cur.instrument.dimensions], "risks"]:
            texts = comments.get(code)
            if not texts:
                continue
            title = (
                cur.instrument.risks_name(lang)
                if code == "risks"
                else cur.instrument.label(code, lang)
            )
            parts.append(
                f"<h3>{html.escape(title)}</h3><ul>"
                + "".join(f"<li>{html.escape(t)}</li>" for t in texts)
                + "</ul>"
            )
        self.comments.setHtml("".join(parts) or self.tr("No comments in this round."))

    def _draw_compare(self) -> None:
        results, lang = self.data["results"], self.ctx.lang
        a, b = self.compare_a.currentIndex(), self.compare_b.currentIndex()
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
            for row in R.compare(results[a], results[b], self.ctx.settings.scoring())
        ]
        self.compare_table.set_rows(rows)

    # --- dialogs -------------------------------------------------------------------

    def show_distribution(self) -> None:
        row = self.scores.current()
        cur = self.current()
        if row is None or cur is None:
            return
        dialog = DistributionDialog(self, cur, row["code"], self.ctx.lang)
        dialog.exec()

    def present(self) -> None:
        cur = self.current()
        if cur is None:
            return
        self.presentation = PresentationWindow(self, self.canvas("radar").builder)
        self.presentation.showFullScreen()


class DistributionDialog(QDialog):
    """How each statement of a dimension was answered (counts as given, and scored means)."""

    def __init__(self, parent: QWidget, result: Any, code: str, lang: str) -> None:
        super().__init__(parent)
        from pps_monitor.charts.bars import distribution_figure
        from pps_monitor.ui.common.chart_canvas import ChartCanvas

        inst = result.instrument
        dim = inst.dimension_by_code[code]
        self.setWindowTitle(dim.name(lang))
        self.resize(900, 680)
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        self.canvases: dict[str, Any] = {}
        scale = [inst.scale_labels[v](lang) for v in range(1, 6)] + [inst.dont_know(lang)]
        for item in dim.items:
            st = result.scores.items[item.code]
            page = QWidget()
            box = QVBoxLayout(page)
            text = QLabel(
                item.text(lang)
                + (self.tr(" (reverse-worded: scored 6 − answer)") if item.reverse else "")
                + "\n"
                + self.tr("n = %1, mean %2, SD %3, median %4, don't know %5%")
                .replace("%1", str(st.n))
                .replace("%2", _f(st.mean))
                .replace("%3", _f(st.sd))
                .replace("%4", _f(st.median, 1))
                .replace("%5", _f(st.dont_know_pct, 0))
            )
            text.setWordWrap(True)
            box.addWidget(text)
            canvas = ChartCanvas()
            canvas.show_chart(
                lambda fig, st=st: distribution_figure(st.counts, st.dont_know, scale, fig=fig)
            )
            self.canvases[item.code] = canvas
            box.addWidget(canvas, 1)
            tabs.addTab(page, item.code)
        layout.addWidget(tabs)


class PresentationWindow(QWidget):
    """The radar chart full screen for the projector; Escape or F11 closes it."""

    def __init__(self, parent: QWidget, builder: Any) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        from pps_monitor.ui.common.chart_canvas import ChartCanvas

        self.setWindowTitle(self.tr("PPS Monitor – results"))
        canvas = ChartCanvas()
        if builder is not None:
            canvas.show_chart(builder)
        layout = QVBoxLayout(self)
        layout.addWidget(canvas)
        for key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(self.close)
            self.addAction(action)
