"""Words for the tie figures outside Qt (report, CLI): notes, frequency names, the summary.

The report, the CLI and the app's results page say the same thing about the network;
the sentence for the report's summary is made here once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pps_monitor.domain.ties import FREQUENCIES, frequency_text
from pps_monitor.i18n import format_decimal, gettext

if TYPE_CHECKING:
    from pps_monitor.domain.tie_figures import NetworkFigures
    from pps_monitor.services.ties import NetworkResult


def frequency_name(index: int | None, lang: str) -> str:
    return "-" if index is None else frequency_text(index, lang)


def frequency_code(index: int | None) -> str | None:
    return None if index is None else FREQUENCIES[index]


def note_text(note: str | None, n: int, k: int, lang: str) -> str:
    """Why a tie figure is held back, in plain words ('' when it is shown)."""
    if note is None:
        return ""
    if note == "shown_ties_only":
        # NOTE: a pooled tie figure computed from the ties that are shown only (the
        # other ratings are too few to include).
        return gettext(lang, "shown ties only")
    if note == "remainder_too_small":
        # NOTE: a pooled tie figure is held back because subtracting a shown rating
        # from it would leave a group under the minimum.
        return gettext(
            lang,
            "held back: with the ratings shown it would reveal a group of fewer than {k}",
        ).format(k=k)
    # NOTE: a tie figure is held back: too few people of an organisation rated it.
    return gettext(lang, "n = {n}: too few ratings to show (minimum {k})").format(n=n, k=k)


def _pct(value: float, lang: str) -> str:
    return format_decimal(100 * value, lang, 0) + "%"


def summary_sentence(result: NetworkResult, lang: str) -> str:
    """One sentence about the network for the report's summary ('' without tie module)."""
    fig = result.figures
    if fig is None:
        return ""
    if fig.density is None:
        # NOTE: summary of the tie ratings when no tie between two organisations can be
        # shown (each needs enough people of one organisation).
        return gettext(
            lang,
            "Collaboration network: too few ratings per organisation to show ties "
            "(at least {k} people of an organisation per tie).",
        ).format(k=fig.min_breakdown)
    # NOTE: summary sentence; density = share of pairs of organisations in contact
    # at least monthly.
    text = gettext(
        lang,
        "Collaboration network: {in_contact} of {known} pairs of organisations work "
        "together at least monthly ({density}).",
    ).format(in_contact=fig.in_contact, known=fig.known_pairs, density=_pct(fig.density, lang))
    return " ".join(part for part in (text, _weakest(result, fig, lang)) if part)


def _weakest(result: NetworkResult, fig: NetworkFigures, lang: str) -> str:
    weakened = [c for c in fig.changes if c.significant and c.diff < 0]
    if weakened:
        c = weakened[0]
        # NOTE: summary sentence, a tie that weakened significantly since the previous round.
        return gettext(
            lang, "{source} rates working with {target} lower than last time ({old} to {new})."
        ).format(
            source=result.name(c.source),
            target=result.name(c.target),
            old=format_decimal(c.previous_mean, lang),
            new=format_decimal(c.mean, lang),
        )
    if fig.weakest:
        t = fig.weakest[0]
        # NOTE: summary sentence: the lowest-rated tie between two organisations.
        return gettext(lang, "Weakest tie: {source} about {target} ({mean}, n = {n}).").format(
            source=result.name(t.source),
            target=result.name(t.target),
            mean=format_decimal(t.mean, lang),
            n=t.n,
        )
    return ""
