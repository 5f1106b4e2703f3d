"""The partnership's privacy floor and release, as every output path applies them."""

from __future__ import annotations

import random

import pytest

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.errors import InputError
from pps_monitor.services import privacy
from pps_monitor.services.report_data import load_report_data
from pps_monitor.services.results_data import load_results
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database

INST = default_instrument()


def answer(db, rid, n, seed=0, **kw):
    rnd = random.Random(seed)
    return [
        repo.add_response(
            db, rid, repo.NewResponse({i.code: rnd.randint(1, 5) for i in INST.items}, **kw)
        )
        for _ in range(n)
    ]


@pytest.fixture
def two(tmp_path):
    """(path, db, [(partnership, round)]): two partnerships of 4 respondents each, one
    with the default floor (3), one with a floor of 5."""
    path = tmp_path / "p.sqlite"
    db = open_database(path)
    out = []
    for name, k in (("Laag", 3), ("Hoog", 5)):
        pid = repo.create_partnership(db, name)
        repo.set_privacy(db, pid, min_round=k, min_breakdown=max(5, k))
        rid = repo.create_round(db, pid, "R1", "2026-03-01", INST)
        answer(db, rid, 4)
        out.append((pid, rid))
    yield path, db, out
    db.close()


def test_the_floor_comes_from_the_database_per_partnership(two):
    path, _db, [(low, _), (high, _)] = two
    shown = load_results(path, low)
    held = load_results(path, high)
    assert shown["settings"].min_round == 3 and held["settings"].min_round == 5
    assert shown["results"][0].scores.suppressed is None
    assert shown["results"][0].scores.dimensions[0].mean is not None
    scores = held["results"][0].scores
    assert scores.suppressed == "too_few_respondents" and scores.needed == 1
    assert all(d.mean is None for d in scores.dimensions)


def test_showing_releases_and_late_answers_wait_for_k(two):
    path, db, [(pid, rid), _] = two
    assert repo.release_state(db, rid).released == 0
    data = load_results(path, pid)
    assert data["release"][rid].released == 4 and data["released_now"] == 4
    answer(db, rid, 2, seed=1)
    data = load_results(path, pid)
    assert data["results"][0].scores.respondents == 4
    state = data["release"][rid]
    assert (state.pending, state.needed) == (2, 1)
    answer(db, rid, 1, seed=2)
    data = load_results(path, pid)
    assert data["results"][0].scores.respondents == 7
    assert data["release"][rid].pending == 0


def test_the_report_releases_its_rounds_and_a_round_of_2_shows_no_figures(tmp_path):
    path = tmp_path / "r.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "Twee")
    rid = repo.create_round(db, pid, "R1", "2026-03-01", INST)
    answer(db, rid, 2)
    data = load_report_data(db, pid)
    assert data.result.scores.suppressed == "too_few_respondents"
    assert data.result.scores.needed == 1
    assert all(d.mean is None and d.sd is None for d in data.result.scores.dimensions)
    assert data.comments is None
    assert data.release.released == 0  # nothing shown, nothing released
    answer(db, rid, 1, seed=3)
    data = load_report_data(db, pid)
    assert data.release.released == 3
    db.close()


def test_removal_is_refused_after_release_and_allowed_before(two):
    path, db, [(pid, rid), _] = two
    ids = answer(db, rid, 1, seed=4)
    uuid = db.execute("SELECT uuid FROM respondents WHERE id = ?", [ids[0]]).fetchone()[0]
    privacy.remove_respondent(path, rid, uuid)  # not yet released: removed
    assert repo.release_state(db, rid).included == 4
    load_results(path, pid)  # shown: released
    first = db.execute("SELECT uuid FROM respondents WHERE round_id = ?", [rid]).fetchone()[0]
    with pytest.raises(InputError, match="whole round"):
        privacy.remove_respondent(path, rid, first)


def test_privacy_problems_are_named():
    assert privacy.privacy_problem(3, 5, 4.0, 3.0) == ""
    assert privacy.privacy_problem(2, 5, 4.0, 3.0) == "round_floor"
    assert privacy.privacy_problem(3, 2, 4.0, 3.0) == "breakdown_floor"
    assert privacy.privacy_problem(5, 4, 4.0, 3.0) == "breakdown_below_round"
    assert privacy.privacy_problem(3, 5, 3.0, 3.0) == "bands"


def test_a_partnership_deleted_while_its_comments_are_read_shows_nothing(two, monkeypatch):
    """Deleted by the app between the scores and the comments (the worker's race): an
    empty result, no error dialog."""
    from pps_monitor import results as R
    from pps_monitor.errors import NotFoundError

    path, _db, [(low, _), _] = two

    def gone(*_a, **_k):
        raise NotFoundError("That round no longer exists.")

    monkeypatch.setattr(R, "comments_by_dimension", gone)
    data = load_results(path, low)
    assert data["results"] == [] and data["comments"] == {} and data["released_now"] == 0
