"""Report wording in Dutch and English, and number formatting per language.

The words themselves live in the message catalogue (``pps_monitor.i18n``): the msgid is
the English text, the Dutch is in ``resources/locale/nl/LC_MESSAGES/pps_monitor.po``.
The report asks for them by the short keys below, so that a change of wording never
touches the report's code.
"""

from __future__ import annotations

from pps_monitor.i18n import N_, N_plural, format_decimal, gettext, ngettext
from pps_monitor.locale import LANGUAGES

# key -> English msgid
T: dict[str, str] = {
    "report": N_("Public-private partnership health report"),
    "round": N_("Round"),
    "date": N_("Date"),
    "respondents": N_("Respondents"),
    "organisations": N_("Organisations per sector"),
    # NOTE: followed by the version number, e.g. "Made with PPS Monitor 1.4.0".
    "generated": N_("Made with PPS Monitor"),
    "page": N_("page {page} of {pages}"),
    "summary": N_("Summary"),
    "strengths": N_("Strengths"),
    "concerns": N_("Concerns"),
    "changes": N_("Significant changes since the previous round"),
    "top_risks": N_("Top risks (mean from 1 to 5; share of partners rating it 4–5)"),
    "disagree": N_("Where partners disagree"),
    "gaps": N_("Largest gaps between public and private partners"),
    "balance": N_("Balance of contract and relational coordination"),
    # NOTE: a bullet list with nothing in it.
    "none": N_("None."),
    "first_round": N_("This is the first round: there is no earlier round to compare with."),
    "no_gaps": N_(
        "None: too few public or private respondents to compare (at least {k} per group)."
    ),
    "balance_text": N_(
        "Relational coordination {rel} against contract coordination {con}: "
        "difference {diff} (95% interval {low} to {high}, n = {n})."
    ),
    "drift_contractual": N_(
        "Warning: the partnership seems to be drifting towards a merely contractual relation."
    ),
    "drift_declining": N_(
        "Warning: relational coordination is falling behind contract coordination "
        "compared with earlier rounds."
    ),
    "drift_none": N_("No sign of a drift towards a merely contractual relation."),
    "charts": N_("Charts"),
    "radar": N_("Scores per dimension, with earlier rounds"),
    "trends": N_(
        "Trends per dimension (mean, 95% interval, n; ▲/▼ significant change; dotted lines: events)"
    ),
    "sectors": N_("Scores per sector"),
    "risk_profile": N_("Risk profile (mean, share rated 4–5, n)"),
    # NOTE: chart title: relational minus contract coordination, one point per round.
    "balance_chart": N_("Contract–relational balance over the rounds"),
    # NOTE: legend of the balance chart: above the zero line.
    "relational_ahead": N_("relational ahead of contract"),
    # NOTE: legend of the balance chart: below the zero line.
    "contract_ahead": N_("contract ahead of relational"),
    "dimension_table": N_("Scores per dimension"),
    "dimension": N_("Dimension"),
    # NOTE: column heading of a narrow table column: the mean score.
    "mean": N_("Mean"),
    # NOTE: column heading: standard deviation.
    "sd": N_("SD"),
    # NOTE: column heading: the verdict strength / attention point / concern.
    "band": N_("Band"),
    "change": N_("Change"),
    # NOTE: band of a dimension with a mean of 4.0 or more.
    "strength": N_("strength"),
    # NOTE: band of a dimension with a mean from 3.0 to 4.0: a point that needs attention.
    "attention": N_("attention"),
    # NOTE: band of a dimension with a mean below 3.0.
    "concern": N_("concern"),
    "items": N_("Answers per statement"),
    "statement": N_("Statement"),
    # NOTE: column heading, narrow: "don't know" answers.
    "dk": N_("d.k."),
    "reverse_note": N_(
        "(r) reverse-worded: the mean is scored as 6 − answer; the counts are the answers as given."
    ),
    # NOTE: mark after a reverse-worded statement; must match the start of the note above.
    "reverse_mark": N_("(r)"),
    "breakdown": N_("Breakdown by sector"),
    "actions": N_("Action points"),
    "action": N_("Action"),
    # NOTE: the person who takes an action point forward.
    "owner": N_("Owner"),
    # NOTE: column heading, narrow: the date an action point should be done by.
    "due": N_("Due"),
    "status": N_("Status"),
    # NOTE: column heading: the score of the topic when the action point was raised.
    "before": N_("Score then"),
    # NOTE: column heading: the score of the topic in this round.
    "after": N_("Score now"),
    # NOTE: status of an action point.
    "open": N_("open"),
    # NOTE: status of an action point, in a narrow column.
    "in_progress": N_("in progress"),
    # NOTE: status of an action point.
    "done": N_("done"),
    # NOTE: status of an action point that will not be carried out.
    "dropped": N_("dropped"),
    "no_actions": N_("No action points."),
    # NOTE: an action point about the partnership as a whole, not about one dimension.
    "whole": N_("whole partnership"),
    # NOTE: sector of an organisation.
    "public": N_("public"),
    # NOTE: sector of an organisation.
    "private": N_("private"),
    # NOTE: sector of an organisation.
    "social_enterprise": N_("social enterprise"),
    # NOTE: sector of an organisation.
    "other": N_("other"),
    # NOTE: sector not given by the respondent.
    "unknown": N_("not specified"),
    "comments": N_("Comments"),
    "no_comments": N_("No comments in this round."),
    "method": N_("Method: how the figures are computed"),
    "instrument": N_("The questionnaire"),
    "risks": N_("Risk factors"),
    # --- cover: status of the data ---
    # NOTE: cover: a table of how many people answered each questionnaire.
    "respondents_per_instrument": N_("Respondents per questionnaire"),
    # NOTE: cover: column heading: who fills in the questionnaire.
    "answered_by": N_("Answered by"),
    # NOTE: the respondent group of the partnership questionnaire.
    "partners": N_("partners"),
    # NOTE: cover and a band across every page while the round still takes answers.
    "provisional": N_("Provisional: the round is still open"),
    # NOTE: cover: status of a round that takes no more answers.
    "round_closed": N_("Closed round: the figures are final"),
    # NOTE: cover, followed by a long date, e.g. "Made on 2 December 2026".
    "made_on": N_("Made on {date} with PPS Monitor {version}"),
    # --- suppression: say why a figure is missing ---
    "round_suppressed": N_(
        "n = {n}: too few answers to show results, minimum {k}. "
        "The scores, charts, tables and comments of this round are not shown."
    ),
    # NOTE: below a table: a dimension or risk answered by too few people has no score.
    "dimension_suppressed": N_(
        "n below {k}: too few answers to show a score or a verdict for this topic (minimum {k})."
    ),
    # NOTE: in place of "95% interval a to b" when there are too few answers for one.
    "no_interval": N_("no interval: too few answers"),
    # NOTE: a change that cannot be tested (too few answers, or no spread at all).
    "no_test": N_("no test possible"),
    # NOTE: a change between rounds whose statements of the topic changed.
    "not_comparable": N_("not comparable"),
    "balance_text_no_ci": N_(
        "Relational coordination {rel} against contract coordination {con}: "
        "difference {diff} (no interval: too few answers, n = {n})."
    ),
    "balance_missing": N_(
        "No balance can be shown: too few respondents scored both kinds of coordination."
    ),
    # --- summary in plain words ---
    # NOTE: {round} is the round's label, e.g. "Voorjaar 2026".
    "summary_intro": N_(
        "{n} partners answered in {round}. Below: what goes well, what needs "
        "attention, which risks grew and what changed since the previous round."
    ),
    "went_well": N_("What goes well"),
    "needs_attention": N_("What needs attention"),
    "risks_grew": N_("Risks that grew since the previous round"),
    "changed": N_("What changed since the previous round"),
    # NOTE: summary, one line per dimension: "Trust and commitment: rose from 3.95 to 4.30."
    "rose": N_("{name}: rose from {before} to {after}."),
    "fell": N_("{name}: fell from {before} to {after}."),
    # NOTE: summary: a steady change over several rounds (the trend test).
    "trend_rose": N_("{name}: rose steadily over {rounds} rounds, from {before} to {after}."),
    "trend_fell": N_("{name}: fell steadily over {rounds} rounds, from {before} to {after}."),
    "no_changes": N_("No clear changes since the previous round."),
    "no_risk_grew": N_("No risk grew clearly since the previous round."),
    # NOTE: summary, one line per dimension rated a strength: "Trust: 4.08 (strength)".
    "score_line": N_("{name}: {mean} on a scale of 1 to 5."),
    "split": N_("Where partners' answers differ"),
    # NOTE: summary, for a dimension with too little agreement (rWG(J) below 0.70).
    "low_agreement_line": N_(
        "{name}: the answers differ too much to speak of a view the partners share."
    ),
    "split_line": N_("{name}: some partners agree, others disagree."),
    "split_note": N_(
        "Answers split when both ends of the scale are well represented; a topic where "
        "answers merely vary is not called a disagreement."
    ),
    "gap_line": N_(
        "{name}: public partners {public} (n = {public_n}), private partners {private} "
        "(n = {private_n})."
    ),
    # --- charts ---
    # NOTE: chart title when the partnership has only one round.
    "radar_single": N_("Scores per dimension"),
    "trends_clipped": N_(
        "Trends per dimension: mean, 95% interval (cut off at 1 and 5, the ends of the "
        "scale) and n; ▲/▼ significant change; numbered lines are events, listed below the "
        "panels."
    ),
    "trends_clipped_no_events": N_(
        "Trends per dimension: mean, 95% interval (cut off at 1 and 5, the ends of the "
        "scale) and n; ▲/▼ significant change."
    ),
    "balance_note": N_(
        "Above 0, partners rate relational coordination higher than contract coordination. "
        "The dashed line at {level} is the warning level: below it, relational "
        "coordination lags so far behind that the partnership may be drifting towards a "
        "merely contractual relation."
    ),
    # NOTE: heading where a partnership has only one round, so no trend is drawn.
    "trends_short": N_("Trends per dimension"),
    "one_round": N_("Only one round so far: a trend needs at least two rounds."),
    "median": N_("Median"),
    # NOTE: method: how significance is corrected for testing many dimensions at once.
    "bh_note": N_(
        "With fifteen dimensions tested at once, some changes would look significant by "
        "chance. The list of significant changes is therefore corrected "
        "(Benjamini–Hochberg, q = 0.05); the intervals shown are the uncorrected 95% "
        "intervals."
    ),
    # NOTE: agreement between partners (LeBreton & Senter 2008), in plain words.
    "agreement_lack": N_("no agreement"),
    "agreement_weak": N_("weak agreement"),
    "agreement_moderate": N_("moderate agreement"),
    "agreement_strong": N_("strong agreement"),
    "agreement_very_strong": N_("very strong agreement"),
}

