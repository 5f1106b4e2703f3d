"""A4 pages with header, footer and "page X of Y"; DejaVu fonts; table styles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Table, TableStyle

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
PAGE = A4
MARGIN = 18 * mm
ZEBRA = colors.HexColor("#f2f2f2")
HEAD = colors.HexColor("#dde4ea")


def register_fonts() -> None:
    """DejaVu ships with matplotlib, so no system font is needed; it carries ë, ï, €."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=22, leading=28, spaceAfter=10
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18, spaceAfter=6),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=BOLD, fontSize=15, leading=20, spaceBefore=6, spaceAfter=8
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=11, leading=15, spaceBefore=8, spaceAfter=4
        ),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2),
        "warning": ParagraphStyle(
            "warning", parent=base, fontName=BOLD, textColor=colors.HexColor("#a00000")
        ),
    }


def table(
    rows: list[list[Any]], widths: list[float], *, align_right_from: int = 1, zebra: bool = True
) -> Table:
    """A table that breaks across pages with its header row repeated, and zebra rows."""
    tbl = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("FONT", (0, 0), (-1, 0), BOLD, 8),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if zebra:
        style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(rows), 2)]
    tbl.setStyle(TableStyle(style))
    return tbl


class NumberedCanvas(rl_canvas.Canvas):
    """Defers each page until the end, so every footer can say "page X of Y"."""

    footer_text = "page {page} of {pages}"
    header_text = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Otherwise reportlab lists Helvetica, a font it never embeds, on every page.
        if not kwargs.get("initialFontName"):  # the doc template passes None explicitly
            kwargs["initialFontName"] = FONT
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = PAGE
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(colors.HexColor("#555555"))
        if self._pageNumber > 1 and self.header_text:
            self.drawString(MARGIN, height - 12 * mm, self.header_text)
            self.setStrokeColor(colors.HexColor("#bbbbbb"))
            self.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
        self.drawRightString(
            width - MARGIN, 10 * mm, self.footer_text.format(page=self._pageNumber, pages=total)
        )
        self.restoreState()


def document(
    target: Any, *, title: str, subject: str, lang: str, invariant: bool
) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        target,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN,
        title=title,
        author="PPS Monitor",
        subject=subject,
        creator="PPS Monitor",
        lang="nl-NL" if lang == "nl" else "en-GB",
        invariant=1 if invariant else 0,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def content_width() -> float:
    return PAGE[0] - 2 * MARGIN
