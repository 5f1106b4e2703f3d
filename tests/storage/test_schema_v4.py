"""Schema v4 (issue 17): several instruments in one round, each for its own respondents."""

import shutil
import sqlite3

import pytest

from pps_monitor.domain.instrument import default_instrument, group_default
from pps_monitor.errors import InputError
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.storage.loading import load_group_rounds
from tests.paths import FIXTURES

PARTNERS, EMPLOYERS, WORKERS = (group_default(g) for g in ("partners", "employers", "workers"))


def _answers(inst, value=3):
    return {i.code: value for i in inst.items}


@pytest.mark.parametrize("name", ["schema_v3.sqlite", "schema_v3_rich.sqlite"])
def test_v3_rounds_become_partners_rounds_and_keep_everything(tmp_path, name):
    path = tmp_path / name
    shutil.copy(FIXTURES / name, path)
    old = sqlite3.connect(path)
    before = sorted(
        old.execute(
            "SELECT s.round_id, s.released, a.item_code, a.value FROM answers a"
            " JOIN respondents s ON s.id = a.respondent_id"
        ).fetchall(),
        key=repr,
    )
    rounds_before = old.execute("SELECT count(*) FROM rounds").fetchone()[0]
    old.close()
    db = open_database(path)
    after = sorted(
        db.execute(
            "SELECT s.round_id, s.released, a.item_code, a.value FROM answers a"
            " JOIN respondents s ON s.id = a.respondent_id"
        ).fetchall(),
        key=repr,
    )
    assert after == before
    rows = db.execute("SELECT respondent_group, main_round_id FROM rounds").fetchall()
    assert rows == [("partners", None)] * rounds_before
    assert db.execute("SELECT count(*) FROM facts").fetchone()[0] == 0
    (p,) = repo.list_partnerships(db)
    for r in repo.list_rounds(db, p["id"]):
        (only,) = repo.round_parts(db, r["id"])
        assert only["id"] == r["id"] and only["respondent_group"] == "partners"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.fixture
def three(db):
    pid = repo.create_partnership(db, "P")
    rid = repo.create_round(db, pid, "R1", "2026-03-01", PARTNERS, parts=[WORKERS, EMPLOYERS])
    return pid, rid


def test_a_round_with_parts_lists_once_and_knows_its_groups(db, three):
    pid, rid = three
    (listed,) = repo.list_rounds(db, pid)
    assert listed["id"] == rid
    parts = repo.round_parts(db, rid)
    assert [p["respondent_group"] for p in parts] == ["partners", "employers", "workers"]
    assert {p["label"] for p in parts} == {"R1"}
    assert repo.round_instrument(repo.round_part(db, rid, "workers")).id == "workers-value"
    assert repo.round_part(db, parts[2]["id"], "employers")["id"] == parts[1]["id"]
    with pytest.raises(InputError, match="Two instruments"):
        repo.create_round(db, pid, "R2", "2026-04-01", PARTNERS, parts=[default_instrument()])
    with pytest.raises(InputError, match="already has a round labelled 'R1'"):
        repo.create_round(db, pid, "R1", "2026-04-01", WORKERS)


def test_each_group_keeps_its_own_answers_and_release(db, three):
    pid, rid = three
    workers = repo.round_part(db, rid, "workers")["id"]
    repo.add_responses(db, rid, [repo.NewResponse(_answers(PARTNERS, 4))] * 3)
    repo.add_responses(db, workers, [repo.NewResponse(_answers(WORKERS, 2))] * 2)
    assert [len(r.answers) for r in repo.load_responses(db, rid)] == [len(PARTNERS.items)] * 3
    for response in repo.load_responses(db, workers):
        assert set(response.answers) == set(WORKERS.item_by_code)
    assert repo.release_round(db, rid) == 3
    assert repo.release_round(db, workers) == 0  # 2 < min_round: nothing leaves
    assert repo.release_state(db, workers).included == 2
    (main,) = repo.load_partnership_rounds(db, pid)
    assert main.round["id"] == rid and len(main.responses) == 3
    (w,) = load_group_rounds(db, pid, "workers")
    assert (w.round["label"], w.instrument.id, len(w.responses)) == ("R1", "workers-value", 2)
    with pytest.raises(InputError, match="Unknown item"):
        repo.add_response(db, workers, repo.NewResponse(_answers(PARTNERS)))


def test_employers_are_pooled_over_the_breakdown_minimum(db, three):
    _, rid = three
    employers = repo.round_part(db, rid, "employers")["id"]
    repo.add_responses(db, employers, [repo.NewResponse(_answers(EMPLOYERS))] * 4)
    state = repo.release_state(db, employers)
    assert (state.min_round, state.min_breakdown) == (5, 5)
    assert repo.release_round(db, employers) == 0  # 4 employers: not enough to show
    repo.add_response(db, employers, repo.NewResponse(_answers(EMPLOYERS)))
    assert repo.release_round(db, employers) == 5
    assert repo.release_state(db, rid).min_round == 3  # the partners keep their minimum


def test_facts_are_stored_checked_and_survive_reordering(db, three):
    _, rid = three
    workers = repo.round_part(db, rid, "workers")["id"]
    for hours in (20, 32, 36):
        repo.add_response(
            db, workers, repo.NewResponse(_answers(WORKERS), facts={"W-HOURS": hours})
        )
    stored = sorted(v for (v,) in db.execute("SELECT value FROM facts").fetchall())
    assert stored == [20, 32, 36]
    with pytest.raises(InputError, match="outside 0-60"):
        repo.add_response(db, workers, repo.NewResponse(_answers(WORKERS), facts={"W-HOURS": 99}))
    with pytest.raises(InputError, match="Unknown fact"):
        repo.add_response(db, rid, repo.NewResponse(_answers(PARTNERS), facts={"W-HOURS": 9}))


def test_closing_and_erasing_a_round_takes_its_parts(db, three):
    _, rid = three
    workers = repo.round_part(db, rid, "workers")["id"]
    repo.add_response(db, workers, repo.NewResponse(_answers(WORKERS), facts={"W-MONTHS": 3}))
    repo.set_round_status(db, rid, "closed")
    assert {p["status"] for p in repo.round_parts(db, rid)} == {"closed"}
    db.execute("DELETE FROM rounds WHERE id = ?", [rid])
    for table in ("rounds", "respondents", "answers", "facts"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_undo_of_a_deleted_round_or_partnership_brings_back_its_parts(db, three):
    from pps_monitor.storage.undo import delete_with_undo, restore

    pid, rid = three
    workers = repo.round_part(db, rid, "workers")["id"]
    repo.add_response(db, workers, repo.NewResponse(_answers(WORKERS), facts={"W-HOURS": 30}))

    def state():
        return [
            db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("rounds", "respondents", "answers", "facts")
        ]

    before = state()
    assert before[:2] == [3, 1] and before[3] == 1
    for table, record in (("rounds", rid), ("partnerships", pid)):
        deleted = delete_with_undo(db, table, record)
        assert state() == [0, 0, 0, 0]
        restore(db, deleted)
        assert state() == before
        assert [p["respondent_group"] for p in repo.round_parts(db, rid)] == [
            "partners", "employers", "workers",
        ]  # fmt: skip
