"""Moving a round to another laptop keeps its release (issue 11, F2).

The coordinator's complete responses file (format 3) carries each respondent's release
state and batch, and each comment's: the other laptop shows exactly what this one
showed, keeps the pending answers pending, and a second move stays in step. An older
file (format 2) cannot say what was shown: its respondents arrive as one pending batch,
and each figure there moves only when that batch adds its k (documented below).
"""

from __future__ import annotations

import json
import random
import zipfile

import pytest

from pps_monitor.domain.breakdown import breakdown
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.exchange import package as px
from pps_monitor.services.report_data import load_report_data
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from tests.exchange.test_package import rebuild

INST = default_instrument()
DIM = INST.dimensions[0]
RISK = INST.risks[0]


class Story:
    """A round on laptop A, answered in batches with "don't know"s, shown after each."""

    def __init__(self, tmp, seed=3):
        self.tmp, self.rng = tmp, random.Random(seed)
        self.a = open_database(tmp / "a.sqlite")
        self.pid = repo.create_partnership(self.a, "P")
        self.rid = repo.create_round(self.a, self.pid, "R1", "2026-01-10", INST)
        self.b = open_database(tmp / "b.sqlite")
        px.import_file(self.b, px.export_round_package(self.a, self.rid, tmp / "round.ppsmonitor"))

    def add(self, db, n, dk=False, sector=None):
        for k in range(n):
            given = {c: self.rng.randint(1, 5) for c in INST.item_by_code}
            if dk:
                given[DIM.items[0].code] = given[RISK.code] = None
            repo.add_response(
                db,
                self.rid,
                repo.NewResponse(
                    given,
                    sector=sector or ("public", "private")[k % 2],
                    role="manager",
                    comments={"RC-TRUST": f"opmerking {self.rng.random()}"},
                ),
            )

    def move(self, name="answers.ppsmonitor"):
        path = px.export_responses(self.a, self.rid, self.tmp / name, complete=True)
        px.import_file(self.b, path)
        return path


def _r(value):
    """A figure as compared: summation order (by random key) moves the 16th digit."""
    return round(value, 9) if isinstance(value, float) else value


def shown(db, pid, rid):
    """Every figure the round shows (releasing it, as every output path does)."""
    repo.release_round(db, rid)
    result = load_report_data(db, pid, "R1").result
    s = result.scores
    cells = [
        (row.code, c.group, c.hidden, c.n, _r(c.mean))
        for row in breakdown(result.instrument, result.responses, "sector")
        for c in row.cells
    ]
    state = repo.release_state(db, rid)
    comments = sorted(c["text"] for c in repo.round_comments(db, rid))
    return {
        "respondents": s.respondents,
        "dimensions": [(d.code, d.n, _r(d.mean), _r(d.sd), d.median) for d in s.dimensions],
        "items": sorted((k, v.n, _r(v.mean)) for k, v in s.items.items()),
        "risks": [(r.code, r.n, _r(r.mean), _r(r.sd)) for r in s.risks],
        "cells": cells,
        "release": (state.included, state.pending, state.needed),
        "comments": comments,
    }


def test_the_other_laptop_shows_what_this_one_showed_and_keeps_pending_pending(tmp_path):
    story = Story(tmp_path)
    story.add(story.a, 6)
    story.add(story.a, 2, dk=True)  # two said "don't know" in the meeting
    shown(story.a, story.pid, story.rid)
    story.add(story.a, 3)  # a late batch: every figure moves by 3
    shown(story.a, story.pid, story.rid)
    story.add(story.a, 2)  # two more: pending (fewer than 3)
    on_a = shown(story.a, story.pid, story.rid)
    assert on_a["release"] == (11, 2, 1)
    story.move()
    assert shown(story.b, story.pid, story.rid) == on_a
    # The pending two join on B as they would have on A: once a third arrives.
    story.add(story.a, 1)
    story.add(story.b, 1)
    after_a, after_b = shown(story.a, story.pid, story.rid), shown(story.b, story.pid, story.rid)
    assert after_a["release"] == after_b["release"] == (14, 0, 0)
    assert after_b["dimensions"] != on_a["dimensions"]


def test_a_second_move_stays_in_step(tmp_path):
    story = Story(tmp_path, seed=5)
    story.add(story.a, 8)
    story.add(story.a, 2, dk=True)
    shown(story.a, story.pid, story.rid)
    story.add(story.a, 2)  # pending on A when the round first moves
    story.move("first.ppsmonitor")
    assert shown(story.b, story.pid, story.rid) == shown(story.a, story.pid, story.rid)
    story.add(story.a, 1, dk=True)  # a third: A releases the three
    story.add(story.a, 4)
    on_a = shown(story.a, story.pid, story.rid)
    assert on_a["release"] == (17, 0, 0)
    story.move("second.ppsmonitor")
    assert shown(story.b, story.pid, story.rid) == on_a
    assert px.import_file(story.b, tmp_path / "second.ppsmonitor").add == {}


