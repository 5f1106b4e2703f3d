"""The attacker suite (issue 11): zero recoveries, as an outsider and as every insider.

Each sequence fills one round one answer at a time (``add_response``); after every
answer the figures are read through ONE output path, exactly as that path releases
them, and written down by the :class:`~tests.privacy.attacker.Attacker`. At the end
every attack is tried (see ``attacker.py``): the linear system of n x mean over all
releases, cells and complements, sector against role, spread and median and answer
distributions, and the rows of the anonymous export.

- ``domain``: what a path that follows the rules shows: it releases the round first
  (``release_round``), scores with the partnership's floors (``get_privacy``) and
  shows the whole round with the sector AND the role breakdown together (late answers
  released for the round only are not ``in_breakdowns``, as storage should mark them).
- ``app``, ``report``, ``cli``, ``export``, ``exchange``, ``storage``: the real output
  paths and today's storage, called as they are (the responses file in its default,
  anonymous form; a round below its minimum is refused and writes nothing).
- "Don't know": the attacker knows who said it (the worst case) and each respondent's
  release batch; complete cases and per-figure release sets (``release_sets``) leave it
  nothing: the sequences with 8% "don't know" are attacked like every other.

The sequences: the demo partnership (its rounds, then late answers one at a time) and
seeded random small rounds, n = 1 .. 12, several sectors and roles, a few "don't
know"s; each for the default floors (3/5) and for a partnership with 4/6.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.domain.model import ScoringSettings
from pps_monitor.domain.scoring import score_rounds
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from tests.privacy.attacker import Attacker, Findings, members_of, one_blas_thread

INST = default_instrument()
one_blas_thread()
CODES = [i.code for i in INST.items]
FLOORS = [(3, 5), (4, 6)]
SECTORS = ["public", "private", "social_enterprise", None]
ROLES = ["manager", "professional", None]


def settings_of(db: Any, pid: str) -> ScoringSettings:
    p = repo.get_privacy(db, pid)
    return ScoringSettings(
        strength=p.band_strength,
        attention=p.band_attention,
        min_group=p.min_breakdown,
        min_round=p.min_round,
        min_breakdown=p.min_breakdown,
    )


def random_person(
    rng: random.Random, sectors: list, roles: list, dont_know: float = 0.0
) -> repo.NewResponse:
    level = rng.uniform(1.5, 4.5)
    answers: dict[str, int | None] = {}
    for code in CODES:
        if rng.random() < dont_know:
            answers[code] = None
        else:
            answers[code] = min(5, max(1, round(rng.gauss(level, 1.0))))
    return repo.NewResponse(answers, sector=rng.choice(sectors), role=rng.choice(roles))


# --- the output paths: each reads the figures of round ``rid`` as it releases them ------


def observe_domain(att: Attacker, db: Any, db_path: Path, pid: str, rid: str) -> None:
    """Release, then score with the partnership's floors, the responses as storage gives
    them (each with its release generation, sector and role: the domain decides per
    figure who counts, ``release_sets``)."""
    repo.release_round(db, rid)
    settings = settings_of(db, pid)
    rounds = repo.load_partnership_rounds(db, pid)
    data = [(d.instrument, d.responses) for d in rounds]
    ids = [d.round["id"] for d in rounds]
    scores = score_rounds(data, settings)
    k = ids.index(rid)
    att.read_scores(scores[k], data[k][1], "domain", settings)


def observe_app(att: Attacker, db: Any, db_path: Path, pid: str, rid: str) -> None:
    from pps_monitor import results as R
    from pps_monitor.services.results_data import load_results

    settings = settings_of(db, pid)
    data = load_results(db_path, pid, settings)
    results = data["results"]
    result = next(r for r in results if r.round["id"] == rid)
    att.read_scores(result.scores, result.responses, "app", settings, breakdowns=())
    att.read_breakdown(result.responses, "sector", settings, "app sector radar")
    for d in result.scores.dimensions:  # the trend chart's interval per round
        point = R.trend_series(results, d.code, d.code).points[-1]
        if point.ci_low is not None:
            spread = members_of(att.instrument, att.truth, result.responses, settings)
            att.add_spread("sq", d.code, spread[d.code][1], f"app trend interval {d.code}")


def observe_report(att: Attacker, db: Any, db_path: Path, pid: str, rid: str) -> None:
    from pps_monitor.services.report_data import load_report_data

    settings = settings_of(db, pid)
    label = repo.get_round(db, rid)["label"]
    data = load_report_data(db, pid, label, settings)
    att.read_scores(data.result.scores, data.result.responses, "report", settings, ("sector",))


def observe_cli(att: Attacker, db: Any, db_path: Path, pid: str, rid: str) -> None:
    """What `pps-monitor scores --format json` prints, run as the command runs."""
    import contextlib
    import io
    import json

    from pps_monitor.cli import main

    name = repo.get_partnership(db, pid)["name"]
    label = repo.get_round(db, rid)["label"]
    out = io.StringIO()
    argv = ["scores", "--db", str(db_path), "--partnership", name, "--round", label]
    with contextlib.redirect_stdout(out):
        assert main([*argv, "--format", "json", "--lang", "en"]) == 0
    att.read_json(
        json.loads(out.getvalue()), repo.load_responses(db, rid), "cli", settings_of(db, pid)
    )


def observe_export(att: Attacker, db: Any, db_path: Path, pid: str, rid: str) -> None:
    from pps_monitor.exchange.spreadsheet import export_spreadsheet

    out = db_path.with_name(f"export{len(att.exports)}.csv")
    label = repo.get_round(db, rid)["label"]  # the attacked round (the demo has five)
    export_spreadsheet(db, pid, out, "csv", round_label=label)
    settings = settings_of(db, pid)
    sets = members_of(att.instrument, att.truth, repo.load_responses(db, rid), settings)
    figures = {u: spread for u, (_, spread) in sets.items()}  # whose distribution is shown
    att.read_long_csv(out, f"export {len(att.exports) + 1}", figures)


def observe_exchange(att: Attacker, db: Any, db_path: Path, pid: str, rid: str) -> None:
    import json
    import zipfile

    from pps_monitor.exchange import package as px

    try:
        out = px.export_responses(db, rid, db_path.with_name(f"r{len(att.exports)}.ppsmonitor"))
    except px.ExchangeError:
        return  # below the round's minimum: refused, nothing written
    with zipfile.ZipFile(out) as z:
        data = json.loads(z.read("data.json"))
    rows = [
        (
            (s.get("sector"), s.get("role")),
            tuple(sorted((a["item"], a["value"]) for a in s["answers"])),
        )
        for s in data["respondents"]
    ]
    att.read_rows(rows, f"responses file {len(att.exports) + 1}")


Observe = Callable[[Attacker, Any, Path, str, str], None]
PATHS: dict[str, Observe] = {
    "domain": observe_domain,
    "app": observe_app,
    "report": observe_report,
    "cli": observe_cli,
    "export": observe_export,
    "exchange": observe_exchange,
}


# --- the sequences ----------------------------------------------------------------------


def run_random(
    observe: Observe, tmp: Path, seed: int, floors: tuple[int, int], dont_know: float = 0.0
) -> Findings:
    """One random small round filled one answer at a time, shown after each."""
    rng = random.Random(seed)
    db_path = tmp / f"r{seed}-{floors[0]}.sqlite"
    db = open_database(db_path)
    pid = repo.create_partnership(db, f"P{seed}")
    repo.set_privacy(db, pid, min_round=floors[0], min_breakdown=floors[1])
    rid = repo.create_round(db, pid, "R1", "2025-03-01", INST)
    att = Attacker(INST)
    n = 1 + seed % 12
    sectors = rng.sample(SECTORS, k=rng.randint(2, 4))
    roles = ROLES[: rng.randint(2, 3)]
    for _ in range(n):
        person = random_person(rng, sectors, roles, dont_know)
        key = repo.add_response(db, rid, person)
        att.know(key, dict(person.answers))
        att.label(key, person.sector, person.role)
        observe(att, db, db_path, pid, rid)
    db.close()
    assert not att.mismatches, att.mismatches[:5]
    return att.attack([None, *att.truth])


def run_demo(observe: Observe, tmp: Path, floors: tuple[int, int], late: int = 4) -> Findings:
    """The demo partnership shown as it is, then ``late`` answers added one at a time."""
    from pps_monitor.demo import add_demo

    db_path = tmp / f"demo{floors[0]}.sqlite"
    db = open_database(db_path)
    pid = add_demo(db)
    repo.set_privacy(db, pid, min_round=floors[0], min_breakdown=floors[1])
    rounds = repo.list_rounds(db, pid)
    rid = rounds[-1]["id"]
    att = Attacker(repo.round_instrument(repo.get_round(db, rid)))
    for r in db.execute(
        "SELECT s.id, s.sector, s.role FROM respondents s WHERE s.round_id = ?", [rid]
    ).fetchall():
        answers = dict(
            db.execute("SELECT item_code, value FROM answers WHERE respondent_id = ?", [r[0]])
        )
        att.know(str(r[0]), answers)
        att.label(str(r[0]), r[1], r[2])
    if repo.get_round(db, rid)["status"] != "open":
        repo.set_round_status(db, rid, "open")
    observe(att, db, db_path, pid, rid)
    rng = random.Random(7)
    for _ in range(late):
        person = random_person(rng, SECTORS, ROLES)
        key = repo.add_response(db, rid, person)
        att.know(key, dict(person.answers))
        att.label(key, person.sector, person.role)
        observe(att, db, db_path, pid, rid)
    db.close()
    assert not att.mismatches, att.mismatches[:5]
    return att.attack([None, *att.truth])


def observe_storage(att: Attacker, db: Any, db_path: Path, pid: str, rid: str) -> None:
    """As ``observe_domain``, with the responses exactly as storage gives them today."""
    repo.release_round(db, rid)
    settings = settings_of(db, pid)
    rounds = repo.load_partnership_rounds(db, pid)
    scores = score_rounds([(d.instrument, d.responses) for d in rounds], settings)
    k = [d.round["id"] for d in rounds].index(rid)
    att.read_scores(scores[k], rounds[k].responses, "storage", settings)


PATHS["storage"] = observe_storage

SEEDS = range(12)  # n = 1 .. 12
DK_LINKED = "who said don't know"


def recoveries(
    path: str,
    tmp: Path,
    floors: tuple[int, int],
    seeds: Any = SEEDS,
    demo: bool = True,
    dont_know: float = 0.0,
) -> list:
    found = []
    for seed in seeds:
        found += [
            (f"seed {seed}", *r) for r in run_random(PATHS[path], tmp, seed, floors, dont_know)
        ]
    if demo:
        found += [("demo", *r) for r in run_demo(PATHS[path], tmp, floors)]
    return found


def report(found: list) -> str:
    kinds: dict[str, int] = {}
    for _seq, _who, how, _att in found:
        kind = how.split(" of ")[0] if " of " in how else how
        kinds[kind] = kinds.get(kind, 0) + 1
    return f"{len(found)} recoveries: {kinds}; first: {found[:3]}"


@pytest.mark.parametrize("floors", FLOORS, ids=lambda f: f"k{f[0]}-{f[1]}")
def test_domain_path_releases_nothing_recoverable(tmp_path, floors):
    """Outsider and every insider, differencing, cells, complements, sector against role,
    the linear system, SD, median and distributions: zero recoveries."""
    found = recoveries("domain", tmp_path, floors)
    assert not found, report(found)


def test_dont_know_patterns_single_out_nobody(tmp_path):
    found = recoveries("domain", tmp_path, (3, 5), seeds=range(4, 12), demo=True, dont_know=0.08)
    assert not found, report(found)


def test_storage_marks_late_round_only_answers(tmp_path):
    found = recoveries("storage", tmp_path, (3, 5), seeds=[8, 11], demo=False)
    assert not found, report(found)


@pytest.mark.parametrize("floors", FLOORS, ids=lambda f: f"k{f[0]}-{f[1]}")
@pytest.mark.parametrize(
    "path",
    ["app", "report", "cli", "export", "exchange"],
)
def test_output_path_releases_nothing_recoverable(tmp_path, path, floors):
    found = recoveries(path, tmp_path, floors, seeds=[5, 8], demo=False)
    assert not found, report(found)


@pytest.mark.parametrize("floors", FLOORS, ids=lambda f: f"k{f[0]}-{f[1]}")
def test_responses_files_release_nothing_recoverable(tmp_path, floors):
    """A responses file written after every answer (n = 1 .. 12 and the demo with late
    answers): the default, anonymous file holds only released respondents, with sector
    and role of small groups left out, so no file and no pair of files names anyone."""
    found = recoveries("exchange", tmp_path, floors)
    assert not found, report(found)


def run_after_a_full_round(tmp: Path, floors: tuple[int, int], n: int = 4) -> Findings:
    """A first round of 6 shown, then a second round filled one answer at a time."""
    rng = random.Random(3)
    db_path = tmp / f"two{floors[0]}.sqlite"
    db = open_database(db_path)
    pid = repo.create_partnership(db, "Twee rondes")
    repo.set_privacy(db, pid, min_round=floors[0], min_breakdown=floors[1])
    first = repo.create_round(db, pid, "R1", "2025-03-01", INST)
    repo.add_responses(db, first, [random_person(rng, SECTORS, ROLES) for _ in range(6)])
    repo.release_round(db, first)
    rid = repo.create_round(db, pid, "R2", "2025-09-01", INST)
    att = Attacker(INST)
    for _ in range(n):
        person = random_person(rng, SECTORS, ROLES)
        key = repo.add_response(db, rid, person)
        att.know(key, dict(person.answers))
        observe_domain(att, db, db_path, pid, rid)
    db.close()
    assert not att.mismatches, att.mismatches[:5]
    return att.attack([None, *att.truth])


def test_change_intervals_do_not_reveal_a_small_rounds_spread(tmp_path):
    found = run_after_a_full_round(tmp_path, (3, 5))
    assert not list(found), report([("two rounds", *f) for f in found])


def run_one_batch(
    tmp: Path, seed: int, labels: list[tuple[str, str]], dont_know: float = 0.0
) -> Findings:
    """A whole round entered at once (a paper stack) and shown: sector and role together."""
    rng = random.Random(seed)
    db_path = tmp / f"batch{seed}-{dont_know}.sqlite"
    db = open_database(db_path)
    pid = repo.create_partnership(db, f"B{seed}")
    rid = repo.create_round(db, pid, "R1", "2025-03-01", INST)
    people = [random_person(rng, [s], [r], dont_know) for s, r in labels]
    keys = repo.add_responses(db, rid, people)
    att = Attacker(INST)
    for key, person in zip(keys, people, strict=True):
        att.know(key, dict(person.answers))
    observe_domain(att, db, db_path, pid, rid)
    db.close()
    assert not att.mismatches, att.mismatches[:5]
    return att.attack([None, *att.truth])


def test_sector_and_role_shown_together_isolate_nobody(tmp_path):
    """Public 6 (5 managers, 1 professional), private 5 professionals: every cell has 5
    or more, yet public minus manager is the one public professional (found by the
    attacker before breakdown.joint_hidden). Then skewed random cross-tables."""
    crafted = [("public", "manager")] * 5 + [("public", "professional")]
    crafted += [("private", "professional")] * 5
    found = [("crafted", *f) for f in run_one_batch(tmp_path, 0, crafted)]
    rng = random.Random(99)
    for seed in range(1, 9):
        n = rng.randint(8, 12)
        labels = [
            (rng.choice(["public", "private", "public"]), rng.choice(["manager", "professional"]))
            for _ in range(n)
        ]
        found += [(f"batch {seed}", *f) for f in run_one_batch(tmp_path, seed, labels)]
    assert not found, report(found)


def test_anonymous_export_labels_name_nobody(tmp_path):
    rng = random.Random(1)
    db_path = tmp_path / "x.sqlite"
    db = open_database(db_path)
    pid = repo.create_partnership(db, "X")
    rid = repo.create_round(db, pid, "R1", "2025-03-01", INST)
    labels = [("public", "manager")] * 5 + [("public", "professional")]
    labels += [("private", "professional")] * 5
    people = [random_person(rng, [s], [r]) for s, r in labels]
    att = Attacker(INST)
    for key, person in zip(repo.add_responses(db, rid, people), people, strict=True):
        att.know(key, dict(person.answers))
        att.label(key, person.sector, person.role)
    observe_export(att, db, db_path, pid, rid)
    db.close()
    found = list(att.attack([None]))
    assert not found, found


def run_late_batches(
    tmp: Path, seed: int, dont_know: float = 0.08, observe: Observe = observe_domain
) -> Findings:
    """A first batch shown, then late batches of 3 .. 6 answers, half of them all in one
    sector x role cell, each shown with the sector and role breakdowns: "don't know"
    patterns inside cells and across release batches, for round and spread figures."""
    rng = random.Random(100 + seed)
    db_path = tmp / f"late{seed}.sqlite"
    db = open_database(db_path)
    pid = repo.create_partnership(db, f"L{seed}")
    rid = repo.create_round(db, pid, "R1", "2025-03-01", INST)
    att = Attacker(INST)
    sectors, roles = ["public", "private", None], ["manager", "professional"]
    sizes = [rng.randint(6, 10)] + [rng.randint(3, 6) for _ in range(rng.randint(2, 4))]
    for size in sizes:
        one_cell = rng.random() < 0.5
        cell = (rng.choice(sectors), rng.choice(roles))
        people = [
            random_person(rng, [cell[0]], [cell[1]], dont_know)
            if one_cell
            else random_person(rng, sectors, roles, dont_know)
            for _ in range(size)
        ]
        for key, person in zip(repo.add_responses(db, rid, people), people, strict=True):
            att.know(key, dict(person.answers))
            att.label(key, person.sector, person.role)
        observe(att, db, db_path, pid, rid)
    db.close()
    assert not att.mismatches, att.mismatches[:5]
    return att.attack([None, *att.truth])


def test_dont_know_in_late_batches_and_breakdown_cells_single_out_nobody(tmp_path):
    found = []
    for seed in range(8):
        found += [(f"late {seed}", *f) for f in run_late_batches(tmp_path, seed)]
    assert not found, report(found)


def test_dont_know_in_one_batch_with_both_breakdowns_singles_out_nobody(tmp_path):
    """A paper stack with "don't know"s, public/private x manager/professional cells."""
    found = []
    for seed in range(6):
        rng = random.Random(seed)
        n = rng.randint(8, 12)
        labels = [
            (rng.choice(["public", "private"]), rng.choice(["manager", "professional"]))
            for _ in range(n)
        ]
        found += [(f"dk batch {seed}", *f) for f in run_one_batch(tmp_path, seed, labels, 0.08)]
    assert not found, report(found)


@pytest.mark.parametrize("floors", FLOORS, ids=lambda f: f"k{f[0]}-{f[1]}")
def test_dont_know_patterns_in_the_export_link_nobody(tmp_path, floors):
    """The anonymous long export after every answer (n = 1 .. 12 with 8% "don't know",
    and the demo, whose rounds have many "don't know"s, with late answers): the attacker
    knows who said "don't know" to what and everyone's sector and role, and links no
    export id to a person (``Attacker._attack_patterns``)."""
    found = recoveries("export", tmp_path, floors, dont_know=0.08)
    assert not found, report(found)


def test_dont_know_patterns_in_exports_after_late_batches_link_nobody(tmp_path):
    """The long export after a first batch and after each late batch of 3 .. 6 (some all
    in one sector x role cell): dimensions join the export batch by batch, and the ids
    followed through the exports still link nobody."""
    found = []
    for seed in range(8):
        found += [
            (f"late {seed}", *f) for f in run_late_batches(tmp_path, seed, 0.08, observe_export)
        ]
    assert not found, report(found)
