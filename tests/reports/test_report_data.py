"""The report's data is loaded in one place; laying it out needs no database."""

import pytest
from pypdf import PdfReader

from pps_monitor.demo import add_demo
from pps_monitor.errors import NotFoundError
from pps_monitor.reports.report import render_report
from pps_monitor.services.report_data import load_report_data
from pps_monitor.storage import repository as repo


@pytest.fixture(scope="module")
def demo():
    from pps_monitor.storage.database import open_memory_database

    db = open_memory_database()
    return db, add_demo(db)


def test_an_earlier_round_sees_no_later_rounds_or_events(demo):
    db, pid = demo
    rounds = repo.list_rounds(db, pid)
    first = rounds[0]
    data = load_report_data(db, pid, first["label"])
    assert data.index == 0 and data.result.label == first["label"]
    assert [r.label for r in data.history] == [first["label"]]
    assert len(data.results) == len(rounds)
    assert all(when.isoformat() <= first["date"] for when, _ in data.events)
    latest = load_report_data(db, pid)
    assert latest.result.label == rounds[-1]["label"]
    assert len(latest.events) == len(repo.list_events(db, pid))
    assert latest.action_points == repo.list_action_points(db, pid)
    assert latest.organisations == repo.list_organisations(db, pid)


def test_a_partnership_without_rounds_has_nothing_to_report(db):
    pid = repo.create_partnership(db, "Leeg")
    with pytest.raises(NotFoundError, match="nothing to report"):
        load_report_data(db, pid)


def test_the_builder_lays_out_loaded_data_without_the_database(tmp_path):
    from pps_monitor.storage.database import open_memory_database

    db = open_memory_database()
    data = load_report_data(db, add_demo(db))
    db.close()  # any query from here on would fail
    out = render_report(data, tmp_path / "r.pdf", lang="en", invariant=True)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert data.partnership["name"] in text and data.result.label in text


def test_action_points_of_later_rounds_are_left_out(demo):
    from pps_monitor.services.report_data import actions_until

    db, pid = demo
    results = load_report_data(db, pid).results
    first, second = results[0].round, results[1].round
    points = [
        {"round_raised_id": first["id"], "created_at": "2030-01-01T00:00:00"},
        {"round_raised_id": second["id"], "created_at": "2024-01-01T00:00:00"},
        {"round_raised_id": None, "created_at": first["date"] + "T09:00:00"},
        {"round_raised_id": None, "created_at": "2099-01-01T00:00:00"},
    ]
    kept = actions_until(points, results, 0)
    assert kept == [points[0], points[2]]  # raised later, or written down later: left out
    assert actions_until(points, results, 1) == points[:3]
