"""A database file with one open round, and the phone app on it (TestClient)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from starlette.testclient import TestClient

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.web.app import create_app
from pps_monitor.web.room import Room
from pps_monitor.web.store import (
    DatabaseThread,
    Questionnaire,
    Submission,
    load_round,
    store_questionnaire,
    store_submission,
)

INST = default_instrument()
CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')


@pytest.fixture
def round_db(tmp_path):
    """(path, round id) of a database with one open round and two organisations."""
    path = tmp_path / "phones.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "Zorghub Delft")
    repo.add_organisation(db, pid, "Gemeente Delft", "public")
    repo.add_organisation(db, pid, "Bakkerij <b>Jansen</b>", "private")
    rid = repo.create_round(db, pid, "Voorjaar", "2026-03-01", INST)
    db.close()
    return path, rid


def respondents(path, round_id) -> int:
    db = open_database(path, create=False)
    try:
        return db.execute(
            "SELECT count(*) FROM respondents WHERE round_id = ?", [round_id]
        ).fetchone()[0]
    finally:
        db.close()


@dataclass
class Phones:
    """The app under test with its room, database thread and a client factory."""

    room: Room
    client: TestClient
    db: DatabaseThread
    path: object
    round_id: str
    app: object

    @property
    def base(self) -> str:
        return f"/r/{self.room.code}"

    def new_client(self) -> TestClient:
        return TestClient(self.app, base_url="http://testserver")

    def stored(self) -> int:
        return respondents(self.path, self.round_id)

    def tie_rows(self) -> list[dict]:
        """The stored tie respondents of the round with their answers (issue 18)."""
        return tie_rows(self.path, self.round_id)


@pytest.fixture
def phones(round_db) -> Iterator[Phones]:
    path, rid = round_db
    db = DatabaseThread(path)
    info = db.run(load_round, rid)
    room = Room()

    def save(q: Questionnaire, replaces):
        def write(conn, q, replaces):
            return store_questionnaire(conn, rid, q, replaces)

        return db.call(write, q, replaces)

    app = create_app(info, room, save, lang="nl", allowed_hosts=["testserver"])
    with TestClient(app, base_url="http://testserver") as client:
        yield Phones(room, client, db, path, rid, app)
    db.close()


@pytest.fixture
def tie_round_db(tmp_path):
    """(path, round id, {name: organisation id}) of a database with one open round
    that includes the tie questions, for a partnership of three organisations."""
    from pps_monitor.storage import ties

    path = tmp_path / "ties.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "Werkroute Delft")
    orgs = {
        name: repo.add_organisation(db, pid, name, sector)
        for name, sector in (
            ("Gemeente Delft", "public"),
            ("Bakkerij <b>Jansen</b>", "private"),
            ("Werkbedrijf Delfland", "social_enterprise"),
        )
    }
    rid = repo.create_round(db, pid, "Voorjaar", "2026-03-01", INST)
    ties.set_tie_module(db, rid, True)
    db.close()
    return path, rid, orgs


def tie_rows(path, round_id) -> list[dict]:
    db = open_database(path, create=False)
    try:
        people = list(
            db.query(
                "SELECT id, uuid, organisation_id, released FROM tie_respondents"
                " WHERE round_id = ?",
                [round_id],
            )
        )
        for person in people:
            person["answers"] = {
                (target, code): value
                for target, code, value in db.execute(
                    "SELECT target_id, item_code, value FROM tie_answers WHERE respondent_id = ?",
                    [person["id"]],
                ).fetchall()
            }
        return people
    finally:
        db.close()


def make_phones(path, rid) -> Iterator[Phones]:
    db = DatabaseThread(path)
    info = db.run(load_round, rid)
    room = Room()

    def save(item: Submission, replaces):
        return db.call(lambda conn: store_submission(conn, rid, item, replaces))

    app = create_app(info, room, save, lang="nl", allowed_hosts=["testserver"])
    with TestClient(app, base_url="http://testserver") as client:
        yield Phones(room, client, db, path, rid, app)
    db.close()


@pytest.fixture
def tie_phones(tie_round_db) -> Iterator[Phones]:
    path, rid, _ = tie_round_db
    yield from make_phones(path, rid)


def open_form(client: TestClient, base: str, lang: str = "nl") -> str:
    """Open the questionnaire like a phone; return the form's CSRF token."""
    response = client.get(f"{base}?lang={lang}")
    assert response.status_code == 200
    return CSRF.search(response.text).group(1)


def full_form(csrf: str, value: str = "4", **extra: str) -> dict[str, str]:
    data = {"csrf": csrf, "lang": "nl", "sector": "public", "role": ""}
    data.update({f"a.{item.code}": value for item in INST.items})
    data.update(extra)
    return data
