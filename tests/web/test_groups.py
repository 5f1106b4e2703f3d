"""Phones for one respondent group of a round with several instruments (issue 17)."""

from __future__ import annotations

from starlette.testclient import TestClient

from pps_monitor.domain.instrument import group_default
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.web.app import create_app
from pps_monitor.web.room import Room
from pps_monitor.web.store import DatabaseThread, load_round, store_questionnaire
from tests.web.conftest import CSRF

WORKERS = group_default("workers")


def test_workers_answer_their_own_questionnaire_with_facts(tmp_path):
    path = tmp_path / "g.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "Twee Groepen PPS")
    rid = repo.create_round(db, pid, "R1", "2026-03-01", group_default("partners"), parts=[WORKERS])
    db.close()
    thread = DatabaseThread(path)
    info = thread.run(load_round, rid, "workers")
    part = info.round_id
    assert part != rid and info.instrument.id == "workers-value" and info.label == "R1"

    def save(q, replaces):
        return thread.call(lambda conn, q, r: store_questionnaire(conn, part, q, r), q, replaces)

    room = Room()
    app = create_app(info, room, save, lang="nl", allowed_hosts=["testserver"])
    base = f"/r/{room.code}"
    with TestClient(app, base_url="http://testserver") as client:
        page = client.get(f"{base}?lang=nl").text
        assert WORKERS.items[0].text("nl") in page and "Klopt helemaal niet" in page
        assert 'name="sector"' not in page and 'name="role"' not in page
        assert 'name="f.W-HOURS"' in page and WORKERS.notice.nl in page
        csrf = CSRF.search(page).group(1)
        data = {"csrf": csrf, "lang": "nl", "f.W-HOURS": "24", "f.W-MONTHS": ""}
        data.update({f"a.{i.code}": "4" for i in WORKERS.items})
        response = client.post(f"{base}/send", data=data, follow_redirects=False)
        assert response.status_code == 303
        bad = {**data, "f.W-HOURS": "99"}
        assert client.post(f"{base}/send", data=bad, follow_redirects=False).status_code >= 400
    thread.close()
    db = open_database(path)
    (stored,) = repo.load_responses(db, part)
    assert set(stored.answers) == set(WORKERS.item_by_code)
    assert db.execute("SELECT fact_code, value FROM facts").fetchall() == [("W-HOURS", 24)]
    assert repo.load_responses(db, rid) == []
    db.close()


def test_an_employer_sees_its_own_result_on_its_own_phone_only(tmp_path):
    employers = group_default("employers")
    path = tmp_path / "e.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "PPS")
    rid = repo.create_round(
        db, pid, "R1", "2026-03-01", group_default("partners"), parts=[employers]
    )
    db.close()
    thread = DatabaseThread(path)
    info = thread.run(load_round, rid, "employers")
    part = info.round_id

    def save(q, replaces):
        return thread.call(lambda conn, q, r: store_questionnaire(conn, part, q, r), q, replaces)

    room = Room()
    app = create_app(info, room, save, lang="nl", allowed_hosts=["testserver"])
    base = f"/r/{room.code}"
    first = employers.dimensions[0]
    with TestClient(app, base_url="http://testserver") as client:
        csrf = CSRF.search(client.get(f"{base}?lang=nl").text).group(1)
        data = {"csrf": csrf, "lang": "nl"}
        data.update({f"a.{i.code}": "4" for i in employers.items})
        data.update({f"a.{i.code}": "2" for i in first.items})
        assert client.post(f"{base}/send", data=data, follow_redirects=False).status_code == 303
        thanks = client.get(f"{base}/thanks?lang=nl").text
        expected = sum(i.scored(2) for i in first.items) / len(first.items)
        assert "De uitkomst van uw eigen organisatie" in thanks
        assert (
            f'<th scope="row">{first.name("nl")}</th><td>{expected:.1f}'.replace(".", ",") in thanks
        )
    with TestClient(app, base_url="http://testserver") as other:  # another phone
        page = other.get(f"{base}/thanks?lang=nl", follow_redirects=True).text
        assert "De uitkomst van uw eigen organisatie" not in page and 'class="own"' not in page
    thread.close()
