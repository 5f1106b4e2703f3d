"""``ties --format table``: the network figures for people, in the system's language."""

from __future__ import annotations

from typing import Any

from pps_monitor.cli import output
from pps_monitor.i18n import format_decimal, gettext, ngettext


def _fmt(value: float | None, lang: str, signed: bool = False) -> str:
    return format_decimal(value, lang, 2, signed, missing="-")


def _pooled(p: dict[str, Any], k: int, lang: str) -> str:
    from pps_monitor.services.tie_texts import note_text

    if p["mean"] is None:
        return note_text(p["note"], p["n"], k, lang)
    text = f"{_fmt(p['mean'], lang)} (n = {p['n']})"
    return f"{text} {note_text(p['note'], p['n'], k, lang)}".rstrip()


def _heading(data: dict[str, Any], lang: str) -> list[str]:
    n = data["respondents"]
    respondents = ngettext(lang, "{n} respondent", "{n} respondents", n).format(n=n)
    # NOTE: title of the tie ratings table on the command line.
    title = gettext(lang, "tie ratings between organisations")
    lines = [f"{data['partnership']} - {data['round']}: {title} ({respondents})", ""]
    if data["pending"]:
        # NOTE: tie answers given after the round's tie figures were first shown.
        lines += [
            ngettext(
                lang,
                "{n} later tie answer is not included: the figures of this round were shown",
                "{n} later tie answers are not included: the figures of this round were shown",
                data["pending"],
            ).format(n=data["pending"]),
            "",
        ]
    return [*lines, data["summary"], ""]


def _organisation_table(data: dict[str, Any], lang: str) -> str:
    k = data["min_breakdown"]
    # NOTE: column headings of the tie table per organisation (command line).
    columns = [
        gettext(lang, "organisation"),
        "n",
        gettext(lang, "how the others rate it"),
        gettext(lang, "how it rates the others"),
        gettext(lang, "reciprocity"),
    ]
    rows = [
        [
            o["name"],
            o["respondents"],
            _pooled(o["rated_by_others"], k, lang),
            _pooled(o["rates_others"], k, lang),
            "-"
            if o["reciprocity"] is None
            else f"{format_decimal(100 * o['reciprocity'], lang, 0)}% (n = {o['reciprocity_n']})",
        ]
        for o in data["organisations"]
    ]
    return output.table(columns, rows, lang)


def _tie_table(data: dict[str, Any], lang: str) -> list[str]:
    from pps_monitor.domain.ties import FREQUENCIES
    from pps_monitor.services.tie_texts import frequency_name

    shown = [t for t in data["ties"] if t["mean"] is not None]
    changes = {(c["from"], c["to"]): c for c in data["changes"]}
    # NOTE: column headings of the table of ties from one organisation to another.
    columns = [gettext(lang, "from"), gettext(lang, "about"), "n", gettext(lang, "mean")]
    columns += [gettext(lang, "contact"), gettext(lang, "change")]
    rows = []
    for t in shown:
        c = changes.get((t["from"], t["to"]))
        freq = None if t["frequency"] is None else FREQUENCIES.index(t["frequency"])
        change = (
            "-" if c is None else _fmt(c["diff"], lang, True) + (" *" if c["significant"] else "")
        )
        rows.append(
            [t["from"], t["to"], t["n"], _fmt(t["mean"], lang), frequency_name(freq, lang), change]
        )
    held = len(data["ties"]) - len(shown)
    lines = [output.table(columns, rows, lang)]
    if held:
        # NOTE: below the table of ties: how many are not shown, and why.
        lines.append(
            ngettext(
                lang,
                "{n} tie held back: fewer than {k} people of the organisation rated it",
                "{n} ties held back: fewer than {k} people of the organisation rated them",
                held,
            ).format(n=held, k=data["min_breakdown"])
        )
    return lines


def format_ties_table(data: dict[str, Any], lang: str) -> str:
    lines = _heading(data, lang)
    if data["suppressed"]:
        return "\n".join(lines)
    lines += [_organisation_table(data, lang), ""]
    lines += _tie_table(data, lang)
    if data["previous_round"]:
        lines += [
            "",
            # NOTE: under the tie table; the previous round's label follows.
            gettext(
                lang,
                "change: since {round}; * significant after Benjamini-Hochberg correction "
                "(q = 0.05)",
            ).format(round=data["previous_round"]),
        ]
    return "\n".join(lines)
