"""The NumPy scoring (``domain.fast``) against the pure-Python reference (``scoring``).

Random partnerships (random subsets of the instrument, statements changed between
rounds, don't-knows, half-answered and absent items, constant answers, 0 to 30
respondents a round, several rounds, random privacy floors) must give the same
``RoundScores``: every float within 1e-9 and every other field equal; on Python 3.11
the two are equal bit for bit (``domain.fast.sums``).
"""

from __future__ import annotations

import math
import random
import sys
from dataclasses import fields, is_dataclass, replace

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from pps_monitor.domain import fast
from pps_monitor.domain.fast import AnswerMatrix
from pps_monitor.domain.fast.changes import cliffs_delta
from pps_monitor.domain.fast.sums import seq_sum
from pps_monitor.domain.instrument import Instrument, Text, default_instrument
from pps_monitor.domain.model import NO_VARIATION
from pps_monitor.domain.scoring import Response, ScoringSettings, score_rounds
from pps_monitor.domain.stats import cliffs_delta as reference_cliffs

INST = default_instrument()
BITWISE = sys.version_info < (3, 12)  # 3.12's sum() compensates; see domain.fast.sums
SECTORS = ("public", "private", "social_enterprise", None)


def assert_same(a: object, b: object, path: str = "scores") -> None:
    """Equal, except floats, which may differ by 1e-9 (relative or absolute)."""
    if isinstance(a, float) and isinstance(b, float):
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9), f"{path}: {a} != {b}"
    elif is_dataclass(a) and not isinstance(a, type):
        assert type(a) is type(b), path
        for f in fields(a):
            assert_same(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
    elif isinstance(a, dict):
        assert isinstance(b, dict) and list(a) == list(b), path
        for key in a:
            assert_same(a[key], b[key], f"{path}[{key!r}]")
    elif isinstance(a, list | tuple):
        assert type(a) is type(b) and len(a) == len(b), f"{path}: {a!r} != {b!r}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert_same(x, y, f"{path}[{i}]")
    else:
        assert type(a) is type(b) and a == b, f"{path}: {a!r} != {b!r}"


def check(rounds: list[tuple[Instrument, list[Response]]], cfg: ScoringSettings) -> None:
    reference = score_rounds(rounds, cfg)
    vector = fast.score_rounds(rounds, cfg)
    assert_same(reference, vector)
    if BITWISE:
        assert reference == vector


# --- random partnerships -------------------------------------------------------------


def sub_instrument(rng: random.Random) -> Instrument:
    """A random subset of the default instrument: groups, dimensions, items, risks."""
    groups = []
    for group in INST.groups:
        dims = []
        for dim in group.dimensions:
            if rng.random() < 0.6:
                items = [i for i in dim.items if rng.random() < 0.7] or [dim.items[0]]
                dims.append(replace(dim, items=tuple(items)))
        if dims:
            groups.append(replace(group, dimensions=tuple(dims)))
    risks = tuple(r for r in INST.risks if rng.random() < 0.5)
    return replace(INST, groups=tuple(groups or INST.groups[:1]), risks=risks)


def reworded(instrument: Instrument, rng: random.Random) -> Instrument:
    """The same instrument with one statement's text changed (not comparable any more)."""
    groups = list(instrument.groups)
    g = rng.randrange(len(groups))
    dims = list(groups[g].dimensions)
    d = rng.randrange(len(dims))
    items = list(dims[d].items)
    items[0] = replace(items[0], text=Text("anders", "changed"))
    dims[d] = replace(dims[d], items=tuple(items))
    groups[g] = replace(groups[g], dimensions=tuple(dims))
    return replace(instrument, groups=tuple(groups))


def answers(instrument: Instrument, rng: random.Random, mode: dict) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    person = rng.uniform(1, 5)
    for item in instrument.items:
        r = rng.random()
        if r < mode["absent"]:
            continue  # not stored at all (asked count differs from respondents)
        if r < mode["absent"] + mode["dont_know"]:
            out[item.code] = None
        elif mode["constant"]:
            out[item.code] = mode["constant"]
        else:
            out[item.code] = min(5, max(1, round(rng.gauss(person, mode["spread"]))))
    if rng.random() < 0.1:
        out["UNKNOWN-CODE"] = rng.randint(1, 5)  # not in the instrument: ignored by both
    return out


def people(instrument: Instrument, rng: random.Random, mode: dict, n: int) -> list[Response]:
    return [
        Response(
            str(k),
            answers(instrument, rng, mode),
            rng.choice(SECTORS),
            rng.choice(("manager", None)),
        )
        for k in range(n)
    ]


def late(person: Response, rng: random.Random, mode: dict) -> Response:
    """A later release batch (generation 2 or 3): each figure moves only by its k."""
    if rng.random() < mode.get("late", 0.0):
        return replace(person, generation=rng.choice([2, 3]), in_breakdowns=False)
    return person


def partnership(seed: int, sizes: list[int], mode: dict) -> list[tuple[Instrument, list[Response]]]:
    rng = random.Random(seed)
    instrument = sub_instrument(rng)
    rounds = []
    for n in sizes:
        if rng.random() < 0.15:
            instrument = reworded(instrument, rng)
        if rng.random() < 0.1:
            instrument = sub_instrument(rng)
        responses = [late(person, rng, mode) for person in people(instrument, rng, mode, n)]
        rounds.append((instrument, responses))
    return rounds


modes = st.fixed_dictionaries(
    {
        "absent": st.sampled_from([0.0, 0.05, 0.3]),
        "dont_know": st.sampled_from([0.0, 0.05, 0.2, 0.6]),
        "constant": st.sampled_from([0, 0, 0, 1, 3, 5]),
        "spread": st.sampled_from([0.0, 0.4, 1.0, 3.0]),
        "late": st.sampled_from([0.0, 0.0, 0.1, 0.5, 1.0]),
    }
)
floors = st.integers(3, 5).flatmap(
    lambda k: st.builds(
        ScoringSettings,
        min_round=st.just(k),
        min_breakdown=st.integers(k, 7),
        min_group=st.integers(3, 5),
    )
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**32),
    sizes=st.lists(st.integers(0, 30), min_size=1, max_size=6),
    mode=modes,
    cfg=floors,
)
def test_vector_agrees_with_reference_on_random_partnerships(seed, sizes, mode, cfg):
    check(partnership(seed, sizes, mode), cfg)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32), sizes=st.lists(st.integers(3, 30), min_size=3, max_size=5))
