import shutil
import sqlite3

import pytest

from pps_monitor.errors import DatabaseError
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.storage.migrations import APPLICATION_ID, SCHEMA_VERSION
from tests.paths import FIXTURES


def test_new_database_has_schema_wal_and_foreign_keys(db_path):
    db = open_database(db_path)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert {"partnerships", "rounds", "respondents", "answers", "action_points"} <= set(
        db.table_names()
    )


def test_reopen_keeps_data(db_path):
    db = open_database(db_path)
    repo.create_partnership(db, "Netwerk Emmen")
    db.close()
    assert [p["name"] for p in repo.list_partnerships(open_database(db_path))] == ["Netwerk Emmen"]


def test_newer_database_is_refused_untouched(db_path):
    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version of PPS Monitor"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Dit is geen database.")
    with pytest.raises(DatabaseError, match="not an SQLite file"):
        open_database(path)
    assert path.read_text() == "Dit is geen database."


def test_other_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE things (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="another program"):
        open_database(path)
    assert path.read_bytes() == before


def test_missing_database_without_create(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "nope.sqlite", create=False)
    assert not (tmp_path / "nope.sqlite").exists()


# Every schema that shipped has a frozen fixture (versions in between that never shipped,
# made while several migrations were written at once, have none).
SHIPPED = sorted(
    int(p.stem.removeprefix("schema_v")) for p in FIXTURES.glob("schema_v[0-9].sqlite")
)


def test_a_fixture_for_every_shipped_schema():
    assert SHIPPED[:3] == [1, 2, 3] and SHIPPED[-1] < SCHEMA_VERSION


@pytest.mark.parametrize("version", SHIPPED)
def test_every_earlier_schema_migrates(tmp_path, version):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / f"schema_v{version}.sqlite", path)
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "paper_drafts" in db.table_names()
    (backup,) = tmp_path.glob(f"old.before-v{SCHEMA_VERSION}-*.sqlite")
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == version
    assert old.execute("SELECT count(*) FROM answers").fetchone()[0] == 60
    old.close()
    (p,) = repo.list_partnerships(db)
    (r,) = repo.list_rounds(db, p["id"])
    assert r["respondents"] == 1
    assert len(repo.load_responses(db, r["id"])[0].answers) == 60
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_deleting_a_round_removes_its_answers(db):
    from pps_monitor.domain.instrument import default_instrument

    pid = repo.create_partnership(db, "P")
    rid = repo.create_round(db, pid, "R1", "2025-01-01", default_instrument())
    repo.add_response(db, rid, repo.NewResponse({i.code: 3 for i in default_instrument().items}))
    db.execute("DELETE FROM rounds WHERE id = ?", [rid])
    assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
