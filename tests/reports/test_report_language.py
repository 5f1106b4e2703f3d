"""The Dutch report reads as Dutch and the English one as English (issue 16): no common
English word in the Dutch report and no common Dutch word in the English one, once the
partnership's own texts (names, events, comments, action points) are taken out."""

import re

import pytest
from pypdf import PdfReader

from pps_monitor.demo import ACTIONS, COMMENTS, DEMO_NAME, EVENTS, ORGANISATIONS, ROUNDS, add_demo
from pps_monitor.reports.report import build_report

# Common words of one language that are not also words of the other ("is", "open",
# "status", "interval" and "score" are Dutch too).
ENGLISH = {
    "the",
    "and",
    "to",
    "are",
    "with",
    "from",
    "not",
    "round",
    "rounds",
    "answers",
    "mean",
    "change",
    "strength",
    "concern",
    "attention",
    "owner",
    "due",
    "none",
    "shown",
    "too",
    "few",
    "warning",
    "level",
    "events",
    "trend",
    "page",
    "provisional",
    "still",
    "which",
    "what",
    "where",
    "partnership",
    "questionnaire",
    "statement",
    "median",
}
DUTCH = {
    "de",
    "het",
    "een",
    "van",
    "en",
    "niet",
    "zijn",
    "ronde",
    "rondes",
    "antwoorden",
    "gemiddelde",
    "verandering",
    "geen",
    "wordt",
    "worden",
    "pagina",
    "voorlopig",
    "trekker",
    "aandachtspunt",
    "zorgpunt",
    "mediaan",
    "oordeel",
    "ook",
    "bij",
    "naar",
}


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    from pps_monitor.storage.database import open_memory_database

    db = open_memory_database()
    pid = add_demo(db)
    out = tmp_path_factory.mktemp("lang")
    return {
        lang: " ".join(
            p.extract_text()
            for p in PdfReader(
                build_report(db, pid, out / f"{lang}.pdf", lang=lang, invariant=True)
            ).pages
        )
        for lang in ("nl", "en")
    }


def own_words_removed(text):
    """The partnership's own texts, in whatever language they were typed, taken out."""
    text = re.sub(r"\s+", " ", text)
    own = [DEMO_NAME, *(n for n, _ in ORGANISATIONS), *(label for label, _, _ in ROUNDS)]
    own += [e for _, e in EVENTS] + [c for _, c in COMMENTS]
    own += [a[1] for a in ACTIONS] + [a[2] for a in ACTIONS]
    own += ["Borghouts-van de Pas"]  # authors cited in the method appendix
    for item in sorted(own, key=len, reverse=True):
        # the PDF's text may break a typed text across lines (table cells, chart legends)
        pattern = r"\s+".join(re.escape(word) for word in item.split())
        text = re.sub(pattern, " ", text)
    return text


def words(text):
    text = re.sub(r"\b[A-Z]{2}-[A-Z0-9-]+", " ", own_words_removed(text))  # codes: EN-POL-1
    return set(re.findall(r"[a-zà-ÿ]+", text.lower()))


def test_the_dutch_report_has_no_english_words(reports):
    # "Cronbach", "Welch" and "rWG" are names; the instrument's code is a code.
    assert words(reports["nl"]) & ENGLISH == set()


def test_the_english_report_has_no_dutch_words(reports):
    assert words(reports["en"]) & DUTCH == set()
