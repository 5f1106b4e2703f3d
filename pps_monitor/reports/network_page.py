"""The report's collaboration network (issue 18): the map, per organisation, weakest ties
and changes since the previous tie round. Only figures the suppression rule lets through."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from pps_monitor.i18n import N_, gettext
from pps_monitor.reports import layout as L
from pps_monitor.reports.builder import esc, para

if TYPE_CHECKING:
    from pps_monitor.reports.builder import ReportBuilder
    from pps_monitor.services.ties import NetworkResult

# NOTE: report section on tie ratings between organisations.
TITLE = N_("Collaboration between organisations")
# NOTE: report, under the network map: how the map is read.
INTRO = N_(
    "Each partner rated working with every other organisation: how often (line width) and "
    "how well (colour and line style). A rating from one organisation about another is "
    "shown only when at least {k} of its people gave it; fewer are counted only in how the "
    "others rate an organisation, when that reveals no small group."
)
# NOTE: report, column headings of the table per organisation (tie ratings).
HEAD = (
    N_("Organisation"),
    N_("People"),
    N_("How the others rate it"),
    N_("How it rates them"),
    # NOTE: report column: share of an organisation's ties with monthly contact both ways.
    N_("Reciprocity"),
)
# NOTE: report, heading of the list of the lowest rated ties.
WEAKEST = N_("Weakest ties")
# NOTE: report, heading of the list of ties that changed most since the previous round.
CHANGES = N_("Largest changes since {round}")
# NOTE: report, one line per tie: who rates whom, mean, n.
TIE_LINE = N_("{source} about {target}: {mean} (n = {n})")
# NOTE: report, one line per changed tie; ▲ ▼ only when significant.
CHANGE_LINE = N_("{source} about {target}: {old} → {new} ({diff}{mark})")


def _g(rb: ReportBuilder, text: str, **kw: Any) -> str:
    return gettext(rb.lang, text).format(**kw)


def summary_lines(rb: ReportBuilder) -> list[Any]:
    """The network's sentence for the report's summary (nothing without tie questions)."""
    from pps_monitor.services.tie_texts import summary_sentence

    network = getattr(rb.data, "network", None)
    if network is None or network.figures is None:
        return []
    return [para(esc(summary_sentence(network, rb.lang)), rb.s["body"])]


def network(rb: ReportBuilder) -> list[Any]:
    """The section, when the round includes the tie questions."""
    result: NetworkResult | None = getattr(rb.data, "network", None)
    if result is None or result.figures is None:
        return []
    from pps_monitor.charts.network import network_figure

    lang, fig = rb.lang, result.figures
    bands = (rb.settings.attention, rb.settings.strength)
    out: list[Any] = [CondPageBreak(160 * mm), rb.h2(_g(rb, TITLE))]
    out.append(para(esc(_g(rb, INTRO, k=fig.min_breakdown)), rb.s["small"]))
    out.append(
        rb.book.flowable(
            lambda size: network_figure(
                result.organisations,
                fig,
                previous=result.previous_label,
                bands=bands,
                size=size,
                lang=lang,
            ),
            rb.width,
            80 * mm,
        )
    )
    out += [Spacer(1, 2 * mm), para(esc(_notes(rb, result)), rb.s["small"]), Spacer(1, 3 * mm)]
    out.append(KeepTogether(_table(rb, result)))
    out += _lists(rb, result)
    return out


def _notes(rb: ReportBuilder, result: NetworkResult) -> str:
    from pps_monitor.i18n import ngettext
    from pps_monitor.services.tie_texts import summary_sentence

    fig = result.figures
    assert fig is not None
    held = sum(1 for t in fig.directed if not t.shown)
    parts = [summary_sentence(result, rb.lang)]
    if held:
        parts.append(
            ngettext(
                rb.lang,
                "{n} tie held back: fewer than {k} people of the organisation rated it",
                "{n} ties held back: fewer than {k} people of the organisation rated them",
                held,
            ).format(n=held, k=fig.min_breakdown)
            + "."
        )
    return " ".join(parts)


def _pooled(rb: ReportBuilder, pooled: Any, k: int) -> Any:
    from pps_monitor.services.tie_texts import note_text

    text = note_text(pooled.note, pooled.n, k, rb.lang)
    if pooled.mean is not None:
        text = f"{rb.n(pooled.mean)} (n = {pooled.n})" + (f"; {text}" if text else "")
    return para(esc(text), rb.s["cell"])


def _table(rb: ReportBuilder, result: NetworkResult) -> list[Any]:
    fig = result.figures
    assert fig is not None
    from reportlab.lib.styles import ParagraphStyle

    # Header cells wrap (long Dutch headings must never overprint their neighbours).
    head = ParagraphStyle("network_head", parent=rb.s["cell"], fontName=L.BOLD)
    rows: list[list[Any]] = [[para(esc(_g(rb, h)), head) for h in HEAD]]
    for org in result.organisations:
        figures = fig.organisation(org.id)
        rows.append(
            [
                para(esc(org.name), rb.s["cell"]),
                str(figures.respondents),
                _pooled(rb, figures.rated_by, fig.min_breakdown),
                _pooled(rb, figures.rates, fig.min_breakdown),
                _reciprocity(rb, figures),
            ]
        )
    w_people = L.text_width([_g(rb, HEAD[1])], bold=True)
    w_recip = L.text_width([_g(rb, HEAD[4]), "100% (n = 6)"], bold=True)
    rest = rb.width - w_people - w_recip
    widths = [0.3 * rest, w_people, 0.35 * rest, 0.35 * rest, w_recip]
    return [L.table(rows, widths, align_left=(2, 3))]


def _reciprocity(rb: ReportBuilder, figures: Any) -> str:
    if figures.reciprocity is None:
        return "–"
    return f"{rb.n(100 * figures.reciprocity, 0)}% (n = {figures.reciprocity_n})"


def _lists(rb: ReportBuilder, result: NetworkResult) -> list[Any]:
    fig = result.figures
    assert fig is not None
    out: list[Any] = []
    if fig.weakest:
        lines = [
            esc(
                _g(
                    rb,
                    TIE_LINE,
                    source=result.name(t.source),
                    target=result.name(t.target),
                    mean=rb.n(t.mean),
                    n=t.n,
                )
            )
            for t in fig.weakest
        ]
        out.append(KeepTogether([rb.h2(_g(rb, WEAKEST)), *rb.bullets(lines)]))
    if result.previous_label and fig.changes:
        lines = [
            esc(
                _g(
                    rb,
                    CHANGE_LINE,
                    source=result.name(c.source),
                    target=result.name(c.target),
                    old=rb.n(c.previous_mean),
                    new=rb.n(c.mean),
                    diff=rb.n(c.diff, signed=True),
                    mark=(" ▲" if c.diff > 0 else " ▼") if c.significant else "",
                )
            )
            for c in fig.changes[:5]
        ]
        heading = rb.h2(_g(rb, CHANGES, round=result.previous_label))
        out.append(KeepTogether([heading, *rb.bullets(lines)]))
    return out
