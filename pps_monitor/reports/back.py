"""The report's last sections: comments, action points, method and the instrument."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak

from pps_monitor.i18n import format_date
from pps_monitor.reports import layout as L
from pps_monitor.reports.builder import esc, para
from pps_monitor.reports.texts import METHOD, t

if TYPE_CHECKING:
    from pps_monitor.reports.builder import ReportBuilder


def comments(rb: ReportBuilder) -> list[Any]:
    lang, s = rb.lang, rb.s
    out: list[Any] = [rb.h1("comments")]
    found = rb.data.comments
    if found is None:
        return [*out, para(t("comments_hidden", lang, k=rb.settings.min_group), s["body"])]
    if not found:
        return [*out, para(t("no_comments", lang), s["body"])]
    for code in [*[d.code for d in rb.inst.dimensions], "risks"]:
        if found.get(code):  # a topic's comments stay with their heading on one page
            lines = [para(esc(text), s["bullet"]) for text in found[code]]
            out.append(KeepTogether([rb.h2(rb.name(code)), *lines]))
    return out


def actions(rb: ReportBuilder) -> list[Any]:
    """The action points known at this round (none raised later), with the topic's score
    when raised and now; a score below the round minimum is not shown."""
    lang, s = rb.lang, rb.s
    out: list[Any] = [rb.h1("actions")]
    points = rb.data.action_points
    if not points:
        return [*out, para(t("no_actions", lang), s["body"])]
    by_round = {r.round["id"]: r for r in rb.history}
    current = rb.result.round["id"]

    def score(round_id: str | None, code: str | None) -> Any:
        r = by_round.get(round_id or "")
        d = r.scores.dimension(code or "") if r else None
        if not rb.shown(d) or (r is not None and r.scores.respondents < rb.min_round):
            return "–"
        # the n on its own line, never broken inside
        return para(f"{rb.n(d.mean)}<br/>(n&nbsp;=&nbsp;{d.n})", s["cell_right"])  # type: ignore[union-attr]

    def cell(text: str) -> Any:
        return para(esc(text), s["cell"])

    def due(value: str | None) -> str:
        return format_date(value, lang, "numeric") if value else "–"

    head = ("dimension", "action", "owner", "due", "status", "before", "after")
    rows: list[list[Any]] = [[t(key, lang) for key in head]]
    for a in points:
        code = a["dimension_code"]
        rows.append(
            [
                cell(rb.name(code) if code else t("whole", lang)),
                cell(a["text"]),
                cell(a["owner"]),
                due(a["due_date"]),
                cell(t(a["status"], lang)),
                score(a["round_raised_id"], code),
                score(current, code) if a["round_raised_id"] != current else "–",
            ]
        )
    statuses = [t(x, lang) for x in ("open", "in_progress", "done", "dropped")]
    w_due = L.text_width([t("due", lang), due("2026-12-31")], bold=True)
    w_status = L.text_width([t("status", lang), *statuses], bold=True)
    w_score = L.text_width(["(n = 00)", *(t(k, lang) for k in ("before", "after"))], bold=True)
    w_dim = L.text_width(
        [w for d in rb.inst.dimensions for w in d.name(lang).split()] + [t("dimension", lang)],
        bold=True,
    )
    w_dim = max(w_dim, 34 * mm)
    rest = rb.width - w_dim - w_due - w_status - 2 * w_score
    widths = [w_dim, rest * 0.64, rest * 0.36, w_due, w_status, w_score, w_score]
    return [*out, L.table(rows, widths, align_right_from=5, align_left=(3, 4))]


def method(rb: ReportBuilder) -> list[Any]:
    lang, s, st = rb.lang, rb.s, rb.settings
    out: list[Any] = [PageBreak(), rb.h1("method")]
    texts = list(METHOD["nl" if lang == "nl" else "en"])
    if _corrected(rb):  # hook: the domain's Benjamini-Hochberg correction (issue 11)
        texts.insert(6, t("bh_note", lang))
    for text in texts:
        out.append(
            para(
                text.format(
                    strength=rb.n(st.strength, 1),
                    attention=rb.n(st.attention, 1),
                    k=st.min_group,
                ),
                s["bullet"],
            )
        )
    out.append(rb.h1("instrument"))
    w_code = L.text_width([i.code for i in rb.inst.items])
    out.append(L.table(_instrument_rows(rb), [w_code, rb.width - w_code], align_right_from=99))
    from pps_monitor.reports.instruments import sources

    out += sources(rb)  # where the questionnaires' ideas come from (issue 17)
    return out


def _corrected(rb: ReportBuilder) -> bool:
    """Whether the changes carry a multiple-testing correction (``p_adjusted``)."""
    return any(
        getattr(d.change, "p_adjusted", None) is not None
        for d in rb.result.scores.dimensions
        if d.change is not None
    )


def _instrument_rows(rb: ReportBuilder) -> list[list[Any]]:
    """Every dimension with its statements, then the risks."""
    lang, s = rb.lang, rb.s
    rows: list[list[Any]] = [["", t("statement", lang)]]
    for group in rb.inst.groups:
        for dim in group.dimensions:
            rows.append(
                [
                    dim.code,
                    para(f"<b>{esc(dim.name(lang))}</b> — {esc(group.name(lang))}", s["cell"]),
                ]
            )
            for item in dim.items:
                mark = f" {t('reverse_mark', lang)}" if item.reverse else ""
                rows.append([item.code, para(esc(item.text(lang)) + mark, s["cell"])])
    rows.append(["", para(f"<b>{t('risks', lang)}</b>", s["cell"])])
    rows += [[r.code, para(esc(r.text(lang)), s["cell"])] for r in rb.inst.risks]
    return rows
