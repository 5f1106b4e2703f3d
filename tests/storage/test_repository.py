import pytest

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.errors import InputError, NotFoundError
from pps_monitor.storage import repository as repo

INST = default_instrument()


def full(value=3, **overrides):
    answers = {i.code: value for i in INST.items}
    answers.update(overrides)
    return answers


@pytest.fixture
def round_id(db):
    pid = repo.create_partnership(db, "Zorghub Delft")
    return repo.create_round(db, pid, "Voorjaar", "2025-03-01", INST)


def test_partnership_names_are_unique_and_not_empty(db):
    repo.create_partnership(db, "Zorghub Delft")
    with pytest.raises(InputError, match="already exists"):
        repo.create_partnership(db, "zorghub delft")
    with pytest.raises(InputError, match="cannot be empty"):
        repo.create_partnership(db, "   ")


def test_find_partnership_lists_known_names(db):
    repo.create_partnership(db, "4W Eindhoven")
    with pytest.raises(NotFoundError, match="'4W Eindhoven'"):
        repo.find_partnership(db, "Emmen")


def test_round_stores_a_snapshot_of_its_instrument(db, round_id):
    row = repo.get_round(db, round_id)
    assert repo.round_instrument(row) == INST
    assert (row["instrument_id"], row["instrument_version"]) == (INST.id, INST.version)


def test_responses_round_trip(db, round_id):
    rid = repo.add_response(
        db,
        round_id,
        repo.NewResponse(
            full(4, **{"CC-AGR-1": None}),
            sector="private",
            role="manager",
            comments={"RC-TRUST": "  Prima  "},
        ),
    )
    (resp,) = repo.load_responses(db, round_id)
    assert resp.respondent_id == rid
    assert resp.answers["CC-AGR-1"] is None
    assert resp.answers["RC-TRUST-1"] == 4
    assert (resp.sector, resp.role) == ("private", "manager")
    assert repo.round_comments(db, round_id) == [{"dimension_code": "RC-TRUST", "text": "Prima"}]


def test_unanswered_items_are_never_dropped_silently(db, round_id):
    answers = full()
    del answers["EN-POL-2"]
    with pytest.raises(InputError, match="don't know"):
        repo.add_response(db, round_id, repo.NewResponse(answers))


@pytest.mark.parametrize("bad", [0, 6, "4", 2.5, True])
def test_values_out_of_range_are_refused(db, round_id, bad):
    with pytest.raises(InputError, match="1-5"):
        repo.add_response(db, round_id, repo.NewResponse(full(**{"RC-KNOW-2": bad})))


def test_a_batch_is_stored_whole_or_not_at_all(db, round_id):
    good = repo.NewResponse(full(4))
    bad = repo.NewResponse(full(4, **{"RC-KNOW-2": 9}))
    with pytest.raises(InputError):
        repo.add_responses(db, round_id, [good, good, bad])
    assert db.execute("SELECT count(*) FROM respondents").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0


def test_a_failing_write_rolls_back_everything(db, round_id):
    good = repo.NewResponse(full(4))
    bad_org = repo.NewResponse(full(4), organisation_id="not-an-organisation")
    with pytest.raises(InputError, match="not part of this partnership"):
        repo.add_responses(db, round_id, [good, bad_org])
    assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0


def test_closed_round_refuses_answers_until_reopened(db, round_id):
    repo.set_round_status(db, round_id, "closed")
    with pytest.raises(InputError, match="closed"):
        repo.add_response(db, round_id, repo.NewResponse(full()))
    repo.set_round_status(db, round_id, "open")
    repo.add_response(db, round_id, repo.NewResponse(full()))


def test_organisation_sector_is_copied_to_respondent(db, round_id):
    pid = repo.get_round(db, round_id)["partnership_id"]
    org = repo.add_organisation(db, pid, "Woonstichting", "other")
    repo.add_response(db, round_id, repo.NewResponse(full(), organisation_id=org))
    assert repo.load_responses(db, round_id)[0].sector == "other"
    with pytest.raises(InputError, match="Sector must be one of"):
        repo.add_organisation(db, pid, "X", "charity")


def test_action_points_and_events(db, round_id):
    pid = repo.get_round(db, round_id)["partnership_id"]
    aid = repo.add_action_point(
        db,
        pid,
        "Overleg met wethouder",
        dimension_code="EN-POL",
        owner="Coördinator",
        due_date="2025-06-01",
        round_raised_id=round_id,
    )
    repo.update_action_point(db, aid, status="done", round_reviewed_id=round_id)
    (ap,) = repo.list_action_points(db, pid)
    assert (ap["status"], ap["round_raised_label"], ap["round_reviewed_label"]) == (
        "done",
        "Voorjaar",
        "Voorjaar",
    )
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        repo.add_event(db, pid, "1 maart", "Nieuwe wethouder")
    repo.add_event(db, pid, "2025-03-01", "Nieuwe wethouder")
    assert [e["text"] for e in repo.list_events(db, pid)] == ["Nieuwe wethouder"]


def test_delete_respondent_removes_answers_and_comments(db, round_id):
    rid = repo.add_response(db, round_id, repo.NewResponse(full(), comments={"CC-AGR": "x"}))
    repo.delete_respondent(db, rid)
    assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM comments").fetchone()[0] == 0
