"""A partnership's language (issue 12, m007): stored by create-partnership --lang and
used by its report and score tables wherever no --lang is given."""

import shutil
import sqlite3

import pytest
from pypdf import PdfReader

from pps_monitor.demo import DEMO_NAME, add_demo
from pps_monitor.errors import InputError
from pps_monitor.storage import partnerships as sp
from pps_monitor.storage.database import open_database
from tests.cli.conftest import run
from tests.paths import FIXTURES


def test_create_partnership_stores_its_language(tmp_path, capsys):
    db = tmp_path / "hub.sqlite"
    code, out, _ = run(capsys, "create-partnership", "--db", db, "--name", "Hub", "--lang", "nl")
    assert code == 0 and "Dutch" in out
    assert run(capsys, "create-partnership", "--db", db, "--name", "Other")[0] == 0
    con = sqlite3.connect(db)
    assert dict(con.execute("SELECT name, language FROM partnerships")) == {
        "Hub": "nl",
        "Other": None,
    }
    con.close()


@pytest.fixture
def dutch_demo(tmp_path):
    path = tmp_path / "demo.sqlite"
    db = open_database(path)
    pid = add_demo(db)
    sp.set_language(db, pid, "nl")
    db.close()
    return path


def test_scores_and_report_speak_the_partnerships_language(
    dutch_demo, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    argv = ["scores", "--db", dutch_demo, "--partnership", DEMO_NAME, "--round", "Najaar 2025"]
    code, out, _ = run(capsys, *argv)
    assert code == 0 and "respondenten" in out and "dimensie" in out
    code, out, _ = run(capsys, *argv, "--lang", "en")  # --lang still wins
    assert code == 0 and "respondents" in out and "dimensie" not in out
    pdf = tmp_path / "r.pdf"
    code, _, _ = run(capsys, "report", *argv[1:], "--out", pdf)
    assert code == 0
    assert "Ronde" in PdfReader(pdf).pages[0].extract_text()


def test_a_language_outside_nl_and_en_is_refused(tmp_path):
    db = open_database(tmp_path / "x.sqlite")
    with pytest.raises(InputError, match="nl or en"):
        sp.create_partnership(db, "X", language="de")
    pid = sp.create_partnership(db, "X")
    assert sp.get_language(db, pid) is None
    with pytest.raises(InputError):
        sp.set_language(db, pid, "fr")
    sp.set_language(db, pid, "en")
    assert sp.get_language(db, pid) == "en"
    sp.set_language(db, pid, None)
    assert sp.get_language(db, pid) is None


@pytest.mark.parametrize(
    "name",
    [
        "schema_v1.sqlite",
        "schema_v2.sqlite",
        "schema_v2_rich.sqlite",
        "schema_v3.sqlite",
        "schema_v3_rich.sqlite",
    ],
)
def test_m007_gives_every_existing_partnership_no_language(tmp_path, name):
    path = tmp_path / name
    shutil.copy(FIXTURES / name, path)
    before = sqlite3.connect(path)
    names = sorted(r[0] for r in before.execute("SELECT name FROM partnerships"))
    before.close()
    db = open_database(path)
    rows = db.execute("SELECT name, language FROM partnerships ORDER BY name").fetchall()
    assert [r[0] for r in rows] == names and all(r[1] is None for r in rows)
    applied = {r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")}
    assert "m007_partnership_language" in applied
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE partnerships SET language = 'de'")
