"""Show a matplotlib Figure in Qt without drawing it on the GUI thread; save it as PNG/SVG.

The chart is built and rasterised (Agg) in a worker thread, at the widget's size and
device pixel ratio, and shown as an image: the GUI thread only swaps a pixmap. Images
are kept per chart key (a round, its overlay, the language...), so going back to a chart
seen before is instant, and a page may ask for the charts of the other rounds to be made
ahead, while nothing else is asked (prefetch). A newer request supersedes an older one:
at most one render per canvas is under way, the latest request waits for it, and stale
results are dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QImage, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.tasks import BackgroundOp, BusyIndicator

Builder = Callable[[Any], Any]  # draws into the Figure it is given and returns it

Raster = tuple[bytes, int, int, float]  # RGBA pixels, width, height, device pixel ratio

CACHE_SIZE = 12  # images per canvas (about 2 MB each at 900 x 520)


def render(
    builder: Builder,
    width: int,
    height: int,
    ratio: float,
    dropped: Callable[[], bool] = lambda: False,
) -> tuple[Any, Raster | None]:
    """Build the chart into a new Agg Figure of ``width`` x ``height`` logical pixels and
    rasterise it; safe in a worker thread (no pyplot, no widget, no Qt object: the image
    is made from the pixels on the GUI thread, see ``to_image``). No pixels when
    ``dropped()`` says, once the chart is built, that nobody wants it any more (the
    rasterising is the larger part of the work)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    dpi = 100 * ratio
    figure = Figure(figsize=(width / 100, height / 100), dpi=dpi)
    figure.set_facecolor("white")
    figure = builder(figure) or figure
    if dropped():
        return figure, None
    agg = FigureCanvasAgg(figure)
    agg.draw()
    w, h = agg.get_width_height(physical=True)
    return figure, (bytes(agg.buffer_rgba()), int(w), int(h), ratio)


