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

# Every text is a literal in QCoreApplication.translate("ResultWords", ...): that is
# what pyside6-lupdate finds.


def agreement_words(level: str | None) -> str:
    return {
        "lack": QCoreApplication.translate("ResultWords", "no agreement"),
        "weak": QCoreApplication.translate("ResultWords", "weak agreement"),
        "moderate": QCoreApplication.translate("ResultWords", "moderate agreement"),
        "strong": QCoreApplication.translate("ResultWords", "strong agreement"),
        "very_strong": QCoreApplication.translate("ResultWords", "very strong agreement"),
    }.get(level or "", QCoreApplication.translate("ResultWords", "too few to judge"))


def agreement_text(d: Any) -> str:
    """e.g. "weak agreement; answers split"."""
    if getattr(d, "held", None):  # not "too few": held back since the method changed
        return QCoreApplication.translate("ResultWords", "held back (see n)")
    text = agreement_words(d.agreement)
    if d.split:
        text += "; " + QCoreApplication.translate("ResultWords", "answers split")
    return text


def agreement_tip(d: Any, min_breakdown: int, min_round: int) -> str:
    held = held_tip(d, min_round)
    if held:
        return held  # not "too few": the hold's reason, as on n
    if d.agreement is None:
        return QCoreApplication.translate(
            "ResultWords",
            "Agreement needs at least %1 respondents who answered every statement of the dimension.",
        ).replace("%1", str(min_breakdown))
    lines = [
        QCoreApplication.translate(
            "ResultWords", "rWG(J) %1, from %2 respondents who answered every statement."
        )
        .replace("%1", f(d.rwg_j))
        .replace("%2", str(d.n_complete))
    ]
    if d.beyond_chance is True:
        lines.append(
            QCoreApplication.translate(
                "ResultWords", "Beyond chance: random answering rarely agrees this much (95%)."
            )
        )
    elif d.beyond_chance is False:
        lines.append(
            QCoreApplication.translate(
                "ResultWords",
                "Not beyond chance: in a group this small, random answering agrees this much.",
            )
        )
    if d.split:
        lines.append(
            QCoreApplication.translate(
                "ResultWords",
                "Answers split: a quarter or more scored 2 or lower, and a quarter or more 4 or higher.",
            )
        )
    return "\n".join(lines)


def alpha_text(d: Any) -> str:
    if d.alpha is None:
        return "–"
    return "< 0" if d.alpha < 0 else f(d.alpha)


def alpha_tip(d: Any) -> str | None:
    if d.alpha is None:
        return QCoreApplication.translate(
            "ResultWords",
            "Too few answers for a reliability figure: α needs at least 10 respondents who "
            "answered every statement.",
        )
    if d.alpha < 0:
        return QCoreApplication.translate(
            "ResultWords",
            "α below 0: the statements of this dimension did not hang together in this round; "
            "it is not a reliability.",
        )
    return None


def change_text(comparison: Any) -> str:
    """The change since the previous round as the score table shows it."""
    if comparison is None:
        return "–"
    if not comparison.comparable:
        return QCoreApplication.translate("ResultWords", "not comparable")
    if not comparison.testable:
        no_test = QCoreApplication.translate("ResultWords", "no test possible")
        return no_test if comparison.diff is None else f"{signed(comparison.diff)} ({no_test})"
    if comparison.significant:
        return f"{'▲' if comparison.diff > 0 else '▼'} {signed(comparison.diff)}"
    return signed(comparison.diff)


def change_tip(comparison: Any, change: Any, min_breakdown: int) -> str | None:
    from pps_monitor.domain.model import NO_VARIATION

    if comparison is None:
        return QCoreApplication.translate("ResultWords", "No earlier round to compare with.")
    if not comparison.comparable:
        return QCoreApplication.translate(
            "ResultWords",
            "Not comparable: the statements of this dimension changed since the previous round.",
        )
    if not comparison.testable:
        if comparison.reason == NO_VARIATION:
            return QCoreApplication.translate(
                "ResultWords", "No test possible: the answers did not vary in either round."
            )
        return QCoreApplication.translate(
            "ResultWords",
            "No test possible: a change is tested only with at least %1 respondents in both rounds.",
        ).replace("%1", str(min_breakdown))
    text = (
        QCoreApplication.translate(
            "ResultWords",
            "Since the previous round: %1, 95% interval %2 (uncorrected); p = %3, after correction %4.",
        )
        .replace("%1", signed(comparison.diff))
        .replace("%2", f"[{signed(comparison.ci_low)}, {signed(comparison.ci_high)}]")
        .replace("%3", _p(comparison.p))
        .replace("%4", _p(comparison.p_adjusted))
    )
    if change is not None:
        text += "\n" + (
            QCoreApplication.translate("ResultWords", "Cliff's delta %1; previous mean %2 (n=%3).")
            .replace("%1", signed(change.cliffs_delta))
            .replace("%2", f(change.previous_mean))
            .replace("%3", str(change.previous_n))
        )
    return text


