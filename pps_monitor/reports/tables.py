"""The report's tables: scores per dimension, per statement, and per sector."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from pps_monitor.domain.breakdown import UNKNOWN, breakdown
from pps_monitor.domain.vocabulary import SECTORS
from pps_monitor.i18n import N_, gettext
from pps_monitor.reports import layout as L
from pps_monitor.reports.builder import esc, para
from pps_monitor.reports.texts import t

if TYPE_CHECKING:
    from pps_monitor.reports.builder import ReportBuilder


def dimension_table(rb: ReportBuilder) -> list[Any]:
    """n, mean, SD, α, rWG(J), median, band and change per dimension.

    A dimension answered by fewer respondents than the round minimum shows its n only:
    no mean, spread, band or change (and a note says why).
    """
    lang, s = rb.lang, rb.s
    head = [
        t("dimension", lang),
        "n",
        t("mean", lang),
        t("sd", lang),
        "α",
        "rWG(J)",
        t("median", lang),
        t("band", lang),
        t("change", lang),
    ]
    rows: list[list[Any]] = [head]
    held_back = spread_held = False
    for d in rb.result.scores.dimensions:
        name = para(esc(rb.name(d.code)), s["cell"])
        if not rb.shown(d):
            held_back = held_back or d.held is None  # else the "method changed" note
            # held back as a whole (method changed): how many, marked, the note says why
            n = f"{d.held_n}*" if d.held_n else str(d.n)
            rows.append([name, n, *["–"] * 5, "–", "–"])
            continue
        spread_held = spread_held or d.sd is None
        rows.append(
            [
                name,
                str(d.n),
                rb.n(d.mean),
                rb.n(d.sd),
                _alpha(rb, d.alpha),
                rb.n(d.rwg_j),
                rb.n(d.median),
                t(d.band, lang) if d.band else "–",
                para(esc(rb.change(d.comparison or d.change)), s["cell_right"]),
            ]
        )
    bands = [t(b, lang) for b in ("strength", "attention", "concern")]
    numbers = ["0,00", "-0,00", "rWG(J)", "n = 00"]
    w_band = L.text_width([*bands, t("band", lang)], bold=True)
    w_change = max(L.text_width(["+0,00 ▲", t("change", lang)], bold=True), 20 * mm)
    w_num = [L.text_width([h, *numbers[:2]], bold=True) for h in head[1:7]]
    w_num[0] = L.text_width(["n", "00*"], bold=True)
    first = rb.width - w_band - w_change - sum(w_num)
    widths = [first, *w_num, w_band, w_change]
    out: list[Any] = [
        PageBreak(),
        rb.h1("dimension_table"),
        L.table(rows, widths, align_left=(7,)),
    ]
    notes = _dimension_notes(rb, held_back, spread_held)
    if notes:
        out += [Spacer(1, 2 * mm), *[para(n, s["small"]) for n in notes]]
    return out


# NOTE: under the score table, for a round whose figures were shown before "don't know"
# answers were left out of whole dimensions (a file upgraded from an older version);
# {k}: the round minimum (at least 3)
METHOD_CHANGED = N_(
    "* Held back (method changed): shown before over other respondents, counted by the old "
    "method; n is the number of complete answers held back. These figures return once at "
    "least {k} new answers move them (else the difference would give away one person's "
    "answers)."
)


def _dimension_notes(rb: ReportBuilder, held_back: bool, spread_held: bool) -> list[str]:
    """Why dashes stand in the dimension table."""
    lang = rb.lang
    notes = [t("dimension_suppressed", lang, k=rb.min_round)] if held_back else []
    if any(d.held is not None for d in rb.result.scores.dimensions):
        notes.append(gettext(lang, METHOD_CHANGED).format(k=rb.min_round))
    if spread_held:  # say why a dash stands where a spread figure would be
        notes.append(t("spread_held", lang, k=rb.settings.min_breakdown))
    return notes


def item_table(rb: ReportBuilder) -> list[Any]:
    lang, s, sc = rb.lang, rb.s, rb.result.scores
    rows: list[list[Any]] = [
        ["", t("statement", lang), "n", t("mean", lang), "1", "2", "3", "4", "5", t("dk", lang)]
    ]
    held_back = counts_held = False
    for item in rb.inst.items:
        st = sc.items[item.code]
        mark = f" {t('reverse_mark', lang)}" if item.reverse else ""
        text = para(esc(item.text(lang)) + mark, s["cell"])
        if st.n < rb.min_round:
            held_back = True
            rows.append([item.code, text, str(st.n), "–", *["–"] * 5, "–"])
            continue
        # a distribution held back (too few answers) is dashes, never a row of zeros
        counts_held = counts_held or st.hidden
        counts = ["–"] * 5 if st.hidden else [str(st.counts[v]) for v in range(1, 6)]
        dont_know = "–" if st.hidden else str(st.dont_know)  # part of the distribution
        rows.append([item.code, text, str(st.n), rb.n(st.mean), *counts, dont_know])
    w_code = L.text_width([i.code for i in rb.inst.items])
    w_n = L.text_width(["n", "00"], bold=True)
    w_mean = L.text_width([t("mean", lang), "0,00"], bold=True)
    w_count = L.text_width(["00"], bold=True)
    w_dk = L.text_width([t("dk", lang), "00"], bold=True)
    rest = rb.width - w_code - w_n - w_mean - 5 * w_count - w_dk
    widths = [w_code, rest, w_n, w_mean, *[w_count] * 5, w_dk]
    out = [
        rb.h1("items"),
        L.table(rows, widths, align_right_from=2),
        Spacer(1, 2 * mm),
        para(t("reverse_note", lang), s["small"]),
    ]
    if held_back:
        out.append(para(t("dimension_suppressed", lang, k=rb.min_round), s["small"]))
    if counts_held:
        out.append(para(t("spread_held", lang, k=rb.settings.min_breakdown), s["small"]))
    return out


def sector_table(rb: ReportBuilder) -> list[Any]:
    lang, s = rb.lang, rb.s
    rows_b = breakdown(rb.inst, rb.result.responses, "sector", rb.settings)
    groups = [g for g in (*SECTORS, UNKNOWN) if any(row.visible(g) for row in rows_b)]
    # the breakdown's own floor: a cell needs min_breakdown as well as min_group
    k = max(rb.settings.min_group, rb.settings.min_breakdown)
    out: list[Any] = [rb.h1("breakdown")]
    if not groups:
        return [*out, para(t("sectors_hidden", lang, k=rb.settings.min_group), s["body"])]
    rows: list[list[Any]] = [[t("dimension", lang), *[t(g, lang) for g in groups]]]
    for row in rows_b:
        cells = []
        for g in groups:
            c = row.visible(g)
            # "(n = 14)" never breaks inside: no-break spaces around its "="
            cells.append(f"{rb.n(c.mean)} (n\u00a0=\u00a0{c.n})" if c else t("hidden_cell", lang))
        rows.append([para(esc(rb.name(row.code)), s["cell"]), *cells])
    rest = (rb.width - 62 * mm) / len(groups)
    # Sectors with answers but no column: named, with the reason (not a silent gap).
    absent = [
        g
        for g in (*SECTORS, UNKNOWN)
        if g not in groups and any(c.group == g for row in rows_b for c in row.cells)
    ]
    dashed = any(not row.visible(g) for row in rows_b for g in groups)
    notes = [t("hidden_note", lang, k=k)] if dashed else []  # only where a dash stands
    if absent:
        names = ", ".join(t(g, lang) for g in absent)
        notes.append(t("sectors_absent", lang, k=k, names=names))
    return [
        *out,
        L.table(rows, [62 * mm] + [rest] * len(groups)),
        Spacer(1, 2 * mm),
        *[para(esc(n), s["small"]) for n in notes],
    ]


def _alpha(rb: ReportBuilder, alpha: float | None) -> str:
    """Cronbach's α, never as a bare negative number (it says the statements did not
    hang together in this small group, not a reliability)."""
    if alpha is not None and alpha < 0:
        return "< " + rb.n(0.0, 0)
    return rb.n(alpha)
