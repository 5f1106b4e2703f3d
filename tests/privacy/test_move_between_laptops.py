"""A round moved to another laptop shows there exactly what it showed here (issue 11).

Laptop A shows a round at the meeting and again after a late batch; the coordinator
writes a responses file (the anonymous one by default, or the complete one) and laptop
B imports it into a fresh database. The curious partner sees both laptops' figures and
subtracts: every figure B shows must be one A showed (or held back), else the two
together isolate fewer than k people.

1. The anonymous file said nothing of the release: on B its respondents arrived as
   one batch, so B's spread figures (SD, median, distributions) were over all 13 while
   A's stayed over the meeting's 10; with mean and SD over 10 and over 13 an insider
   among the 3 late people solves the other two. Its labels, blanked for small groups
   only, made B's breakdown cells differ from A's by the blanked people.
2. Marks of the old method (``shown_before``, migration m010) did not travel: B showed
   the new-method figure A holds back, which differs from the old one by the "don't
   know" respondents (fewer than k).
"""

from __future__ import annotations

import json
import random
import shutil
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from pps_monitor.domain.breakdown import breakdown
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.domain.model import ScoringSettings
from pps_monitor.exchange import package as px
from pps_monitor.services.report_data import load_report_data
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from tests.paths import FIXTURES
from tests.privacy.attacker import Attacker, one_blas_thread

INST = default_instrument()
one_blas_thread()


def _r(value: Any) -> Any:
    """A figure as compared: summation order (by random key) moves the 16th digit."""
    return round(value, 9) if isinstance(value, float) else value


def settings_of(db: Any, pid: str) -> ScoringSettings:
    p = repo.get_privacy(db, pid)
    return ScoringSettings(
        strength=p.band_strength,
        attention=p.band_attention,
        min_group=p.min_breakdown,
        min_round=p.min_round,
        min_breakdown=p.min_breakdown,
    )


def shown(db: Any, pid: str, rid: str, label: str = "R1") -> tuple[dict[str, Any], Any]:
    """Every figure the round shows (releasing it first, as every output path does):
    round, item, dimension, group, balance and risk figures with their spread, median
    and distribution, and every cell of both breakdowns; and the responses they are over
    (each named by its stable UUID, so that both laptops name a person alike)."""
    repo.release_round(db, rid)
    result = load_report_data(db, pid, label, settings_of(db, pid)).result
    uuid = dict(db.execute("SELECT id, uuid FROM respondents WHERE round_id = ?", [rid]))
    responses = [replace(r, respondent_id=uuid[int(r.respondent_id)]) for r in result.responses]
    s = result.scores
    figures = {
        "respondents": s.respondents,
        "items": sorted(
            (k, v.n, _r(v.mean), _r(v.sd), v.median, sorted(v.counts.items()), v.hidden)
            for k, v in s.items.items()
        ),
        "dimensions": [
            (d.code, d.n, _r(d.mean), _r(d.sd), d.median, _r(d.rwg_j), _r(d.alpha), d.held)
            for d in s.dimensions
        ],
        "groups": [(g.code, g.n, _r(g.mean), _r(g.sd)) for g in s.groups],
        "balance": tuple(_r(v) for v in (s.balance.n, s.balance.ci_low, s.balance.ci_high)),
        "risks": [(r.code, r.n, _r(r.mean), _r(r.sd), _r(r.high_pct), r.held) for r in s.risks],
        "cells": [
            (by, row.code, c.group, c.hidden, c.n, _r(c.mean), _r(c.sd))
            for by in ("sector", "role")
            for row in breakdown(result.instrument, result.responses, by, settings_of(db, pid))
            for c in row.cells
            if not c.hidden
        ],
    }
    return figures, responses