@example(seed=39550, sizes=[3, 3, 3])
def test_trends_and_changes_over_comparable_rounds(seed, sizes):
    """Full instrument, no rewording: every round comparable, so trends are computed."""
    rng = random.Random(seed)
    mode = {"absent": 0.0, "dont_know": 0.05, "constant": 0, "spread": 0.8}
    rounds = [(INST, [Response(str(k), answers(INST, rng, mode)) for k in range(n)]) for n in sizes]
    reference = score_rounds(rounds)
    # with complete cases, three small rounds with a "don't know" can leave every
    # dimension under the round minimum (seed 39550, sizes [3, 3, 3]): no trend to compare
    assume(any(d.trend is not None for d in reference[-1].dimensions))
    check(rounds, ScoringSettings())


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32),
    sizes=st.lists(st.integers(3, 30), min_size=2, max_size=4),
    share=st.sampled_from([0.1, 0.3, 0.7]),
)
def test_late_answers_agree_over_comparable_rounds(seed, sizes, share):
    """Late answers (``in_breakdowns`` False) in every round, all rounds comparable: the
    changes, trends, group SDs and balance intervals follow the spread rule in both."""
    rng = random.Random(seed)
    mode = {"absent": 0.0, "dont_know": 0.05, "constant": 0, "spread": 0.8, "late": share}
    rounds = [(INST, [late(p, rng, mode) for p in people(INST, rng, mode, n)]) for n in sizes]
    check(rounds, ScoringSettings())


def test_late_answers_count_in_means_not_in_spreads():
    """8 respondents in the first batch and 3 in a second (all public managers): the
    means move (3 >= min_round), the spread tier does not (its cell gains 3 < 5), in
    both scorings, and the rule changes the figures."""
    rng = random.Random(3)
    mode = {"absent": 0.0, "dont_know": 0.0, "constant": 0, "spread": 1.0}
    everyone = people(INST, rng, mode, 11)
    marked = [
        replace(p, sector="public", role="manager", generation=2) if i >= 8 else p
        for i, p in enumerate(everyone)
    ]
    check([(INST, marked)], ScoringSettings())
    mixed = fast.score_rounds([(INST, marked)])[0]
    spread_only = fast.score_rounds([(INST, everyone[:8])])[0]
    all_in = fast.score_rounds([(INST, everyone)])[0]
    for dim, few, full in zip(
        mixed.dimensions, spread_only.dimensions, all_in.dimensions, strict=True
    ):
        assert dim.n == full.n == 11 and dim.mean == full.mean
        assert (dim.sd, dim.median, dim.rwg_j, dim.scores) == (
            few.sd,
            few.median,
            few.rwg_j,
            few.scores,
        )
    assert [d.sd for d in mixed.dimensions] != [d.sd for d in all_in.dimensions]
    item = INST.items[0].code
    assert mixed.items[item].counts == spread_only.items[item].counts
    assert sum(mixed.items[item].counts.values()) == 8 and mixed.items[item].n == 11
    assert mixed.balance.ci_low is not None
    assert mixed.balance.ci_high - mixed.balance.ci_low == pytest.approx(
        spread_only.balance.ci_high - spread_only.balance.ci_low
    )


