"""What a reader of the printed report sees (issue 16, found by looking at every page):
no label printed over another, nothing held back shown as a zero, numbers and words as
a Dutch or English reader expects them."""

from itertools import pairwise

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from pps_monitor.charts.bars import RiskBar, risk_figure, risk_height
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.reports.report import build_report
from tests.reports.test_report_content import pages_of, small_round, text_of


def overlapping(boxes):
    """Pairs of boxes (display coordinates) that share more than a pixel of height."""
    boxes = sorted(boxes, key=lambda b: b.y0)
    return [(a, b) for a, b in pairwise(boxes) if b.y0 < a.y1 - 1]


def test_the_risk_labels_never_overprint_each_other():
    # The report's width (6.7 inches) and the default instrument's sixteen risks, whose
    # labels wrap to two lines: at the old fixed height (4 inches) they overprinted.
    inst = default_instrument()
    bars = [RiskBar(inst.label(r.code, "nl"), 3.0, 20.0, 14, None, False) for r in inst.risks]
    fig = risk_figure(bars, size=(6.7, risk_height(len(bars))), lang="nl")
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].get_yticklabels()]
    assert len(boxes) == len(bars)
    assert overlapping(boxes) == []


def test_a_held_back_share_is_never_drawn_as_zero_percent():
    fig = risk_figure([RiskBar("Geld", 3.33, None, 3, None, False)], lang="nl")
    (text,) = [t.get_text() for t in fig.axes[0].texts]
    assert text == "3,33  ·  n=3"


def test_a_round_of_three_says_why_the_share_of_high_risks_is_missing(db, tmp_path):
    pid, _ = small_round(db, [lambda i: 4, lambda i: 2, lambda i: 3])
    nl = text_of(build_report(db, pid, tmp_path / "nl.pdf", lang="nl", invariant=True))
    assert "–%" not in nl and "0% 4–5" not in nl
    assert "Het aandeel 4–5 staat er alleen bij als minstens 5 partners antwoordden." in nl
    en = text_of(build_report(db, pid, tmp_path / "en.pdf", lang="en", invariant=True))
    assert "The share of answers 4–5 is shown only when at least 5 partners answered." in en


def test_a_held_back_distribution_is_dashes_with_the_reason(db, tmp_path):
    # Three respondents: a mean per statement, but no count per answer (that needs 5):
    # the table showed "0 0 0 0 0" under a mean of 3,00.
    pid, inst = small_round(db, [lambda i: 4, lambda i: 2, lambda i: 3])
    text = text_of(build_report(db, pid, tmp_path / "nl.pdf", lang="nl", invariant=True))
    first = inst.items[0]
    row = text[text.index(first.code + " ") : text.index(inst.items[1].code + " ")]
    assert row.split()[-8:] == ["3", "3,00", "–", "–", "–", "–", "–", "–"]
    assert "0 0 0 0 0" not in text
    assert "SD, α, rWG(J), mediaan en het aantal per antwoord staan er alleen bij" in text


@pytest.fixture(scope="module")
def demo_texts(tmp_path_factory):
    from pps_monitor.demo import add_demo
    from pps_monitor.storage.database import open_memory_database

    db = open_memory_database()
    pid = add_demo(db)
    out = tmp_path_factory.mktemp("look")
    return {
        lang: pages_of(build_report(db, pid, out / f"{lang}.pdf", lang=lang, invariant=True))
        for lang in ("nl", "en")
    }


def test_the_cover_gives_n_for_every_questionnaire_of_the_round(demo_texts):
    # The demo's latest round: 14 partners, 6 employers, 12 workers (the cover said 14).
    assert "de partners 14" in demo_texts["nl"][0]
    assert "werkgevers 6" in demo_texts["nl"][0] and "werknemers 12" in demo_texts["nl"][0]
    assert "employers 6" in demo_texts["en"][0] and "workers 12" in demo_texts["en"][0]


def test_key_figures_have_thousands_separators(demo_texts):
    nl, en = " ".join(demo_texts["nl"]), " ".join(demo_texts["en"])
    assert "14.900" in nl and "240.000" in nl and "14900" not in nl
    assert "14,900" in en and "240,000" in en and "14900" not in en


def test_no_sentence_ends_twice(demo_texts):
    # a risk's label is a sentence: "... blijvend werk.: 3,00" on the balance sheet
    for lang in ("nl", "en"):
        assert ".:" not in " ".join(demo_texts[lang])


