import pytest

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.errors import PpsError
from pps_monitor.exchange.paper_forms import read_paper_forms, store_paper_forms, write_template
from pps_monitor.storage import repository as repo

INST = default_instrument()
CODES = [i.code for i in INST.items]


@pytest.fixture
def round_id(db):
    pid = repo.create_partnership(db, "Papier")
    return repo.create_round(db, pid, "R1", "2026-01-01", INST)


def csv_file(tmp_path, rows, delimiter=",", bom=True, name="forms.csv"):
    header = ["form", "sector", "role", *CODES]
    lines = [delimiter.join(header)] + [delimiter.join(r) for r in rows]
    path = tmp_path / name
    path.write_bytes(("\ufeff" if bom else "").encode() + "\n".join(lines).encode("utf-8"))
    return path


def form(n, sector="1", role="2", value="4", **changes):
    cells = {c: value for c in CODES}
    cells.update(changes)
    return [str(n), sector, role, *[cells[c] for c in CODES]]


@pytest.mark.parametrize(
    ("delimiter", "bom"), [(",", True), (";", True), (",", False), (";", False)]
)
def test_csv_with_either_delimiter_and_bom(db, round_id, tmp_path, delimiter, bom):
    path = csv_file(
        tmp_path, [form(1), form(2, sector="private", role="manager", value="0")], delimiter, bom
    )
    forms = read_paper_forms(path, INST)
    assert forms.problems == [] and forms.rows == 2 and forms.dont_know_cells == len(INST.items)
    assert [(r.sector, r.role) for r in forms.valid] == [
        ("public", "professional"),
        ("private", "manager"),
    ]
    assert store_paper_forms(db, round_id, forms) == 2
    stored = repo.load_responses(db, round_id)
    assert sorted(r.answers["CC-AGR-1"] or 0 for r in stored) == [0, 4]


def test_report_names_row_column_and_problem_and_nothing_is_stored(db, round_id, tmp_path):
    bad = form(2, sector="9", **{"RC-TRUST-2": "7", "EN-POL-1": "=1+1"})
    path = csv_file(tmp_path, [form(1), bad, form(3)])
    forms = read_paper_forms(path, INST)
    assert [str(p) for p in forms.problems] == [
        "row 3, column sector: '9' is not a sector (1-4 or the word)",
        "row 3, column RC-TRUST-2: '7' is not 1-5, 0, ? or empty",
        "row 3, column EN-POL-1: '=1+1' is a formula, not an answer",
    ]
    assert forms.valid_rows == [2, 4] and forms.invalid_rows == [3]
    with pytest.raises(PpsError, match="Nothing was stored: row 3"):
        store_paper_forms(db, round_id, forms)
    assert repo.load_responses(db, round_id) == []
    assert store_paper_forms(db, round_id, forms, only_valid=True) == 2


def test_missing_and_unknown_columns(db, round_id, tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("form,sector,role,CC-AGR-1,XX-9\n1,1,1,4,4\n", encoding="utf-8")
    forms = read_paper_forms(path, INST)
    assert any(p.column == "CC-AGR-2" and p.problem == "column is missing" for p in forms.problems)
    assert any(p.column == "XX-9" for p in forms.problems)
    with pytest.raises(PpsError):
        store_paper_forms(db, round_id, forms, only_valid=True)


def test_not_utf8_and_empty(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("form;sector\n1;coöperatie\n".encode("latin-1"))
    with pytest.raises(PpsError, match="CSV UTF-8"):
        read_paper_forms(path, INST)
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(PpsError, match="empty"):
        read_paper_forms(empty, INST)


def test_xlsx_template_round_trip(db, round_id, tmp_path):
    template = write_template(INST, tmp_path / "template.xlsx", "nl")
    from openpyxl import load_workbook

    book = load_workbook(template)
    sheet = book["forms"]
    sheet.append([1, 3, 1, *[5.0] * 60])  # Excel stores numbers as floats
    sheet.append([2, "other", None, *[None] * 60])
    book.save(template)
    forms = read_paper_forms(template, INST)
    assert forms.problems == [] and len(forms.valid) == 2
    assert forms.valid[0].sector == "social_enterprise" and forms.valid[0].answers["PC-BEN-3"] == 5
    assert forms.valid[1].role is None and set(forms.valid[1].answers.values()) == {None}
    assert book["statements"]["A2"].value == "CC-AGR-1"
    csv_template = write_template(INST, tmp_path / "template.csv")
    assert csv_template.read_text(encoding="utf-8-sig").startswith("form,sector,role,CC-AGR-1")


def test_a_damaged_xlsx_is_explained(tmp_path):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(PpsError, match="not a readable Excel file"):
        read_paper_forms(path, INST)


def test_the_validation_report_speaks_dutch_in_the_dutch_app(db, round_id, tmp_path):
    bad = form(2, sector="9", **{"RC-TRUST-2": "7", "EN-POL-1": "=1+1"})
    forms = read_paper_forms(csv_file(tmp_path, [bad]), INST)
    assert [p.text("nl") for p in forms.problems] == [
        "rij 2, kolom sector: '9' is geen sector (1-4 of het woord)",
        "rij 2, kolom RC-TRUST-2: '7' is niet 1-5, 0, ? of leeg",
        "rij 2, kolom EN-POL-1: '=1+1' is een formule, geen antwoord",
    ]
    with pytest.raises(PpsError) as refused:
        store_paper_forms(db, round_id, forms)
    assert refused.value.text("nl").startswith("Er is niets opgeslagen: rij 2, kolom sector")
    assert repo.load_responses(db, round_id) == []


def test_the_dutch_words_of_the_guide_are_taken(tmp_path):
    path = csv_file(
        tmp_path,
        [form(1, sector="Sociale onderneming", role="leidinggevende"), form(2, sector="publiek")],
    )
    forms = read_paper_forms(path, INST)
    assert forms.problems == []
    assert [(r.sector, r.role) for r in forms.valid] == [
        ("social_enterprise", "manager"),
        ("public", "professional"),
    ]


def test_the_dutch_template_explains_the_cells_in_dutch(tmp_path):
    from openpyxl import load_workbook

    out = write_template(INST, tmp_path / "formulieren.xlsx", lang="nl")
    guide = [r for r in load_workbook(out)["statements"].iter_rows(values_only=True) if any(r)]
    text = " ".join(str(c) for r in guide for c in r if c)
    assert "stelling" in text and "weet ik niet" in text and "sociale onderneming" in text
    assert "don't know" not in text and "social enterprise" not in text
