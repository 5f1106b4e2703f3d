"""A new round from the previous one."""

import pytest

from pps_monitor.demo import add_demo
from pps_monitor.errors import InputError
from pps_monitor.services import partnerships as svc
from pps_monitor.services.next_round import create_from_previous, proposal, suggest_label


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Voorjaar 2026", "Najaar 2026"),
        ("Najaar 2026", "Voorjaar 2027"),
        ("Spring 2026", "Autumn 2026"),
        ("Ronde 3", "Ronde 4"),
        ("2026-1", "2026-2"),
        ("Kick-off", "Kick-off (2)"),
    ],
)
def test_labels(old, new):
    assert suggest_label(old) == new


def test_label_never_taken():
    assert suggest_label("Ronde 3", {"Ronde 4"}) == "Ronde 4 (2)"


def test_one_click_copies_the_questionnaire(tmp_path):
    from pps_monitor.storage.database import open_database

    db = open_database(tmp_path / "x.sqlite")
    pid = add_demo(db)
    before = svc.list_rounds(db, pid)
    plan = proposal(db, pid)
    assert plan["label"] == "Najaar 2026" and plan["previous"] == "Voorjaar 2026"
    rid = create_from_previous(db, pid)
    new = svc.get_round(db, rid)
    old = svc.get_round(db, before[-1]["id"])
    assert new["label"] == "Najaar 2026" and new["status"] == "open"
    assert new["instrument_json"] == old["instrument_json"]
    assert len(svc.list_organisations(db, pid)) == 7


def test_without_an_earlier_round(tmp_path):
    from pps_monitor.storage.database import open_database

    db = open_database(tmp_path / "x.sqlite")
    pid = svc.create_partnership(db, "Leeg")
    assert proposal(db, pid) is None
    with pytest.raises(InputError):
        create_from_previous(db, pid)