def test_the_sector_table_names_the_sectors_it_leaves_out(demo_texts):
    nl = " ".join(demo_texts["nl"])
    assert "Niet getoond: publiek, sociale onderneming, overig" in nl
    en = " ".join(demo_texts["en"])
    assert "Not shown: public, social enterprise, other" in en


def test_the_key_figures_heading_is_never_alone_at_a_page_foot(demo_texts):
    # The English demo printed "Key figures" and its intro at the foot of the balance
    # sheet's page, and the table on the next.
    for lang, intro, first_row in (
        ("nl", "Feiten die de coördinator", "Banen gecreëerd"),
        ("en", "Facts the coordinator", "Jobs created"),
    ):
        (page,) = [p for p in demo_texts[lang] if intro in p]
        assert first_row in page[page.index(intro) :]


def test_the_network_legend_shapes_and_key_do_not_overlap():
    # At the report's size (full width, 80 mm high) the sector shapes of the legend
    # touched each other; in the app's wide, low canvas (1366 x 768) the legend ran
    # into the key text below it.
    from pps_monitor.charts.network import LEGEND_MARKER, network_figure
    from pps_monitor.domain.ties import TieOrganisation

    sectors = ("public", "private", "social_enterprise", "other")
    orgs = [TieOrganisation(str(k), f"Org {k}", s) for k, s in enumerate(sectors)]
    for size in ((6.7, 80 / 25.4), (10.6, 2.8)):
        fig = network_figure(orgs, None, previous="Najaar 2025", size=size, lang="nl")
        renderer = FigureCanvasAgg(fig).get_renderer()
        fig.draw(renderer)
        legend = fig.axes[0].get_legend()
        texts = legend.get_texts()[: len(sectors)]
        rows = sorted(t.get_window_extent(renderer).y0 for t in texts)
        pitch = min(b - a for a, b in pairwise(rows))
        # a diamond or triangle reaches beyond its nominal size: room for 1.4 times it
        assert pitch >= 1.4 * LEGEND_MARKER * fig.dpi / 72
        key = next(t for t in fig.texts if "Lijndikte" in t.get_text())
        box = legend.get_window_extent(renderer)
        assert not key.get_window_extent(renderer).overlaps(box), size


def test_key_figure_axes_and_texts_group_thousands():
    # The app's key-figure charts read "12000" and "160000"; the balance sheet "174000".
    from pps_monitor.charts.key_figures import key_figures_figure
    from pps_monitor.i18n import format_figure

    assert format_figure(174000.0, "nl") == "174.000" and format_figure(12.5, "nl") == "12,5"
    assert format_figure(174000, "en") == "174,000" and format_figure(7, "en") == "7"
    fig = key_figures_figure(["R1", "R2"], [("Uren", [5200.0, 14900.0])], lang="nl")
    FigureCanvasAgg(fig).draw()
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert any("." in t and len(t) > 4 for t in ticks), ticks
    assert not any(t.isdigit() and len(t) > 3 for t in ticks), ticks


def test_a_risk_rated_by_fewer_than_the_minimum_is_left_out_with_the_reason(db, tmp_path):
    # Three partners; one says "don't know" to two risk statements: those have n = 2,
    # below the round minimum of 3, and had no bar and no word in the report.
    inst = default_instrument()
    unsure = {r.code for r in inst.risks[:2]}
    pid, _ = small_round(db, [lambda i: 4, lambda i: 2, lambda i: None if i.code in unsure else 3])
    nl = text_of(build_report(db, pid, tmp_path / "nl.pdf", lang="nl", invariant=True))
    assert "2 risicostellingen zijn weggelaten: minder dan 3 partners hebben elk ervan" in nl
    en = text_of(build_report(db, pid, tmp_path / "en.pdf", lang="en", invariant=True))
    assert "2 risk statements are left out: fewer than 3 partners rated each" in en
    full = text_of(build_report(*_three_who_all_answer(db), tmp_path / "all.pdf", lang="en"))
    assert "left out" not in full


def _three_who_all_answer(db):
    pid, _ = small_round(db, [lambda i: 4, lambda i: 2, lambda i: 3], label="R2")
    return db, pid


def test_no_jargon_before_the_method_at_the_back(demo_texts):
    # rWG(J) and alpha are for the methodologist: only the appendix (the method and the
    # score table after it) uses them, in both languages.
    for lang, heading in (("nl", "Methode"), ("en", "Method")):
        pages = demo_texts[lang]
        start = next(k for k, page in enumerate(pages) if page.lstrip().startswith(heading))
        before = "\n".join(pages[:start])
        assert "rWG" not in before and "α" not in before, lang
        assert "rWG(J)" in "\n".join(pages[start:])
