"""Which views Present mode steps through, built from a partnership's results (no Qt).

Radar of the chosen round (with the round before), the trends of each group of
dimensions, the risks, the collaboration network where the round has tie answers, and
the contract–relational balance where it exists. Rounds with
fewer respondents than the partnership's minimum are left out of every figure; when the
chosen round itself has too few, the only view says so and why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pps_monitor import results as R

Builder = Callable[[Any], Any]  # draws into the Figure it is given and returns it


@dataclass(frozen=True)
class View:
    key: str  # radar, trends, risks, balance, too-few
    title: str
    builder: Builder | None = None  # None: ``message`` is shown instead of a chart
    message: str = ""


@dataclass(frozen=True)
class Texts:
    """The translated words the views need (the Qt side passes them in)."""

    radar: str
    trends: str  # "%1" is the group's name
    risks: str
    balance: str
    too_few: str  # "%1" n, "%2" the minimum, "%3" how many more are needed
    balance_labels: tuple[str, str]
    band_labels: dict[str, str]
    network: str = "Collaboration between organisations"


def build_views(
    data: dict[str, Any],
    round_id: str | None,
    lang: str,
    *,
    min_group: int,
    bands: tuple[float, float],
    level: float,
    texts: Texts,
) -> list[View]:
    every = data["results"]
    if not every:
        return []
    chosen = next((r for r in every if r.round["id"] == round_id), every[-1])
    n = chosen.scores.respondents
    if n < min_group:
        message = (
            texts.too_few.replace("%1", str(n))
            .replace("%2", str(min_group))
            .replace("%3", str(min_group - n))
        )
        return [View("too-few", chosen.label, message=message)]
    # Only rounds that may be shown, up to the chosen one (a later round is no trend of it).
    shown = [r for r in every[: every.index(chosen) + 1] if r.scores.respondents >= min_group]
    views: list[View] = [_radar_view(chosen, shown, lang, bands, texts)]
    events = data.get("events", [])
    if len(shown) >= 2:
        views.extend(_trend_views(chosen, shown, events, lang, bands, level, texts))
    views.extend(_risk_views(chosen, lang, texts))
    network = _network_view(data.get("networks", {}).get(chosen.round["id"]), lang, bands, texts)
    if network is not None:
        views.append(network)
    balance = _balance_view(shown, events, lang, texts)
    if balance is not None:
        views.append(balance)
    return views


def _network_view(network: Any, lang: str, bands: tuple[float, float], texts: Texts) -> View | None:
    """The collaboration network map, when the round includes the tie questions (issue 18)."""
    if network is None or network.figures is None or network.figures.suppressed:
        return None
    from pps_monitor.charts.network import network_figure

    def build(fig: Any) -> Any:
        fig = network_figure(
            network.organisations,
            network.figures,
            previous=network.previous_label,
            bands=bands,
            lang=lang,
            fig=fig,
        )
        return spread_network(enlarge(fig, factor=2.2))

    return View("network", texts.network, build)


def _radar_view(
    chosen: Any, shown: list[Any], lang: str, bands: tuple[float, float], texts: Texts
) -> View:
    """The chosen round's radar beside the round before it."""
    from pps_monitor.charts.radar import radar_figure

    idx = len(shown) - 1
    axes = R.axis_labels(chosen, lang)
    series = R.radar_series(shown, [max(0, idx - 1), idx], lang, chosen=idx)

    def radar(fig: Any) -> Any:
        fig = radar_figure(axes, series, bands=bands, band_labels=texts.band_labels, fig=fig)
        return spread_radar(enlarge(fig))

    return View("radar", texts.radar, radar)


def _trend_views(
    chosen: Any,
    shown: list[Any],
    events: Any,
    lang: str,
    bands: tuple[float, float],
    level: float,
    texts: Texts,
) -> list[View]:
    """One grid of trends per group of dimensions."""
    views = []
    for group in chosen.instrument.groups:
        panels = [
            (d.name(lang), R.trend_series(shown, d.code, d.name(lang), level))
            for d in group.dimensions
        ]
        views.append(
            View(
                "trends",
                texts.trends.replace("%1", group.name(lang)),
                _trend_builder(panels, events, bands, lang),
            )
        )
    return views