def trend_tip(trend: Any, labels: list[str]) -> str | None:
    """The steady change over three or more comparable rounds (the trend test)."""
    if trend is None:
        return None
    since = labels[trend.from_index] if 0 <= trend.from_index < len(labels) else "?"
    text = (
        QCoreApplication.translate(
            "ResultWords", "Since %1 (%2 comparable rounds): %3; p after correction %4."
        )
        .replace("%1", since)
        .replace("%2", str(trend.rounds))
        .replace("%3", signed(trend.diff))
        .replace("%4", _p(trend.p_adjusted))
    )
    if trend.significant:
        text += " " + QCoreApplication.translate("ResultWords", "A steady change.")
    return text


def _p(p: float | None) -> str:
    if p is None:
        return "–"
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def table_note() -> str:
    """Below the score table: what the words and marks mean."""
    return "\n".join(
        [
            QCoreApplication.translate(
                "ResultWords",
                "Agreement (rWG(J), LeBreton & Senter 2008): up to 0.30 no agreement, up to "
                "0.50 weak, up to 0.70 moderate, up to 0.90 strong, above that very strong.",
            ),
            QCoreApplication.translate(
                "ResultWords",
                '"Answers split" only where both ends of the scale are well represented; '
                "little agreement alone is not a split.",
            ),
            QCoreApplication.translate(
                "ResultWords",
                "▲/▼: a significant change, corrected for testing every dimension at once "
                "(Benjamini–Hochberg, q = 0.05); the intervals are uncorrected 95% Welch "
                "intervals. α needs at least 10 respondents who answered every statement.",
            ),
        ]
    )


def n_tip(d: Any, respondents: int, min_round: int) -> str | None:
    """Why a dimension counts fewer respondents than the round (issue 11): those who said
    "don't know" to one of its statements never count in it, and complete answers of a
    small later batch wait until there are ``min_round`` of them."""
    parts = []
    if d.incomplete:
        text = (
            QCoreApplication.translate(
                "ResultWords", 'n = %1 of %2: 1 answered "don\'t know" to at least one statement.'
            )
            if d.incomplete == 1
            else QCoreApplication.translate(
                "ResultWords",
                'n = %1 of %2: %3 answered "don\'t know" to at least one statement.',
            )
        )
        parts.append(
            text.replace("%1", str(d.n + getattr(d, "held_n", 0)))  # held: n is 0
            .replace("%2", str(respondents))
            .replace("%3", str(d.incomplete))
        )
    if d.waiting:
        text = (
            QCoreApplication.translate(
                "ResultWords",
                "1 newer complete answer is not yet included (it will be once there are %2).",
            )
            if d.waiting == 1
            else QCoreApplication.translate(
                "ResultWords",
                "%1 newer complete answers are not yet included (they will be once there are %2).",
            )
        )
        parts.append(text.replace("%1", str(d.waiting)).replace("%2", str(min_round)))
    held = held_tip(d, min_round)
    if held:
        parts.append(held)
    return " ".join(parts) or None



def held_tip(d: Any, min_round: int) -> str | None:
    """Why a figure of a round shown by the old method before the upgrade is held (m010)."""
    held = getattr(d, "held", None)
    if not held:
        return None
    if held == "method_changed_spread":
        return QCoreApplication.translate(
            "ResultWords",
            "The spread and the groups are held back: this round was shown before, "
            "counted by the old method; they return once enough new answers move them "
            "(else the difference would give away one person's answers).",
        )
    return QCoreApplication.translate(
        "ResultWords",
        "* Held back: this round was shown before, counted by the old method; n is "
        "the number of complete answers held back. The figures return once at least "
        "%1 new answers move them (else the difference would give away one person's "
        "answers).",
    ).replace("%1", str(min_round))

def lower_n_notice(dims: list[Any], respondents: int) -> str:
    """One sentence above the results when some dimension counts fewer respondents."""
    lower = sum(1 for d in dims if d.n < respondents and (d.incomplete or d.waiting))
    if not lower:
        return ""
    return (
        QCoreApplication.translate(
            "ResultWords",
            "%1 of %2 dimensions count fewer answers than the round: only who answered every "
            'statement of a dimension counts in it ("don\'t know" to one leaves it out), and '
            "new answers count once there are enough. The score table says why per dimension.",
        )
        .replace("%1", str(lower))
        .replace("%2", str(len(dims)))
    )