def test_the_complete_file_says_release_and_batch_and_nothing_of_order(tmp_path):
    story = Story(tmp_path)
    story.add(story.a, 5)
    shown(story.a, story.pid, story.rid)
    story.add(story.a, 3)
    shown(story.a, story.pid, story.rid)
    story.add(story.a, 1)
    path = px.export_responses(story.a, story.rid, tmp_path / "r.ppsmonitor", complete=True)
    with zipfile.ZipFile(path) as z:
        manifest, data = (json.loads(z.read(n)) for n in ("manifest.json", "data.json"))
    assert manifest["format_version"] == 3 and "created_at" not in manifest
    states = sorted((s["release"], s.get("batch")) for s in data["respondents"])
    assert states == [("breakdowns", 1)] * 5 + [("pending", None)] + [("round", 2)] * 3
    assert sorted(c["released"] for c in data["comments"]) == [False] + [True] * 8
    assert all("created_at" not in s and "source" not in s for s in data["respondents"])
    # The anonymous file is format 3 too (issue 11): the released ones with their state
    # (3 public, 2 private managers: no labels, see exchange.anonymous_responses).
    anonymous = px.export_responses(story.a, story.rid, tmp_path / "anon.ppsmonitor")
    with zipfile.ZipFile(anonymous) as z:
        assert json.loads(z.read("manifest.json"))["format_version"] == 3
        people = json.loads(z.read("data.json"))["respondents"]
    assert sorted((s["release"], s["batch"], s["sector"]) for s in people) == [
        ("breakdowns", 1, None)
    ] * 5 + [("round", 2, None)] * 3


@pytest.mark.parametrize(
    ("field", "value"), [("release", "shown"), ("batch", 0), ("batch", "1"), ("batch", None)]
)
def test_a_release_state_that_is_no_state_is_refused(tmp_path, field, value):
    story = Story(tmp_path)
    story.add(story.a, 3)
    shown(story.a, story.pid, story.rid)
    good = px.export_responses(story.a, story.rid, tmp_path / "r.ppsmonitor", complete=True)

    def spoil(d):
        d["respondents"][0][field] = value

    bad = rebuild(good, tmp_path / "bad.ppsmonitor", data=spoil)
    with pytest.raises(px.ExchangeError, match=rf"respondents\[0\]\.{field}"):
        px.import_file(story.b, bad)
    assert story.b.execute("SELECT count(*) FROM respondents").fetchone()[0] == 0


def _as_format_2(good, out):
    def strip(d):
        for s in d["respondents"]:
            s.pop("release", None)
            s.pop("batch", None)
        for c in d["comments"]:
            c.pop("released", None)

    return rebuild(good, out, manifest=lambda m: m.__setitem__("format_version", 2), data=strip)


def test_an_older_file_arrives_as_one_pending_batch(tmp_path):
    """A format 2 file says nothing of what the other laptop showed.

    The choice: its new respondents arrive pending, as one batch, and join this laptop's
    figures by its own rule: each released figure here moves only when the batch adds
    at least k people who count in it, or stays as it was. What the other laptop
    showed in between cannot be known from the file (so it may differ from here).
    """
    story = Story(tmp_path, seed=7)
    story.add(story.a, 8)
    shown(story.a, story.pid, story.rid)
    story.move("first.ppsmonitor")
    before = shown(story.b, story.pid, story.rid)
    story.add(story.a, 3)
    story.add(story.a, 1, dk=True)  # counts in the round, not in DIM and RISK
    story.add(story.a, 1)
    shown(story.a, story.pid, story.rid)
    good = px.export_responses(story.a, story.rid, tmp_path / "v3.ppsmonitor", complete=True)
    plan = px.import_file(story.b, _as_format_2(good, tmp_path / "v2.ppsmonitor"))
    assert plan.count("respondents") == 5
    pending = story.b.execute(
        "SELECT count(*) FROM respondents WHERE round_id = ? AND released = 0", [story.rid]
    ).fetchone()[0]
    assert pending == 5
    after = shown(story.b, story.pid, story.rid)
    assert after["respondents"] == 13
    for old, new in zip(
        before["dimensions"] + before["risks"], after["dimensions"] + after["risks"], strict=True
    ):
        assert new[1] == old[1] or new[1] - old[1] >= 3, (old, new)


def test_a_file_that_only_releases_what_is_pending_here_is_imported(tmp_path):
    """Answers moved while pending, then released on A: the next complete file adds no
    record, yet B must release them as A did (and the import must not be skipped)."""
    from pps_monitor.services.exchange import import_changes_anything

    story = Story(tmp_path, seed=9)
    story.add(story.a, 5)
    shown(story.a, story.pid, story.rid)
    story.add(story.a, 3)  # pending on A: nothing was shown since
    story.move("first.ppsmonitor")
    on_a = shown(story.a, story.pid, story.rid)  # A shows: the 3 are released there

    def states(db):
        return sorted(
            db.execute(
                "SELECT released, generation FROM respondents WHERE round_id = ?", [story.rid]
            ).fetchall(),
            key=repr,
        )

    assert states(story.b) != states(story.a)
    path = px.export_responses(story.a, story.rid, tmp_path / "second.ppsmonitor", complete=True)
    plan = px.plan_import(story.b, path)
    assert not plan.add and len(plan.promote) == 3 and len(plan.promote_comments) == 3
    assert import_changes_anything(story.b, plan)
    px.apply_import(story.b, plan)
    assert states(story.b) == states(story.a)
    assert shown(story.b, story.pid, story.rid) == on_a
    assert not import_changes_anything(story.b, px.plan_import(story.b, path))