RISKS_PER_VIEW = 8  # two-line statements at 24 pt: more do not fit 1080 pixels


def _risk_views(chosen: Any, lang: str, texts: Texts) -> list[View]:
    """The risks as bars, highest first, at most ``RISKS_PER_VIEW`` to a view (the
    projector's type is too large for all sixteen at once); none when the round has none."""
    from pps_monitor.charts.bars import risk_figure

    bars = R.risk_bars(chosen, lang)
    parts = [bars[k : k + RISKS_PER_VIEW] for k in range(0, len(bars), RISKS_PER_VIEW)]

    def builder(part: Any) -> Builder:
        def risks(fig: Any) -> Any:
            fig = enlarge(risk_figure(part, fig=fig, number=_number(lang)))
            fig.subplots_adjust(left=0.40, right=0.98, top=0.995, bottom=0.08)
            for ax in fig.axes:
                for label in ax.get_yticklabels():
                    label.set_linespacing(0.95)
            return fig

        return risks

    def title(k: int) -> str:
        return texts.risks if len(parts) == 1 else f"{texts.risks} ({k + 1}/{len(parts)})"

    return [View("risks", title(k), builder(part)) for k, part in enumerate(parts)]


def _balance_view(shown: list[Any], events: Any, lang: str, texts: Texts) -> View | None:
    """Relational minus contract coordination, when any round has it."""
    from pps_monitor.charts.bars import balance_figure

    points = [p for p in R.balance_points(shown) if p.diff is not None]
    if not points:
        return None
    return View(
        "balance",
        texts.balance,
        lambda fig: _decimal_ticks(
            _room_for_events(
                enlarge(
                    balance_figure(points, events, labels=texts.balance_labels, fig=fig, lang=lang)
                )
            ),
            lang,
        ),
    )


def _room_for_events(fig: Any) -> Any:
    """After ``enlarge``: the numbered events listed under the chart one projector line
    apart (the page's spacing overprints them at 24 pt), and room above the axes for the
    event numbers and right of them for the last date."""
    if not fig.axes:  # one round: the chart is a sentence
        return fig
    line = MIN_PT * 1.35 / 72 / fig.get_figheight()  # one line, as a fraction of the height
    legend = sorted(fig.texts, key=lambda t: -t.get_position()[1])
    for k, text in enumerate(legend):
        text.set_verticalalignment("top")
        text.set_position((0.08, (len(legend) - k) * line))
    fig.subplots_adjust(left=0.1, right=0.95, top=1 - 1.5 * line, bottom=(len(legend) + 2.2) * line)
    return fig


def _number(lang: str) -> Callable[[float], str]:
    """Two decimals, with a decimal comma in Dutch."""

    def number(value: float) -> str:
        text = f"{value:.2f}"
        return text.replace(".", ",") if lang == "nl" else text

    return number


def _decimal_ticks(fig: Any, lang: str) -> Any:
    """A decimal comma on the value axis of a Dutch chart."""
    if lang == "nl":
        from matplotlib.ticker import FuncFormatter

        def comma(value: float, _pos: int) -> str:
            return f"{value:.1f}".replace(".", ",").replace("-", "−")

        for ax in fig.axes:
            ax.yaxis.set_major_formatter(FuncFormatter(comma))
    return fig


def _trend_builder(
    panels: list[tuple[str, Any]], events: list[Any], bands: tuple[float, float], lang: str
) -> Builder:
    from pps_monitor.charts.trend import trend_grid_figure

    columns = 2 if len(panels) in (2, 4) else 3

    def build(fig: Any) -> Any:
        return enlarge(
            trend_grid_figure(panels, events, columns=columns, bands=bands, fig=fig, lang=lang)
        )

    return build