class Laptops:
    """Laptop A with a round, and laptop B that imported the round package."""

    def __init__(self, tmp: Path, seed: int = 1) -> None:
        self.tmp, self.rng = tmp, random.Random(seed)
        self.a = open_database(tmp / "a.sqlite")
        self.pid = repo.create_partnership(self.a, "P")
        self.rid = repo.create_round(self.a, self.pid, "R1", "2026-01-10", INST)
        self.att = Attacker(INST)
        self.on_a: list[dict[str, Any]] = []  # every state A showed, in order
        self.b = open_database(tmp / "b.sqlite")
        px.import_file(self.b, px.export_round_package(self.a, self.rid, tmp / "round.ppsmonitor"))

    def add(self, labels: list[tuple[str | None, str | None]], dont_know: float = 0.0) -> None:
        for sector, role in labels:
            level = self.rng.uniform(1.5, 4.5)
            answers = {
                c: None
                if self.rng.random() < dont_know
                else min(5, max(1, round(self.rng.gauss(level, 1.0))))
                for c in INST.item_by_code
            }
            key = repo.add_response(
                self.a, self.rid, repo.NewResponse(answers, sector=sector, role=role)
            )
            (uuid,) = self.a.execute("SELECT uuid FROM respondents WHERE id = ?", [key]).fetchone()
            self.att.know(uuid, answers)
            self.att.label(uuid, sector, role)

    def show(self, db: Any, where: str) -> dict[str, Any]:
        """What the room sees on one laptop; the attacker writes it down."""
        figures, responses = shown(db, self.pid, self.rid)
        settings = settings_of(db, self.pid)
        result = load_report_data(db, self.pid, "R1", settings).result
        self.att.read_scores(result.scores, responses, where, settings)
        if db is self.a:
            self.on_a.append(figures)
        return figures

    def move(self, complete: bool = False, to: Any = None) -> dict[str, Any]:
        """Write the file on A, import it on B (or ``to``): what the file holds."""
        name = "complete" if complete else "anonymous"
        path = px.export_responses(
            self.a, self.rid, self.tmp / f"{name}.ppsmonitor", complete=complete
        )
        px.import_file(self.b if to is None else to, path)
        return read(path)[1]

    def laptop_c(self) -> Any:
        """A third laptop with the round package only."""
        c = open_database(self.tmp / "c.sqlite")
        px.import_file(c, self.tmp / "round.ppsmonitor")
        return c

    def shown_on_a(self, on_b: dict[str, Any], labelled: bool) -> bool:
        """Whether B shows a state A showed: every figure, and the same cells or (the
        file gave no labels) only the whole as "unknown"."""
        rest = {k: v for k, v in on_b.items() if k != "cells"}
        for state in self.on_a:
            if {k: v for k, v in state.items() if k != "cells"} != rest:
                continue
            if on_b["cells"] == state["cells"]:
                return True
            if not labelled and all(c[2] == "unknown" for c in on_b["cells"]):
                return True
        return False

    def recovered(self) -> list[tuple[str, str, str]]:
        assert not self.att.mismatches, self.att.mismatches[:5]
        return list(self.att.attack([None, *self.att.truth]))


MEETING = [("public", "manager")] * 5 + [("private", "professional")] * 5


def test_the_anonymous_file_moves_a_spread_figure_held_at_the_meeting_as_it_was(tmp_path):
    """The brief's case: 10 at the meeting, 3 late (at least min_round, fewer than
    min_breakdown). A keeps SD, median and distributions over the 10 and shows the mean
    over 13. Before, B took all 13 as one batch: SD, median and distributions over 13
    beside A's over 10 and the means over 13 (an insider among the 3 late solves the
    other two: 498 findings). Now the file says each one's release and batch, and B
    shows exactly A's figures."""
    laptops = Laptops(tmp_path)
    laptops.add(MEETING)
    laptops.show(laptops.a, "A at the meeting")
    laptops.add([("public", "manager"), ("private", "professional"), ("private", "manager")])
    on_a = laptops.show(laptops.a, "A after the late batch")
    assert on_a["respondents"] == 13
    data = laptops.move()
    states = sorted((s["release"], s["batch"], s["sector"] is None) for s in data["respondents"])
    assert states == [("breakdowns", 1, False)] * 10 + [("round", 2, True)] * 3
    assert laptops.show(laptops.b, "B") == on_a
    assert laptops.recovered() == []


