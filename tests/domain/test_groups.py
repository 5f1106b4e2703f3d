"""Group scores: the half-present rule and the floors, by hand."""

import pytest

from pps_monitor.domain.groups import respondent_group_scores
from pps_monitor.domain.scoring import ScoringSettings, score_round
from tests.domain.test_scoring import CURRENT, tiny_instrument


def test_a_group_score_needs_half_of_its_dimensions():
    per = {"a": [4.0, 4.0, 4.0], "b": [2.0, None, None], "c": [3.0, 2.0, None]}
    # three dimensions: 3 present -> 3; 2 of 3 (>= 1.5) -> 3; 1 of 3 (< 1.5) -> None
    assert respondent_group_scores(["a", "b", "c"], per, 3) == [3.0, 3.0, None]
    # two dimensions: 1 of 2 is exactly half -> counts
    assert respondent_group_scores(["b", "c"], per, 3) == [2.5, 2.0, None]
    assert respondent_group_scores(["a"], per, 0) == []


def test_group_scores_by_hand_at_exactly_the_minimums():
    s = score_round(tiny_instrument(), CURRENT, settings=ScoringSettings(min_breakdown=3))
    contract, relational = s.groups
    # contract = D1 scores 13/3, 3, 14/3 (c has none): n 3, mean 4, sd sqrt(1.5556 / 2)
    assert (contract.code, contract.n, contract.mean) == ("contract", 3, pytest.approx(4.0))
    assert contract.sd == pytest.approx((1.5556 / 2) ** 0.5, abs=1e-4)
    # relational = D2 scores 4, 3.5, 2.5, 5: mean 3.75
    assert (relational.n, relational.mean) == (4, pytest.approx(3.75))
    default = score_round(tiny_instrument(), CURRENT).groups[0]
    assert (default.n, default.mean, default.sd) == (3, pytest.approx(4.0), None)