MIN_PT = 24  # the smallest type on the projector (at 1920 × 1080)
FACTOR = 3.0  # a full-screen figure is about 2.5 times as wide as a page's


def enlarge(fig: Any, *, smallest: float = MIN_PT, factor: float = FACTOR) -> Any:
    """Every text of ``fig`` ``factor`` times larger, and never below ``smallest`` points:
    the charts are drawn for a page, the projector needs type that carries across a room."""
    from matplotlib.text import Text

    for text in fig.findobj(Text):
        if text.get_text():
            text.set_fontsize(max(smallest, float(text.get_fontsize()) * factor))
    for ax in fig.axes:  # tick labels are made when drawn: size them by their axis
        ax.tick_params(labelsize=smallest)
    return fig


def spread_radar(fig: Any) -> Any:
    """The radar as large as the screen allows: each axis label set beside the ring and
    turned away from it (left of the centre aligned right, and so on), the scale numbers
    inside the rings, and the legend in the lower right corner."""
    import math

    from pps_monitor.charts.style import SCALE, wrap

    fig.subplots_adjust(left=0.02, right=0.78, top=0.83, bottom=0.15)
    ax = fig.axes[0]
    top = SCALE[1]
    for text in ax.texts:
        theta, r = text.get_position()
        if r > top:  # an axis label
            c, s = math.cos(theta), math.sin(theta)
            # The label at the very top or bottom is centred between its neighbours'
            # ends, at their height: wrapped narrow, it stays clear of them.
            apex = abs(c) < 0.2
            text.set_position((theta, top + 0.3))
            width = 12 if apex else 22
            text.set_text(wrap(text.get_text().replace("-\n", "-").replace("\n", " "), width))
            text.set_horizontalalignment("left" if c > 0.2 else "right" if c < -0.2 else "center")
            text.set_verticalalignment("bottom" if s > 0.9 else "top" if s < -0.9 else "center")
        else:  # a scale number: inside its ring, beside the top spoke
            text.set_verticalalignment("top")
    handles, names = ax.get_legend_handles_labels()
    for legend in list(fig.legends):
        legend.remove()
    if handles:
        fig.legend(
            handles,
            names,
            loc="lower right",  # the corner the labels leave free
            ncols=1,
            fontsize=MIN_PT,
            frameon=False,
        )
    return fig


def spread_network(fig: Any) -> Any:
    """The map for the projector: the ring on the left two thirds, the legend and the key
    beside it, names wrapped short so that the large type does not overlap."""
    from pps_monitor.charts.style import wrap

    fig.subplots_adjust(left=0.0, right=0.62, top=0.98, bottom=0.02)
    ax = fig.axes[0]
    for text in ax.texts:
        if "\n" in text.get_text() or len(text.get_text()) > 2:  # a name, not a mark
            text.set_text(wrap(text.get_text().replace("-\n", "-").replace("\n", " "), 16))
    width, height = fig.get_size_inches()
    box = ax.get_position()
    ratio = (width * box.width) / (height * box.height)
    half = max(1.6, 2.6 / ratio)
    ax.set_xlim(-half * ratio, half * ratio)
    ax.set_ylim(-half, half)
    for line in ax.lines:  # lines and nodes carry across the room too
        line.set_linewidth(2 * line.get_linewidth())
        line.set_markersize(2 * line.get_markersize())
    for patch in ax.patches:
        patch.set_mutation_scale(2 * patch.get_mutation_scale())
    legend = ax.get_legend()
    if legend is not None:
        handles, names = legend.legend_handles, [t.get_text() for t in legend.get_texts()]
        legend.remove()
        ax.legend(
            handles=handles,
            labels=names,
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            fontsize=MIN_PT,
            markerscale=2.2,
            handlelength=3,
            frameon=False,
        )
    for text in fig.texts:  # the key under the legend
        text.set_position((0.63, 0.36))
    return fig
