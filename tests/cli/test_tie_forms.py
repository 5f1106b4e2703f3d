"""Paper tie forms (issue 18): the ties sheet of the template, read back, all or nothing."""

import sqlite3

from openpyxl import load_workbook

from pps_monitor.demo import DEMO_NAME as P
from tests.cli.conftest import run

LAST = "Voorjaar 2026"


def template(capsys, db, tmp_path):
    out = tmp_path / "forms.xlsx"
    code, _, err = run(
        capsys,
        "form-template",
        "--db",
        db,
        "--partnership",
        P,
        "--round",
        LAST,
        "--out",
        out,
        "--lang",
        "nl",
    )
    assert code == 0, err
    return out


def counts(db):
    con = sqlite3.connect(db)
    out = tuple(
        con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("respondents", "tie_respondents", "tie_answers")
    )
    con.close()
    return out


def fill(path, rows):
    book = load_workbook(path)
    for row in rows:
        book["ties"].append(row)
    book.save(path)


def test_the_template_has_a_ties_sheet_with_its_guide(capsys, demo_db, tmp_path):
    book = load_workbook(template(capsys, demo_db, tmp_path))
    assert {"forms", "ties", "ties guide"} <= set(book.sheetnames)
    assert [c.value for c in book["ties"][1]] == [
        "form",
        "organisation",
        "about",
        "frequency",
        "goals",
        "knowledge",
        "trust",
        "communication",
    ]
    guide = [row[0] for row in book["ties guide"].iter_rows(values_only=True)]
    assert "Groenbedrijf Van Ee" in guide
    # The template was asked in Dutch: its guide explains the cells in Dutch.
    text = " ".join(str(c) for r in book["ties guide"].iter_rows(values_only=True) for c in r if c)
    assert "betekenis" in text and "maandelijks" in text and "geen contact" in text
    assert "meaning" not in text and "monthly" not in text


def test_tie_forms_are_stored_one_respondent_per_form(capsys, demo_db, tmp_path):
    path = template(capsys, demo_db, tmp_path)
    fill(
        path,
        [
            [1, "Gemeente Rivierenland", "Werkbedrijf De Linge", 4, 5, 4, "?", 0],
            [1, "gemeente rivierenland", "Groenbedrijf Van Ee", "jaarlijks", 2, 2, 3, 2],
            [2, "Werkbedrijf De Linge", "Gemeente Rivierenland", "weekly", 3, 3, 3, 3],
        ],
    )
    before = counts(demo_db)
    code, out, err = run(
        capsys,
        "import-forms",
        "--db",
        demo_db,
        "--partnership",
        P,
        "--round",
        LAST,
        path,
        "--dry-run",
    )
    assert code == 0 and "2 tie form(s)" in out and counts(demo_db) == before
    code, out, err = run(
        capsys, "import-forms", "--db", demo_db, "--partnership", P, "--round", LAST, path
    )
    assert code == 0, err
    after = counts(demo_db)
    assert after == (before[0], before[1] + 2, before[2] + 3 * 5)
    con = sqlite3.connect(demo_db)
    values = con.execute(
        "SELECT a.item_code, a.value FROM tie_answers a JOIN organisations o ON o.id = a.target_id"
        " WHERE o.name = 'Groenbedrijf Van Ee' AND a.respondent_id IN (SELECT respondent_id"
        " FROM tie_answers GROUP BY respondent_id HAVING count(*) = 10)"
    ).fetchall()
    con.close()
    assert dict(values) == {
        "frequency": 1,
        "goals": 2,
        "knowledge": 2,
        "trust": 3,
        "communication": 2,
    }


def test_a_bad_cell_stores_nothing(capsys, demo_db, tmp_path):
    path = template(capsys, demo_db, tmp_path)
    fill(
        path,
        [
            [1, "Gemeente Rivierenland", "Werkbedrijf De Linge", 4, 5, 4, 3, 3],
            [2, "Gemeente Rivierenland", "Gemeente Rivierenland", 4, 5, 4, 3, 3],
            [3, "Nobody BV", "Werkbedrijf De Linge", 9, 7, 4, 3, 3],
        ],
    )
    before = counts(demo_db)
    code, out, err = run(
        capsys, "import-forms", "--db", demo_db, "--partnership", P, "--round", LAST, path
    )
    assert code == 1 and err.count("\n") == 1 and "nothing was stored" in err
    assert "row 3, column about" in out and "row 4, column organisation" in out
    assert "row 4, column frequency" in out and "row 4, column goals" in out
    assert counts(demo_db) == before
