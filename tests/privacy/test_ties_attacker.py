"""The attacker against the tie figures (issue 18): differencing, linear systems, insiders.

Every released tie figure is written down as an equation over the tie respondents'
quality scores ``z[respondent, other organisation]`` (a directed tie: the sum over its
raters; a pooled figure: the sum over every rating it holds, or over the shown ties only
when it says so; a pair: the sum over its shown directions). The attacker knows, as a
partner in the room would, exactly whose scores each figure holds. A group is
*recovered* when some non-zero combination of its members' scores alone is determined
by the system (its coordinates meet the row space: ``rank(N[U, :]) < |U|`` for the null
space N). No group smaller than the breakdown minimum may be recovered, by an outsider
or by an insider who knows their own scores; and a single rater's ties never appear.
The same figures reach every output path (CLI, report, app: services.ties.network),
so the domain's figures are what is attacked; the CLI's JSON is attacked on the demo.
"""

from __future__ import annotations

import itertools
import json
import random
import sqlite3

import numpy as np
import pytest

from pps_monitor.domain.model import ScoringSettings
from pps_monitor.domain.tie_figures import SHOWN_ONLY, network_figures
from pps_monitor.domain.ties import QUALITY_ITEMS, TieResponse, quality_score

TOL = 1e-8


def _null_space(m: np.ndarray, size: int) -> np.ndarray:
    if m.size == 0:
        return np.eye(size)
    _, s, vt = np.linalg.svd(m)
    rank = int((s > TOL * max(1.0, s[0] if len(s) else 1.0)).sum())
    return vt[rank:].T


def _variables(responses):
    index = {}
    for i, r in enumerate(responses):
        for target, answers in sorted(r.ratings.items()):
            if quality_score(answers) is not None:
                index[(i, target)] = len(index)
    return index


def _row(index, responses, keys):
    """Sum of the scores of every rating (source, target) in ``keys``."""
    row = np.zeros(len(index))
    for (i, target), col in index.items():
        if (responses[i].organisation, target) in keys:
            row[col] = 1.0
    return row


def equations(fig, responses, orgs):
    index = _variables(responses)
    shown = {(t.source, t.target) for t in fig.directed if t.shown}
    rows = [_row(index, responses, {key}) for key in shown]
    for o in fig.per_organisation:
        others = [x for x in orgs if x != o.organisation]
        for pooled, keys in (
            (o.rated_by, {(x, o.organisation) for x in others}),
            (o.rates, {(o.organisation, x) for x in others}),
        ):
            if pooled.mean is not None:
                rows.append(
                    _row(index, responses, keys & shown if pooled.note == SHOWN_ONLY else keys)
                )
    for p in fig.pairs:
        if p.mean is not None:
            rows.append(_row(index, responses, {(p.a, p.b), (p.b, p.a)} & shown))
    return index, np.array(rows) if rows else np.zeros((0, len(index)))


def recovered_groups(fig, responses, orgs, k, insider=None):
    """Groups of fewer than k respondents (not the insider) whose scores are determined:
    singles and pairs for an outsider; singles for an insider (who, in a group of
    exactly k, always learns the sum of the k - 1 others: that is what k allows)."""
    index, m = equations(fig, responses, orgs)
    if insider is not None:
        known = [np.eye(len(index))[c] for (i, _), c in index.items() if i == insider]
        if known:
            m = np.vstack([m, *known]) if m.size else np.array(known)
    null = _null_space(m, len(index))
    people = sorted({i for i, _ in index} - {insider})
    cols = {i: [c for (j, _), c in index.items() if j == i] for i in people}
    found = []
    for size in range(1, min(k, 3 if insider is None else 2)):  # triples cost too much
        for group in itertools.combinations(people, size):
            u = [c for i in group for c in cols[i]]
            if np.linalg.matrix_rank(null[u, :], tol=1e-7) < len(u):
                found.append(group)
    return found