def test_a_late_group_the_other_laptop_would_walk_otherwise_stays_here(tmp_path):
    """Five late people in three cells (2, 2, 1): A keeps them out of the spread figures
    and cells (no cell gains 5) and out of the breakdowns. Without sector and role on B
    they would be one cell of 5 and join B's spread figures there. So the file holds the
    10 in the breakdowns only (the 5 travel once they join, or in the complete file),
    and B shows what A showed at the meeting."""
    laptops = Laptops(tmp_path, seed=3)
    laptops.add(MEETING)
    meeting = laptops.show(laptops.a, "A at the meeting")
    laptops.add([("public", "manager")] * 2 + [("private", "manager")] * 2)
    laptops.add([("private", "professional")])
    on_a = laptops.show(laptops.a, "A after the late batch")
    assert on_a["respondents"] == 15
    assert len(laptops.move()["respondents"]) == 10
    assert laptops.show(laptops.b, "B") == meeting
    c = laptops.laptop_c()
    laptops.move(complete=True, to=c)
    assert laptops.show(c, "C") == on_a
    assert laptops.recovered() == []


def test_a_late_group_in_the_breakdowns_moves_with_its_batch(tmp_path):
    """Five late public managers join the breakdowns: the file holds all 15 in their two
    batches, with their labels, and B shows exactly what A shows."""
    laptops = Laptops(tmp_path, seed=2)
    laptops.add(MEETING)
    laptops.show(laptops.a, "A at the meeting")
    laptops.add([("public", "manager")] * 5)
    on_a = laptops.show(laptops.a, "A after the late batch")
    data = laptops.move()
    assert sorted(s["batch"] for s in data["respondents"]) == [1] * 10 + [2] * 5
    assert laptops.show(laptops.b, "B") == on_a
    assert laptops.recovered() == []


@pytest.mark.parametrize("seed", range(8))
def test_no_figure_on_either_laptop_isolates_anyone(tmp_path, seed):
    """Random rounds: a meeting, late batches of 3 to 6 (some "don't know"s), shown
    after each; then moved with the anonymous file, later with the complete one. B
    shows a state A showed; the attacker holds every figure of both laptops."""
    laptops = Laptops(tmp_path, seed)
    rng = laptops.rng
    sectors = ["public", "private", "social_enterprise", None][: rng.randint(1, 4)]
    roles = ["manager", "professional", None][: rng.randint(1, 3)]

    def batch(n: int) -> list[tuple[str | None, str | None]]:
        return [(rng.choice(sectors), rng.choice(roles)) for _ in range(n)]

    laptops.add(batch(rng.randint(8, 12)), dont_know=0.05)
    laptops.show(laptops.a, "A meeting")
    for j in range(rng.randint(1, 3)):
        laptops.add(batch(rng.randint(3, 6)), dont_know=0.05)
        laptops.show(laptops.a, f"A late {j}")
    data = laptops.move()
    labelled = any(s["sector"] or s["role"] for s in data["respondents"])
    assert laptops.shown_on_a(laptops.show(laptops.b, "B"), labelled)
    c = laptops.laptop_c()
    laptops.move(complete=True, to=c)
    assert laptops.show(c, "C") == laptops.on_a[-1]
    assert laptops.recovered() == []


def read(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("manifest.json")), json.loads(z.read("data.json"))


def test_what_the_anonymous_file_says_of_the_release(tmp_path):
    """Each respondent's release state and merged batch, each comment released; the late
    group in the round's figures only without labels; not the pending; no time."""
    laptops = Laptops(tmp_path)
    laptops.add(MEETING)
    laptops.show(laptops.a, "A")
    laptops.add([("public", "manager")] * 5)  # joins the breakdowns: batch 2
    laptops.show(laptops.a, "A")
    laptops.add([("private", "manager")] * 3)  # in the round's figures only
    laptops.show(laptops.a, "A")
    laptops.add([("public", "manager")] * 2)  # pending
    path = px.export_responses(laptops.a, laptops.rid, tmp_path / "anon.ppsmonitor")
    manifest, data = read(path)
    assert manifest["format_version"] == 3 and "created_at" not in manifest
    states = sorted((s["release"], s["batch"], s["sector"], s["role"]) for s in data["respondents"])
    assert (
        states
        == [("breakdowns", 1, "private", "professional")] * 5
        + [("breakdowns", 1, "public", "manager")] * 5
        + [("breakdowns", 2, "public", "manager")] * 5
        + [("round", 3, None, None)] * 3
    )
    assert all("shown_before" not in s for s in data["respondents"])
    assert data["comments"] == [] or all(c["released"] for c in data["comments"])