# Marks that are the same in every language.
LITERAL: dict[str, str] = {
    "hidden_cell": "–",
    # a risk's mean on 1-5 and the share of partners who rated it 4 or 5 (no words)
    "top_risk_line": "{name}: {mean}; {pct}% 4–5 (n = {n})",
    "top_risk_line_no_share": "{name}: {mean} (n = {n})",
}

# key -> (the value that counts, singular and plural msgid)
PLURALS: dict[str, tuple[str, tuple[str, str]]] = {
    # NOTE: cover: late answers held back until enough have come (anonymity); the same
    # sentence as the app and the scores table.
    "pending": (
        "n",
        N_plural(
            "{n} newer answer is not yet included (it will be once there are {minimum})",
            "{n} newer answers are not yet included (they will be once there are {minimum})",
        ),
    ),
    "n_respondents": ("n", N_plural("{n} respondent", "{n} respondents")),
    "more_needed": (
        "m",
        N_plural(
            "{m} more answer is needed to show the results.",
            "{m} more answers are needed to show the results.",
        ),
    ),
    "sectors_hidden": (
        "k",
        N_plural(
            "No sector has at least {k} respondent: the breakdown is not shown.",
            "No sector has at least {k} respondents: the breakdown is not shown.",
        ),
    ),
    "hidden_note": (
        "k",
        N_plural(
            "– : group smaller than {k} respondent, or derivable from the other groups; not shown.",
            "– : group smaller than {k} respondents, or derivable from the other groups; "
            "not shown.",
        ),
    ),
    # NOTE: under the risk profile when a risk's share of answers 4-5 is held back
    "share_held": (
        "k",
        N_plural(
            "The share of answers 4–5 is shown only when at least {k} partner answered.",
            "The share of answers 4–5 is shown only when at least {k} partners answered.",
        ),
    ),
    # NOTE: under the risk profile when risk statements are left out; {minimum}: round minimum
    "risks_left_out": (
        "count",
        N_plural(
            "{count} risk statement is left out: fewer than {minimum} partners rated it (the "
            "others said \"don't know\", or its figure waits for more answers).",
            "{count} risk statements are left out: fewer than {minimum} partners rated each (the "
            "others said \"don't know\", or their figures wait for more answers).",
        ),
    ),
    # NOTE: under the score tables: why a dash stands for a spread figure (privacy)
    "spread_held": (
        "k",
        N_plural(
            "– : SD, α, rWG(J), median and the number of each answer are shown only when at "
            "least {k} respondent answered (with fewer, the others' answers could be worked "
            "out).",
            "– : SD, α, rWG(J), median and the number of each answer are shown only when at "
            "least {k} respondents answered (with fewer, the others' answers could be worked "
            "out).",
        ),
    ),
    # NOTE: under the sector table: the sectors that have no column; {names} lists them
    "sectors_absent": (
        "k",
        N_plural(
            "Not shown: {names} (each group smaller than {k} respondent, or derivable from "
            "the other groups).",
            "Not shown: {names} (each group smaller than {k} respondents, or derivable from "
            "the other groups).",
        ),
    ),
    "comments_hidden": (
        "k",
        N_plural(
            "Comments are not shown: this round has fewer than {k} respondent.",
            "Comments are not shown: this round has fewer than {k} respondents.",
        ),
    ),
}

