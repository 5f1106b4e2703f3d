"""The web package's storage calls (web/store.py)."""

from __future__ import annotations

import pytest

from pps_monitor.storage.database import open_database
from pps_monitor.web import store
from pps_monitor.web.store import Questionnaire, store_questionnaire, store_questionnaires
from tests.web.conftest import INST


def q(value):
    return Questionnaire({i.code: value for i in INST.items}, None, None, {})


@pytest.fixture
def db(round_db):
    path, rid = round_db
    database = open_database(path, create=False)
    yield database, rid
    database.close()


def values(database):
    return sorted(r[0] for r in database.execute("SELECT DISTINCT value FROM answers"))


def test_a_batch_stores_each_questionnaire_on_its_own(db, monkeypatch):
    database, rid = db
    old = store_questionnaire(database, rid, q(1), None)
    monkeypatch.setattr(store, "round_released", lambda d, r: True)
    results = store_questionnaires(database, rid, [(q(2), None), (q(5), old), (q(3), None)])
    assert isinstance(results[1], store.ReleasedError)
    assert all(isinstance(r, str) for r in (results[0], results[2]))
    assert store.count_respondents(database, rid) == 3  # the old one kept, not replaced
    assert values(database) == [1, 2, 3]


def test_a_replacement_deletes_the_earlier_questionnaire_with_its_comments(db):
    database, rid = db
    first = Questionnaire({i.code: 2 for i in INST.items}, None, None, {"risks": "eerste"})
    old = store_questionnaire(database, rid, first, None)
    store_questionnaires(database, rid, [(q(4), old)])
    assert store.count_respondents(database, rid) == 1
    assert values(database) == [4]
    assert database.execute("SELECT count(*) FROM comments").fetchone()[0] == 0


def test_round_released_follows_the_release_state(db):
    from pps_monitor.storage import repository as repo

    database, rid = db
    assert store.round_released(database, rid) is False
    for value in (1, 2, 3):
        store_questionnaire(database, rid, q(value), None)
    assert store.round_released(database, rid) is False  # stored, nothing shown yet
    repo.release_round(database, rid)  # a figure of the round was shown
    assert store.round_released(database, rid) is True


def test_the_phone_pages_get_the_partnerships_minimums(db):
    from pps_monitor.storage import repository as repo

    database, rid = db
    pid = repo.get_round(database, rid)["partnership_id"]
    repo.set_privacy(database, pid, min_round=4, min_breakdown=6)
    info = store.load_round(database, rid)
    assert (info.min_round, info.min_breakdown) == (4, 6)


def test_a_phones_tie_set_replaces_its_earlier_one_until_the_tie_figures_are_shown(tie_round_db):
    from pps_monitor.storage import ties

    path, rid, orgs = tie_round_db
    gem, bak = orgs["Gemeente Delft"], orgs["Bakkerij <b>Jansen</b>"]
    database = open_database(path, create=False)
    try:
        first = store.store_tie_set(database, rid, store.TieSet(gem, {bak: {"trust": 2}}), None)
        second = store.store_tie_set(database, rid, store.TieSet(bak, {gem: {"trust": 5}}), first)
        assert second != first
        rows = database.execute("SELECT uuid, organisation_id FROM tie_respondents").fetchall()
        assert rows == [(second, bak)]
        ties.release_ties(database, rid)
        with pytest.raises(store.ReleasedError):
            store.store_tie_set(database, rid, store.TieSet(gem, {bak: {"trust": 1}}), second)
        assert database.execute("SELECT count(*) FROM tie_respondents").fetchone()[0] == 1
    finally:
        database.close()


def test_the_wal_keeps_no_order_of_a_phones_questionnaire_and_its_tie_answers(tie_round_db):
    """The -wal holds commits in order until a checkpoint: a phone's questionnaire and
    its tie answers, sent a moment apart, must not stay there as neighbours."""
    path, rid, orgs = tie_round_db
    gem, bak = orgs["Gemeente Delft"], orgs["Bakkerij <b>Jansen</b>"]
    wal = path.with_name(path.name + "-wal")
    database = open_database(path, create=False)
    try:
        assert store_questionnaires(database, rid, [(q(3), None)])
        assert wal.stat().st_size == 0
        tie = store.TieSet(gem, {bak: {"trust": 4}})
        assert isinstance(store_questionnaires(database, rid, [(tie, None)])[0], str)
        assert wal.stat().st_size == 0
    finally:
        database.close()


def test_a_release_on_another_connection_does_not_fail_a_phone(db, monkeypatch):
    """The app releases the round on its own connection while a phone's questionnaire is
    being stored. A deferred transaction had read already, so its first write failed at
    once with "database is locked" (the phone got a 503; seen on CI). The store now takes
    the write lock before it reads: the other writer waits for it instead."""
    import sqlite3

    database, rid = db
    old = store_questionnaire(database, rid, q(1), None)
    path = database.execute("PRAGMA database_list").fetchone()[2]
    other = sqlite3.connect(path, timeout=0.2)
    waited: list[str] = []
    real_delete = store.repo.delete_respondent

    def delete_after_a_release_elsewhere(d, key):
        try:  # the app's connection writes between the store's read and its write
            other.execute("UPDATE rounds SET label = label || '' WHERE id = ?", [rid])
            other.commit()
        except sqlite3.OperationalError as exc:
            other.rollback()
            waited.append(str(exc))  # it has to wait: the store holds the write lock
        real_delete(d, key)

    monkeypatch.setattr(store.repo, "delete_respondent", delete_after_a_release_elsewhere)
    results = store_questionnaires(database, rid, [(q(4), old)])
    other.close()
    assert all(isinstance(r, str) for r in results), results
    assert waited == ["database is locked"]
    assert values(database) == [4]