def random_round(rng: random.Random, orgs, max_people=7):
    responses = []
    for org in orgs:
        for _ in range(rng.choice([1, 1, 2, 3, 4, 5, 6, max_people])):
            ratings = {}
            for target in orgs:
                if target == org or rng.random() < 0.15:
                    continue
                dont_know = rng.random() < 0.2
                ratings[target] = {
                    "frequency": rng.randrange(6),
                    **{c: None if dont_know else rng.randint(1, 5) for c in QUALITY_ITEMS},
                }
            responses.append(TieResponse(org, ratings))
    return responses


CASES = [(seed, k) for seed in range(60) for k in (3, 4, 5)]


@pytest.mark.parametrize(("seed", "k"), CASES)
def test_random_rounds_release_no_small_group(seed, k):
    rng = random.Random(seed)
    orgs = [f"o{j}" for j in range(rng.choice([3, 4, 5]))]
    responses = random_round(rng, orgs)
    settings = ScoringSettings(min_round=3, min_breakdown=k, min_group=k)
    fig = network_figures(orgs, responses, settings)
    assert recovered_groups(fig, responses, orgs, k) == []
    insider = rng.randrange(len(responses))
    assert recovered_groups(fig, responses, orgs, k, insider) == []


def test_a_single_raters_ties_never_appear():
    for seed in range(40):
        rng = random.Random(1000 + seed)
        orgs = [f"o{j}" for j in range(4)]
        responses = random_round(rng, orgs)
        fig = network_figures(orgs, responses, ScoringSettings(min_round=3, min_breakdown=3))
        singles = {o for o in orgs if sum(r.organisation == o for r in responses) == 1}
        for t in fig.directed:
            if t.source in singles:
                assert t.mean is None and t.frequency is None and not t.scores
        for o in fig.per_organisation:
            if o.organisation in singles:
                assert o.rates.mean is None


def test_the_cycle_of_hidden_ties_is_broken():
    """in(B) - out(Y) + in(E) would leave X's two raters' ratings of B and E together."""

    def rate(org, **targets):
        return TieResponse(
            org,
            {t: {"frequency": 3, **dict.fromkeys(QUALITY_ITEMS, v)} for t, v in targets.items()},
        )

    people = (
        [rate("X", B=1, E=1)] * 2
        + [rate("Y", B=4, E=5, C=3)] * 2
        + [rate("Y", B=4, C=3)] * 2
        + [rate("Y", E=2, C=3)] * 1
        + [rate("Z", B=3, E=3, C=3)] * 5
    )
    orgs = ["B", "C", "E", "X", "Y", "Z"]
    fig = network_figures(orgs, people, ScoringSettings(min_round=3, min_breakdown=5))
    assert recovered_groups(fig, people, orgs, 5) == []


def test_the_demo_on_every_path(tmp_path, capsys):
    """The demo's tie rounds as services.network gives them to the app, the report and the
    CLI: nothing recoverable, and the CLI prints exactly those figures."""
    from pps_monitor.cli import main
    from pps_monitor.demo import DEMO_NAME
    from pps_monitor.services import ties
    from pps_monitor.storage import ties as stored
    from pps_monitor.storage.database import open_database

    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    db = open_database(path)
    (pid,) = [row[0] for row in db.execute("SELECT id FROM partnerships")]
    for rid in stored.tie_rounds(db, pid):
        result = ties.network(db, rid)
        orgs = [o.id for o in result.organisations]
        responses = stored.load_ties(db, rid)
        fig = result.figures
        assert recovered_groups(fig, responses, orgs, fig.min_breakdown) == []
        label = db.execute("SELECT label FROM rounds WHERE id = ?", [rid]).fetchone()[0]
        capsys.readouterr()
        assert (
            main(
                [
                    "ties",
                    "--db",
                    str(path),
                    "--partnership",
                    DEMO_NAME,
                    "--round",
                    label,
                    "--format",
                    "json",
                ]
            )
            == 0
        )
        data = json.loads(capsys.readouterr().out)
        printed = [t["mean"] for t in data["ties"]]
        assert printed == [None if t.mean is None else round(t.mean, 4) for t in fig.directed]
    db.close()


