"""Group scores and the balance: functions of the dimension figures only (issue 11)."""

import random

import pytest

from pps_monitor.domain import stats
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.domain.scoring import Response, ScoringSettings, score_round
from tests.domain.test_scoring import CURRENT5, tiny_instrument


def test_group_scores_by_hand_at_exactly_the_minimums():
    s = score_round(tiny_instrument(), CURRENT5, settings=ScoringSettings(min_breakdown=3))
    contract, relational = s.groups
    # contract = D1 only (complete: a 13/3, d 14/3, e 4): n 3, mean 13/3, no SD
    assert (contract.code, contract.n, contract.mean, contract.sd) == (
        "contract",
        3,
        pytest.approx(13 / 3),
        None,
    )
    assert (relational.n, relational.mean) == (5, pytest.approx(3.6))


def test_a_group_is_the_unweighted_mean_of_its_dimension_means():
    inst = default_instrument()
    rng = random.Random(5)
    people = [
        Response(
            str(k),
            {i.code: None if rng.random() < 0.1 else rng.randint(1, 5) for i in inst.items},
        )
        for k in range(14)
    ]
    s = score_round(inst, people, settings=ScoringSettings(min_round=3, min_breakdown=3))
    dims = {d.code: d for d in s.dimensions}
    for group, score in zip(inst.groups, s.groups, strict=True):
        means = [dims[d.code].mean for d in group.dimensions]
        if None in means:
            assert score.mean is None
        else:
            assert score.mean == stats.mean(means)
        assert score.n == min(dims[d.code].n for d in group.dimensions)
    b = s.balance
    if b.diff is not None:
        assert b.diff == b.relational_mean - b.contract_mean


def test_a_group_with_a_held_back_dimension_has_no_mean():
    rows = [*CURRENT5[:2], CURRENT5[3]]  # D1 complete: a, d only
    s = score_round(tiny_instrument(), rows, settings=ScoringSettings(min_breakdown=3))
    assert s.groups[0].mean is None and s.balance.diff is None
