"""One look for every chart: colour-blind-safe colours, and a marker and line style per
series so a black-and-white print still reads."""

from __future__ import annotations

from typing import Any, Literal

MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
LINESTYLES = ("-", "--", ":", "-.", (0, (5, 1)), (0, (3, 1, 1, 1, 1, 1)))
BAND_COLOURS = {"concern": "#f3d5cf", "attention": "#f6ebc8", "strength": "#d6ead8"}
SCALE = (1.0, 5.0)
Layout = Literal["constrained", "compressed", "tight"] | None


def palette() -> list[str]:
    from matplotlib import color_sequences
    from matplotlib.colors import to_hex

    return [to_hex(c) for c in color_sequences["okabe_ito"]]


def series_style(index: int) -> dict[str, Any]:
    """Colour, marker and line style of the index-th series."""
    # Okabe-Ito without its yellow, which vanishes on the yellow "attention" band;
    # black (its first colour) comes last so the first series is a colour.
    colours = [c for c in palette() if c.lower() != "#f0e442"]
    colours = colours[1:] + colours[:1]
    colour = colours[index % len(colours)]
    return {
        "color": colour,
        "marker": MARKERS[index % len(MARKERS)],
        "linestyle": LINESTYLES[index % len(LINESTYLES)],
        "linewidth": 2.0,
        "markersize": 6,
    }


def new_figure(width: float, height: float, fig: Any = None, layout: Layout = "constrained") -> Any:
    """A Figure not tied to pyplot or any GUI, sized in inches; or ``fig`` cleared for reuse
    (a canvas on screen keeps its figure, whose size the widget decides)."""
    if fig is not None:
        fig.clear()
        fig.set_layout_engine(layout)
        return fig
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout=layout)
    fig.set_facecolor("white")
    return fig


def wrap(label: str, width: int = 18) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(label, width)) or label


def date_axis(ax: Any, maxticks: int = 5) -> None:
    """Dates on the x axis with few, compact labels."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(minticks=2, maxticks=maxticks)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
