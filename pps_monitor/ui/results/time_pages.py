"""Pages across rounds: the trend of each dimension and the contract–relational balance."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel

from pps_monitor import results as R
from pps_monitor.ui.results.page import ChartPage, PageHost, bands, scoring


class TrendsPage(ChartPage):
    key = "trends"
    round_dependent = False

    def __init__(self) -> None:
        box = QComboBox()
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # The numbered events of the grid, as text: drawn inside the chart they overprint
        # at a window's height (the chart is flatter than on paper).
        self.events = QLabel()
        self.events.setWordWrap(True)
        super().__init__(above=box, note=self.events)
        self.dimension_box = box

    def title(self) -> str:
        return self.tr("Trends")

    def connect_host(self, host: PageHost) -> None:
        self.host = host
        self.dimension_box.currentIndexChanged.connect(self._dimension_chosen)

    def _dimension_chosen(self, _index: int) -> None:
        self.host.mark(self.key)

    def loaded(self, host: PageHost) -> None:
        results, box = host.results(), self.dimension_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All dimensions"), None)
        if results:
            for d in results[-1].instrument.dimensions:
                box.addItem(d.name(host.ctx.lang), d.code)
        box.blockSignals(False)

    def draw(self, host: PageHost) -> None:
        from pps_monitor.charts.style import numbered_events
        from pps_monitor.charts.trend import trend_figure, trend_grid_figure

        results, lang = host.results(), host.ctx.lang
        code = self.dimension_box.currentData()
        events, limits = host.data_item("events"), bands(host)
        level = scoring(host).level
        if code is None:
            panels = [
                (d.name(lang), R.trend_series(results, d.code, d.name(lang), level))
                for d in results[-1].instrument.dimensions
            ]
            self.canvas.show_chart(
                lambda fig: trend_grid_figure(
                    panels,
                    events,
                    columns=3,
                    bands=limits,
                    width=9,
                    fig=fig,
                    lang=lang,
                    event_legend=fig is None,  # saved at print size: the key inside
                ),
                key="all",
            )
            self.events.setText(
                self.tr("Events:") + "   " + "   ".join(numbered_events(events or [], lang))
            )
            self.events.setVisible(bool(events))
        else:
            self.events.hide()  # the single chart labels its events itself
            label = results[-1].instrument.label(code, lang)
            series = [R.trend_series(results, code, label, level)]
            self.canvas.show_chart(
                lambda fig: trend_figure(
                    series, events, title=label, bands=limits, fig=fig, lang=lang
                ),
                key=code,
            )


class BalancePage(ChartPage):
    key = "balance"
    round_dependent = False

    def __init__(self) -> None:
        note = QLabel()
        note.setWordWrap(True)
        super().__init__(note=note)
        self.note = note

    def title(self) -> str:
        return self.tr("Contract–relational balance")

    def draw(self, host: PageHost) -> None:
        from pps_monitor.charts.bars import balance_figure

        results, lang = host.results(), host.ctx.lang
        points, events = R.balance_points(results), host.data_item("events")
        names = (self.tr("relational ahead of contract"), self.tr("contract ahead of relational"))
        self.canvas.show_chart(
            lambda fig: balance_figure(points, events, labels=names, fig=fig, lang=lang),
            key="balance",
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
        self.note.setText(
            texts.get(
                warning or "", self.tr("No sign of a drift towards a merely contractual relation.")
            )
        )
        self.note.setStyleSheet("color: #a00; font-weight: bold;" if warning else "")
