"""reports/texts.py keeps its API, backed by the catalogue; the report reads as Dutch."""

import re

import pytest
from pypdf import PdfReader

from pps_monitor.reports.texts import METHOD, PLURALS, T, t
from tests.i18n.catalogue_files import words
from tests.i18n.test_catalogue import ENGLISH, NAMES

# Texts that are the same in both languages.
SAME = {"sd", "status", "open", "sectors"}


def test_every_key_reads_in_both_languages():
    for key in [*T, "hidden_cell"]:
        nl, en = t(key, "nl"), t(key, "en")
        assert nl and en
        assert (nl == en) == (key in SAME | {"hidden_cell"}), key


def test_plural_keys_count():
    assert t("n_respondents", "nl", n=1) == "1 respondent"
    assert t("n_respondents", "nl", n=14) == "14 respondenten"
    assert t("n_respondents", "en", n=14) == "14 respondents"
    assert t("comments_hidden", "en", k=5) == (
        "Comments are not shown: this round has fewer than 5 respondents."
    )
    assert "minder dan 3 respondenten" in t("comments_hidden", "nl", k=3)
    for key in PLURALS:
        assert "{" not in t(key, "nl", **{PLURALS[key][0]: 2, "minimum": 3, "names": "x"})
    with pytest.raises(TypeError):
        t("n_respondents", "nl", n="2")


def test_english_wording_is_what_the_report_always_said():
    assert t("report", "en") == "Public-private partnership health report"
    assert t("page", "en", page=1, pages=9) == "page 1 of 9"
    assert t("sectors_hidden", "en", k=15) == (
        "No sector has at least 15 respondents: the breakdown is not shown."
    )
    with pytest.raises(KeyError):
        t("no-such-key", "en")


def test_method_paragraphs_in_both_languages():
    assert len(METHOD["nl"]) == len(METHOD["en"]) == 9
    for nl, en in zip(METHOD["nl"], METHOD["en"], strict=True):
        assert nl != en
        assert set(re.findall(r"\{\w+\}", nl)) == set(re.findall(r"\{\w+\}", en))
    assert "aandachtspunt" in METHOD["nl"][2]


@pytest.fixture(scope="module")
def dutch_report(tmp_path_factory):
    from pps_monitor.demo import add_demo
    from pps_monitor.reports.report import build_report
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage.database import open_memory_database

    db = open_memory_database()
    add_demo(db)
    pid = repo.list_partnerships(db)[0]["id"]
    path = build_report(db, pid, tmp_path_factory.mktemp("nl") / "nl.pdf", lang="nl")
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_dutch_report_reads_as_dutch(dutch_report):
    found = words(dutch_report) & ENGLISH - NAMES
    assert found == set()
    assert "aandachtspunt" in dutch_report
    assert "Trekker" in dutch_report
    assert re.search(r"\b[1-5],\d\d\b", dutch_report)
    for key in ("drift_none", "drift_contractual", "drift_declining"):
        assert t(key, "en") not in dutch_report
