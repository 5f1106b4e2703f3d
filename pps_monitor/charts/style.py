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
    """``label`` broken between words (never inside one) into lines of about ``width``
    characters, with any ``$`` escaped for matplotlib."""
    import textwrap

    lines = textwrap.wrap(label, width, break_long_words=False, break_on_hyphens=True)
    return plain("\n".join(lines) or label)


def date_axis(ax: Any, maxticks: int = 5, lang: str = "en") -> None:
    """Dates on the x axis with few, compact labels ('mrt 2026' in Dutch)."""
    from matplotlib.dates import AutoDateLocator

    ax.xaxis.set_major_locator(AutoDateLocator(minticks=2, maxticks=maxticks))
    ax.xaxis.set_major_formatter(month_formatter(lang))


# Bands also differ by pattern, so a black-and-white print tells them apart: concern is
# hatched densely, attention lightly, strength is plain.
BAND_HATCHES = {"concern": "///", "attention": "..", "strength": ""}
BAND_HATCH_COLOUR = "#b3b3b3"
# One type scale for every chart (points): panel titles, body labels, small notes.
TEXT_SIZE = 7.5
SMALL_SIZE = 6.5


def plain(text: str) -> str:
    """``text`` drawn as it is: a ``$`` would otherwise start matplotlib's mathtext (a round
    labelled ``$\\frac{$`` crashes the drawing)."""
    return text.replace("\\$", "$").replace("$", "\\$")


def number_formatter(lang: str = "en", digits: int = 1) -> Any:
    """Tick labels with the language's decimal sign: '3,5' in Dutch; whole numbers from
    1000 on with its thousands separator ('12.000'), as on a key figure's axis."""
    from matplotlib.ticker import FuncFormatter

    from pps_monitor.i18n import decimal, format_number

    def fmt(value: float, _pos: Any = None) -> str:
        value = float(value)
        if abs(value - round(value)) < 1e-9:
            if abs(value) >= 1000:
                return format_number(round(value), lang)
            return decimal(value, lang, 0)
        return decimal(value, lang, digits)

    return FuncFormatter(fmt)


def month_formatter(lang: str = "en") -> Any:
    """Date tick labels as a short month and year in the language: 'mrt 2026'."""
    from matplotlib.dates import num2date
    from matplotlib.ticker import FuncFormatter

    from pps_monitor.i18n import month_label

    return FuncFormatter(lambda value, _pos=None: month_label(num2date(value).date(), lang))


def numbered_events(events: Any, lang: str = "en") -> list[str]:
    """Legend lines for events marked 1, 2, ... on a time axis: '1  15 jan 2024: text'."""
    from pps_monitor.i18n import format_date

    return [
        f"{k}  {format_date(when, lang, 'short')}: {plain(text)}"
        for k, (when, text) in enumerate(events, start=1)
    ]
