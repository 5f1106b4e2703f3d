"""After the v3 migration the file itself holds no trace of the old times, sources or order."""

import re
import shutil
import sqlite3
from pathlib import Path

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
