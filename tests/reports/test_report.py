"""The PDF report: its text holds exactly the engine's numbers; fonts, metadata, pages."""

import re

import pypdfium2
import pytest
from pypdf import PdfReader

from pps_monitor.analysis import partnership_results
from pps_monitor.demo import DEMO_NAME, add_demo
from pps_monitor.domain.scoring import ScoringSettings
from pps_monitor.errors import PpsError
from pps_monitor.reports.report import build_report
from pps_monitor.reports.texts import num
from pps_monitor.storage import repository as repo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from pps_monitor.storage.database import open_memory_database

    db = open_memory_database()
    pid = add_demo(db)
    out = tmp_path_factory.mktemp("reports")
    paths = {
        lang: build_report(db, pid, out / f"{lang}.pdf", lang=lang, invariant=True)
        for lang in ("nl", "en")
    }
    return db, pid, paths, out


def text_of(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def flat(text):
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_text_holds_partnership_dimensions_and_the_engines_numbers(demo, lang):
    db, pid, paths, _ = demo
    text = flat(text_of(paths[lang]))
    result = partnership_results(db, pid)[-1]
    assert DEMO_NAME in text and result.label in text
    table = text[text.index("Scores per dim") :]
    for d in result.scores.dimensions:
        name = result.instrument.label(d.code, lang)
        figures = [num(v, lang) for v in (d.mean, d.sd, d.alpha, d.rwg_j)]
        row = f"{name} {d.n} " + " ".join(figures)
        assert row in table, row
    for code, item in result.scores.items.items():
        counts = " ".join(str(item.counts[v]) for v in range(1, 6))
        assert f"{item.n} {num(item.mean, lang)} {counts} {item.dont_know}" in text, code
    b = result.scores.balance
    assert num(b.diff, lang, signed=True) in text
    top = result.scores.top_risks(1)[0]
    assert f"{num(top.mean, lang)}; {num(top.high_pct, lang, 0)}% 4–5 (n = {top.n})" in text


def test_dutch_has_its_characters_and_decimal_comma(demo):
    _, _, paths, _ = demo
    text = text_of(paths["nl"])
    assert "Contractcoördinatie" in text and "cliënten" in text
    assert re.search(r"\b[1-5],\d\d\b", text)


def test_every_page_renders_and_says_page_x_of_y(demo):
    _, _, paths, _ = demo
    pdf = pypdfium2.PdfDocument(str(paths["en"]))
    total = len(pdf)
    assert total >= 8
    for index in range(total):
        image = pdf[index].render(scale=0.5).to_pil()
        assert image.size[0] > 250 and image.getextrema() != ((255, 255),) * 3
    reader = PdfReader(paths["en"])
    assert f"page {total} of {total}" in reader.pages[-1].extract_text()
    assert "page 2 of" in reader.pages[1].extract_text()


def test_fonts_are_embedded(demo):
    _, _, paths, _ = demo
    seen = set()
    for page in PdfReader(paths["nl"]).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            name = str(font.get("/BaseFont", font.get("/Subtype")))
            seen.add(name)
            if font["/Subtype"] == "/Type3":
                continue  # glyphs drawn by the font itself (matplotlib charts)
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), name
    assert any("DejaVuSans" in n for n in seen)


def test_metadata_and_language(demo):
    _, _, paths, _ = demo
    reader = PdfReader(paths["nl"])
    meta = reader.metadata
    assert meta.title.startswith(DEMO_NAME)
    assert meta.author == "PPS Monitor"
    assert "publiek-private" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"


def test_byte_identical_in_invariant_mode(demo):
    db, pid, paths, out = demo
    again = build_report(db, pid, out / "again.pdf", lang="nl", invariant=True)
    assert again.read_bytes() == paths["nl"].read_bytes()


def test_small_groups_are_not_reported(demo, tmp_path):
    db, pid, _, _ = demo
    # The floor is the partnership's, from the database (issue 11), not the caller's.
    repo.set_privacy(db, pid, min_breakdown=15)
    path = build_report(
        db,
        pid,
        tmp_path / "k.pdf",
        lang="en",
        settings=ScoringSettings(min_group=3),
        invariant=True,
    )
    repo.set_privacy(db, pid, min_breakdown=5)
    text = flat(text_of(path))
    assert "No sector has at least 15 respondents" in text
    assert "Comments are not shown: this round has fewer than 15 respondents." in text
    assert "de korte lijntjes" not in text  # a demo comment
    shown = flat(text_of(build_report(db, pid, tmp_path / "k3.pdf", lang="en", invariant=True)))
    breakdown = shown[shown.index("Breakdown by sector") : shown.index("Comments")]
    header = breakdown.split("Dimension", 1)[1].split("Clear and complete agreements", 1)[0]
    assert "private" in header and "social enterprise" not in header
    # ... and the note below the table names it, with the reason
    assert "Not shown: public, social enterprise, other" in breakdown


