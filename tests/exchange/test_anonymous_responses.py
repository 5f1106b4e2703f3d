"""Responses files are anonymous by default (issue 11) and re-import without conflicts."""

import json
import random
import zipfile
from collections import Counter

import pytest

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.exchange import package as px
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database

INST = default_instrument()


def person(rng, sector, role):
    answers = {i.code: rng.randint(1, 5) for i in INST.items}
    return repo.NewResponse(answers, sector=sector, role=role, comments={"RC-TRUST": "Goed"})


def read(path):
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("data.json"))


@pytest.fixture
def laptops(tmp_path):
    """A round of 11 (public 5 managers and 1 professional, private 5 professionals)."""
    rng = random.Random(4)
    a = open_database(tmp_path / "a.sqlite")
    pid = repo.create_partnership(a, "P")
    rid = repo.create_round(a, pid, "R1", "2025-03-01", INST)
    labels = [("public", "manager")] * 5 + [("public", "professional")]
    labels += [("private", "professional")] * 5
    repo.add_responses(a, rid, [person(rng, s, r) for s, r in labels])
    b = open_database(tmp_path / "b.sqlite")
    px.import_file(b, px.export_round_package(a, rid, tmp_path / "round.ppsmonitor"))
    return a, b, rid, tmp_path, rng


def test_no_label_in_a_responses_file_is_held_by_fewer_than_min_breakdown(laptops):
    a, _b, rid, tmp, _rng = laptops
    data = read(px.export_responses(a, rid, tmp / "x.ppsmonitor"))
    assert len(data["respondents"]) == 11
    combos = Counter((s["sector"], s["role"]) for s in data["respondents"])
    sectors = Counter(s["sector"] for s in data["respondents"] if s["sector"])
    roles = Counter(s["role"] for s in data["respondents"] if s["role"])
    assert all(n >= 5 for n in [*combos.values(), *sectors.values(), *roles.values()])
    assert ("public", "professional") not in combos
    # Every label or none (issue 11): blanking the one public professional's alone let
    # the other laptop's cells differ from these by that person.
    assert combos == Counter({(None, None): 11})
    # The complete file keeps the labels as given.
    full = read(px.export_responses(a, rid, tmp / "y.ppsmonitor", complete=True))
    assert (
        Counter((s["sector"], s["role"]) for s in full["respondents"])[("public", "professional")]
        == 1
    )
    # Were the public professional a manager, every group would hold 5: labels given.
    a.execute("UPDATE respondents SET role = 'manager' WHERE role = 'professional'")
    data = read(px.export_responses(a, rid, tmp / "z.ppsmonitor"))
    assert Counter((s["sector"], s["role"]) for s in data["respondents"]) == Counter(
        {("public", "manager"): 6, ("private", "manager"): 5}
    )


def test_late_answers_stay_out_until_their_batch_is_released(laptops):
    a, _b, rid, tmp, rng = laptops
    first = read(px.export_responses(a, rid, tmp / "1.ppsmonitor"))
    for k in range(2):  # two late answers: fewer than min_round, not yet released
        repo.add_response(a, rid, person(rng, "private", "manager"))
        data = read(px.export_responses(a, rid, tmp / f"late{k}.ppsmonitor"))
        assert sorted(s["id"] for s in data["respondents"]) == sorted(
            s["id"] for s in first["respondents"]
        )
        assert len(data["comments"]) == len(first["comments"])
    full = read(px.export_responses(a, rid, tmp / "full.ppsmonitor", complete=True))
    assert len(full["respondents"]) == 13
    repo.add_response(a, rid, person(rng, "private", "manager"))  # the third: released
    data = read(px.export_responses(a, rid, tmp / "3.ppsmonitor"))
    assert len(data["respondents"]) == 14
    late = {s["id"] for s in data["respondents"]} - {s["id"] for s in first["respondents"]}
    # In the round's figures but not in its breakdowns (3 < min_breakdown): no label,
    # and their release state and batch (issue 11).
    assert sorted(
        (s["release"], s["batch"], s["sector"], s["role"])
        for s in data["respondents"]
        if s["id"] in late
    ) == [("round", 2, None, None)] * 3


def test_a_round_below_its_minimum_is_refused_and_nothing_is_written(tmp_path):
    db = open_database(tmp_path / "a.sqlite")
    pid = repo.create_partnership(db, "P")
    rid = repo.create_round(db, pid, "R1", "2025-03-01", INST)
    repo.add_response(db, rid, person(random.Random(1), "public", None))
    with pytest.raises(px.ExchangeError, match=r"1 answer.*minimum 3"):
        px.export_responses(db, rid, tmp_path / "x.ppsmonitor")
    assert not (tmp_path / "x.ppsmonitor").exists()
    assert db.execute("SELECT released FROM respondents").fetchone()[0] == 0


def test_anonymous_and_complete_files_of_the_same_round_import_without_conflict(laptops):
    a, b, rid, tmp, rng = laptops
    anonymous = px.export_responses(a, rid, tmp / "anon.ppsmonitor")
    assert px.import_file(b, anonymous).count("respondents") == 11
    stored = sorted(b.execute("SELECT uuid, sector, role FROM respondents").fetchall())
    repo.add_response(a, rid, person(rng, "public", "manager"))
    plan = px.import_file(b, px.export_responses(a, rid, tmp / "full.ppsmonitor", complete=True))
    # 11 respondents and their 11 comments already here; the late one is new.
    assert not plan.conflicts and plan.present == 22 and plan.count("respondents") == 1
    # A label an earlier file left out stays out: filling it in would move one person.
    now = sorted(b.execute("SELECT uuid, sector, role FROM respondents").fetchall())
    assert [r for r in now if r[0] in {s[0] for s in stored}] == stored
    again = px.export_responses(a, rid, tmp / "anon2.ppsmonitor")
    plan = px.import_file(b, again)
    assert not plan.conflicts and plan.add == {}


def test_a_different_sector_given_in_both_files_is_still_a_conflict(laptops):
    a, b, rid, tmp, _rng = laptops
    full = px.export_responses(a, rid, tmp / "full.ppsmonitor", complete=True)
    px.import_file(b, full)
    b.execute("UPDATE respondents SET sector = 'social_enterprise' WHERE sector = 'private'")
    plan = px.plan_import(b, full)
    assert any("sector" in c for c in plan.conflicts)


def test_a_round_package_carries_the_partnerships_language(tmp_path):
    """Issue 12: a partnership new on the other laptop takes the package's language; one
    that exists there keeps its own; a language outside nl/en is refused."""
    import zipfile as zf

    from pps_monitor.storage.partnerships import get_language, set_language

    a = open_database(tmp_path / "a.sqlite")
    pid = repo.create_partnership(a, "P", language="nl")
    rid = repo.create_round(a, pid, "R1", "2025-03-01", INST)
    package = px.export_round_package(a, rid, tmp_path / "round.ppsmonitor")
    b = open_database(tmp_path / "b.sqlite")
    px.import_file(b, package)
    assert get_language(b, pid) == "nl"
    set_language(b, pid, "en")
    assert px.import_file(b, package).add == {} and get_language(b, pid) == "en"
    with zf.ZipFile(package) as z:
        assert json.loads(z.read("data.json"))["partnership"]["language"] == "nl"
    from tests.exchange.test_package import rebuild

    def german(d):
        d["partnership"]["language"] = "de"

    bad = rebuild(package, tmp_path / "bad.ppsmonitor", data=german)
    with pytest.raises(px.ExchangeError, match=r"partnership\.language"):
        px.plan_import(open_database(tmp_path / "c.sqlite"), bad)
