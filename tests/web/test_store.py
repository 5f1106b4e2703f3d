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
