"""Schema v3: the migration from every frozen fixture, random keys, read-only opening."""

import shutil
import sqlite3
from collections import Counter

import pytest

from pps_monitor.errors import DatabaseError
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.storage.migrations import SCHEMA_VERSION
from tests.paths import FIXTURES

FIXTURE_FILES = ["schema_v1.sqlite", "schema_v2.sqlite", "schema_v2_rich.sqlite"]


def _old_content(path):
    """Every answer as a multiset per round, and the records that must survive."""
    con = sqlite3.connect(path)
    answers: dict[str, Counter] = {}
    for round_id, _rid, code, value in con.execute(
        "SELECT s.round_id, s.id, a.item_code, a.value FROM answers a"
        " JOIN respondents s ON s.id = a.respondent_id"
    ):
        answers.setdefault(round_id, Counter())[(code, value)] += 1
    people = {
        round_id: Counter(
            (sector, role, org)
            for sector, role, org in con.execute(
                "SELECT sector, role, organisation_id FROM respondents WHERE round_id = ?",
                [round_id],
            )
        )
        for (round_id,) in con.execute("SELECT id FROM rounds")
    }
    per_respondent = Counter(
        tuple(
            sorted(
                con.execute(
                    "SELECT item_code, value FROM answers WHERE respondent_id = ?", [rid]
                ).fetchall(),
                key=lambda a: a[0],
            )
        )
        for (rid,) in con.execute("SELECT id FROM respondents")
    )
    comments = Counter(
        con.execute(
            "SELECT s.round_id, c.dimension_code, c.text FROM comments c"
            " JOIN respondents s ON s.id = c.respondent_id"
        ).fetchall()
    )
    records = {
        t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
        for t in ("organisations", "action_points", "events")
    }
    rounds = sorted(con.execute("SELECT id, partnership_id, label, date FROM rounds").fetchall())
    drafts = (
        sorted(con.execute("SELECT round_id, pass FROM paper_drafts").fetchall())
        if (con.execute("SELECT 1 FROM sqlite_master WHERE name = 'paper_drafts'").fetchone())
        else []
    )
    paper_rounds = set()
    if "source" in {r[1] for r in con.execute("PRAGMA table_info(respondents)")}:
        paper_rounds = {
            r[0] for r in con.execute("SELECT round_id FROM respondents WHERE source = 'paper'")
        }
    con.close()
    return answers, people, per_respondent, comments, records, rounds, drafts, paper_rounds


@pytest.mark.parametrize("name", FIXTURE_FILES)
def test_migration_keeps_every_answer_and_record(tmp_path, name):
    path = tmp_path / name
    shutil.copy(FIXTURES / name, path)
    answers, people, per_resp, comments, records, rounds, drafts, paper = _old_content(path)
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    new_answers: dict[str, Counter] = {}
    for round_id, code, value in db.execute(
        "SELECT s.round_id, a.item_code, a.value FROM answers a"
        " JOIN respondents s ON s.id = a.respondent_id"
    ):
        new_answers.setdefault(round_id, Counter())[(code, value)] += 1
    assert new_answers == answers
    for round_id, expected in people.items():
        got = Counter(
            db.execute(
                "SELECT sector, role, organisation_id FROM respondents WHERE round_id = ?",
                [round_id],
            ).fetchall()
        )
        assert got == expected
    assert (
        Counter(
            tuple(
                sorted(
                    db.execute(
                        "SELECT item_code, value FROM answers WHERE respondent_id = ?", [rid]
                    ).fetchall(),
                    key=lambda a: a[0],
                )
            )
            for (rid,) in db.execute("SELECT id FROM respondents")
        )
        == per_resp
    )
    assert (
        Counter(db.execute("SELECT round_id, dimension_code, text FROM comments").fetchall())
        == comments
    )
    for table, rows in records.items():
        assert sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr) == rows
    assert (
        sorted(db.execute("SELECT id, partnership_id, label, date FROM rounds").fetchall())
        == rounds
    )
    kept = sorted(db.execute("SELECT round_id, pass FROM paper_drafts").fetchall())
    assert kept == [d for d in drafts if d[0] not in paper]
    # no time, no source, released, random keys, defaults of the privacy floor
    for table in ("respondents", "comments", "answers"):
        columns = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
        assert not columns & {"created_at", "source"}
    assert db.execute("SELECT count(*) FROM respondents WHERE released = 0").fetchone()[0] == 0
    for p in repo.list_partnerships(db):
        assert repo.get_privacy(db, p["id"]) == repo.Privacy(3, 5, 4.0, 3.0)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    db.close()


