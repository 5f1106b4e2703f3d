"""Charts in the report as vector graphics.

reportlab lays the report out with a placeholder of the chart's exact size, which
records the page and position it lands on. Each matplotlib figure is then saved as a
one-page vector PDF of that size and laid over its placeholder with pypdf. Vector
charts print crisp at any size, and cost a quarter of rendering and embedding a
200-dpi PNG (benchmarks/bench_report.py). The PNG way stays available as
``mode="png"``: it is the baseline the benchmark compares against.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable, Image

Builder = Callable[[tuple[float, float]], Any]  # size in inches -> matplotlib Figure


@dataclass
class Placement:
    page: int
    x: float
    y: float


@dataclass
class ChartBook:
    """The charts of one report and where they landed."""

    mode: str = "vector"  # or "png"
    dpi: int = 200
    placements: dict[int, Placement] = field(default_factory=dict)
    builders: list[tuple[Builder, float, float]] = field(default_factory=list)

    def flowable(self, builder: Builder, width: float, height: float) -> Flowable:
        """A flowable of width x height points showing the chart ``builder`` makes."""
        if self.mode == "png":
            fig = builder((width / 72, height / 72))
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", dpi=self.dpi)
            buffer.seek(0)
            return Image(buffer, width=width, height=height)
        index = len(self.builders)
        self.builders.append((builder, width, height))
        return _Slot(self, index, width, height)

    def overlay(
        self, pdf: bytes, invariant: bool, progress: Callable[[str], None] | None = None
    ) -> bytes:
        """Lay each chart, rendered as vector PDF, over its placeholder."""
        if not self.builders:
            return pdf
        import matplotlib
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
        metadata = {"Creator": None, "Producer": None, "CreationDate": None}
        for index, (builder, width, height) in enumerate(self.builders):
            if progress:
                progress(f"{index + 1}/{len(self.builders)}")
            spot = self.placements.get(index)
            if spot is None:
                continue
            buffer = io.BytesIO()
            with matplotlib.rc_context({"pdf.fonttype": 3, "pdf.compression": 6}):
                builder((width / 72, height / 72)).savefig(buffer, format="pdf", metadata=metadata)
            _place_page(
                writer, spot, PdfReader(buffer).pages[0], width, height, f"/PPSChart{index}"
            )
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()


def _place_page(
    writer: Any, spot: Placement, chart: Any, width: float, height: float, name: str
) -> None:
    """Draw ``chart`` (a one-page PDF) as a Form XObject at ``spot`` on the writer's page.

    The chart's content stream is copied as it is: unlike pypdf's page merge, nothing is
    parsed and rewritten, which made the merge cost more than drawing the charts.
    """
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        IndirectObject,
        NameObject,
        NumberObject,
        StreamObject,
    )

    form = StreamObject()
    form.set_data(chart.get_contents().get_data())
    bbox = [NumberObject(0), NumberObject(0), FloatObject(width), FloatObject(height)]
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(bbox),
            NameObject("/Resources"): chart["/Resources"].clone(writer),
        }
    )
    form_ref = writer._add_object(form.flate_encode())
    page = writer.pages[spot.page - 1]
    resources = page["/Resources"].get_object()
    xobjects = resources.get("/XObject")
    if xobjects is None:
        xobjects = DictionaryObject()
        resources[NameObject("/XObject")] = xobjects
    xobjects.get_object()[NameObject(name)] = form_ref

    def stream(data: bytes) -> IndirectObject:
        obj = StreamObject()
        obj.set_data(data)
        return writer._add_object(obj)

    # Streams must be indirect objects: keep references as they are, register the rest.
    raw = page.raw_get("/Contents")
    value = raw.get_object()
    items = list(value) if isinstance(value, ArrayObject) else [raw]  # items stay references
    existing = [
        item if isinstance(item, IndirectObject) else writer._add_object(item) for item in items
    ]
    # Viewers may join a page's content streams byte for byte: keep tokens apart. The
    # page's own drawing is wrapped in q/Q so its graphics state cannot reach the chart.
    draw = f"\nq 1 0 0 1 {spot.x:.3f} {spot.y:.3f} cm {name} Do Q\n".encode("ascii")
    parts = [stream(b"q\n"), *existing, stream(b"\nQ\n"), stream(draw)]
    page[NameObject("/Contents")] = ArrayObject(parts)


class _Slot(Flowable):
    """Reserves the chart's space and records where it was drawn."""

    def __init__(self, book: ChartBook, index: int, width: float, height: float) -> None:
        super().__init__()
        self.book, self.index = book, index
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self.book.placements[self.index] = Placement(canvas.getPageNumber(), x, y)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        pass  # the chart is laid over this spot afterwards
