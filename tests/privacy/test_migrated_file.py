"""After the v3 migration the file itself holds no trace of the old times, sources or order."""

import re
import shutil
import sqlite3
from pathlib import Path

from pps_monitor.domain.breakdown import breakdown
from pps_monitor.services.report_data import load_report_data
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from tests.paths import FIXTURES

STAMP = rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"


def test_migrated_file_keeps_no_respondent_time_or_source(tmp_path):
    path = tmp_path / "rich.sqlite"
    shutil.copy(FIXTURES / "schema_v2_rich.sqlite", path)
    raw = path.read_bytes()
    assert raw.count(b"meeting") > 0 and len(re.findall(STAMP, raw)) > 20  # the old traces
    db = open_database(path)
    allowed = sum(
        db.execute(q).fetchone()[0]
        for q in (
            "SELECT count(*) FROM partnerships",
            "SELECT count(*) FROM rounds",
            "SELECT count(closed_at) FROM rounds",
            "SELECT count(*) FROM action_points",
            "SELECT count(*) FROM paper_drafts",
        )
    )
    db.close()
    raw = path.read_bytes()
    # secure_delete zeroed the freed pages: no source word and no respondent time left
    assert raw.count(b"meeting") == 0
    assert len(re.findall(STAMP, raw)) == allowed
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


# What the round of schema_v8_shown_dont_know.sqlite showed before the upgrade (see
# tests/fixtures/make_schema_v8.py): at the meeting (10), then with a late batch (13).
SHOWN_MEETING = {"dim_n": 10, "item_n": 10, "public_n": 5, "public_mean": 3.233333333333333}
SHOWN_LATE = {"dim_n": 13, "dim_mean": 2.8974358974358974, "item_n": 13, "public_n": None}


def test_upgrading_a_shown_round_moves_no_figure_by_fewer_than_k(tmp_path):
    """The upgraded file shows the round's figures as they were, or moved by at least k.

    Without m010 the first dimension's n goes from 13 to 12 (one person: the "don't
    know" respondent, whose answers the difference gives), and the public cell, hidden
    after the late batch, is shown over other people than at the meeting. With it, the
    round's respondents carry what the old method showed (``shown_before``) and the late
    batch is batch 2 again, so the first dimension and its cells are held back.
    """
    path = tmp_path / "v8.sqlite"
    shutil.copy(FIXTURES / "schema_v8_shown_dont_know.sqlite", path)
    db = open_database(path)
    pid = repo.list_partnerships(db)[0]["id"]
    result = load_report_data(db, pid, "R1").result
    dim = result.instrument.dimensions[0]
    figure = result.scores.dimension(dim.code)
    item = result.scores.items[dim.items[1].code]
    cell = next(
        c
        for c in breakdown(result.instrument, result.responses, "sector")[0].cells
        if c.group == "public"
    )
    db.close()
    k = 3
    for new, old in ((figure.n, SHOWN_LATE["dim_n"]), (item.n, SHOWN_LATE["item_n"])):
        assert new in (0, old) or abs(new - old) >= k
    assert cell.hidden or (cell.n, cell.mean) == (
        SHOWN_MEETING["public_n"],
        SHOWN_MEETING["public_mean"],
    )
