"""The attacker against several instruments in one round (issue 17).

Workers and employers answer one at a time; after every answer the figures of their
instrument are read as ``scores --format json`` prints them (``instruments``), and the
attacker tries the linear system of n x mean as an outsider and as every insider.
Employers are pooled: nothing is shown below ``min_breakdown`` employers. Answers of
one group never move another group's figures.
"""

from __future__ import annotations

import json
import random

import pytest

from pps_monitor.cli import main
from pps_monitor.domain.instrument import group_default
from pps_monitor.domain.model import ScoringSettings
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from tests.privacy.attacker import Attacker, one_blas_thread

one_blas_thread()
P = "Aanvallers PPS"


def _person(rng: random.Random, inst, dont_know: float) -> repo.NewResponse:
    level = rng.uniform(1.5, 4.5)
    answers = {
        i.code: None if rng.random() < dont_know else min(5, max(1, round(rng.gauss(level, 1))))
        for i in inst.items
    }
    return repo.NewResponse(answers)


def _scores(capsys, path) -> dict:
    assert main(["scores", "--db", str(path), "--partnership", P, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def _sequence(tmp_path, capsys, group: str, seed: int, n: int, floors=(3, 5), dk=0.0):
    rng = random.Random(seed)
    path = tmp_path / f"{group}{seed}.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, P)
    repo.set_privacy(db, pid, min_round=floors[0], min_breakdown=floors[1])
    partners = group_default("partners")
    rid = repo.create_round(
        db, pid, "R1", "2026-03-01", partners,
        parts=[group_default("employers"), group_default("workers")],
    )  # fmt: skip
    repo.add_responses(db, rid, [_person(rng, partners, 0) for _ in range(3)])
    part = repo.round_part(db, rid, group)
    inst = repo.round_instrument(part)
    att = Attacker(inst)
    db.close()
    partner_figures = None
    shown_at = None
    for k in range(n):
        db = open_database(path)
        person = _person(rng, inst, dk)
        key = repo.add_response(db, part["id"], person)
        db.close()
        att.know(key, dict(person.answers))
        att.label(key, None, None)
        data = _scores(capsys, path)
        if partner_figures is None:
            partner_figures = data["dimensions"]
        assert data["dimensions"] == partner_figures  # other groups' answers move nothing
        (mine,) = [i for i in data["instruments"] if i["group"] == group]
        db = open_database(path)
        responses = repo.load_responses(db, part["id"])
        db.close()
        if any(d["mean"] is not None for d in mine["dimensions"]) and shown_at is None:
            shown_at = k + 1
        minimum = floors[1] if group == "employers" else floors[0]  # employers: pooled
        settings = ScoringSettings(min_round=minimum, min_breakdown=floors[1])
        att.read_json({**mine, "suppressed": None}, responses, f"cli {group} {k + 1}", settings)
    return att, shown_at


@pytest.mark.parametrize("group", ["workers", "employers"])
@pytest.mark.parametrize("seed", range(3))
def test_group_figures_release_nothing_recoverable(tmp_path, capsys, group, seed):
    att, shown_at = _sequence(tmp_path, capsys, group, seed, n=9)
    # workers need the round minimum (3), employers the pooled minimum (5)
    assert shown_at == (3 if group == "workers" else 5)
    found = att.attack([None, *att.truth])
    assert not list(found), list(found)[:3]


def test_dont_knows_in_a_late_batch_leak_to_an_insider(tmp_path, capsys):
    att, _ = _sequence(tmp_path, capsys, "workers", 0, n=9, dk=0.05)
    found = att.attack([None, *att.truth])
    assert not list(found), list(found)[:3]


def test_employers_pooled_minimum_follows_the_partnership(tmp_path, capsys):
    _, shown_at = _sequence(tmp_path, capsys, "employers", 0, n=7, floors=(4, 6))
    assert shown_at == 6


def test_the_xlsx_comments_sheet_keeps_each_groups_minimum_and_holds_no_late_comment(tmp_path):
    """The attacker exports before and after one late answer, and reads an employers' part
    that has more than the round minimum but fewer than the pooled employers' minimum."""
    from openpyxl import load_workbook

    from pps_monitor.exchange.spreadsheet import export_spreadsheet

    db = open_database(tmp_path / "c.sqlite")
    pid = repo.create_partnership(db, "PPS")
    employers = group_default("employers")
    rid = repo.create_round(
        db, pid, "R1", "2026-03-01", group_default("partners"), parts=[employers]
    )
    part = repo.round_part(db, rid, "employers")["id"]
    privacy = repo.get_privacy(db, pid)
    partners = group_default("partners")
    dim, edim = partners.dimensions[0].code, employers.dimensions[0].code
    full = {i.code: 3 for i in partners.items}
    efull = {i.code: 3 for i in employers.items}
    for n in range(privacy.min_breakdown):
        repo.add_response(db, rid, repo.NewResponse(full, comments={dim: f"partner {n}"}))
    for n in range(privacy.min_round):  # enough for a round, too few pooled employers
        repo.add_response(db, part, repo.NewResponse(efull, comments={edim: f"employer {n}"}))

    def comments():
        out = tmp_path / "x.xlsx"
        export_spreadsheet(db, pid, out, "xlsx")
        rows = list(load_workbook(out)["comments"].iter_rows(values_only=True))[1:]
        return {row[3] for row in rows}

    before = comments()
    assert before == {f"partner {n}" for n in range(privacy.min_breakdown)}
    repo.add_response(db, rid, repo.NewResponse(full, comments={dim: "late"}))
    assert comments() == before  # one late answer: no new comment to single out
    db.close()
