"""The collaboration network map: organisations as nodes, ties as lines (issue 18).

- Nodes: one marker shape per sector, with the organisation's name (never colour alone).
- Lines: width = contact frequency of the pair; colour AND line style = quality (solid
  dark blue strong, dashed orange middling, dotted vermillion weak, dash-dot grey not
  shown), so a black-and-white print still reads.
- An arrowhead where the two directions differ by at least one point: it points away
  from the organisation that rates the other higher.
- A ▲ or ▼ in the middle of a tie that grew or weakened significantly since the previous
  round.
- Layout: networkx's shell layout of the SET of organisations in their stable order
  (sector, then name), never from the ties, so the positions are the same in every
  round with the same organisations and two maps can be compared side by side.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pps_monitor.charts.style import SMALL_SIZE, TEXT_SIZE, new_figure, plain, wrap
from pps_monitor.i18n import N_, gettext

if TYPE_CHECKING:
    from pps_monitor.domain.tie_figures import NetworkFigures, PairTie
    from pps_monitor.domain.ties import TieOrganisation

SECTOR_MARKERS = {"public": "s", "private": "o", "social_enterprise": "^", "other": "D"}
# NOTE: sector names in the legend of the network map.
SECTOR_NAMES = {
    "public": N_("public"),
    "private": N_("private"),
    "social_enterprise": N_("social enterprise"),
    "other": N_("other"),
}
# quality class: colour (Okabe-Ito), line style, legend text
QUALITY: dict[str, tuple[str, Any, str]] = {
    # NOTE: legend of the network map: how good a tie is (mean from 1 to 5).
    "strong": ("#0072b2", "-", N_("good (4 or more)")),
    "middle": ("#e69f00", "--", N_("middling (3 to 4)")),
    "weak": ("#d55e00", ":", N_("weak (below 3)")),
    "unknown": ("#999999", "-.", N_("not shown (too few ratings)")),
}
GREW, WEAKENED = "▲", "▼"


def positions(organisation_ids: Sequence[str]) -> dict[str, tuple[float, float]]:
    """Node positions from the organisations alone (their order), never from the ties."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(organisation_ids)
    if len(organisation_ids) < 2:
        return {oid: (0.0, 0.0) for oid in organisation_ids}
    layout = nx.shell_layout(graph, nlist=[list(organisation_ids)], rotate=0.0)
    # Start at the top and go clockwise, rounded so that equal sets give equal floats.
    return {oid: (round(float(y), 9), round(float(x), 9)) for oid, (x, y) in layout.items()}


def quality_class(mean: float | None, bands: tuple[float, float]) -> str:
    if mean is None:
        return "unknown"
    attention, strength = bands
    return "strong" if mean >= strength else "middle" if mean >= attention else "weak"


def line_width(frequency: int | None) -> float:
    """0 never .. 5 daily -> 0.6 .. 6.6 points; unknown frequency a hairline."""
    return 0.8 if frequency is None else 0.6 + 1.2 * frequency


def _draw_pair(ax: Any, pair: PairTie, pos: dict[str, Any], bands: tuple[float, float]) -> None:
    from matplotlib.patches import FancyArrowPatch

    colour, style, _ = QUALITY[quality_class(pair.mean, bands)]
    (xa, ya), (xb, yb) = pos[pair.a], pos[pair.b]
    width = line_width(pair.frequency)
    ax.plot([xa, xb], [ya, yb], color=colour, linestyle=style, linewidth=width, zorder=1)
    if pair.asymmetric and pair.higher is not None:
        start, end = (
            (pos[pair.a], pos[pair.b]) if pair.higher == pair.a else (pos[pair.b], pos[pair.a])
        )
        mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        tip = (mid[0] + 0.18 * (end[0] - start[0]), mid[1] + 0.18 * (end[1] - start[1]))
        ax.add_patch(
            FancyArrowPatch(
                mid, tip, arrowstyle="-|>", mutation_scale=16, color="black", lw=1.2, zorder=3
            )
        )
    if pair.change:
        x, y = xa + 0.4 * (xb - xa), ya + 0.4 * (yb - ya)
        ax.text(
            x,
            y,
            GREW if pair.change > 0 else WEAKENED,
            ha="center",
            va="center",
            fontsize=TEXT_SIZE + 2,
            zorder=4,
            bbox={"boxstyle": "circle,pad=0.15", "fc": "white", "ec": "black", "lw": 0.6},
        )


