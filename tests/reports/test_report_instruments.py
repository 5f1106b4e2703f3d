"""The report's sections for a round's further instruments (issue 17), on the demo."""

import pypdfium2 as pdfium
import pytest

from pps_monitor.cli import main
from pps_monitor.demo import DEMO_NAME


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("rep") / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def _text(demo_file, tmp_path, round_label, lang):
    out = tmp_path / f"r-{lang}.pdf"
    argv = ["report", "--db", str(demo_file), "--partnership", DEMO_NAME, "--lang", lang]
    assert main([*argv, "--round", round_label, "--out", str(out)]) == 0
    pdf = pdfium.PdfDocument(out)
    text = "\n".join(pdf[k].get_textpage().get_text_range() for k in range(len(pdf)))
    pdf.close()
    return " ".join(text.split())


def test_each_instrument_has_its_own_section_and_minimum(demo_file, tmp_path, capsys):
    en = _text(demo_file, tmp_path, "Voorjaar 2025", "en")
    assert "What your work gives you: answered by the workers" in en
    assert "In this round, 10 workers answered this questionnaire" in en
    assert "Inclusive HRM: answered by the employers" in en
    assert "n = 4: too few employers to show results (minimum 5)" in en
    assert "pooled over at least 5 employers" in en
    assert "Sources of the questionnaires" in en and "Marie Jahoda" in en
    assert "How many hours a week do you work?: on average" in en
    nl = _text(demo_file, tmp_path, "Voorjaar 2026", "nl")
    assert "Wat je werk je geeft: ingevuld door de werknemers" in nl
    assert "In deze ronde vulden 12 werknemers deze vragenlijst in" in nl
    assert "Inclusief werkgeverschap: ingevuld door de werkgevers" in nl
    assert "zodra de ronde gesloten is" in nl  # the round is open: no facts yet
    assert "Bronnen van de vragenlijsten" in nl