def test_later_tie_answers_never_change_released_figures(db):
    """Differencing before and after: once a round's tie figures were shown, later tie
    answers are kept (pending) and never included, so every figure stays the same."""
    from pps_monitor.domain.instrument import default_instrument
    from pps_monitor.services import ties
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage import ties as stored

    pid = repo.create_partnership(db, "Zorghub Delft")
    a, b = (repo.add_organisation(db, pid, n, "public") for n in ("Gemeente", "GGD"))
    rid = repo.create_round(db, pid, "R1", "2026-01-10", default_instrument())
    stored.set_tie_module(db, rid, True)

    def people(org, other, values):
        return [
            stored.NewTieResponse(org, {other: {"frequency": 4, **dict.fromkeys(QUALITY_ITEMS, v)}})
            for v in values
        ]

    stored.add_tie_responses(db, rid, people(a, b, [3, 4, 5, 4, 3]) + people(b, a, [2] * 5))
    before = ties.network(db, rid)
    for value in (1, 5, 1, 5, 1, 5):  # one at a time, looked at after each
        stored.add_tie_responses(db, rid, people(a, b, [value]))
        after = ties.network(db, rid)
        assert after.figures == before.figures
    assert after.pending == 6


def test_the_file_keeps_no_order_of_tie_answers(tmp_path):
    """The finder of a lost laptop reads the tie tables in their stored order: nothing
    follows the order in which people answered (random keys, rows in key order)."""
    from pps_monitor.domain.instrument import default_instrument
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage import ties as stored
    from pps_monitor.storage.database import open_database
    from tests.privacy.test_lost_laptop import spearman

    rhos, placed = [], []
    for trial in range(12):
        db = open_database(tmp_path / f"t{trial}.sqlite")
        pid = repo.create_partnership(db, "Verloren laptop")
        orgs = [repo.add_organisation(db, pid, n, "public") for n in ("A", "B", "C", "D")]
        rid = repo.create_round(db, pid, "R1", "2026-01-10", default_instrument())
        stored.set_tie_module(db, rid, True)
        for i in range(40):  # person i says who they are in their answers (base 5)
            values = [(i // 5**j) % 5 + 1 for j in range(3)]
            ratings = {
                o: {"frequency": 3, **dict(zip(QUALITY_ITEMS, [*values, 3], strict=True))}
                for o in orgs[1:]
            }
            stored.add_tie_responses(db, rid, [stored.NewTieResponse(orgs[0], ratings)])
        uuids = [u for (u,) in db.execute("SELECT uuid FROM tie_respondents ORDER BY id")]
        entry = {u: i for i, u in enumerate(_entry_order(db, uuids))}
        db.close()
        # Where each tie set's bytes lie in the file (not the order a SELECT gives):
        # rows written one at a time lay in the file in the order of entry.
        raw = (tmp_path / f"t{trial}.sqlite").read_bytes()
        by_entry = sorted(uuids, key=entry.__getitem__)
        placed.append(spearman([float(raw.find(u.encode())) for u in by_entry]))
        con = sqlite3.connect(tmp_path / f"t{trial}.sqlite")
        seen: dict[int, dict[str, int]] = {}
        for key, code, value in con.execute(
            "SELECT respondent_id, item_code, value FROM tie_answers"
        ):
            seen.setdefault(key, {})[code] = value
        order = [
            sum((a[c] - 1) * 5**j for j, c in enumerate(QUALITY_ITEMS[:3])) for a in seen.values()
        ]
        con.close()
        rhos.append(spearman([float(x) for x in order]))
    assert abs(sum(rhos) / len(rhos)) < 0.15
    assert abs(sum(placed) / len(placed)) < 0.15, placed  # was -1.0 in every trial


def _entry_order(db, uuids):
    """Who answered when: person i rated goals, knowledge, trust as the digits of i."""
    value = {}
    for uuid, code, v in db.execute(
        "SELECT t.uuid, a.item_code, a.value FROM tie_answers a"
        " JOIN tie_respondents t ON t.id = a.respondent_id"
    ):
        if code in QUALITY_ITEMS[:3]:
            value.setdefault(uuid, {})[code] = v
    number = {
        u: sum((a[c] - 1) * 5**j for j, c in enumerate(QUALITY_ITEMS[:3])) for u, a in value.items()
    }
    return sorted(uuids, key=number.__getitem__)
