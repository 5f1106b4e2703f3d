"""A printable paper questionnaire for one instrument (issue 17).

The workers' form (an instrument with ``faces``) is large print (statements in 14 pt)
with a smiley face above every answer box and the scale's words under each face, on
every page, and fits on the two sides of one A4 sheet. Other instruments get the same
form in normal print with the scale's words as column headings. No name, no date, no
number: the form says nothing about who filled it in or when.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pps_monitor.domain.instrument import Instrument
from pps_monitor.files import write_atomically
from pps_monitor.reports.layout import BOLD, FONT, register_fonts

MARGIN = 14 * mm
GREY = colors.HexColor("#dde4ea")
# A face's mouth: how far the corners rise (+) or fall (-) per answer 1-5.
SMILE = {1: -1.0, 2: -0.5, 3: 0.0, 4: 0.5, 5: 1.0}


class Face(Flowable):
    """A plain line-drawn smiley whose mouth goes from sad (1) to happy (5)."""

    def __init__(self, value: int, size: float) -> None:
        super().__init__()
        self.value, self.size = value, size
        self.width = self.height = size

    def draw(self) -> None:
        c, s = self.canv, self.size
        r = s / 2
        c.setLineWidth(max(1.0, s / 22))
        c.circle(r, r, r - 1, stroke=1, fill=0)
        c.circle(r - s * 0.17, r + s * 0.12, s * 0.05, stroke=0, fill=1)
        c.circle(r + s * 0.17, r + s * 0.12, s * 0.05, stroke=0, fill=1)
        bend = SMILE[self.value] * s * 0.16
        left, right, y = r - s * 0.22, r + s * 0.22, r - s * 0.18
        path = c.beginPath()
        path.moveTo(left, y + bend / 2)
        path.curveTo(left + s * 0.12, y - bend, right - s * 0.12, y - bend, right, y + bend / 2)
        c.drawPath(path, stroke=1, fill=0)


class Box(Flowable):
    """An empty answer box to tick."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = self.width = self.height = size

    def draw(self) -> None:
        self.canv.setLineWidth(1.2)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def _sizes(large: bool) -> dict[str, float]:
    if large:
        return {"text": 14, "label": 10, "title": 20, "face": 24, "box": 16, "col": 46}
    return {"text": 10, "label": 8, "title": 16, "face": 0, "box": 11, "col": 50}


def _styles(z: dict[str, float]) -> dict[str, ParagraphStyle]:
    text = ParagraphStyle("t", fontName=FONT, fontSize=z["text"], leading=z["text"] * 1.22)
    return {
        "text": text,
        "title": ParagraphStyle(
            "h",
            parent=text,
            fontName=BOLD,
            fontSize=z["title"],
            leading=z["title"] * 1.2,
            spaceAfter=4,
        ),
        "head": ParagraphStyle("d", parent=text, fontName=BOLD),
        "label": ParagraphStyle(
            "l",
            parent=text,
            fontSize=z["label"],
            leading=z["label"] * 1.1,
            alignment=1,
            splitLongWords=0,
        ),
    }


def _scale_head(inst: Instrument, lang: str, z: dict[str, float], st: dict) -> list[list]:
    """The answer columns' heading: a row of faces (if any) above the scale's words."""
    words: list[Any] = [Paragraph("", st["text"])]
    words += [Paragraph(inst.scale_labels[v](lang), st["label"]) for v in range(1, 6)]
    words.append(Paragraph(inst.dont_know(lang), st["label"]))
    if not z["face"]:
        return [words]
    return [["", *(Face(v, z["face"]) for v in range(1, 6)), ""], words]


def _rows(inst: Instrument, lang: str, z: dict[str, float], st: dict) -> tuple[list, list]:
    rows: list[list[Any]] = _scale_head(inst, lang, z, st)
    heads: list[int] = []
    number = 0
    sections = [(d.name(lang), d.items) for d in inst.dimensions]
    if inst.risks:
        sections.append((inst.risks_name(lang), inst.risks))
    for name, items in sections:
        heads.append(len(rows))
        rows.append([Paragraph(name, st["head"])] + [""] * 6)
        for item in items:
            number += 1
            text = Paragraph(f"{number}. {item.text(lang)}", st["text"])
            rows.append([text] + [Box(z["box"]) for _ in range(6)])
    return rows, heads


def _table(inst: Instrument, lang: str, z: dict[str, float], st: dict) -> Table:
    rows, heads = _rows(inst, lang, z, st)
    top = 2 if z["face"] else 1
    width = A4[0] - 2 * MARGIN
    cols = [width - 6 * z["col"]] + [z["col"]] * 6
    style = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, top - 1), "TOP"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("LINEBELOW", (0, top - 1), (-1, top - 1), 1, colors.black),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1 if top == 2 else 3),
        ("TOPPADDING", (0, top), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, top), (-1, -1), 2.5),
    ]
    for r in heads:
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GREY)]
    table = Table(rows, colWidths=cols, repeatRows=top)
    table.setStyle(TableStyle(style))
    return table


def _facts(inst: Instrument, lang: str, st: dict) -> list[Any]:
    if not inst.facts:
        return []
    # NOTE the facts are optional: the form says so in the instrument's own words.
    out: list[Any] = [Spacer(1, 8)]
    for fact in inst.facts:
        line = f"{fact.text(lang)} ________ {fact.unit(lang)}"
        out.append(Paragraph(line, st["text"]))
    return out


def write_paper_form(instrument: Instrument, out: Path, lang: str = "nl") -> Path:
    """The instrument as a printable PDF questionnaire (large print when it has faces)."""
    register_fonts()
    z = _sizes(instrument.faces)
    st = _styles(z)
    story: list[Any] = [Paragraph(instrument.name(lang), st["title"])]
    for text in (instrument.description(lang), instrument.notice(lang)):
        if text:
            story.append(Paragraph(text, st["text"]))
    story += [Spacer(1, 6), _table(instrument, lang, z, st), *_facts(instrument, lang, st)]

    def build(tmp: Path) -> None:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=instrument.name(lang),
            author="",
            creator="PPS Monitor",
            invariant=1,
        )
        doc.build(story)

    return write_atomically(Path(out), build)
