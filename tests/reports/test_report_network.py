"""The report's collaboration network (issue 18): the figures the suppression lets through."""

import re

import pytest
from pypdf import PdfReader

from pps_monitor.demo import add_demo
from pps_monitor.reports.report import build_report
from pps_monitor.services import ties
from pps_monitor.storage import ties as stored


def pages_of(path):
    return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(path).pages]


@pytest.fixture(scope="module")
def demo():
    from pps_monitor.storage.database import open_memory_database

    db = open_memory_database()
    return db, add_demo(db)


@pytest.mark.parametrize(
    ("lang", "title", "summary"),
    [
        ("en", "Collaboration between organisations", "Collaboration network:"),
        ("nl", "Samenwerking tussen organisaties", "Samenwerkingsnetwerk:"),
    ],
)
def test_the_network_section_and_summary_sentence(demo, tmp_path, lang, title, summary):
    db, pid = demo
    pages = pages_of(build_report(db, pid, tmp_path / "r.pdf", lang=lang, invariant=True))
    section = next(p for p in pages if title in p)
    assert summary in pages[1]  # the summary page names the network
    rid = stored.tie_rounds(db, pid)[-1]
    fig = ties.network(db, rid).figures
    for org in ties.network(db, rid).organisations:
        rated = fig.organisation(org.id).rated_by
        if rated.mean is not None:
            shown = f"{rated.mean:.2f}"
            assert (shown.replace(".", ",") if lang == "nl" else shown) in section
    assert "Van Ee" in section
    assert ("Wederkerigheid" if lang == "nl" else "Reciprocity") in section


def test_a_round_without_tie_questions_has_no_network_section(demo, tmp_path):
    db, pid = demo
    first = db.execute(
        "SELECT label FROM rounds WHERE partnership_id = ? ORDER BY date", [pid]
    ).fetchone()[0]
    path = build_report(db, pid, tmp_path / "r.pdf", round_label=first, lang="en", invariant=True)
    text = " ".join(pages_of(path))
    assert "Collaboration between organisations" not in text
    assert "Collaboration network:" not in text
