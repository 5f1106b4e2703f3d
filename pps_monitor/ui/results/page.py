"""What every results page is, and what it may ask of the results view."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pps_monitor.ui.common import labels

if TYPE_CHECKING:
    from pps_monitor.analysis import RoundResult
    from pps_monitor.domain.scoring import ScoringSettings
    from pps_monitor.ui.common.chart_canvas import Builder, ChartCanvas
    from pps_monitor.ui.common.context import AppContext


class PageHost(Protocol):
    """The results view, as its pages see it."""

    ctx: AppContext
    overlay: set[str]

    def results(self) -> list[RoundResult]: ...

    def data_item(self, key: str) -> Any:
        """events, actions or comments of the loaded results."""
        ...

    def current(self) -> RoundResult | None: ...

    def current_index(self) -> int: ...

    def mark(self, key: str) -> None:
        """The page ``key`` must be redrawn (its own controls changed)."""
        ...


class ResultsPage(Protocol):
    key: str
    round_dependent: bool  # redrawn when another round is chosen

    def title(self) -> str: ...

    def widget(self) -> QWidget: ...

    def connect_host(self, host: PageHost) -> None:
        """Once, when the view adds the page: connect the page's own controls."""
        ...

    def loaded(self, host: PageHost) -> None:
        """New results arrived: refill the page's own controls (without drawing)."""
        ...

    def draw(self, host: PageHost) -> None: ...


def scoring(host: PageHost) -> ScoringSettings:
    """The partnership's scoring settings (its minimums and bands) the results hold."""
    settings = host.data_item("settings")
    return settings if settings is not None else host.ctx.settings.scoring()


def bands(host: PageHost) -> tuple[float, float]:
    settings = scoring(host)
    return (settings.attention, settings.strength)


def band_labels() -> dict[str, str]:
    return {name: labels.band(name) for name in ("concern", "attention", "strength")}


class ChartPage(QWidget):
    """A page with one chart; its canvas is made when the chart is first drawn."""

    key = ""
    round_dependent = True

    def __init__(self, above: QWidget | None = None, note: QLabel | None = None) -> None:
        super().__init__()
        self.box = QVBoxLayout(self)
        if above is not None:
            self.box.addWidget(above)
        if note is not None:
            self.box.addWidget(note)
        self._canvas: ChartCanvas | None = None

    @property
    def canvas(self) -> ChartCanvas:
        if self._canvas is None:
            from pps_monitor.ui.common.chart_canvas import ChartCanvas

            self._canvas = ChartCanvas()
            self.box.addWidget(self._canvas, 1)
        return self._canvas

    def widget(self) -> QWidget:
        return self

    def connect_host(self, host: PageHost) -> None:
        pass

    def loaded(self, host: PageHost) -> None:
        pass

    def chart_for(self, host: PageHost, index: int) -> tuple[Builder, Hashable] | None:
        """The chart of round ``index`` as (builder, cache key), for pages whose chart can
        be made ahead; None for the others."""
        return None

    def prefetch(self, host: PageHost) -> None:
        """Have the charts of the other rounds made ahead, nearest rounds first."""
        current = host.current_index()
        order = sorted(range(len(host.results())), key=lambda k: (abs(k - current), k))
        charts = [self.chart_for(host, k) for k in order if k != current]
        if any(charts):
            self.canvas.prefetch([chart for chart in charts if chart is not None])