def test_rich_fixture_drafts_cleared_only_where_paper_forms_were_stored(tmp_path):
    path = tmp_path / "rich.sqlite"
    shutil.copy(FIXTURES / "schema_v2_rich.sqlite", path)
    db = open_database(path)
    labels = [
        r[0]
        for r in db.execute(
            "SELECT r.label FROM paper_drafts d JOIN rounds r ON r.id = d.round_id"
        ).fetchall()
    ]
    assert labels == ["R2"]  # the round without stored paper forms keeps its draft


def test_rekeyed_ids_do_not_follow_the_old_entry_order(tmp_path):
    path = tmp_path / "rich.sqlite"
    shutil.copy(FIXTURES / "schema_v2_rich.sqlite", path)
    con = sqlite3.connect(path)
    entry = [u for (u,) in con.execute("SELECT id FROM respondents ORDER BY created_at, rowid")]
    con.close()
    db = open_database(path)
    key = dict(db.execute("SELECT uuid, id FROM respondents").fetchall())
    ranks = sorted(range(len(entry)), key=lambda k: key[entry[k]])
    assert ranks != list(range(len(entry)))
    assert all(0 < key[u] < 2**31 for u in entry)


def test_readonly_open_writes_nothing_and_leaves_no_file(tmp_path):
    path = tmp_path / "data.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "P")
    db.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    data = path.read_bytes()
    ro = open_database(path, readonly=True)
    assert [p["id"] for p in repo.list_partnerships(ro)] == [pid]
    with pytest.raises(sqlite3.OperationalError):
        ro.execute(
            "INSERT INTO events (id, partnership_id, date, text) VALUES ('e', ?, "
            "'2025-01-01', 'x')",
            [pid],
        )
    ro.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert path.read_bytes() == data


def test_readonly_open_beside_an_open_writer_sees_its_data(tmp_path):
    path = tmp_path / "data.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "P")
    ro = open_database(path, readonly=True)
    assert [p["id"] for p in repo.list_partnerships(ro)] == [pid]
    ro.close()
    db.close()


def test_readonly_never_migrates_nor_creates(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema_v1.sqlite", path)
    data = path.read_bytes()
    with pytest.raises(DatabaseError, match="needs upgrading"):
        open_database(path, readonly=True)
    assert path.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "old.sqlite"]
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "none.sqlite", readonly=True)
    assert not (tmp_path / "none.sqlite").exists()


def test_readonly_refuses_a_newer_database(tmp_path):
    path = tmp_path / "new.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(path, readonly=True)


def test_every_write_leaves_an_empty_wal(tmp_path):
    from pps_monitor.domain.instrument import default_instrument

    path = tmp_path / "data.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "P")
    inst = default_instrument()
    rid = repo.create_round(db, pid, "R", "2025-01-01", inst)
    for k in range(3):
        repo.add_response(db, rid, repo.NewResponse({i.code: 1 + k for i in inst.items}))
        assert path.with_name("data.sqlite-wal").stat().st_size == 0
    db.close()


def test_a_reader_on_another_connection_never_makes_a_write_wait(tmp_path):
    import time

    path = tmp_path / "data.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "P")
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM partnerships").fetchone()  # holds a read snapshot
    start = time.perf_counter()
    repo.add_event(db, pid, "2025-01-01", "Start")
    assert time.perf_counter() - start < 2  # the checkpoint does not wait for the reader
    reader.execute("COMMIT")
    reader.close()
    repo.add_event(db, pid, "2025-02-01", "Later")  # the next write truncates the -wal
    assert path.with_name("data.sqlite-wal").stat().st_size == 0
    assert len(repo.list_events(db, pid)) == 2
    db.close()
