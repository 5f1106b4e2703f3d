"""Key figures over the rounds as small multiples: one panel per figure, one point per
round; a round without the figure (not recorded, or held back) has no point."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pps_monitor.charts.style import new_figure, number_formatter, series_style, wrap

Panel = tuple[str, Sequence[float | None]]  # name, one value per round (None: no point)


def key_figures_figure(
    rounds: Sequence[str],
    panels: Sequence[Panel],
    *,
    columns: int = 4,
    width: float = 9.0,
    fig: Any = None,
    lang: str = "en",
) -> Any:
    """Small multiples of the key figures; each panel's y axis starts at 0."""
    shown = [(name, values) for name, values in panels if any(v is not None for v in values)]
    rows = max(1, -(-len(shown) // columns))
    fig = new_figure(width, 1.9 * rows + 0.4, fig=fig)
    if not shown:
        fig.text(0.5, 0.5, "–", ha="center", va="center")
        return fig
    from matplotlib.ticker import MaxNLocator

    axes = fig.subplots(rows, columns, squeeze=False)
    style = series_style(0)
    xs = list(range(len(rounds)))
    for k, ax in enumerate(axes.flat):
        if k >= len(shown):
            ax.set_visible(False)
            continue
        name, values = shown[k]
        points = [(x, v) for x, v in zip(xs, values, strict=True) if v is not None]
        ax.plot(
            [x for x, _ in points],
            [v for _, v in points],
            color=style["color"],
            marker=style["marker"],
            linewidth=1.6,
            markersize=4,
        )
        top = max(v for _, v in points)
        ax.set_ylim(0, top * 1.15 if top > 0 else 1)
        ax.set_xlim(-0.3, len(rounds) - 0.7)
        last_in_column = k + columns >= len(shown)
        ax.set_xticks(xs, [wrap(r, 10) for r in rounds] if last_in_column else [], fontsize=6)
        ax.yaxis.set_major_locator(MaxNLocator(3, integer=True))
        ax.yaxis.set_major_formatter(number_formatter(lang, 0))
        ax.tick_params(axis="y", labelsize=7)
        ax.set_title(wrap(name, 28), fontsize=8)
        ax.grid(axis="y", linewidth=0.4, alpha=0.5)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    return fig
