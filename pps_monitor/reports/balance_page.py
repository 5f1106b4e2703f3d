"""The report's balance sheet (one page), the key figures over the rounds, and how the
balance sheet is derived (in the method appendix).

A row's status is a drawn face AND its words, never colour alone; each row names the
scores it rests on with their n, the key figures beside it, and the change since the
previous round; a row without enough answers says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from pps_monitor.domain.key_figures import FIGURE_BY_CODE, KEY_FIGURES, held_back
from pps_monitor.i18n import N_, format_figure, gettext
from pps_monitor.reports import layout as L
from pps_monitor.reports.builder import esc, para
from pps_monitor.services.balance import balance_sheet as make_sheet

if TYPE_CHECKING:
    from pps_monitor.domain.balance_sheet import Row
    from pps_monitor.reports.builder import ReportBuilder
    from pps_monitor.services.balance import Sheet

TEXTS: dict[str, str] = {
    "balance_sheet": N_("Balance sheet"),
    "balance_intro": N_(
        "The balance of this round, modelled on the pilots' evaluation: the value of the work "
        "for society, for workers and for organisations, the societal benefits, and the four "
        "design principles. Each row rests on the scores and key figures named beside it; "
        "see the method appendix for how its status is derived."
    ),
    "values": N_("Value"),
    "principles": N_("Design principles"),
    "status": N_("Status"),
    "rests_on": N_("Rests on"),
    "change_since": N_("Since {round}"),
    "no_previous": N_("first round"),
    "good": N_("good"),
    "mixed": N_("mixed"),
    "poor": N_("poor"),
    "none": N_("not enough data"),
    "up": N_("better"),
    "down": N_("worse"),
    "same": N_("about the same"),
    # NOTE: a score of the balance sheet is below the minimum: "n = 2, too few".
    "too_few": N_("too few"),
    "risk_mark": N_("risk, counted as 6 − mean"),
    "held": N_("held back"),
    "not_recorded": N_("not recorded"),
    "no_scores": N_("No scores with enough answers (at least {k} per group)."),
    "key_figures": N_("Key figures"),
    "key_figures_intro": N_(
        "Facts the coordinator recorded for each round (since the round before). "
        "What happened to workers (left, still employed) is held back while fewer than {k} "
        "workers started: with so few, a figure tells about a person."
    ),
    "key_figures_plain": N_(
        "Facts the coordinator recorded for each round (since the round before)."
    ),
    "figure": N_("Key figure"),
    "balance_method": N_(
        "Balance sheet: each row rests on dimension scores of the partners' instrument (and of "
        "the employers' and workers' instruments where a round ran them) and on key figures. A "
        "score counts only when its group reached the round minimum ({k}); a risk counts as "
        "6 − its mean, so that higher is better throughout. The row's score is {method} "
        "of the scores that count, rounded half-up to 2 decimals: from {good} good, from "
        "{mixed} mixed, below that poor; without any score that counts: not enough data. "
        "The change is the difference with the same row in the previous round; below "
        "{steady} it reads as about the same. Key figures are shown beside the row and do "
        "not enter its score. The partnership can set the thresholds and the method."
    ),
    # NOTE: fills {method} in "The row's score is {method} of the scores that count".
    "method_mean": N_("the mean"),
    # NOTE: fills {method} in "The row's score is {method} of the scores that count".
    "method_lowest": N_("the lowest"),
}


def t(key: str, lang: str, **values: object) -> str:
    text = gettext(lang, TEXTS[key])
    return text.format(**values) if values else text


FACE_COLOURS = {
    "good": colors.HexColor("#1b7837"),
    "mixed": colors.HexColor("#b35806"),
    "poor": colors.HexColor("#b2182b"),
    "none": colors.HexColor("#777777"),
}


class Face(Flowable):
    """A face drawn in lines: smile (good), straight mouth (mixed), frown (poor); a
    circle with a dash for no data. Its shape tells the status in black and white.
    Drawn on the canvas directly: a reportlab Drawing would set an unembedded font."""

    def __init__(self, status: str, size: float = 5 * mm) -> None:
        super().__init__()
        self.status, self.size = status, size
        self.width = self.height = size

    def draw(self) -> None:
        c, r = self.canv, self.size / 2
        colour = FACE_COLOURS[self.status]
        c.saveState()
        c.setStrokeColor(colour)
        c.setFillColor(colour)
        c.setLineWidth(1)
        c.circle(r, r, r - 0.6, stroke=1, fill=0)
        if self.status == "none":
            c.line(r * 0.55, r, r * 1.45, r)
        else:
            for x in (r * 0.7, r * 1.3):
                c.circle(x, r * 1.3, self.size * 0.06, stroke=0, fill=1)
            self._mouth(r)
        c.restoreState()

    def _mouth(self, r: float) -> None:
        y = r * 0.62
        if self.status == "mixed":
            self.canv.line(r * 0.6, y, r * 1.4, y)
            return
        # a curve through the mouth's corners: its middle lower (smile) or higher (frown)
        depth, base = (-0.5 * r, y) if self.status == "good" else (0.5 * r, y - 0.25 * r)
        self.canv.bezier(
            r * 0.55, base, r * 0.8, base + depth, r * 1.2, base + depth, r * 1.45, base
        )


def figure_value(rb: ReportBuilder, value: Any) -> str:
    """A key figure as a reader counts it: '14.900' in Dutch, '14,900' in English."""
    return format_figure(value, rb.lang)


def _figure_text(rb: ReportBuilder, code: str, value: Any, held: bool) -> str:
    name = esc(FIGURE_BY_CODE[code].name(rb.lang))
    if held:
        return f"{name}: {t('held', rb.lang)}"
    if value is None:
        return f"{name}: {t('not_recorded', rb.lang)}"
    return f"{name}: {figure_value(rb, value)}"


def _rests_on(rb: ReportBuilder, sheet: Sheet, row: Row) -> Any:
    lang, parts = rb.lang, []
    for u in row.used:
        # a risk's label is a sentence: "... werk.: 3,00" read as a typo
        name = esc(sheet.name(rb.result, u.group, u.code, lang).rstrip("."))
        if u.value is None:
            parts.append(f"{name} (n = {u.n}, {t('too_few', lang)})")
        else:
            mark = f", {t('risk_mark', lang)}" if u.risk else ""
            parts.append(f"{name}: {rb.n(u.value)} (n = {u.n}{mark})")
    lines = ["; ".join(parts) if parts else t("no_scores", lang, k=rb.min_round)]
    figs = [_figure_text(rb, f.code, f.value, f.held_back) for f in row.figures]
    if figs:
        lines.append("<i>" + "; ".join(figs) + "</i>")
    return para("<br/>".join(lines), rb.s["cell"])


def _change(rb: ReportBuilder, row: Row) -> str:
    if row.change is None or row.direction is None:
        return "–"
    return f"{rb.n(float(row.change), signed=True)} {t(row.direction, rb.lang)}"


def balance_sheet(rb: ReportBuilder) -> list[Any]:
    """The balance-sheet page of the reported round."""
    data = rb.data
    sheet = make_sheet(
        rb.history,
        rb.index,
        data.key_figures,
        data.balance_rule,
        rb.min_round,
        data.balance_groups,
    )
    return [  # on a page of its own: the summary before it ends with a page break
        para(f"<b>{esc(t('balance_sheet', rb.lang))}</b>", rb.s["h1"]),
        para(t("balance_intro", rb.lang), rb.s["body"]),
        Spacer(1, 2 * mm),
        _sheet_table(rb, sheet),
    ]


def _sheet_table(rb: ReportBuilder, sheet: Sheet) -> Any:
    """Values first, then the design principles, each under a heading row."""
    lang, s = rb.lang, rb.s
    since = (
        t("change_since", lang, round=sheet.previous_label)
        if sheet.previous_label
        else t("no_previous", lang)
    )
    head = [
        "",
        para(f"<b>{esc(t('status', lang))}</b>", s["cell"]),
        "",
        "n",
        para(f"<b>{esc(since)}</b>", s["cell"]),
        para(f"<b>{esc(t('rests_on', lang))}</b>", s["cell"]),
    ]
    rows: list[list[Any]] = [head]
    heads: list[int] = []
    for principle in (False, True):
        heads.append(len(rows))
        title = t("principles" if principle else "values", lang)
        rows.append([para(f"<b>{title}</b>", s["cell"]), *[""] * 5])
        for r in [r for r in sheet.rows if r.spec.principle == principle]:
            rows.append(
                [
                    para(esc(r.spec.name(lang)), s["cell"]),
                    Face(r.status),
                    para(t(r.status, lang), s["cell"]),
                    "–" if r.n is None else str(r.n),
                    para(esc(_change(rb, r)), s["cell"]),
                    _rests_on(rb, sheet, r),
                ]
            )
    w_status = L.text_width([t(k, lang) for k in ("good", "mixed", "poor")]) + 2
    w_status = min(max(w_status, 16 * mm), 26 * mm)
    widths = [38 * mm, 7 * mm, w_status, L.text_width(["n", "000"], bold=True), 25 * mm]
    widths.append(rb.width - sum(widths))
    table = L.table(rows, widths, align_left=(2, 4, 5), zebra=False)
    style: list[tuple[Any, ...]] = [("SPAN", (0, k), (-1, k)) for k in heads]
    style += [("BACKGROUND", (0, k), (-1, k), L.HEAD) for k in heads]
    style += [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("SPAN", (1, 0), (2, 0))]
    table.setStyle(style)
    return table


def key_figures(rb: ReportBuilder) -> list[Any]:
    """The key figures of the last rounds up to the reported one, one column per round."""
    lang, s = rb.lang, rb.s
    recorded = rb.data.key_figures
    shown = rb.history[-5:]
    if not any(recorded.get(r.round["id"]) for r in shown):
        return []
    k = rb.min_round
    rows: list[list[Any]] = [[t("figure", lang), *(esc(r.label) for r in shown)]]
    held_any = False
    for f in KEY_FIGURES:
        line: list[Any] = [para(esc(f.name(lang)), s["cell"])]
        for r in shown:
            values = recorded.get(r.round["id"], {})
            if held_back(values, f.code, k):
                held_any = True
                line.append(t("held", lang))
            else:
                v = values.get(f.code)
                line.append("–" if v is None else figure_value(rb, v))
        rows.append(line)
    w_col = max(L.text_width([r.label for r in shown], bold=True), 20 * mm)
    widths = [rb.width - w_col * len(shown), *([w_col] * len(shown))]
    intro = t("key_figures_intro", lang, k=k) if held_any else t("key_figures_plain", lang)
    return [  # the heading never alone at the foot of a page (seen in the English demo)
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                para(f"<b>{esc(t('key_figures', lang))}</b>", s["h2"]),
                para(intro, s["small"]),
                L.table(rows, widths),
            ]
        ),
    ]


def method(rb: ReportBuilder) -> list[Any]:
    """How the balance sheet is derived (a paragraph of the method appendix)."""
    rule = rb.data.balance_rule
    return [
        para(
            t(
                "balance_method",
                rb.lang,
                k=rb.min_round,
                method=t(f"method_{rule.method}", rb.lang),
                good=rb.n(rule.good),
                mixed=rb.n(rule.mixed),
                steady=rb.n(rule.steady),
            ),
            rb.s["bullet"],
        )
    ]