# The method section, one paragraph each; report.py fills {strength}, {attention}, {k}.
METHOD_MSGIDS: tuple[str, ...] = (
    N_(
        "Answers run from 1 (strongly disagree) to 5 (strongly agree); 'don't know / not "
        "applicable' does not count. Reverse-worded statements are scored as 6 − answer."
    ),
    N_(
        "A respondent counts in a dimension only when they answered every statement of it "
        "('don't know' to one leaves them out of that dimension); their score is the mean "
        "of those answers. Each dimension shows n (these respondents), mean, standard "
        "deviation (SD, n − 1) and median, and every figure of its statements is over the "
        "same respondents. A figure over several dimensions (contract and relational "
        "coordination, their balance) is the unweighted mean of the dimension means. Once "
        "a figure has been shown, new answers change it only when at least {k} of them "
        "count in it."
    ),
    N_(
        "Band: a mean ≥ {strength} is a strength, ≥ {attention} needs attention, "
        "lower is a concern."
    ),
    N_(
        "Cronbach's α (reliability) and rWG(J) (agreement between respondents; James, "
        "Demaree & Wolf 1984) use the respondents who answered every statement of the "
        "dimension, and are empty below 3 respondents. rWG(J) = J(1 − s̄²/σ²) / "
        "(J(1 − s̄²/σ²) + s̄²/σ²), with σ² = 2 (random answers on 5 points) and s̄² the "
        "mean item variance, at most σ²."
    ),
    N_(
        "Partners disagree when rWG(J) is below 0.70; in groups of 10 or fewer also when "
        "rWG(J) does not exceed the 95th percentile that random answering reaches at that "
        "group size (simulation)."
    ),
    N_(
        "Change: difference in mean with the previous round, with a 95% confidence interval "
        "(Welch). Only when the interval excludes 0 is a change called significant (▲/▼)."
    ),
    N_(
        "Risks: per risk factor n, mean and the share of answers 4–5. Higher means more "
        "risk; risks are never averaged into the health scores."
    ),
    N_(
        "Contract–relational balance: per respondent, relational minus contract "
        "coordination, averaged with a 95% interval. A falling or negative balance signals "
        "a drift towards a merely contractual relation."
    ),
    N_(
        "Privacy: breakdowns and comments are shown only for groups of at least {k} "
        "respondents; a group that could be derived from the others is hidden too."
    ),
)

METHOD: dict[str, list[str]] = {
    lang: [gettext(lang, msgid) for msgid in METHOD_MSGIDS] for lang in LANGUAGES
}


def t(key: str, lang: str, **values: object) -> str:
    """The report's text ``key`` in ``lang``, with ``values`` filled in.

    Texts with a count (PLURALS) take the singular or plural form for that count.
    """
    if key in PLURALS:
        count, (singular, plural) = PLURALS[key]
        n = values[count]
        if not isinstance(n, int):
            raise TypeError(f"{key}: {count} must be a whole number, not {n!r}")
        text = ngettext(lang, singular, plural, n)
    elif key in LITERAL:
        text = LITERAL[key]
    else:
        text = gettext(lang, T[key])
    return text.format(**values) if values else text


def num(value: float | None, lang: str, digits: int = 2, signed: bool = False) -> str:
    """A number as the report prints it: decimal comma in Dutch, '–' when missing."""
    return format_decimal(value, lang, digits, signed)
