"""`ties` (issue 18): JSON with its schema, table and CSV, suppression, errors, release."""

import json
import sqlite3

import jsonschema

from pps_monitor.demo import DEMO_NAME as P
from pps_monitor.resources import resource_path
from tests.cli.conftest import run

LAST = "Voorjaar 2026"


def ties_json(capsys, db, label=LAST):
    code, out, err = run(
        capsys, "ties", "--db", db, "--partnership", P, "--round", label, "--format", "json"
    )
    assert (code, err) == (0, "")
    return json.loads(out)


def test_json_matches_its_schema_and_holds_back_small_groups(capsys, demo_db):
    data = ties_json(capsys, demo_db)
    schema = json.loads(resource_path("schema", "cli-ties.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    assert data["format"] == "pps-monitor/ties" and data["previous_round"] == "Najaar 2025"
    k = data["min_breakdown"]
    for tie in data["ties"]:
        assert (tie["mean"] is None) == (tie["n"] < k)
    thuisbest = next(o for o in data["organisations"] if o["name"].startswith("Woning"))
    assert thuisbest["respondents"] == 2 and thuisbest["rates_others"]["mean"] is None
    assert not [t for t in data["ties"] if t["from"].startswith("Woning") and t["mean"] is not None]
    # the drifting organisation's ties weakened
    weakened = {frozenset((p["a"], p["b"])) for p in data["pairs"] if p["change"] == "weakened"}
    assert weakened and all("Groenbedrijf Van Ee" in pair for pair in weakened)
    assert "Groenbedrijf Van Ee" in data["summary"]


def test_the_first_output_records_the_release(capsys, demo_db):
    con = sqlite3.connect(demo_db)
    before = con.execute("SELECT count(*) FROM tie_respondents WHERE released = 0").fetchone()[0]
    con.close()
    ties_json(capsys, demo_db)
    con = sqlite3.connect(demo_db)
    after = con.execute("SELECT count(*) FROM tie_respondents WHERE released = 0").fetchone()[0]
    con.close()
    assert before > 0 and after == 0
    assert sorted(p.name for p in demo_db.parent.iterdir()) == ["demo.sqlite"]


def test_table_and_csv(capsys, demo_db):
    code, out, _ = run(capsys, "ties", "--db", demo_db, "--partnership", P, "--round", LAST)
    assert code == 0 and "Groenbedrijf Van Ee" in out and "held back" in out
    code, out, _ = run(
        capsys, "ties", "--db", demo_db, "--partnership", P, "--round", LAST, "--format", "csv"
    )
    lines = out.lstrip("\ufeff").splitlines()
    assert code == 0 and lines[0].startswith("from;to;n;mean")
    assert len(lines) == 1 + 7 * 6  # one row per directed tie


def test_a_round_without_the_module_is_one_line_on_stderr(capsys, demo_db):
    code, out, err = run(
        capsys, "ties", "--db", demo_db, "--partnership", P, "--round", "Voorjaar 2024"
    )
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "does not include the tie questions" in err
    code, _, err = run(capsys, "ties", "--db", demo_db, "--partnership", P, "--round", "nope")
    assert code == 1 and err.count("\n") == 1


def test_the_report_releases_the_tie_answers_it_shows(capsys, demo_db, tmp_path):
    """A fresh database: `report` is the first output, and its network holds the ties."""
    from pypdf import PdfReader

    out = tmp_path / "r.pdf"
    code, _, err = run(
        capsys,
        "report",
        "--db",
        demo_db,
        "--partnership",
        P,
        "--round",
        LAST,
        "--lang",
        "en",
        "--out",
        out,
    )
    assert code == 0, err
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "pairs of organisations work together" in " ".join(text.split())
    con = sqlite3.connect(demo_db)
    pending = con.execute(
        "SELECT count(*) FROM tie_respondents t JOIN rounds r ON r.id = t.round_id"
        " WHERE r.label IN (?, ?) AND t.released = 0",
        [LAST, "Najaar 2025"],
    ).fetchone()[0]
    con.close()
    assert pending == 0
