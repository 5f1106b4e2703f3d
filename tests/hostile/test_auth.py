"""Round keys (issue 14): made with each new round, carried by its round package, absent
(and not required) for rounds made before they existed."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.exchange import package as px
from pps_monitor.exchange.auth import is_key
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _manifest(path: Path) -> dict:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("manifest.json"))


def test_a_new_round_has_a_key_that_travels_with_its_package(tmp_path):
    a = open_database(tmp_path / "a.sqlite")
    pid = repo.create_partnership(a, "Sleutel PPS")
    rid = repo.create_round(a, pid, "R1", "2026-01-01", default_instrument())
    key = a.execute("SELECT exchange_key FROM rounds WHERE id = ?", [rid]).fetchone()[0]
    assert is_key(key)
    other = repo.create_round(a, pid, "R2", "2026-02-01", default_instrument())
    assert a.execute("SELECT exchange_key FROM rounds WHERE id = ?", [other]).fetchone()[0] != key
    b = open_database(tmp_path / "b.sqlite")
    px.import_file(b, px.export_round_package(a, rid, tmp_path / "round.ppsmonitor"))
    assert b.execute("SELECT exchange_key FROM rounds WHERE id = ?", [rid]).fetchone()[0] == key
    answers = {i.code: 3 for i in default_instrument().items}
    repo.add_response(b, rid, repo.NewResponse(answers, source="meeting"))
    out = px.export_responses(b, rid, tmp_path / "answers.ppsmonitor", complete=True)
    assert _manifest(out)["auth"]["alg"] == "HMAC-SHA256"
    assert px.import_file(a, out).count("respondents") == 1


def test_a_round_from_before_keys_is_read_as_before(tmp_path):
    """The v3 fixture migrates (m008) to a round without a key; its files carry no
    authentication and are still imported."""
    path = Path(shutil.copy(FIXTURES / "schema_v3.sqlite", tmp_path / "old.sqlite"))
    db = open_database(path)
    (rid, key) = db.execute("SELECT id, exchange_key FROM rounds").fetchone()
    assert key is None
    out = px.export_responses(db, rid, tmp_path / "answers.ppsmonitor", complete=True)
    assert "auth" not in _manifest(out)
    plan = px.plan_import(db, out)
    assert plan.present == 2 and not plan.conflicts  # one respondent and one comment
    db.close()
    con = sqlite3.connect(path)
    assert "exchange_key" in [r[1] for r in con.execute("PRAGMA table_info(rounds)")]
    con.close()
