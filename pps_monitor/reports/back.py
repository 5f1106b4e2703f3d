"""The report's last sections: comments, action points, method and the instrument."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

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
        if found.get(code):
            out.append(rb.h2(rb.name(code)))
            out += [para(esc(text), s["bullet"]) for text in found[code]]
    return out


def actions(rb: ReportBuilder) -> list[Any]:
    lang, s = rb.lang, rb.s
    out: list[Any] = [rb.h1("actions")]
    points = rb.data.action_points
    if not points:
        return [*out, para(t("no_actions", lang), s["body"])]
    by_round = {r.round["id"]: r for r in rb.history}
    current = rb.result.round["id"]

    def score(round_id: str | None, code: str | None) -> str:
        r = by_round.get(round_id or "")
        d = r.scores.dimension(code or "") if r else None
        return f"{rb.n(d.mean)} (n = {d.n})" if d and d.mean is not None else "–"

    def cell(text: str) -> Any:
        return para(esc(text), s["cell"])

    head = ("dimension", "action", "owner", "due", "status", "before", "after")
    rows: list[list[Any]] = [[t(key, lang) for key in head]]
    for a in points:
        code = a["dimension_code"]
        rows.append(
            [
                cell(rb.name(code) if code else t("whole", lang)),
                cell(a["text"]),
                cell(a["owner"]),
                a["due_date"] or "–",
                t(a["status"], lang),
                score(a["round_raised_id"], code),
                score(current, code) if a["round_raised_id"] != current else "–",
            ]
        )
    widths = [32 * mm, 46 * mm, 24 * mm, 17 * mm, 15 * mm, 20 * mm, 20 * mm]
    return [*out, L.table(rows, widths, align_right_from=5)]


def method(rb: ReportBuilder) -> list[Any]:
    lang, s, st = rb.lang, rb.s, rb.settings
    out: list[Any] = [PageBreak(), rb.h1("method")]
    for text in METHOD["nl" if lang == "nl" else "en"]:
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
    out.append(L.table(_instrument_rows(rb), [26 * mm, rb.width - 26 * mm], align_right_from=99))
    return out


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
