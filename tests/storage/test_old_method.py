"""Migration m010: rounds shown by the old method before the upgrade (issue 11, F1).

The fixture's round (tests/fixtures/make_schema_v8.py) was shown under schema 8 at the
meeting (10, one "don't know" to the first statement of the first dimension) and with
3 late answers that the old breakdowns left out.
"""

from __future__ import annotations

import random
import re
import shutil
import sqlite3

from pypdf import PdfReader

from pps_monitor.domain.breakdown import breakdown
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.domain.release_sets import METHOD_CHANGED, round_sets
from pps_monitor.domain.scoring import DEFAULT_SETTINGS
from pps_monitor.reports.report import build_report
from pps_monitor.services.report_data import load_report_data
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.storage.migrations import SCHEMA_VERSION
from tests.paths import FIXTURES
from tests.test_scoring_paths import same

INST = default_instrument()
FIRST = INST.dimensions[0]


def upgraded(tmp_path):
    path = tmp_path / "v8.sqlite"
    shutil.copy(FIXTURES / "schema_v8_shown_dont_know.sqlite", path)
    db = open_database(path)
    pid = repo.list_partnerships(db)[0]["id"]
    rid = db.execute("SELECT id FROM rounds").fetchone()[0]
    return db, pid, rid


def complete(rng: random.Random, sector: str, role: str) -> repo.NewResponse:
    return repo.NewResponse(
        {c: rng.randint(1, 5) for c in INST.item_by_code}, sector=sector, role=role
    )


def test_upgrade_from_schema_8_records_what_the_old_method_showed(tmp_path):
    db, _, _ = upgraded(tmp_path)
    rows = db.execute(
        "SELECT released, generation, shown_before, count(*) FROM respondents"
        " GROUP BY 1, 2, 3 ORDER BY 1"
    ).fetchall()
    db.close()
    # the meeting's 10 in the breakdowns, batch 1; the late 3 in the round only, batch 2
    assert rows == [(1, 2, 1, 3), (2, 1, 2, 10)]


def test_a_file_already_at_schema_9_is_left_as_it_is(tmp_path):
    path = tmp_path / "v9.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "P")
    rid = repo.create_round(db, pid, "R1", "2026-01-10", INST)
    rng = random.Random(1)
    repo.add_responses(db, rid, [complete(rng, "public", "manager") for _ in range(6)])
    repo.release_round(db, rid)
    db.close()
    con = sqlite3.connect(path)  # back to schema 9: m010 not yet run
    con.execute("ALTER TABLE respondents DROP COLUMN shown_before")
    con.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_shown_by_old_method'")
    con.execute("PRAGMA user_version = 9")
    con.commit()
    con.close()
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    marked = db.execute("SELECT count(shown_before), max(generation) FROM respondents")
    assert marked.fetchone() == (0, 1)
    figure = load_report_data(db, pid, "R1").result.scores.dimension(FIRST.code)
    db.close()
    assert figure.n == 6


def test_the_held_figure_moves_once_a_batch_of_k_arrives(tmp_path):
    db, pid, rid = upgraded(tmp_path)
    sets = round_sets(INST, load_report_data(db, pid, "R1").result.responses, DEFAULT_SETTINGS)
    assert sets[FIRST.code].held == METHOD_CHANGED and sets[FIRST.code].n == 0
    # 12 complete answers held back, none of them "waiting" for a batch of k
    assert (sets[FIRST.code].held_n, sets[FIRST.code].waiting) == (12, 0)
    assert all(sets[d.code].held is None for d in INST.dimensions[1:])
    same(db, pid, DEFAULT_SETTINGS)  # both scoring paths hold the same figures back

    rng = random.Random(2)
    repo.add_responses(db, rid, [complete(rng, "private", "professional") for _ in range(2)])
    repo.release_round(db, rid)  # 2 < min_round: nothing moves, still held
    result = load_report_data(db, pid, "R1").result
    assert result.scores.dimension(FIRST.code).n == 0

    repo.add_responses(db, rid, [complete(rng, "public", "manager") for _ in range(3)])
    repo.release_round(db, rid)
    result = load_report_data(db, pid, "R1").result
    figure = result.scores.dimension(FIRST.code)
    # 12 complete cases shown before plus the 5 new ones: 4 people from the 13 shown
    assert figure.n == 17 and figure.mean is not None
    same(db, pid, DEFAULT_SETTINGS)
    cells = breakdown(result.instrument, result.responses, "sector")[0].cells
    db.close()
    # no cell moves by fewer than min_breakdown from the meeting's (5 public, 5 private)
    for cell in cells:
        assert cell.hidden or cell.n == 5 or abs(cell.n - 5) >= DEFAULT_SETTINGS.min_breakdown


def test_the_report_says_why_the_figures_are_held_back(tmp_path):
    db, pid, _ = upgraded(tmp_path)
    scores = load_report_data(db, pid, "R1").result.scores
    assert scores.dimension(FIRST.code).held == METHOD_CHANGED
    pdf = build_report(db, pid, tmp_path / "r.pdf", round_label="R1", invariant=True, lang="nl")
    db.close()
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(pdf).pages))
    assert "Achtergehouden (methode gewijzigd)" in text
    # the held row says how many answers are held back, marked, not "n 0"
    row = re.search(re.escape(INST.label(FIRST.code, "nl")) + r" (\S+) – –", text)
    assert row is not None and row.group(1) == "12*", text[:3000]


def test_the_scores_json_says_what_is_held_back(tmp_path, capsys):
    import json

    from pps_monitor.cli import main

    db, _, _ = upgraded(tmp_path)
    db.close()
    path = str(tmp_path / "v8.sqlite")
    argv = ["scores", "--db", path, "--partnership", "P", "--round", "R1", "--format", "json"]
    assert main(argv) == 0
    out = json.loads(capsys.readouterr().out)
    first = next(d for d in out["dimensions"] if d["code"] == FIRST.code)
    assert (first["held"], first["held_n"], first["n"], first["mean"]) == (
        METHOD_CHANGED,
        12,
        0,
        None,
    )
    others = [d for d in out["dimensions"] if d["code"] != FIRST.code]
    assert all(d["held"] is None and d["held_n"] == 0 for d in others)