def to_image(raster: Raster) -> QImage:
    """The rendered pixels as a QImage (on the GUI thread)."""
    pixels, w, h, ratio = raster
    image = QImage(pixels, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    return image


class ChartCanvas(QWidget):
    """A chart shown as an image rendered off the GUI thread. ``figure`` is the Figure of
    the chart shown (kept for tests and saving); ``builder`` draws it again for saving
    at print size and for presenting."""

    rendered = Signal()  # the requested chart is on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure: Any = None
        self.builder: Builder | None = None
        self.key: Hashable | None = None
        self.generation = 0  # of the latest request; older results are dropped
        self._running = False  # a render is under way
        self._pending = False  # a newer request waits for it
        self._running_key: Hashable | None = None
        # Raised by forget() when the data changed: a render started before that draws old
        # data under a key that may still be current, so its image is neither kept nor shown.
        self._epoch = 0
        self._running_epoch = 0
        self._ahead: list[tuple[Builder, Hashable]] = []  # charts to make while idle
        self._cache: OrderedDict[Hashable, tuple[tuple[int, int, float], Any, QImage]] = (
            OrderedDict()
        )
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(200, 150)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setStyleSheet("background: white;")
        self.busy = BusyIndicator(self.tr("Drawing…"))
        self.save_button = QPushButton(self.tr("Save chart…"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.busy)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        body = QVBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.image, 1)
        body.addLayout(bar)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._refresh)

    # --- requests ----------------------------------------------------------------------

    def show_chart(self, builder: Builder, key: Hashable | None = None) -> None:
        """Show ``builder``'s chart: at once if the image for ``key`` at this size was made
        before, else rendered in the background. The latest request always wins."""
        self.builder, self.key = builder, key
        self.generation += 1
        self.save_button.setEnabled(True)
        self._lay_out()
        if self._from_cache():
            return
        if (
            self._running
            and key is not None
            and key == self._running_key
            and self._running_epoch == self._epoch
        ):
            self.busy.start()  # the render under way (made ahead) is the one wanted
            return
        self._request()

    def prefetch(self, charts: list[tuple[Builder, Hashable]]) -> None:
        """Make these charts (builder, key) ahead, one at a time while nothing else is
        asked, so that showing them later is instant."""
        self._ahead = [(b, k) for b, k in charts[: CACHE_SIZE - 1] if k not in self._cache]
        if not self._running and self.isVisible():
            self._next(retry=False)

    def pending(self) -> bool:
        """True while the chart last asked for is not on screen yet."""
        return self._pending or (self._running and self._shown != (self.generation, self._size()))

    def idle(self) -> bool:
        """Nothing is being rendered or waiting to be made ahead (charts are made ahead
        only while the canvas is shown)."""
        waiting = bool(self._ahead) and shiboken6.isValid(self) and self.isVisible()
        return not self._running and not self._pending and not waiting

    def forget(self) -> None:
        """Drop the kept images and the charts to be made ahead (the data changed)."""
        self._cache.clear()
        self._ahead.clear()
        self._epoch += 1
        self._drop_ahead(keep=False)

    _drop: list[bool] = [False]  # noqa: RUF012 (replaced per render)
    _running_ahead: tuple[Builder, Hashable] | None = None

    def _drop_ahead(self, keep: bool) -> None:
        """Stop the chart being made ahead before it is rasterised; ``keep``: make it
        again later (the canvas was only hidden)."""
        ahead = self._running_ahead
        if self._running and ahead is not None and not self._drop[0]:
            self._drop[0] = True
            if keep:
                self._ahead.insert(0, ahead)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._drop_ahead(keep=True)  # e.g. another partnership was chosen

    def _lay_out(self) -> None:
        """Give the canvas its final size before it is measured. A canvas made, or a page
        whose layout changed, in this same event (results just loaded) would otherwise
        be rendered at a passing size and then again at the real one: twice the wait."""
        parent = self.parentWidget()
        explicit = self.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        if self.isHidden() and parent is not None and parent.isVisible() and not explicit:
            self.show()  # a layout would show it only after this event
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _size(self) -> tuple[int, int, float]:
        size = self.image.size()
        return (max(size.width(), 200), max(size.height(), 150), self.devicePixelRatioF())

    def _from_cache(self) -> bool:
        entry = self._cache.get(self.key) if self.key is not None else None
        if entry is None or entry[0] != self._size():
            return False
        self._cache.move_to_end(self.key)
        self._show(entry[1], entry[2])
        return True

    def _request(self) -> None:
        if self._running:
            self._pending = True  # started when the render under way is done
            return
        self._start()

    def _start(self, ahead: tuple[Builder, Hashable] | None = None) -> None:
        """Render the chart asked for last, or ``ahead`` (a prefetch, only kept)."""
        if ahead is None:
            builder, key, generation = self.builder, self.key, self.generation
            self._pending = False
            self.busy.start()
        else:
            (builder, key), generation = ahead, -1
        size = self._size()
        if builder is None:
            return
        epoch = self._epoch
        self._running, self._running_key, self._running_epoch = True, key, epoch
        self._running_for = (generation, size)
        drop = self._drop = [False]  # set on the GUI thread, read by the worker
        self._running_ahead = ahead

        def op(_progress: Any) -> tuple[Any, Raster | None]:
            return render(builder, *size, lambda: drop[0])

        def done(result: tuple[Any, Raster | None]) -> None:
            if epoch != self._epoch:  # drawn from data that changed since: draw again
                self._next()
                return
            if result[1] is None:  # a chart made ahead that nobody wants any more
                self._next(retry=False)
                return
            figure, image = result[0], to_image(result[1])
            if key is not None:
                self._cache[key] = (size, figure, image)
                self._cache.move_to_end(key)
                while len(self._cache) > CACHE_SIZE:
                    self._cache.popitem(last=False)
            wanted = generation == self.generation or (key is not None and key == self.key)
            if wanted and size == self._size() and self._shown != (self.generation, size):
                self._show(figure, image)
            self._next()

        def failed(exc: BaseException) -> None:
            self.busy.stop()
            self._next(retry=False)
            show_error(self, exc)

        BackgroundOp(op=op, success=done, failure=failed).run(self)

    def _next(self, retry: bool = True) -> None:
        """A render ended: start the one asked for since, or redo this one if the widget
        was resized meanwhile."""
        self._running, self._running_key = False, None
        if not shiboken6.isValid(self):
            return
        if self._pending or (retry and not self._from_cache_or_current()):
            self._start()
        elif self._ahead and self.isVisible():
            # Made ahead only while shown: a page or partnership left behind (hidden
            # until it is deleted) takes no worker time from the one now shown.
            self._start(ahead=self._ahead.pop(0))

    def _from_cache_or_current(self) -> bool:
        """The latest request is on screen (or could be shown from the cache)."""
        if self._shown == (self.generation, self._size()):
            return True
        return self._from_cache()

    _shown: tuple[int, tuple[int, int, float]] | None = None

    def _show(self, figure: Any, image: QImage) -> None:
        self.figure = figure
        self._shown = (self.generation, self._size())
        self.image.setPixmap(QPixmap.fromImage(image))
        self.busy.stop()
        self.rendered.emit()

    _running_for: tuple[int, tuple[int, int, float]] | None = None

    def _under_way(self) -> bool:
        """The render under way is the chart asked for last, at the present size."""
        generation, size = self._running_for or (None, None)
        if not self._running or size != self._size():
            return False
        return generation == self.generation or (
            self.key is not None and self._running_key == self.key
        )

    def _refresh(self) -> None:
        if self.builder is not None and not self._from_cache_or_current() and not self._under_way():
            self._request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._ahead and not self._running and not self._pending:
            self._next(retry=False)  # shown again: go on making the charts ahead

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.builder is not None:
            self._resize_timer.start()  # redraw at the new size once the resizing stops

    # --- saving --------------------------------------------------------------------

    def save(self) -> None:
        if self.builder is None:
            return
        from pps_monitor.ui.common.settings import Settings

        settings = Settings()
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart"),
            settings.start_in("chart", self.tr("chart") + ".png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        settings.set_last_folder("chart", path)
        if not path.lower().endswith((".png", ".svg")):
            path += ".svg" if "svg" in chosen.lower() else ".png"
        builder = self.builder

        def write(_progress: Any) -> None:
            builder(None).savefig(path, dpi=200)  # a fresh figure at print size

        BackgroundOp(op=write, success=lambda _r: None).run(self)  # errors: show_error
