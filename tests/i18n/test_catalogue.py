"""The message catalogue: complete, consistent, compiled, and in the right language."""

import pytest

from pps_monitor.i18n import gettext, ngettext, pgettext, translations
from pps_monitor.locale import LANGUAGES, language_code
from pps_monitor.resources import resource_path
from tests.i18n.catalogue_files import forms, messages, placeholders, update_script, words

# Words that give a language away. Words both languages share (of, private, score,
# sector, status, trend, open, privacy, partner, per, is) are left out on purpose.
ENGLISH = {
    "the", "and", "with", "for", "from", "to", "this", "that", "which", "when", "than",
    "has", "have", "are", "not", "only", "no", "none", "round", "rounds", "answer", "answers",
    "shown", "mean", "change", "whole", "owner", "due", "done", "strength", "concern",
    "attention", "page", "public", "other", "comments", "warning",
}  # fmt: skip
DUTCH = {
    "de", "het", "en", "van", "een", "niet", "met", "geen", "zijn", "voor", "dan", "als",
    "ronde", "rondes", "gemiddelde", "toelichtingen", "trekker", "aandachtspunt", "zorgpunt",
    "pagina", "verandering", "stelling", "publiek", "privaat", "overig",
}  # fmt: skip
# Names and notation that are the same in both languages.
NAMES = {"welch", "cronbach", "cronbachs", "james", "demaree", "wolf", "rwg", "j", "n", "sd"}


def test_pot_po_and_mo_are_up_to_date_with_the_code():
    stale = update_script().plan()
    names = sorted(str(p.relative_to(p.parents[3])) for p in stale)
    assert not stale, f"out of date: {names}; run: python scripts/update_catalogue.py"


def test_the_compiled_catalogues_ship_with_the_resources():
    for lang in LANGUAGES:
        assert resource_path("locale", lang, "LC_MESSAGES", "pps_monitor.mo").is_file()
    assert translations("nl").gettext("Owner") == "Trekker"


def test_every_dutch_message_is_translated_and_not_fuzzy():
    nl = messages("nl")
    assert len(nl) >= 85
    untranslated = [m.id for m in nl if not all(forms(m.string)) or m.fuzzy]
    assert untranslated == []


def test_both_catalogues_hold_the_same_messages():
    assert {m.id for m in messages("nl")} == {m.id for m in messages("en")}


def test_plurals_have_a_singular_and_a_plural_in_dutch():
    plural = [m for m in messages("nl") if m.pluralizable]
    assert len(plural) >= 4
    for m in plural:
        singular, plural_form = m.string
        assert singular and plural_form and singular != plural_form, m.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_between_msgid_and_msgstr(lang):
    for m in messages(lang):
        wanted = set().union(*(placeholders(text) for text in forms(m.id)))
        for text in forms(m.string):
            if text:  # an empty English msgstr falls back to the msgid
                assert placeholders(text) == wanted, (m.id, text)


def test_the_dutch_catalogue_has_no_english_words():
    for m in messages("nl"):
        for text in forms(m.string):
            assert not (words(text) & ENGLISH) - NAMES, text


def test_the_english_texts_have_no_dutch_words():
    for m in messages("en"):
        for text in forms(m.id) + [s for s in forms(m.string) if s]:
            assert not (words(text) & DUTCH) - NAMES, text


def test_dutch_wording_of_the_civil_service():
    nl = {m.id: m.string for m in messages("nl")}
    assert nl["attention"] == "aandachtspunt"  # a band, not the bare "aandacht"
    assert nl["Owner"] == "Trekker"  # the one who takes an action forward
    every = " ".join(text for m in messages("nl") for text in forms(m.string)).lower()
    assert "eigenaar" not in every
    assert "vraagt aandacht" not in every


def test_gettext_ngettext_and_pgettext():
    assert gettext("nl", "Summary") == "Samenvatting"
    assert gettext("en", "Summary") == "Summary"
    assert gettext("nl", "a text nobody translated") == "a text nobody translated"
    assert gettext("fr", "Summary") == "Summary"  # unknown languages read English
    assert gettext("nl_BE", "Summary") == "Samenvatting"
    for n, nl, en in ((0, "0 respondenten", "0 respondents"), (1, "1 respondent", "1 respondent"),
                      (2, "2 respondenten", "2 respondents")):  # fmt: skip
        assert ngettext("nl", "{n} respondent", "{n} respondents", n).format(n=n) == nl
        assert ngettext("en", "{n} respondent", "{n} respondents", n).format(n=n) == en
    assert pgettext("nl", "nowhere", "Summary") == "Summary"  # no such context: the msgid


def test_language_code():
    assert [language_code(v) for v in ("nl", "NL_nl.UTF-8", "nl-BE", "en", "de", None, "")] == [
        "nl",
        "nl",
        "nl",
        "en",
        "en",
        "en",
        "en",
    ]