def test_an_earlier_round_reports_only_its_history(demo, tmp_path):
    db, pid, _, _ = demo
    path = build_report(
        db, pid, tmp_path / "r1.pdf", round_label="Voorjaar 2024", lang="en", invariant=True
    )
    text = flat(text_of(path))
    assert "This is the first round" in text
    assert "Voorjaar 2026" not in text


def test_a_failed_write_keeps_the_old_file(demo, tmp_path, monkeypatch):
    db, pid, _, _ = demo
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old report")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", full_disk)
    with pytest.raises(PpsError, match="the disk is full"):
        build_report(db, pid, target, lang="en")
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "report.pdf"
    ]  # no .part left


def test_png_mode_gives_the_same_report_around_the_charts(demo, tmp_path):
    db, pid, paths, _ = demo
    png = build_report(db, pid, tmp_path / "png.pdf", lang="en", invariant=True, chart_mode="png")
    # Vector charts carry their own (extractable) labels; the text around them is the same.
    vector_text, png_text = flat(text_of(paths["en"])), flat(text_of(png))
    start = "Scores per dimension Dimension"
    assert vector_text[vector_text.index(start) :] == png_text[png_text.index(start) :]
    assert len(PdfReader(png).pages) == len(PdfReader(paths["en"]).pages)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "2 newer answers are not yet included (they will be once there are 3)."),
        ("nl", "2 nieuwere antwoorden"),
    ],
)
def test_the_cover_says_how_many_answers_wait_for_release(tmp_path, lang, sentence):
    """A round shown with 6 answers, then 2 late ones: the report holds the 6 and says
    that 2 wait (release in batches), as the app and `scores` do."""
    from pps_monitor.domain.instrument import default_instrument
    from pps_monitor.storage.database import open_database

    inst = default_instrument()
    db = open_database(tmp_path / "x.sqlite")
    pid = repo.create_partnership(db, "Laat")
    rid = repo.create_round(db, pid, "R1", "2025-03-01", inst)
    answers = {i.code: 1 + k % 5 for k, i in enumerate(inst.items)}
    repo.add_responses(db, rid, [repo.NewResponse(answers)] * 6)
    repo.release_round(db, rid)
    repo.add_responses(db, rid, [repo.NewResponse(answers)] * 2)
    path = build_report(db, pid, tmp_path / f"{lang}.pdf", lang=lang, invariant=True)
    cover = flat(PdfReader(path).pages[0].extract_text())
    assert sentence in cover
    before = flat(text_of(path))
    repo.add_response(db, rid, repo.NewResponse(answers))  # the third: all are included
    after = flat(
        PdfReader(build_report(db, pid, tmp_path / "b.pdf", lang=lang)).pages[0].extract_text()
    )
    assert "newer answer" not in after and "nieuwere" not in after and before


def test_the_dimension_table_says_no_test_possible_as_scores_does(tmp_path):
    """Second round of 4 (below min_breakdown): the change cannot be tested; the table
    says so (as `scores` and the app do) instead of a bare dash."""
    from pps_monitor.domain.instrument import default_instrument
    from pps_monitor.storage.database import open_database

    inst = default_instrument()
    db = open_database(tmp_path / "x.sqlite")
    pid = repo.create_partnership(db, "Twee")
    for label, date, n in (("R1", "2025-03-01", 6), ("R2", "2025-09-01", 4)):
        rid = repo.create_round(db, pid, label, date, inst)
        people = [
            repo.NewResponse({i.code: 1 + (k + j) % 5 for j, i in enumerate(inst.items)})
            for k in range(n)
        ]
        repo.add_responses(db, rid, people)
    text = flat(text_of(build_report(db, pid, tmp_path / "r.pdf", lang="en", invariant=True)))
    table = text[text.index("Scores per dimension") :]
    assert table.count("no test possible") >= 15
