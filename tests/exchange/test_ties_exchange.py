"""Tie answers in exchange files (issue 18): module in the package, respondents apart."""

import json
import zipfile

import pytest

from pps_monitor.domain.ties import QUALITY_ITEMS
from pps_monitor.exchange import package as px
from pps_monitor.exchange.fileformat import ExchangeError
from pps_monitor.storage import ties
from tests.exchange.test_package import laptops  # noqa: F401  (the fixture)


def tie_counts(db):
    return tuple(
        db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("tie_modules", "tie_respondents", "tie_answers")
    )


def rewritten(out, package, edit, target):
    """The responses file ``out`` with ``edit`` applied to its data, checksummed and
    sealed again as a forger holding the round package would (issue 14)."""
    from pps_monitor.exchange.auth import seal
    from pps_monitor.exchange.fileformat import sha256

    with zipfile.ZipFile(out) as z:
        manifest, data = json.loads(z.read("manifest.json")), json.loads(z.read("data.json"))
    edit(data)
    body = json.dumps(data).encode()
    manifest["files"]["data.json"] = {"sha256": sha256(body), "size": len(body)}
    if "auth" in manifest:
        with zipfile.ZipFile(package) as z:
            key = json.loads(z.read("data.json"))["round"].get("key")
        seal(manifest, key, data["round"]["id"])
    with zipfile.ZipFile(target, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("data.json", body)
    return target


def rating(freq, q):
    return {"frequency": freq, **dict.fromkeys(QUALITY_ITEMS, q)}


def test_the_tie_questions_travel_and_come_back(laptops):  # noqa: F811
    a, b, _pid, rid, tmp = laptops
    px.import_file(b, px.export_round_package(a, rid, tmp / "round.ppsmonitor"))
    assert ties.has_tie_module(b, rid)  # the second laptop asks the tie questions too
    orgs = [row[0] for row in b.execute("SELECT id FROM organisations ORDER BY name")]
    new = [ties.NewTieResponse(orgs[0], {orgs[1]: rating(4, 5), orgs[2]: rating(1, None)})]
    ties.add_tie_responses(b, rid, new * 3)
    out = px.export_responses(b, rid, tmp / "answers.ppsmonitor", complete=True)
    with zipfile.ZipFile(out) as z:
        data = json.loads(z.read("data.json"))
    (first, *_) = data["tie_respondents"]
    assert set(first) == {"id", "organisation_id", "ratings"}  # no sector, role or link
    before = tie_counts(a)
    plan = px.import_file(a, out)
    assert plan.count("tie_respondents") == 3 and "3 tie respondent(s)" in plan.summary()
    assert tie_counts(a) == (before[0], before[1] + 3, before[2] + 3 * 10)
    again = px.import_file(a, out)  # the same file twice changes nothing
    assert again.count("tie_respondents") == 0 and tie_counts(a)[1] == before[1] + 3


def test_a_changed_tie_answer_is_a_conflict(laptops, tmp_path):  # noqa: F811
    a, b, _pid, rid, tmp = laptops
    px.import_file(b, px.export_round_package(a, rid, tmp / "round.ppsmonitor"))
    orgs = [row[0] for row in b.execute("SELECT id FROM organisations ORDER BY name")]
    ties.add_tie_responses(b, rid, [ties.NewTieResponse(orgs[0], {orgs[1]: rating(4, 5)})])
    out = px.export_responses(b, rid, tmp / "answers.ppsmonitor", complete=True)
    px.import_file(a, out)

    def edit(data):
        data["tie_respondents"][0]["ratings"][0]["value"] = 1

    tampered = rewritten(out, tmp / "round.ppsmonitor", edit, tmp_path / "tampered.ppsmonitor")
    before = tie_counts(a)
    with pytest.raises(ExchangeError, match=r"tie respondent .* different answers"):
        px.import_file(a, tampered)
    assert tie_counts(a) == before


def test_bad_tie_records_are_refused_in_plain_words(laptops, tmp_path):  # noqa: F811
    a, b, _pid, rid, tmp = laptops
    px.import_file(b, px.export_round_package(a, rid, tmp / "round.ppsmonitor"))
    orgs = [row[0] for row in b.execute("SELECT id FROM organisations ORDER BY name")]
    ties.add_tie_responses(b, rid, [ties.NewTieResponse(orgs[0], {orgs[1]: rating(4, 5)})])
    out = px.export_responses(b, rid, tmp / "answers.ppsmonitor", complete=True)

    def edit(data):
        first = data["tie_respondents"][0]
        first["ratings"][0]["about"] = first["organisation_id"]

    bad = rewritten(out, tmp / "round.ppsmonitor", edit, tmp_path / "bad.ppsmonitor")
    with pytest.raises(ExchangeError, match="not another organisation"):
        px.import_file(a, bad)
