"""Exchange files of a round with several instruments (issue 17): the round package carries
every part, a responses file carries one group's answers (and facts) into that group only."""

import json
import zipfile

from pps_monitor.domain.instrument import group_default
from pps_monitor.exchange import package as px
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database

PARTNERS, WORKERS = group_default("partners"), group_default("workers")


def _data(path):
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("data.json"))


def test_two_instruments_travel_apart(tmp_path):
    a = open_database(tmp_path / "coordinator.sqlite")
    b = open_database(tmp_path / "laptop.sqlite")
    pid = repo.create_partnership(a, "Twee Groepen PPS")
    rid = repo.create_round(a, pid, "R1", "2026-03-01", PARTNERS, parts=[WORKERS])
    repo.add_responses(a, rid, [repo.NewResponse({i.code: 4 for i in PARTNERS.items})] * 3)
    package = px.export_round_package(a, rid, tmp_path / "round.ppsmonitor")
    (part,) = _data(package)["parts"]
    assert part["respondent_group"] == "workers" and part["instrument"]["id"] == "workers-value"
    plan = px.import_file(b, package)
    assert plan.count("rounds") == 2
    assert [p["respondent_group"] for p in repo.round_parts(b, rid)] == ["partners", "workers"]
    assert len(repo.list_rounds(b, pid)) == 1
    assert px.import_file(b, package).count("rounds") == 0  # twice: nothing new
    # the laptop collects four workers' answers, two with their hours a week
    workers_b = repo.round_part(b, rid, "workers")["id"]
    for hours in (24, 32, None, None):
        repo.add_response(
            b,
            workers_b,
            repo.NewResponse(
                {i.code: 2 for i in WORKERS.items},
                facts={"W-HOURS": hours} if hours else None,
                source="meeting",
            ),
        )
    # the coordinator's complete file moves the answers (and the facts) between laptops
    answers_file = px.export_responses(b, workers_b, tmp_path / "workers.ppsmonitor", complete=True)
    data = _data(answers_file)
    assert data["round"] == {"id": workers_b, "label": "R1", "respondent_group": "workers"}
    assert sorted(f["facts"][0]["value"] for f in data["respondents"] if "facts" in f) == [24, 32]
    plan = px.import_file(a, answers_file)
    items = len(WORKERS.items)
    assert (plan.count("respondents"), plan.count("answers"), plan.count("facts")) == (
        4,
        4 * items,
        2,
    )
    workers_a = repo.round_part(a, rid, "workers")["id"]
    assert workers_a == workers_b
    assert len(repo.load_responses(a, workers_a)) == 4
    assert len(repo.load_responses(a, rid)) == 3  # the partners' answers stay three
    assert all(set(r.answers) == set(PARTNERS.item_by_code) for r in repo.load_responses(a, rid))
    assert px.import_file(a, answers_file).count("respondents") == 0  # recognised
    anonymous = px.export_responses(a, workers_a, tmp_path / "anonymous.ppsmonitor")
    assert not any("facts" in r for r in _data(anonymous)["respondents"])  # not in it
    # a partners' responses file cannot land in the workers' part
    partners_file = px.export_responses(a, rid, tmp_path / "partners.ppsmonitor")
    assert _data(partners_file)["round"]["respondent_group"] == "partners"
    assert px.import_file(b, partners_file).count("respondents") == 3
    assert len(repo.load_responses(b, workers_b)) == 4
