"""The wired NumPy path (``analysis.partnership_results``) equals the pure-Python
reference (``analysis.reference_results``) on stored partnerships: released batches,
pending and late answers (in the round's figures, in no spread or cell), don't-knows,
and the sector and role breakdowns with their suppression."""

from __future__ import annotations

import random
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pps_monitor import analysis
from pps_monitor.domain.breakdown import breakdown
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.domain.scoring import ScoringSettings
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_memory_database
from tests.domain.test_vector import assert_same

INST = default_instrument()
BITWISE = sys.version_info < (3, 12)
SECTORS = ("public", "private", "social_enterprise", "other", None)
ROLES = ("manager", "professional", None)


def batch(rng: random.Random, n: int, dont_know: float) -> list[repo.NewResponse]:
    out = []
    for _ in range(n):
        person = rng.uniform(1, 5)
        answers = {
            i.code: None
            if rng.random() < dont_know
            else min(5, max(1, round(rng.gauss(person, 1))))
            for i in INST.items
        }
        out.append(repo.NewResponse(answers, sector=rng.choice(SECTORS), role=rng.choice(ROLES)))
    return out


def stored(seed: int, plan: list[list[tuple[int, bool]]], dont_know: float):
    """A partnership whose rounds receive batches (size, released after it or not)."""
    rng = random.Random(seed)
    db = open_memory_database()
    pid = repo.create_partnership(db, "P")
    for r, batches in enumerate(plan):
        rid = repo.create_round(db, pid, f"R{r}", f"2025-0{r + 1}-01", INST)
        for size, release in batches:
            repo.add_responses(db, rid, batch(rng, size, dont_know))
            if release:
                repo.release_round(db, rid)
    return db, pid


def same(db, pid, cfg: ScoringSettings) -> None:
    reference = analysis.reference_results(db, pid, cfg)
    vector = analysis.partnership_results(db, pid, cfg)
    assert [r.label for r in reference] == [r.label for r in vector]
    for a, b in zip(reference, vector, strict=True):
        assert_same(a.scores, b.scores)
        assert a.scores == b.scores or not BITWISE
        assert a.responses == b.responses
        for by in ("sector", "role"):
            assert breakdown(a.instrument, a.responses, by, cfg) == breakdown(
                b.instrument, b.responses, by, cfg
            )


plans = st.lists(
    st.lists(st.tuples(st.integers(1, 12), st.booleans()), min_size=1, max_size=4),
    min_size=1,
    max_size=4,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**32),
    plan=plans,
    dont_know=st.sampled_from([0.0, 0.1, 0.5]),
    floors=st.sampled_from([(3, 5, 3), (3, 3, 3), (4, 6, 5)]),
)
def test_wired_path_equals_reference_on_stored_partnerships(seed, plan, dont_know, floors):
    cfg = ScoringSettings(min_round=floors[0], min_breakdown=floors[1], min_group=floors[2])
    db, pid = stored(seed, plan, dont_know)
    try:
        same(db, pid, cfg)
    finally:
        db.close()


def test_late_answers_are_in_the_means_only():
    """6 released, then 3 late ones: the round counts 9, spreads and cells 6."""
    db, pid = stored(5, [[(6, True), (3, False)]], 0.0)
    try:
        same(db, pid, ScoringSettings())
        result = analysis.partnership_results(db, pid)[0]
        assert result.scores.respondents == 9
        assert sum(r.in_breakdowns for r in result.responses) == 6
        dim = result.scores.dimensions[0]
        assert dim.n == 9 and len(dim.scores) == 6
    finally:
        db.close()
