"""Figures in words for the results tables: agreement, split, α and changes (issue 11).

The app says what the report and ``scores`` say: agreement in LeBreton & Senter's words
(with, for groups of 10 or fewer, whether it is beyond chance), "answers split" kept
apart from low agreement, α only from 10 complete respondents, "no test possible" and
"not comparable" where a change cannot be tested, and the Benjamini-Hochberg note.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from pps_monitor.ui.results.format import f, signed

C = "ResultWords"  # the translation context


def _tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def agreement_words(level: str | None) -> str:
    return {
        "lack": _tr("no agreement"),
        "weak": _tr("weak agreement"),
        "moderate": _tr("moderate agreement"),
        "strong": _tr("strong agreement"),
        "very_strong": _tr("very strong agreement"),
    }.get(level or "", _tr("too few to judge"))


def agreement_text(d: Any) -> str:
    """e.g. "weak agreement; answers split"."""
    text = agreement_words(d.agreement)
    if d.split:
        text += "; " + _tr("answers split")
    return text


def agreement_tip(d: Any, min_breakdown: int) -> str:
    if d.agreement is None:
        return _tr(
            "Agreement needs at least %1 respondents who answered every statement of the dimension."
        ).replace("%1", str(min_breakdown))
    lines = [
        _tr("rWG(J) %1, from %2 respondents who answered every statement.")
        .replace("%1", f(d.rwg_j))
        .replace("%2", str(d.n_complete))
    ]
    if d.beyond_chance is True:
        lines.append(_tr("Beyond chance: random answering rarely agrees this much (95%)."))
    elif d.beyond_chance is False:
        lines.append(
            _tr("Not beyond chance: in a group this small, random answering agrees this much.")
        )
    if d.split:
        lines.append(
            _tr(
                "Answers split: a quarter or more scored 2 or lower, and a quarter or more 4 or higher."
            )
        )
    return "\n".join(lines)


def alpha_text(d: Any) -> str:
    if d.alpha is None:
        return "–"
    return "< 0" if d.alpha < 0 else f(d.alpha)


def alpha_tip(d: Any) -> str | None:
    if d.alpha is None:
        return _tr(
            "Too few answers for a reliability figure: α needs at least 10 respondents who "
            "answered every statement."
        )
    if d.alpha < 0:
        return _tr(
            "α below 0: the statements of this dimension did not hang together in this round; "
            "it is not a reliability."
        )
    return None


def change_text(comparison: Any) -> str:
    """The change since the previous round as the score table shows it."""
    if comparison is None:
        return "–"
    if not comparison.comparable:
        return _tr("not comparable")
    if not comparison.testable:
        no_test = _tr("no test possible")
        return no_test if comparison.diff is None else f"{signed(comparison.diff)} ({no_test})"
    if comparison.significant:
        return f"{'▲' if comparison.diff > 0 else '▼'} {signed(comparison.diff)}"
    return signed(comparison.diff)


def change_tip(comparison: Any, change: Any, min_breakdown: int) -> str | None:
    from pps_monitor.domain.model import NO_VARIATION

    if comparison is None:
        return _tr("No earlier round to compare with.")
    if not comparison.comparable:
        return _tr(
            "Not comparable: the statements of this dimension changed since the previous round."
        )
    if not comparison.testable:
        if comparison.reason == NO_VARIATION:
            return _tr("No test possible: the answers did not vary in either round.")
        return _tr(
            "No test possible: a change is tested only with at least %1 respondents in both rounds."
        ).replace("%1", str(min_breakdown))
    text = (
        _tr(
            "Since the previous round: %1, 95% interval %2 (uncorrected); p = %3, after correction %4."
        )
        .replace("%1", signed(comparison.diff))
        .replace("%2", f"[{signed(comparison.ci_low)}, {signed(comparison.ci_high)}]")
        .replace("%3", _p(comparison.p))
        .replace("%4", _p(comparison.p_adjusted))
    )
    if change is not None:
        text += "\n" + (
            _tr("Cliff's delta %1; previous mean %2 (n=%3).")
            .replace("%1", signed(change.cliffs_delta))
            .replace("%2", f(change.previous_mean))
            .replace("%3", str(change.previous_n))
        )
    return text


def _p(p: float | None) -> str:
    if p is None:
        return "–"
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def table_note() -> str:
    """Below the score table: what the words and marks mean."""
    return "\n".join(
        [
            _tr(
                "Agreement (rWG(J), LeBreton & Senter 2008): up to 0.30 no agreement, up to "
                "0.50 weak, up to 0.70 moderate, up to 0.90 strong, above that very strong."
            ),
            _tr(
                '"Answers split" only where both ends of the scale are well represented; '
                "little agreement alone is not a split."
            ),
            _tr(
                "▲/▼: a significant change, corrected for testing every dimension at once "
                "(Benjamini–Hochberg, q = 0.05); the intervals are uncorrected 95% Welch "
                "intervals. α needs at least 10 respondents who answered every statement."
            ),
        ]
    )
