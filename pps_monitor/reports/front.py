"""The report's cover (with the status of the data) and its summary in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from pps_monitor import __version__
from pps_monitor import results as R
from pps_monitor.domain.vocabulary import SECTORS
from pps_monitor.i18n import format_date
from pps_monitor.reports import layout as L
from pps_monitor.reports.builder import esc, para
from pps_monitor.reports.texts import t

if TYPE_CHECKING:
    from pps_monitor.reports.builder import ReportBuilder


def cover(rb: ReportBuilder) -> list[Any]:
    """Partnership, round, its date and status, n per questionnaire, the generation date."""
    r, lang, s, inst = rb.result, rb.lang, rb.s, rb.inst
    orgs = rb.data.organisations
    counts = {code: sum(1 for o in orgs if o["sector"] == code) for code in SECTORS}
    org_rows = [[t("organisations", lang), ""]] + [
        [t(code, lang), str(counts[code])] for code in SECTORS
    ]
    # The partners' questionnaire, then each further one of the round (employers, workers)
    from pps_monitor.reports.instruments import group_name

    n_rows = [
        [t("respondents_per_instrument", lang), t("answered_by", lang), "n"],
        [
            para(esc(inst.name(lang)), s["cell"]),
            t("partners", lang),
            str(r.scores.respondents),
        ],
    ]
    instruments = [inst]
    for group, results, _ in getattr(rb.data, "parts", []):
        part = results[-1]
        instruments.append(part.instrument)
        n_rows.append(
            [
                para(esc(part.instrument.name(lang)), s["cell"]),
                group_name(group, lang),
                str(part.scores.respondents),
            ]
        )
    status = t("provisional", lang) if rb.data.provisional else t("round_closed", lang)
    made = t("made_on", lang, date=format_date(rb.generated, lang), version=__version__)
    return [
        Spacer(1, 36 * mm),
        para(t("report", lang), s["subtitle"]),
        para(esc(rb.partnership["name"]), s["title"]),
        para(f"{t('round', lang)}: {esc(r.label)}", s["subtitle"]),
        para(f"{t('date', lang)}: {format_date(r.round['date'], lang)}", s["body"]),
        para(esc(status), s["warning"] if rb.data.provisional else s["body"]),
        *_pending(rb),
        Spacer(1, 6 * mm),
        L.table(n_rows, [100 * mm, 40 * mm, 15 * mm], align_right_from=2, zebra=False),
        Spacer(1, 6 * mm),
        L.table(org_rows, [100 * mm, 15 * mm], zebra=False),
        Spacer(1, 6 * mm),
        *[
            para(f"{esc(i.name(lang))} ({esc(i.id)} {esc(i.version)})", s["small"])
            for i in instruments
        ],
        para(esc(made), s["small"]),
        PageBreak(),
    ]


def _pending(rb: ReportBuilder) -> list[Any]:
    """Answers given but not yet in the figures (release in batches): say how many."""
    release = rb.data.release
    pending = int(getattr(release, "pending", 0) or 0)
    if not pending:
        return []
    text = t("pending", rb.lang, n=pending, minimum=rb.min_round) + "."
    return [para(esc(text), rb.s["warning"])]


def suppressed(rb: ReportBuilder) -> list[Any]:
    """A round below its minimum: why nothing is shown, and how many answers are missing."""
    n, k = rb.result.scores.respondents, rb.min_round
    return [
        rb.h1("summary"),
        para(t("round_suppressed", rb.lang, n=n, k=k), rb.s["body"]),
        para(t("more_needed", rb.lang, m=k - n), rb.s["body"]),
    ]


def summary(rb: ReportBuilder) -> list[Any]:
    """The first page: what goes well, what needs attention, risks, changes; no jargon."""
    lang, dims = rb.lang, [d for d in rb.result.scores.dimensions if rb.shown(d)]

    def score_line(d: Any) -> str:
        return t("score_line", lang, name=esc(rb.name(d.code)), mean=rb.n(d.mean))

    out: list[Any] = [rb.h1("summary")]
    out.append(
        para(
            t("summary_intro", lang, n=rb.result.scores.respondents, round=esc(rb.result.label)),
            rb.s["body"],
        )
    )
    out.append(rb.h2(t("went_well", lang)))
    out += rb.bullets([score_line(d) for d in dims if d.band == "strength"])
    out.append(rb.h2(t("needs_attention", lang)))
    out += rb.bullets([score_line(d) for d in dims if d.band == "concern"])
    out += _changes(rb)
    out += _risks(rb)
    out += _split(rb)
    out += _gaps(rb)
    out += _balance(rb)
    from pps_monitor.reports.network_page import summary_lines

    out += summary_lines(rb)  # the collaboration network (issue 18)
    out.append(PageBreak())
    return out


def _changes(rb: ReportBuilder) -> list[Any]:
    """Significant changes since the previous round, and steady trends over several rounds.

    Hook (issue 11, honest figures): a dimension's ``trend`` object, when the domain
    provides one, is named here when it is significant (``from_round``, ``rounds``).
    """
    lang = rb.lang
    out: list[Any] = [rb.h2(t("changed", lang))]
    if rb.index == 0:
        return [*out, para(t("first_round", lang), rb.s["bullet"])]
    lines = []
    for d in rb.result.scores.dimensions:
        if not rb.shown(d):
            continue
        c = d.change
        if c is not None and c.significant and getattr(c, "testable", True) is not False:
            lines.append(
                t(
                    "rose" if c.diff > 0 else "fell",
                    lang,
                    name=esc(rb.name(d.code)),
                    before=rb.n(c.previous_mean),
                    after=rb.n(d.mean),
                )
            )
        trend = getattr(d, "trend", None)
        if trend is not None and getattr(trend, "significant", False):
            first = rb.results[_index_of(rb, getattr(trend, "from_round", None))]
            start = first.scores.dimension(d.code)
            lines.append(
                t(
                    "trend_rose" if trend.diff > 0 else "trend_fell",
                    lang,
                    name=esc(rb.name(d.code)),
                    rounds=trend.rounds,
                    before=rb.n(start.mean if start else None),
                    after=rb.n(d.mean),
                )
            )
    if not lines:
        return [*out, para(t("no_changes", lang), rb.s["bullet"])]
    return out + rb.bullets(lines)


def _index_of(rb: ReportBuilder, round_ref: Any) -> int:
    """The index of a round given by id or label (the trend's first round); 0 if unknown."""
    for k, r in enumerate(rb.results):
        if round_ref in (r.round["id"], r.label):
            return k
    return 0


def _risks(rb: ReportBuilder) -> list[Any]:
    lang, sc = rb.lang, rb.result.scores
    risks = [r for r in sc.top_risks(len(sc.risks)) if rb.shown(r)]
    out: list[Any] = []
    if rb.index > 0:
        grew = [
            t(
                "rose",
                lang,
                name=esc(rb.name(r.code).rstrip(".")),
                before=rb.n(r.change.previous_mean),
                after=rb.n(r.mean),
            )
            for r in risks
            if r.change is not None and r.change.significant and r.change.diff > 0
        ]
        out.append(rb.h2(t("risks_grew", lang)))
        out += rb.bullets(grew) if grew else [para(t("no_risk_grew", lang), rb.s["bullet"])]
    out.append(rb.h2(t("top_risks", lang)))
    top = risks[:3]
    out += rb.bullets(
        [
            t(
                "top_risk_line" if r.high_pct is not None else "top_risk_line_no_share",
                lang,
                name=esc(rb.name(r.code).rstrip(".")),
                mean=rb.n(r.mean),
                pct=rb.n(r.high_pct, 0),
                n=r.n,
            )
            for r in top
        ]
    )
    if any(r.high_pct is None for r in top):  # say why a share is missing, never "–%"
        out.append(para(t("share_held", lang, k=rb.settings.min_breakdown), rb.s["small"]))
    return out


def _split(rb: ReportBuilder) -> list[Any]:
    """Topics where the answers really split. Hook (issue 11): the domain's ``split`` flag
    when it has one; until then the current disagreement flag."""
    lang = rb.lang
    dims = [d for d in rb.result.scores.dimensions if rb.shown(d)]
    has_split = any(hasattr(d, "split") for d in dims)
    flagged = [d for d in dims if getattr(d, "split", d.disagreement)]
    # Without the domain's split flag, too little agreement is not called a split.
    key = "split_line" if has_split else "low_agreement_line"
    out: list[Any] = [rb.h2(t("split", lang))]
    lines = [t(key, lang, name=esc(rb.name(d.code))) for d in flagged]
    # Hook (issue 11): the domain's agreement wording (LeBreton & Senter) names the
    # topics where partners agree little, in words instead of an rWG(J) figure.
    lines += [
        f"{esc(rb.name(d.code))}: {words}."
        for d in dims
        if d not in flagged and (words := agreement_words(rb, d, weak_only=True))
    ]
    out += rb.bullets(lines)
    out.append(para(t("split_note", lang), rb.s["small"]))
    return out


def _gaps(rb: ReportBuilder) -> list[Any]:
    lang = rb.lang
    out: list[Any] = [rb.h2(t("gaps", lang))]
    _, gaps = R.sector_series(rb.result, {}, rb.settings)
    if not gaps:
        return [*out, para(t("no_gaps", lang, k=rb.settings.min_group), rb.s["bullet"])]
    return out + rb.bullets(
        [
            t(
                "gap_line",
                lang,
                name=esc(rb.name(g.code)),
                public=rb.n(g.public_mean),
                public_n=g.public_n,
                private=rb.n(g.private_mean),
                private_n=g.private_n,
            )
            for g in gaps[:3]
        ]
    )


def _balance(rb: ReportBuilder) -> list[Any]:
    lang, b = rb.lang, rb.result.scores.balance
    out: list[Any] = [rb.h2(t("balance", lang))]
    if b is None or b.diff is None or b.n < rb.min_round:
        return [*out, para(t("balance_missing", lang), rb.s["body"])]
    values = {
        "rel": rb.n(b.relational_mean),
        "con": rb.n(b.contract_mean),
        "diff": rb.n(b.diff, signed=True),
        "n": b.n,
    }
    if b.ci_low is None or b.ci_high is None:
        text = t("balance_text_no_ci", lang, **values)
    else:
        text = t(
            "balance_text",
            lang,
            low=rb.n(b.ci_low, signed=True),
            high=rb.n(b.ci_high, signed=True),
            **values,
        )
    drift = R.drift_warning(rb.history)
    return [
        *out,
        para(text, rb.s["body"]),
        para(t(f"drift_{drift or 'none'}", lang), rb.s["warning" if drift else "body"]),
    ]


def agreement_words(rb: ReportBuilder, d: Any, weak_only: bool = False) -> str | None:
    """The agreement among partners on a dimension in words ("weak agreement"), from the
    domain's ``agreement`` level when it has one (issue 11); None otherwise."""
    level = getattr(d, "agreement", None)
    if level not in ("lack", "weak", "moderate", "strong", "very_strong"):
        return None
    if weak_only and level not in ("lack", "weak"):
        return None
    return t(f"agreement_{level}", rb.lang)
