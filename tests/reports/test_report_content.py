"""What the report says is honest (issue 16): no later action points, no verdict below the
round minimum, the right reasons for what is held back, the status of the data."""

import os
import re
from datetime import date

import pytest
from pypdf import PdfReader

from pps_monitor.demo import add_demo
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.reports.report import build_report
from pps_monitor.services.report_data import load_report_data
from pps_monitor.storage import repository as repo


def text_of(path):
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def pages_of(path):
    return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(path).pages]


@pytest.fixture(scope="module")
def demo():
    from pps_monitor.storage.database import open_memory_database

    db = open_memory_database()
    return db, add_demo(db)


def small_round(db, answers_per_respondent, *, label="R1", when="2026-02-10", close=True):
    """A partnership with one round whose respondents give the answers returned by the
    function (item -> answer) for each respondent index."""
    inst = default_instrument()
    pid = repo.create_partnership(db, f"Klein {label}")
    rid = repo.create_round(db, pid, label, when, inst)
    batch = [
        repo.NewResponse(answers={i.code: f(i) for i in inst.items}) for f in answers_per_respondent
    ]
    repo.add_responses(db, rid, batch)
    if close:
        repo.set_round_status(db, rid, "closed")
    return pid, inst


def test_an_older_round_lists_no_action_points_raised_later(demo, tmp_path):
    db, pid = demo
    first = repo.list_rounds(db, pid)[0]
    data = load_report_data(db, pid, first["label"])
    assert data.action_points  # the one raised in the first round stays
    assert {a["round_raised_id"] for a in data.action_points} == {first["id"]}
    text = text_of(
        build_report(db, pid, tmp_path / "r.pdf", round_label=first["label"], invariant=True)
    )
    assert "Maandelijks dashboard" in text
    for later in ("Businesscase voor zorgverzekeraar", "Kennissessie", "Meerjarige financiering"):
        assert later not in text


def test_a_dimension_below_the_round_minimum_gets_no_band_or_verdict(db, tmp_path):
    # Three respondents; only two answer the statements of "Clear and complete agreements",
    # and they answer 5 everywhere: with n = 2 it must not be called a strength.
    def fives(item):
        return 5 if not item.reverse else 1

    def no_agr(item):
        return None if item.code.startswith("CC-AGR") else 3

    pid, inst = small_round(db, [fives, fives, no_agr])
    text = text_of(build_report(db, pid, tmp_path / "r.pdf", lang="en", invariant=True))
    name = inst.label("CC-AGR", "en")
    table = text[text.index("Scores per dimension Dimension") :]
    row = table[table.index(name) : table.index(inst.label("CC-GOAL", "en"))]
    # n counts who is in the figure (issue 11): two complete answers are too few to start it
    assert row.split() == [*name.split(), "0", *["–"] * 7]
    assert "strength" not in row
    summary = text[text.index("What goes well") : text.index("What needs attention")]
    assert name not in summary
    assert "n below 3: too few answers to show a score or a verdict" in text


def test_a_round_below_the_minimum_shows_why_and_no_figures(db, tmp_path):
    pid, _ = small_round(db, [lambda i: 4, lambda i: 2])
    for lang, reason, more in (
        ("en", "n = 2: too few answers to show results, minimum 3", "1 more answer is needed"),
        ("nl", "n = 2: te weinig antwoorden om resultaten te tonen, minimaal 3", "nog 1 antwoord"),
    ):
        text = text_of(build_report(db, pid, tmp_path / f"{lang}.pdf", lang=lang, invariant=True))
        assert reason in text and more in text
        assert "4,00" not in text and "4.00" not in text and "2.00" not in text
        assert "Scores per dim" not in text


def test_the_cover_shows_round_date_n_status_and_generation_date(demo, tmp_path):
    db, pid = demo
    made = date(2026, 12, 2)
    nl = pages_of(
        build_report(db, pid, tmp_path / "nl.pdf", lang="nl", invariant=True, generated=made)
    )[0]
    assert "Voorjaar 2026" in nl and "26 maart 2026" in nl
    assert "Gezondheid van de publiek-private samenwerking de partners 14" in nl
    assert "Gemaakt op 2 december 2026" in nl
    en = pages_of(
        build_report(db, pid, tmp_path / "en.pdf", lang="en", invariant=True, generated=made)
    )[0]
    assert "26 March 2026" in en and "Made on 2 December 2026" in en