def test_demo_partnership_agrees(db):
    from pps_monitor import analysis, fast_analysis
    from pps_monitor.demo import add_demo

    pid = add_demo(db)
    reference = analysis.reference_results(db, pid)
    vector = analysis.partnership_results(db, pid)
    assert all(isinstance(r, fast_analysis.VectorRoundResult) for r in vector)  # wired
    assert [r.label for r in reference] == [r.label for r in vector]
    for a, b in zip(reference, vector, strict=True):
        assert_same(a.scores, b.scores)
        assert a.scores == b.scores or not BITWISE
        assert a.responses == b.responses  # built from the matrix on first use
        assert a.instrument == b.instrument and a.round == b.round


def test_lazy_responses_read_like_a_list(db):
    from pps_monitor import analysis, fast_analysis
    from pps_monitor.demo import add_demo

    pid = add_demo(db)
    reference = analysis.reference_results(db, pid)[-1].responses
    lazy = fast_analysis.partnership_results(db, pid)[-1].responses
    assert len(lazy) == len(reference) and bool(lazy)  # known before it is built
    assert lazy[0] == reference[0] and lazy[-2:] == reference[-2:]
    assert list(lazy) == reference and list(reversed(lazy)) == reference[::-1]
    assert reference[3] in lazy and len(lazy) == len(reference)


# --- the pieces ----------------------------------------------------------------------


def test_matrix_round_trips_responses():
    rounds = partnership(7, [12], {"absent": 0.2, "dont_know": 0.2, "constant": 0, "spread": 1})
    responses = rounds[0][1]
    matrix = AnswerMatrix.from_responses(responses)
    assert matrix.responses() == responses
    assert AnswerMatrix.from_responses([]).n == 0


@given(st.lists(st.floats(-1e6, 1e6), max_size=40))
def test_seq_sum_is_pythons_sum(values):
    got = float(seq_sum(np.array(values, dtype=np.float64)))
    if BITWISE:
        assert got == float(sum(values))
    else:
        assert math.isclose(got, sum(values), abs_tol=1e-6)


@given(
    st.lists(st.integers(1, 5).map(float), max_size=30),
    st.lists(st.integers(1, 5).map(float), max_size=30),
)
def test_cliffs_delta_matches_reference(current, previous):
    assert cliffs_delta(current, previous) == reference_cliffs(current, previous)


@pytest.mark.parametrize("value", [1, 3, 5])
def test_constant_round_has_no_variation_change(value):
    mode = {"absent": 0.0, "dont_know": 0.0, "constant": value, "spread": 0.0}
    rng = random.Random(value)
    rounds = [(INST, [Response(str(k), answers(INST, rng, mode)) for k in range(8)])] * 2
    check(rounds, ScoringSettings())
    for dim in fast.score_rounds(rounds)[1].dimensions:  # everyone alike, twice
        assert dim.change is not None and dim.change.diff == 0.0 and not dim.change.significant
        if dim.mean is not None and dim.mean.is_integer():  # exact scores: no interval
            assert dim.comparison is not None and dim.comparison.reason == NO_VARIATION


def test_kept_sample_arrays_follow_each_tuple_not_its_id():
    """Welch and Cliff's delta keep each tuple's array (issue 15): a new tuple, even one
    that reuses a freed tuple's id, and a list (which may change) are never answered from
    that store."""
    from pps_monitor.domain.fast.changes import welch_test
    from pps_monitor.domain.stats import welch_test as reference_welch

    rng = random.Random(5)
    for _ in range(200):  # freed tuples' ids are reused by new ones
        current = tuple(rng.choice([1.0, 2.5, 3.0, 4.25, 5.0]) for _ in range(rng.randint(3, 9)))
        previous = tuple(rng.randint(1, 5) for _ in range(rng.randint(3, 9)))
        for _ in range(2):  # the second time from the store
            assert cliffs_delta(current, previous) == reference_cliffs(current, previous)
            assert welch_test(current, previous) == reference_welch(current, previous)
        as_list = list(current)  # a list can change: never kept
        assert cliffs_delta(as_list, previous) == reference_cliffs(as_list, previous)
        as_list[0] = 6.0 - as_list[0] if as_list[0] != 3.0 else 1.0
        assert cliffs_delta(as_list, previous) == reference_cliffs(as_list, previous)
        assert welch_test(as_list, previous) == reference_welch(as_list, previous)
        del current, previous, as_list