def test_an_anonymous_file_gives_every_label_or_none(tmp_path):
    """One round, one batch: 6 private managers, 5 private professionals, 2 public
    managers, 3 public professionals. Blanking only the small groups' labels made B's
    cells other groups than A's (B's manager cell without the 2 public managers): with
    both laptops' means and SDs an outsider solved those two. Now no label at all, and
    B shows A's round figures and no cells."""
    laptops = Laptops(tmp_path)
    laptops.add(
        [("private", "manager")] * 6
        + [("private", "professional")] * 5
        + [("public", "manager")] * 2
        + [("public", "professional")] * 3
    )
    laptops.show(laptops.a, "A")
    data = laptops.move()
    assert {(s["sector"], s["role"]) for s in data["respondents"]} == {(None, None)}
    assert laptops.shown_on_a(laptops.show(laptops.b, "B"), labelled=False)
    assert laptops.recovered() == []


# --- the marks of the old method (m010) travel -------------------------------------


def upgraded(tmp_path: Path) -> tuple[Any, str, str]:
    """The fixture's round, shown under schema 8 (10 at the meeting, one "don't know";
    then 3 late), upgraded: its respondents carry ``shown_before``."""
    path = tmp_path / "v8.sqlite"
    shutil.copy(FIXTURES / "schema_v8_shown_dont_know.sqlite", path)
    db = open_database(path)
    pid = repo.list_partnerships(db)[0]["id"]
    rid = db.execute("SELECT id FROM rounds").fetchone()[0]
    return db, pid, rid


def marks(db: Any, rid: str) -> list[tuple[str, int | None, int]]:
    return sorted(
        db.execute(
            "SELECT uuid, shown_before, released FROM respondents WHERE round_id = ?", [rid]
        ).fetchall()
    )


@pytest.mark.parametrize("complete", [True, False])
def test_the_other_laptop_holds_back_what_the_old_method_showed(tmp_path, complete):
    a, pid, rid = upgraded(tmp_path)
    on_a, _ = shown(a, pid, rid)
    held = [d[0] for d in on_a["dimensions"] if d[-1] is not None]
    assert held  # the first dimension: its "don't know" respondent
    b = open_database(tmp_path / "b.sqlite")
    px.import_file(b, px.export_round_package(a, rid, tmp_path / "round.ppsmonitor"))
    path = px.export_responses(a, rid, tmp_path / "r.ppsmonitor", complete=complete)
    manifest, data = read(path)
    assert manifest["format_version"] == 4
    assert sorted(s.get("shown_before", 0) for s in data["respondents"]) == [1] * 3 + [2] * 10
    px.import_file(b, path)
    assert marks(b, rid) == marks(a, rid)
    assert shown(b, pid, rid)[0] == on_a


def test_importing_again_or_in_parts_keeps_states_and_marks(tmp_path):
    """A file imported twice, or one whose respondents are partly here already (some
    without their marks, from a file that did not carry them): no release is taken
    back, no mark lowered; missing marks are added."""
    a, _pid, rid = upgraded(tmp_path)
    b = open_database(tmp_path / "b.sqlite")
    px.import_file(b, px.export_round_package(a, rid, tmp_path / "round.ppsmonitor"))
    path = px.export_responses(a, rid, tmp_path / "r.ppsmonitor", complete=True)

    def without_marks(d: dict[str, Any]) -> None:
        for s in d["respondents"][:6]:
            s.pop("shown_before", None)

    from tests.exchange.test_package import rebuild

    part = rebuild(path, tmp_path / "part.ppsmonitor", data=without_marks)
    px.import_file(b, part)
    assert sum(1 for _, mark, _ in marks(b, rid) if mark is None) == 6
    plan = px.plan_import(b, path)
    assert plan.add == {} and len(plan.shown) == 6
    from pps_monitor.services.exchange import import_changes_anything

    assert import_changes_anything(b, plan)
    px.apply_import(b, plan)
    assert marks(b, rid) == marks(a, rid)
    # Again, and the file without marks again: nothing changes, nothing is lowered.
    for again in (path, part):
        plan = px.import_file(b, again)
        assert plan.add == {} and not plan.shown and not plan.promote
        assert marks(b, rid) == marks(a, rid)


