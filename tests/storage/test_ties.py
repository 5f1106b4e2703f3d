"""Tie respondents (issue 18): stored apart, random keys, release once, migration m006."""

import shutil
import sqlite3

import pytest

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.domain.ties import QUALITY_ITEMS, TIE_ITEMS
from pps_monitor.errors import InputError
from pps_monitor.storage import repository as repo
from pps_monitor.storage import ties
from pps_monitor.storage.database import open_database
from tests.paths import FIXTURES

INST = default_instrument()


def rating(freq, q):
    return {"frequency": freq, **dict.fromkeys(QUALITY_ITEMS, q)}


@pytest.fixture
def setup(db):
    pid = repo.create_partnership(db, "Netwerk Emmen")
    orgs = [
        repo.add_organisation(db, pid, name, sector)
        for name, sector in (("Gemeente", "public"), ("Werkbedrijf", "social_enterprise"))
    ]
    rid = repo.create_round(db, pid, "Voorjaar", "2026-03-01", INST)
    ties.set_tie_module(db, rid, True)
    return pid, rid, orgs


def test_round_trip_and_release_once(db, setup):
    _, rid, (gem, wb) = setup
    new = [ties.NewTieResponse(gem, {wb: rating(4, 4)}) for _ in range(3)]
    assert ties.add_tie_responses(db, rid, new) == 3
    assert ties.load_ties(db, rid) == []  # nothing released yet
    assert ties.release_ties(db, rid) == ties.TieRelease(3, 0)
    loaded = ties.load_ties(db, rid)
    assert [(t.organisation, t.ratings[wb]["trust"]) for t in loaded] == [(gem, 4)] * 3
    # later answers wait: the figures were shown
    ties.add_tie_responses(db, rid, [ties.NewTieResponse(wb, {gem: rating(2, None)})])
    assert ties.release_ties(db, rid) == ties.TieRelease(3, 1)
    assert len(ties.load_ties(db, rid)) == 3


def test_no_link_to_the_main_questionnaire_and_random_keys(db, setup):
    _, rid, (gem, wb) = setup
    ties.add_tie_responses(db, rid, [ties.NewTieResponse(gem, {wb: rating(4, 4)})] * 20)
    columns = {row[1] for row in db.execute("PRAGMA table_info(tie_respondents)")}
    assert columns == {"id", "uuid", "round_id", "organisation_id", "released"}
    keys = [row[0] for row in db.execute("SELECT id FROM tie_respondents")]
    assert len(set(keys)) == 20 and min(keys) > 1000  # rowid = a random key: no order
    wr = db.execute("SELECT sql FROM sqlite_master WHERE name = 'tie_answers'").fetchone()[0]
    assert "WITHOUT ROWID" in wr


def test_bad_input_is_refused_whole(db, setup):
    _, rid, (gem, wb) = setup
    good = ties.NewTieResponse(gem, {wb: rating(4, 4)})
    with pytest.raises(InputError, match="own organisation"):
        ties.add_tie_responses(db, rid, [good, ties.NewTieResponse(gem, {gem: rating(4, 4)})])
    with pytest.raises(InputError, match="Choose the organisation"):
        ties.add_tie_responses(db, rid, [ties.NewTieResponse("nope", {wb: rating(4, 4)})])
    with pytest.raises(InputError, match="frequency"):
        ties.add_tie_responses(db, rid, [ties.NewTieResponse(gem, {wb: rating(9, 4)})])
    assert ties.tie_counts(db, rid) == ties.TieRelease(0, 0)


def test_round_without_the_module_refuses_tie_answers(db, setup):
    pid, _, (gem, wb) = setup
    other = repo.create_round(db, pid, "Najaar", "2026-09-01", INST)
    with pytest.raises(InputError, match="does not include"):
        ties.add_tie_responses(db, other, [ties.NewTieResponse(gem, {wb: rating(4, 4)})])
    assert ties.tie_rounds(db, pid) == [setup[1]]


def test_the_check_constraint_lists_the_domain_codes(db):
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'tie_answers'").fetchone()[0]
    assert all(f"'{code}'" in sql for code in TIE_ITEMS)


@pytest.mark.parametrize("fixture", ["schema_v1", "schema_v2", "schema_v2_rich"])
def test_existing_databases_migrate_to_the_tie_tables(tmp_path, fixture):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / f"{fixture}.sqlite", path)
    db = open_database(path)
    assert {"tie_modules", "tie_respondents", "tie_answers"} <= set(db.table_names())
    names = [row[0] for row in db.execute("SELECT name FROM _sqlite_migrations")]
    assert "m006_ties" in names
    (p, *_) = repo.list_partnerships(db)
    rounds = repo.list_rounds(db, p["id"])
    orgs = [o["id"] for o in repo.list_organisations(db, p["id"])]
    if len(orgs) < 2:
        orgs.append(repo.add_organisation(db, p["id"], "Werkgever", "private"))
    ties.set_tie_module(db, rounds[0]["id"], True)
    ties.add_tie_responses(
        db, rounds[0]["id"], [ties.NewTieResponse(orgs[0], {orgs[1]: rating(3, 4)})]
    )
    db.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM tie_answers").fetchone()[0] == 5
    con.close()


def _tie_rows(db):
    return {
        t: sorted(map(tuple, db.execute(f"SELECT * FROM {t}").fetchall()), key=str)
        for t in ("tie_modules", "tie_respondents", "tie_answers")
    }


@pytest.mark.parametrize("what", ["rounds", "organisations", "partnerships"])
def test_deleting_with_undo_puts_tie_answers_back(db, setup, what):
    from pps_monitor.storage.undo import delete_with_undo, restore

    pid, rid, (gem, wb) = setup
    third = repo.add_organisation(db, pid, "Kringloop", "private")
    ties.add_tie_responses(
        db, rid, [ties.NewTieResponse(gem, {wb: rating(4, 4), third: rating(2, None)})] * 2
    )
    ties.add_tie_responses(db, rid, [ties.NewTieResponse(third, {gem: rating(1, 3)})])
    before = _tie_rows(db)
    record = {"rounds": rid, "organisations": gem, "partnerships": pid}[what]
    deleted = delete_with_undo(db, what, record)
    assert _tie_rows(db) != before
    restore(db, deleted)
    assert _tie_rows(db) == before
