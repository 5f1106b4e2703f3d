"""A4 pages with header, footer and "page X of Y"; DejaVu fonts; table styles.

One type scale (points): title 22, subtitle 13, h1 15, h2 11, body 9.5, small and table
cells 8, page furniture 7.5; and one spacing rhythm: multiples of 3 pt between blocks.
"""

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
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, TableStyle
from reportlab.platypus import Table as _Table

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
PAGE = A4
MARGIN = 18 * mm
ZEBRA = colors.HexColor("#f2f2f2")
HEAD = colors.HexColor("#dde4ea")
PROVISIONAL = colors.HexColor("#fbe3c4")
PROVISIONAL_TEXT = colors.HexColor("#7a3b00")
# Neither page of a table that breaks may hold fewer body rows than this (no widows or
# orphans: a page with two lost rows of a table).
MIN_ROWS = 5


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
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13, spaceAfter=3)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        # Words in cells are never broken in the middle ("contr actmanagement").
        "cell": ParagraphStyle(
            "cell", parent=base, fontSize=8, leading=10, spaceAfter=0, splitLongWords=0
        ),
        "cell_right": ParagraphStyle(
            "cell_right",
            parent=base,
            fontSize=8,
            leading=10,
            spaceAfter=0,
            alignment=2,
            splitLongWords=0,
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=22, leading=28, spaceAfter=12
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18, spaceAfter=6),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=15,
            leading=20,
            spaceBefore=12,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=1.5
        ),
        "warning": ParagraphStyle(
            "warning", parent=base, fontName=BOLD, textColor=colors.HexColor("#a00000")
        ),
    }


class Table(_Table):
    """A reportlab table that never leaves fewer than MIN_ROWS body rows on either page."""

    def _getFirstPossibleSplitRowPosition(self, availHeight: float, ignoreSpans: int = 0) -> int:
        split_at = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        rows, head = len(self._rowHeights), self.repeatRows
        if split_at <= 0 or split_at >= rows:
            return split_at
        if rows - split_at < MIN_ROWS:  # a widow: carry more rows over
            split_at = rows - MIN_ROWS
        if split_at - head < MIN_ROWS:  # an orphan: start the table on the next page
            return 0
        return split_at


CELL_PAD = 3  # points left and right of every cell's text


def text_width(texts: Any, size: float = 8, bold: bool = False) -> float:
    """The width a column needs for the widest of ``texts`` (one line each), padding included."""
    register_fonts()
    widths = [pdfmetrics.stringWidth(str(x), BOLD if bold else FONT, size) for x in texts]
    return max([0.0, *widths]) + 2 * CELL_PAD + 1


def table(
    rows: list[list[Any]],
    widths: list[float],
    *,
    align_right_from: int = 1,
    zebra: bool = True,
    align_left: tuple[int, ...] = (),
) -> Table:
    """A table that breaks across pages with its header row repeated, and zebra rows.

    Columns from ``align_right_from`` on are right-aligned (numbers), except those in
    ``align_left`` (words in a narrow column).
    """
    tbl = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("FONT", (0, 0), (-1, 0), BOLD, 8),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"),
        *[("ALIGN", (c, 0), (c, -1), "LEFT") for c in align_left],
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ]
    if zebra:
        style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(rows), 2)]
    tbl.setStyle(TableStyle(style))
    return tbl


class NumberedCanvas(rl_canvas.Canvas):
    """Defers each page until the end, so every footer can say "page X of Y"."""

    footer_text = "page {page} of {pages}"
    header_text = ""
    provisional_text = ""  # set while the round is open: a band across the top of every page

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
        if self.provisional_text:
            self.setFillColor(PROVISIONAL)
            self.rect(0, height - 7.5 * mm, width, 7.5 * mm, stroke=0, fill=1)
            self.setFillColor(PROVISIONAL_TEXT)
            self.setFont(BOLD, 8.5)
            self.drawCentredString(width / 2, height - 5 * mm, self.provisional_text)
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#555555"))
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
    # No inner padding: tables and charts are exactly as wide as the header rule.
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def content_width() -> float:
    return PAGE[0] - 2 * MARGIN


def content_height() -> float:
    """The height of the body frame: a chart taller than this (with its title) would be
    split from its title."""
    return PAGE[1] - 2 * MARGIN - 4 * mm
