from pps_monitor.demo import add_demo
from pps_monitor.storage import repository as repo
from pps_monitor.storage.undo import delete_with_undo, restore

TABLES = [
    "partnerships",
    "organisations",
    "rounds",
    "respondents",
    "answers",
    "comments",
    "action_points",
    "events",
]


def dump(db):
    return {t: sorted(map(repr, db[t].rows)) for t in TABLES}


def test_deleting_a_partnership_can_be_undone_exactly(db):
    pid = add_demo(db)
    repo.create_partnership(db, "Andere PPS")
    before = dump(db)
    deleted = delete_with_undo(db, "partnerships", pid)
    assert deleted.count("answers") > 1000
    assert [p["name"] for p in repo.list_partnerships(db)] == ["Andere PPS"]
    assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    restore(db, deleted)
    assert dump(db) == before
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_deleting_a_round_restores_action_point_references(db):
    pid = add_demo(db)
    rounds = repo.list_rounds(db, pid)
    before = dump(db)
    deleted = delete_with_undo(db, "rounds", rounds[0]["id"])
    raised = [a["round_raised_id"] for a in repo.list_action_points(db, pid)]
    assert rounds[0]["id"] not in raised and None in raised
    restore(db, deleted)
    assert dump(db) == before


def test_deleting_an_organisation_restores_respondent_links(db):
    pid = add_demo(db)
    org = repo.list_organisations(db, pid)[0]
    linked = db.execute(
        "SELECT count(*) FROM respondents WHERE organisation_id = ?", [org["id"]]
    ).fetchone()[0]
    assert linked > 0
    before = dump(db)
    deleted = delete_with_undo(db, "organisations", org["id"])
    assert len(deleted.nulled) == linked
    restore(db, deleted)
    assert dump(db) == before