def _draw_nodes(ax: Any, organisations: Sequence[TieOrganisation], pos: dict[str, Any]) -> None:
    for org in organisations:
        x, y = pos[org.id]
        marker = SECTOR_MARKERS.get(org.sector, "o")
        ax.plot(x, y, marker=marker, markersize=15, color="white", mec="black", mew=1.6, zorder=5)
        # Names sit outside the ring, anchored away from the centre.
        ha = "left" if x > 0.15 else "right" if x < -0.15 else "center"
        va = "bottom" if y > 0.15 else "top" if y < -0.15 else "center"
        ax.annotate(
            wrap(org.name, 22),
            (x, y),
            xytext=(1.22 * x, 1.16 * y),
            ha=ha,
            va=va,
            fontsize=TEXT_SIZE,
            zorder=6,
        )


LEGEND_MARKER = 6.5  # points: the sector shapes in the legend


def _legend(ax: Any, organisations: Sequence[TieOrganisation], lang: str) -> None:
    from matplotlib.lines import Line2D

    handles = []
    for code in dict.fromkeys(o.sector for o in organisations):
        handles.append(
            Line2D(
                [],
                [],
                marker=SECTOR_MARKERS.get(code, "o"),
                color="white",
                mec="black",
                markersize=LEGEND_MARKER,
                label=wrap(gettext(lang, SECTOR_NAMES.get(code, code)), 26),
            )
        )
    for colour, style, text in QUALITY.values():
        handles.append(
            Line2D(
                [], [], color=colour, linestyle=style, lw=2.2, label=wrap(gettext(lang, text), 26)
            )
        )
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        fontsize=SMALL_SIZE,
        frameon=False,
        # rows far enough apart that the sector shapes do not touch (they overlapped)
        labelspacing=0.9,
    )


KEY_COLUMN = 1.6  # inches: the legend's column (labels wrapped at 26 characters)


def _key(fig: Any, text: str) -> None:
    """The key beside the legend where the figure is wide enough (the app's wide, low
    canvas: below it, the legend ran into the key), else at the foot under it."""
    width = fig.get_figwidth()
    if width * 0.33 >= 2 * KEY_COLUMN:
        fig.text(0.67 + KEY_COLUMN / width, 0.9, text, fontsize=SMALL_SIZE, va="top")
    else:
        fig.text(0.67, 0.1, text, fontsize=SMALL_SIZE, va="bottom")


def _key_text(lang: str, previous: str | None) -> str:
    lines = [
        # NOTE: under the legend of the network map.
        gettext(lang, "Line width: how often they work together (never to daily)."),
        gettext(lang, "Arrow: this side rates the other at least 1 point higher."),
    ]
    if previous:
        lines.append(
            # NOTE: network map; {round} is the previous round's label.
            gettext(lang, "▲ ▼: grew or weakened significantly since {round}.").format(
                round=plain(previous)
            )
        )
    return "\n".join(wrap(line, 34) for line in lines)


def _equal_limits(fig: Any, ax: Any) -> None:
    """Equal scales on both axes by widening the limits to the axes' shape (never by
    shrinking the axes), with room for the names left and right of the ring."""
    width, height = fig.get_size_inches()
    box = ax.get_position()
    ratio = (width * box.width) / (height * box.height)
    half_height = max(1.45, 2.3 / ratio)
    ax.set_xlim(-half_height * ratio, half_height * ratio)
    ax.set_ylim(-half_height, half_height)


def network_figure(
    organisations: Sequence[TieOrganisation],
    figures: NetworkFigures | None,
    *,
    title: str | None = None,
    note: str | None = None,
    previous: str | None = None,
    bands: tuple[float, float] = (3.0, 4.0),
    size: tuple[float, float] = (8.5, 6.0),
    fig: Any = None,
    lang: str = "en",
) -> Any:
    """The map of one round; ``note`` says what is held back, ``previous`` names the round
    the ▲ ▼ marks compare with."""
    fig = new_figure(*size, fig=fig, layout=None)
    fig.subplots_adjust(left=0.0, right=0.66, top=0.9 if title else 0.96, bottom=0.1)
    ax = fig.add_subplot()
    ax.set_axis_off()
    _equal_limits(fig, ax)
    pos = positions([o.id for o in organisations])
    if figures is not None and not figures.suppressed:
        for pair in figures.pairs:
            if pair.frequency is not None or pair.mean is not None:
                _draw_pair(ax, pair, pos, bands)
    _draw_nodes(ax, organisations, pos)
    _legend(ax, organisations, lang)
    _key(fig, _key_text(lang, previous))
    if title:
        fig.suptitle(plain(title), fontsize=TEXT_SIZE + 2.5)
    if note:
        fig.text(0.02, 0.02, wrap(note, 120), fontsize=SMALL_SIZE, va="bottom")
    return fig
