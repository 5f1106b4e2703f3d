"""Key figures and the balance rule in the database (schema v5), and the migration."""

import shutil

import pytest

from pps_monitor.domain.balance_sheet import DEFAULT_RULE, Rule
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.errors import InputError
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.storage.key_figures import (
    get_balance_rule,
    get_key_figures,
    partnership_key_figures,
    set_balance_rule,
    set_key_figures,
)
from pps_monitor.storage.undo import delete_with_undo, restore
from tests.paths import FIXTURES


@pytest.fixture
def db(tmp_path):
    return open_database(tmp_path / "kf.sqlite")


@pytest.fixture
def round_id(db):
    pid = repo.create_partnership(db, "P")
    return repo.create_round(db, pid, "R1", "2026-01-01", default_instrument())


def test_set_merge_clear_and_replace(db, round_id):
    assert get_key_figures(db, round_id) == {}
    set_key_figures(db, round_id, {"jobs_created": 5, "jobs_filled": 4})
    set_key_figures(db, round_id, {"revenue": 1250.5})
    assert get_key_figures(db, round_id) == {"jobs_created": 5, "jobs_filled": 4, "revenue": 1250.5}
    set_key_figures(db, round_id, {"revenue": None})
    assert "revenue" not in get_key_figures(db, round_id)
    set_key_figures(db, round_id, {"workers_started": 3}, replace=True)
    assert get_key_figures(db, round_id) == {"workers_started": 3}


def test_nothing_half_written_on_a_bad_value(db, round_id):
    set_key_figures(db, round_id, {"jobs_created": 5})
    with pytest.raises(InputError, match="Jobs filled cannot be larger than jobs created"):
        set_key_figures(db, round_id, {"jobs_filled": 6, "workers_started": 2})
    with pytest.raises(InputError, match="kan niet negatief"):
        set_key_figures(db, round_id, {"workers_left": -1}, lang="nl")
    assert get_key_figures(db, round_id) == {"jobs_created": 5}


def test_partnership_figures_and_undo_of_a_round(db, round_id):
    pid = repo.get_round(db, round_id)["partnership_id"]
    set_key_figures(db, round_id, {"jobs_created": 5})
    assert partnership_key_figures(db, pid) == {round_id: {"jobs_created": 5}}
    deleted = delete_with_undo(db, "rounds", round_id)
    assert partnership_key_figures(db, pid) == {}
    restore(db, deleted)
    assert get_key_figures(db, round_id) == {"jobs_created": 5}


def test_balance_rule(db, round_id):
    pid = repo.get_round(db, round_id)["partnership_id"]
    assert get_balance_rule(db, pid) == DEFAULT_RULE
    assert set_balance_rule(db, pid, Rule(good=4.0, mixed=3.0, method="lowest")) == Rule(
        4.0, 3.0, "lowest"
    )
    with pytest.raises(InputError):
        set_balance_rule(db, pid, Rule(good=3.0, mixed=3.0))
    assert get_balance_rule(db, pid).good == 4.0


@pytest.mark.parametrize(
    "fixture",
    [
        "schema_v1.sqlite",
        "schema_v2.sqlite",
        "schema_v2_rich.sqlite",
        "schema_v3.sqlite",
    ],
)
def test_every_fixture_migrates_to_key_figures(tmp_path, fixture):
    path = tmp_path / fixture
    shutil.copy(FIXTURES / fixture, path)
    db = open_database(path)
    rounds = list(db.query("SELECT id FROM rounds"))
    assert {"key_figures", "balance_rules"} <= set(db.table_names())
    if rounds:
        set_key_figures(db, rounds[0]["id"], {"hours_worked": 120.5})
        assert get_key_figures(db, rounds[0]["id"]) == {"hours_worked": 120.5}
    applied = [r["name"] for r in db.query("SELECT name FROM _sqlite_migrations")]
    assert "m005_key_figures" in applied