def test_an_open_round_is_marked_provisional_on_every_page(demo, tmp_path):
    db, pid = demo
    assert repo.list_rounds(db, pid)[-1]["status"] == "open"  # the demo's latest round
    for lang, mark in (
        ("nl", "Voorlopig: de ronde is nog open"),
        ("en", "Provisional: the round is still open"),
    ):
        pages = pages_of(build_report(db, pid, tmp_path / f"{lang}.pdf", lang=lang))
        assert all(mark in page for page in pages)
    closed = pages_of(
        build_report(db, pid, tmp_path / "closed.pdf", round_label="Voorjaar 2025", lang="en")
    )
    assert not any("Provisional" in page for page in closed)
    assert "Closed round: the figures are final" in closed[0]


def test_the_dimension_table_shows_the_median_the_method_promises(demo, tmp_path):
    from pps_monitor.analysis import partnership_results
    from pps_monitor.reports.texts import num

    db, pid = demo
    text = text_of(build_report(db, pid, tmp_path / "r.pdf", lang="en", invariant=True))
    assert "and median" in text  # the method's promise
    result = partnership_results(db, pid)[-1]
    table = text[text.index("Scores per dimension Dimension") :]
    assert table.startswith("Scores per dimension Dimension n Mean SD α rWG(J) Median Band")
    for d in result.scores.dimensions:
        figures = [num(v, "en") for v in (d.mean, d.sd, d.alpha, d.rwg_j, d.median)]
        assert f"{d.n} " + " ".join(figures) + f" {d.band}" in table


def test_no_interval_is_never_printed_as_dashes(db, tmp_path):
    # Two partnerships: three identical respondents (no spread) and the demo.
    pid, _ = small_round(db, [lambda i: 3, lambda i: 3, lambda i: 3])
    for lang in ("en", "nl"):
        text = text_of(build_report(db, pid, tmp_path / f"{lang}.pdf", lang=lang, invariant=True))
        assert not re.search(r"– (to|tot) –", text)
        assert "… –" not in text


def test_a_single_round_is_not_drawn_as_a_trend(db, tmp_path):
    pid, _ = small_round(db, [lambda i: 4, lambda i: 3, lambda i: 2, lambda i: 4])
    text = text_of(build_report(db, pid, tmp_path / "r.pdf", lang="en", invariant=True))
    assert text.count("Only one round so far: a trend needs at least two rounds.") == 2
    assert "Scores per dimension, with earlier rounds" not in text
    nl = text_of(build_report(db, pid, tmp_path / "nl.pdf", lang="nl", invariant=True))
    assert "Nog maar één ronde" in nl


def test_the_balance_warning_line_and_the_clipped_intervals_are_explained(demo, tmp_path):
    db, pid = demo
    text = text_of(build_report(db, pid, tmp_path / "r.pdf", lang="en", invariant=True))
    assert "The dashed line at -0.5 is the warning level" in text
    assert "cut off at 1 and 5" in text
    assert "warning level -0.5" in text  # the label on the chart itself (vector text)
    nl = text_of(build_report(db, pid, tmp_path / "nl.pdf", lang="nl", invariant=True))
    assert "signaalgrens -0,5" in nl and "afgekapt bij 1 en 5" in nl


def test_events_are_numbered_and_listed(demo, tmp_path):
    db, pid = demo
    text = text_of(build_report(db, pid, tmp_path / "r.pdf", lang="nl", invariant=True))
    for _when, event in load_report_data(db, pid).events:
        assert event in text
    assert "1 15 jan 2024: Samenwerkingsovereenkomst getekend" in text


def test_dutch_words_for_the_owner_and_the_attention_band(demo, tmp_path):
    db, pid = demo
    text = text_of(build_report(db, pid, tmp_path / "r.pdf", lang="nl", invariant=True))
    assert "Trekker" in text and "Eigenaar" not in text
    assert "aandachtspunt" in text
    assert not re.search(r"\baandacht\b(?!spunt)", text.replace("aandacht vraagt", ""))


def test_a_dollar_in_a_round_label_does_not_crash_the_charts(db, tmp_path):
    pid, _ = small_round(db, [lambda i: 4, lambda i: 3, lambda i: 5], label="Ronde $\\frac{$ 1")
    path = build_report(db, pid, tmp_path / "r.pdf", lang="nl", invariant=True)
    assert "$\\frac{$" in text_of(path)


def test_the_report_is_written_with_the_users_normal_permissions(demo, tmp_path):
    db, pid = demo
    old = os.umask(0o022)
    try:
        path = build_report(db, pid, tmp_path / "r.pdf", lang="en")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644