@pytest.mark.parametrize(
    ("value", "release"), [(3, None), ("2", None), (True, None), (-1, None), (2, "round")]
)
def test_a_mark_that_is_no_state_is_refused(tmp_path, value, release):
    from tests.exchange.test_package import rebuild

    a, _pid, rid = upgraded(tmp_path)
    b = open_database(tmp_path / "b.sqlite")
    px.import_file(b, px.export_round_package(a, rid, tmp_path / "round.ppsmonitor"))
    good = px.export_responses(a, rid, tmp_path / "r.ppsmonitor", complete=True)

    def spoil(d: dict[str, Any]) -> None:
        s = next(s for s in d["respondents"] if s["release"] == "breakdowns")
        d["respondents"].remove(s)
        d["respondents"].insert(0, s)
        s["shown_before"] = value
        if release:
            s["release"] = release

    bad = rebuild(good, tmp_path / "bad.ppsmonitor", data=spoil)
    with pytest.raises(px.ExchangeError, match=r"respondents\[0\]\.shown_before"):
        px.import_file(b, bad)
    assert b.execute("SELECT count(*) FROM respondents").fetchone()[0] == 0


# --- older and newer files ----------------------------------------------------------


def test_older_files_still_import_and_a_newer_one_is_refused(tmp_path):
    """Format 4 is read, and 1 to 3 still are. What an older file does: an anonymous
    file of format 2 (no release state) brings its respondents as one pending batch
    (released here by this laptop's rule); a file that says format 3 is read without
    ``shown_before`` (a format 3 writer never wrote it), and a format 5 file is refused
    as made by a newer PPS Monitor."""
    from pps_monitor.exchange.fileformat import READS_VERSIONS
    from tests.exchange.test_package import rebuild

    assert READS_VERSIONS == (1, 2, 3, 4)
    laptops = Laptops(tmp_path)
    laptops.add(MEETING)
    laptops.show(laptops.a, "A")
    good = px.export_responses(laptops.a, laptops.rid, tmp_path / "anon.ppsmonitor")

    def as_format_2(d: dict[str, Any]) -> None:
        for s in d["respondents"]:
            s.pop("release")
            s.pop("batch")
        for c in d["comments"]:
            c.pop("released")

    old = rebuild(
        good,
        tmp_path / "v2.ppsmonitor",
        manifest=lambda m: m.__setitem__("format_version", 2),
        data=as_format_2,
    )
    assert px.import_file(laptops.b, old).count("respondents") == 10
    states = laptops.b.execute("SELECT DISTINCT released FROM respondents").fetchall()
    assert states == [(0,)]

    other = tmp_path / "old method"
    other.mkdir()
    a, _, rid = upgraded(other)
    marked = px.export_responses(a, rid, other / "marked.ppsmonitor", complete=True)
    b = open_database(other / "b.sqlite")
    px.import_file(b, px.export_round_package(a, rid, other / "round.ppsmonitor"))
    as_3 = rebuild(
        marked, other / "v3.ppsmonitor", manifest=lambda m: m.__setitem__("format_version", 3)
    )
    px.import_file(b, as_3)
    assert {mark for _, mark, _ in marks(b, rid)} == {None}
    newer = rebuild(
        marked, other / "v5.ppsmonitor", manifest=lambda m: m.__setitem__("format_version", 5)
    )
    with pytest.raises(px.ExchangeError, match=r"exchange format 5.*formats 1, 2, 3, 4"):
        px.plan_import(b, newer)


def test_the_coordinator_is_told_how_many_answers_the_file_leaves_out(tmp_path):
    """The late group that stays here (above) and a pending answer: the app and the CLI
    say how many answers the anonymous file left out, included ones too (they said only
    the pending ones: here 1 instead of 6)."""
    from pps_monitor.services.exchange import left_out

    laptops = Laptops(tmp_path, seed=3)
    laptops.add(MEETING)
    laptops.show(laptops.a, "A at the meeting")
    laptops.add([("public", "manager")] * 2 + [("private", "manager")] * 2)
    laptops.add([("private", "professional")])
    laptops.show(laptops.a, "A after the late batch")
    laptops.add([("public", "manager")])  # pending: fewer than min_round new
    path = px.export_responses(laptops.a, laptops.rid, tmp_path / "anon.ppsmonitor")
    assert len(read(path)[1]["respondents"]) == 10
    assert left_out(laptops.a, laptops.rid, path) == 6
