"""The partnership at a glance, beside its rounds: the latest round, what to do next,
the open action points that are due, and the latest round's radar.

The radar waits for the scores, which load in the background after the window has
painted, and is rendered off the GUI thread (ui.common.chart_canvas), so the start and
the switch between partnerships stay fast. A round below its minimum shows why, not a
chart (PRIVACY.md: say what you protect).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pps_monitor.ui.common import labels
from pps_monitor.ui.common.chart_canvas import ChartCanvas
from pps_monitor.ui.common.dates import long_date
from pps_monitor.ui.common.numbers import decimal

OPEN_ACTIONS = ("open", "in_progress")
DUE_LISTED = 3  # action points named; the rest are counted


class Glance(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("help_topic", "start")
        self.setMinimumWidth(280)
        self.setMaximumWidth(460)
        heading = QLabel(self.tr("At a glance"))
        font = heading.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        heading.setFont(font)
        self.latest = _wrapping()
        self.next_step = _wrapping()
        self.due = _wrapping()
        self.chart_note = _wrapping()
        self.canvas = ChartCanvas()
        self.canvas.save_button.hide()
        self.canvas.setMinimumHeight(240)
        self.canvas.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        for widget in (heading, self.latest, self.next_step, self.due, self.chart_note):
            layout.addWidget(widget)
        layout.addWidget(self.canvas, 1)
        self.rounds: list[dict[str, Any]] = []

    # --- the records ---------------------------------------------------------------

    def set_rows(self, rounds: list[dict[str, Any]], actions: list[dict[str, Any]]) -> None:
        self.rounds = rounds
        latest = rounds[-1] if rounds else None
        if latest is None:
            self.latest.setText(self.tr("No round yet."))
        else:
            self.latest.setText(
                self.tr("Latest round: %1 (%2), %3, %n respondent(s).", "", latest["respondents"])
                .replace("%1", latest["label"])
                .replace("%2", long_date(latest["date"]))
                .replace("%3", labels.round_status(latest["status"]).lower())
            )
        self.next_step.setText(self.tr("Next step: %1").replace("%1", self._next(latest, actions)))
        self.due.setText(self._due(actions))

    def _next(self, latest: dict[str, Any] | None, actions: list[dict[str, Any]]) -> str:
        if latest is None:
            return self.tr("create the first round (Ctrl+R) for the next meeting.")
        if latest["status"] == "open":
            if not latest["respondents"]:
                return self.tr("let the partners answer: meeting mode (F5), phones or paper forms.")
            return self.tr("close the round when everyone has answered, then discuss the results.")
        raised = [a for a in actions if a.get("round_raised_id") == latest["id"]]
        if not raised:
            return self.tr("discuss the results and record action points, each with an owner.")
        return self.tr("work on the action points; create the next round (Ctrl+R) in time.")

    def _due(self, actions: list[dict[str, Any]]) -> str:
        open_ = [a for a in actions if a.get("status") in OPEN_ACTIONS]
        if not open_:
            return self.tr("No open action points.")
        today = date.today().isoformat()
        late = sorted(
            (a for a in open_ if a.get("due_date") and a["due_date"] < today),
            key=lambda a: a["due_date"],
        )
        text = self.tr("%n open action point(s)", "", len(open_))
        if not late:
            return text + "; " + self.tr("none past its due date.")
        names = "; ".join(f"{a['text']} ({long_date(a['due_date'])})" for a in late[:DUE_LISTED])
        return (
            text
            + "; "
            + self.tr("%n past its due date: ", "", len(late))
            + names
            + ("; …" if len(late) > DUE_LISTED else "")
        )

    # --- the scores ----------------------------------------------------------------

    def set_results(self, data: Any, lang: str) -> None:
        """The latest round's radar, or why it is not shown."""
        results = data.get("results") or [] if data else []
        if not results:
            self.canvas.hide()
            self.chart_note.setText("")
            return
        index = len(results) - 1
        cur = results[index]
        if cur.scores.suppressed is not None:
            self.canvas.hide()
            self.chart_note.setText(
                self.tr("No radar yet: n = %1, results show from %2 answers.")
                .replace("%1", str(cur.scores.respondents))
                .replace("%2", str(data["settings"].min_round))
            )
            return
        from pps_monitor import results as R

        settings = data["settings"]
        series = R.radar_series(results, [index], lang, chosen=index)
        axes = R.axis_labels(cur, lang)
        limits = (settings.attention, settings.strength)
        names = {name: labels.band(name) for name in ("concern", "attention", "strength")}

        def build(fig: Any) -> Any:
            from pps_monitor.charts.radar import radar_figure  # in the worker: no wait

            fig = radar_figure(axes, series, bands=limits, band_labels=names, fig=fig)
            return compact(fig)

        self.chart_note.setText(
            self.tr(
                "Radar of %1 (n = %2). Lowest: %3. Highest: %4. Every topic by name: tab Results."
            )
            .replace("%1", cur.label)
            .replace("%2", str(cur.scores.respondents))
            .replace("%3", _extreme(cur, lang, lowest=True))
            .replace("%4", _extreme(cur, lang, lowest=False))
        )
        self.canvas.show()
        self.canvas.show_chart(build, key=("glance", cur.round["id"], cur.scores.respondents))


def _extreme(cur: Any, lang: str, *, lowest: bool) -> str:
    """The topic with the lowest (or highest) mean, with its mean: 'Middelen (2,15)'."""
    scored = []
    for dim in cur.instrument.dimensions:
        score = cur.scores.dimension(dim.code)
        if score is not None and score.mean is not None:
            scored.append((score.mean, dim.name(lang)))
    if not scored:
        return "–"
    mean, name = min(scored) if lowest else max(scored)
    return f"{name} ({decimal(mean)})"


def compact(fig: Any) -> Any:
    """The radar's shape and bands in a narrow column, without the axis names; the legend
    (one entry a band and a round) takes two columns."""
    fig.subplots_adjust(left=0.12, right=0.88, top=0.96, bottom=0.2)
    ax = fig.axes[0]
    for text in list(ax.texts):
        _angle, radius = text.get_position()
        if radius > 5:  # an axis name: fifteen do not fit a narrow column (they overlap);
            text.remove()  # the lowest and highest are named above, the rest under Results
    entries: dict[str, Any] = {}  # a band's fill and its hatching share one label
    for handle, label in zip(*ax.get_legend_handles_labels(), strict=True):
        entries.setdefault(label, handle)
    for legend in list(fig.legends):
        legend.remove()
    fig.legend(
        list(entries.values()),
        list(entries),
        loc="lower center",
        ncols=2,
        fontsize=7,
        frameon=False,
    )
    return fig


def _wrapping() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
