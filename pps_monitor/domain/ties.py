"""The tie module: how a partner rates working with each other organisation (issue 18).

A round may include the tie module for partners. A tie respondent says which
organisation they belong to (for this module only) and rates every other organisation of
the partnership: how often they work together, and four statements about the quality of
that collaboration on the usual 5-point scale, with "don't know / no contact" (None).

Tie answers are a respondent record of their own, never linked to the same person's
main questionnaire; the organisation is kept only with the tie answers.

Codes are stored in databases and written in exchange files: a shipped code never
changes. Texts are ours (not any commercial instrument's wording), in Dutch and English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# Contact frequency, stored as its index: never 0 .. daily 5.
FREQUENCIES = ("never", "yearly", "quarterly", "monthly", "weekly", "daily")
MONTHLY = FREQUENCIES.index("monthly")  # "in contact" means at least this often
FREQUENCY = "frequency"
QUALITY_ITEMS = ("goals", "knowledge", "trust", "communication")
TIE_ITEMS = (FREQUENCY, *QUALITY_ITEMS)
ASYMMETRY = 1.0  # directions that differ by at least this many points are asymmetric

FREQUENCY_TEXTS: dict[str, dict[str, str]] = {
    "never": {"en": "never", "nl": "nooit"},
    "yearly": {"en": "yearly", "nl": "jaarlijks"},
    "quarterly": {"en": "quarterly", "nl": "per kwartaal"},
    "monthly": {"en": "monthly", "nl": "maandelijks"},
    "weekly": {"en": "weekly", "nl": "wekelijks"},
    "daily": {"en": "daily", "nl": "dagelijks"},
}

# Statements about "{org}": the respondent rates them from their own organisation's side.
ITEM_TEXTS: dict[str, dict[str, str]] = {
    FREQUENCY: {
        "en": "How often does your organisation work with {org}?",
        "nl": "Hoe vaak werkt uw organisatie samen met {org}?",
    },
    "goals": {
        "en": "We and {org} pursue the same goals in this partnership.",
        "nl": "Wij en {org} werken in deze samenwerking aan dezelfde doelen.",
    },
    "knowledge": {
        "en": "We and {org} share what we know about the work and the people.",
        "nl": "Wij en {org} delen onze kennis over het werk en de mensen.",
    },
    "trust": {
        "en": "We and {org} trust and respect each other.",
        "nl": "Wij en {org} vertrouwen en respecteren elkaar.",
    },
    "communication": {
        "en": "{org} tells us what we need to know, in time and correctly.",
        "nl": "{org} informeert ons op tijd en juist over wat we moeten weten.",
    },
}

SHORT_TEXTS: dict[str, dict[str, str]] = {
    FREQUENCY: {"en": "contact", "nl": "contact"},
    "goals": {"en": "shared goals", "nl": "gedeelde doelen"},
    "knowledge": {"en": "shared knowledge", "nl": "kennis delen"},
    "trust": {"en": "trust and respect", "nl": "vertrouwen en respect"},
    "communication": {"en": "timely, accurate information", "nl": "tijdige, juiste informatie"},
}

# The first screen of the module: why the organisation is asked, and what is kept.
INTRO_TEXT: dict[str, str] = {
    "en": (
        "These questions are about working with each of the other organisations. "
        "To show who works well with whom, we ask which organisation you belong to, for "
        "these questions only: your answers here are stored apart from your other "
        "answers, without your name, and a rating is shown only for a group of at least "
        "{minimum} people of one organisation."
    ),
    "nl": (
        "Deze vragen gaan over de samenwerking met elk van de andere organisaties. "
        "Om te laten zien wie goed met wie samenwerkt, vragen we bij welke organisatie u "
        "hoort, alleen voor deze vragen: uw antwoorden hier worden apart van uw andere "
        "antwoorden bewaard, zonder uw naam, en een oordeel wordt alleen getoond voor een "
        "groep van ten minste {minimum} mensen van één organisatie."
    ),
}


def item_text(code: str, lang: str, org: str) -> str:
    """A tie statement about organisation ``org`` in ``lang`` (English when unknown)."""
    texts = ITEM_TEXTS[code]
    return texts.get(lang, texts["en"]).format(org=org)


def frequency_text(index: int, lang: str) -> str:
    texts = FREQUENCY_TEXTS[FREQUENCIES[index]]
    return texts.get(lang, texts["en"])


def short_text(code: str, lang: str) -> str:
    texts = SHORT_TEXTS[code]
    return texts.get(lang, texts["en"])


@dataclass(frozen=True)
class TieOrganisation:
    """An organisation of the partnership as the map needs it."""

    id: str
    name: str
    sector: str


@dataclass(frozen=True)
class TieResponse:
    """One tie respondent: their organisation and, per other organisation, item -> value.

    ``frequency`` is 0..5 (never .. daily) and the quality items 1..5; None is "don't
    know / no contact". Targets not rated are simply absent.
    """

    organisation: str
    ratings: Mapping[str, Mapping[str, int | None]]


def quality_score(answers: Mapping[str, int | None]) -> float | None:
    """A respondent's quality score for one tie: the mean of the statements answered."""
    values = [v for code in QUALITY_ITEMS if (v := answers.get(code)) is not None]
    return sum(values) / len(values) if values else None


def check_ratings(
    organisation: str, ratings: Mapping[str, Mapping[str, int | None]], others: set[str]
) -> str | None:
    """Why a tie response is invalid (plain English), or None when it is fine."""
    if organisation in ratings:
        return "A tie respondent does not rate their own organisation."
    unknown = set(ratings) - others
    if unknown:
        return "A tie response rates an organisation that is not in this partnership."
    for answers in ratings.values():
        bad = set(answers) - set(TIE_ITEMS)
        if bad:
            return f"Unknown tie item(s): {', '.join(sorted(bad))}."
        for code, value in answers.items():
            low, high = (0, len(FREQUENCIES) - 1) if code == FREQUENCY else (1, 5)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high
            ):
                return f"A tie answer for {code} must be {low}..{high} or empty, not {value!r}."
    return None
