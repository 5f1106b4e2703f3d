"""The report's pages for a round's further instruments: employers, workers (issue 17).

Each instrument has its own section with its own dimensions, its group's own n and
its group's own minimum (employers pooled over at least the breakdown minimum of
employers). Below the minimum the section says so and shows no figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from pps_monitor.i18n import N_, gettext
from pps_monitor.reports import layout as L
from pps_monitor.reports.builder import esc, para
from pps_monitor.reports.texts import t

if TYPE_CHECKING:
    from pps_monitor.analysis import RoundResult
    from pps_monitor.reports.builder import ReportBuilder

TEXTS = {
    # NOTE: report heading of one instrument's section; {name} is the questionnaire's name.
    "title": N_("{name}: answered by the {group}"),
    "partners": N_("partners"),
    # NOTE: the respondent group of the employers' questionnaire (inclusive HRM).
    "employers": N_("employers"),
    # NOTE: the respondent group of the workers' questionnaire (the value of work).
    "workers": N_("workers"),
    "intro": N_(
        "In this round, {n} {group} answered this questionnaire. Its scores stand "
        "on their own: they are not averaged with the other questionnaires."
    ),
    "pooled": N_(
        "Each employer answers for its organisation. The partnership only sees the "
        "employers' answers pooled over at least {k} employers."
    ),
    # NOTE: an instrument's section when its group is below the minimum size.
    "held_back": N_(
        "n = {n}: too few {group} to show results (minimum {k}). No figure of this "
        "questionnaire is shown for this round."
    ),
    # NOTE: the workers' optional facts, e.g. "Hours a week: 27.3 (n = 9)".
    "fact": N_("{fact}: on average {mean} {unit} (n = {n})"),
    "fact_held": N_("{fact}: given by {n}; too few to show (minimum {k})"),
    # NOTE: facts are optional, so late answers could change their n by one: shown only
    # once the round is closed.
    "facts_open": N_(
        "The optional facts (such as hours a week) are shown once the round is closed: "
        "they are given by some and not by others, so a late answer could be singled out."
    ),
    # NOTE: method appendix: heading above where each questionnaire's ideas come from.
    "sources": N_("Sources of the questionnaires"),
}


def _t(key: str, lang: str, **values: object) -> str:
    text = gettext(lang, TEXTS[key])
    return text.format(**values) if values else text


def sections(rb: ReportBuilder) -> list[Any]:
    """One section per further instrument of the reported round."""
    out: list[Any] = []
    for group, results, facts in getattr(rb.data, "parts", []):
        out += _section(rb, group, results, facts)
    return out


def _section(
    rb: ReportBuilder, group: str, results: list[RoundResult], facts: dict[str, Any]
) -> list[Any]:
    from pps_monitor.analysis import group_settings

    lang, s = rb.lang, rb.s
    result = results[-1]
    inst, scores = result.instrument, result.scores
    k = group_settings(rb.settings, group).min_round
    who = _t(group, lang)
    title = _t("title", lang, name=inst.name(lang), group=who)
    # a new page only when the section's start would not fit (two half-empty pages)
    out: list[Any] = [CondPageBreak(0.45 * L.content_height()), para(esc(title), s["h1"])]
    if inst.answered_by == "organisation":
        out.append(para(esc(_t("pooled", lang, k=k)), s["body"]))
    n = scores.respondents
    if n < k or scores.suppressed is not None:
        return [*out, para(esc(_t("held_back", lang, n=n, group=who, k=k)), s["body"])]
    out.append(para(esc(_t("intro", lang, n=n, group=who)), s["body"]))
    # the same headings as the partners' score table
    head = [t("dimension", lang), "n", t("mean", lang), t("change", lang)]
    rows: list[list[Any]] = [head]
    for d in scores.dimensions:
        name = para(esc(inst.label(d.code, lang)), s["cell"])
        shown = d.mean is not None and d.n is not None and d.n >= k
        mean, change = (rb.n(d.mean), rb.change(d.comparison)) if shown else ("–", "–")
        rows.append([name, str(d.n or 0), mean, para(esc(change), s["cell_right"])])
    widths = [rb.width - 55 * mm, 10 * mm, 15 * mm, 30 * mm]
    out.append(L.table(rows, widths))
    out += _facts(rb, inst, facts, k)
    return out


def sources(rb: ReportBuilder) -> list[Any]:
    """Method appendix: where each questionnaire of the round has its ideas from."""
    instruments = [rb.inst] + [results[-1].instrument for _, results, _ in rb.data.parts]
    if not any(inst.sources for inst in instruments):
        return []
    out: list[Any] = [Spacer(1, 3 * mm), para(esc(_t("sources", rb.lang)), rb.s["h2"])]
    for inst in instruments:  # each questionnaire's name once, its sources below it
        if inst.sources:
            out.append(para(f"<b>{esc(inst.name(rb.lang))}</b>", rb.s["body"]))
            out += [para(esc(text(rb.lang)), rb.s["bullet"]) for text in inst.sources]
    return out


def _facts(rb: ReportBuilder, inst: Any, facts: dict[str, Any], k: int) -> list[Any]:
    if inst.facts and rb.result.round.get("status") == "open":
        return [Spacer(1, 2 * mm), para(esc(_t("facts_open", rb.lang)), rb.s["small"])]
    lines = []
    for fact in inst.facts:
        mean, n = facts.get(fact.code, (None, 0))
        if not n:
            continue
        name = fact.text(rb.lang)
        if mean is None:
            lines.append(_t("fact_held", rb.lang, fact=name, n=n, k=k))
        else:
            unit = fact.unit(rb.lang)
            lines.append(_t("fact", rb.lang, fact=name, mean=rb.n(mean, 1), unit=unit, n=n))
    return [Spacer(1, 2 * mm), *(para(esc(line), rb.s["small"]) for line in lines)]


def group_name(group: str, lang: str) -> str:
    """Who answers a further questionnaire: 'werkgevers', 'werknemers'."""
    return _t(group, lang)
