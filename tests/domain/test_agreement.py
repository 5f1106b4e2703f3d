import pytest

from pps_monitor.domain.agreement import (
    agreement_threshold,
    random_agreement_p95,
    simulate_rwg_null_p95,
)


def test_table_matches_a_fresh_simulation():
    for n, j in ((3, 3), (5, 4), (10, 3)):
        assert random_agreement_p95(n, j) == pytest.approx(
            simulate_rwg_null_p95(n, j, reps=40_000, seed=7), abs=0.02
        )


def test_small_groups_need_more_than_chance():
    # Three respondents answering at random pass 0.70 easily, so the bar is higher.
    assert random_agreement_p95(3, 3) > 0.70
    assert agreement_threshold(3, 3) == random_agreement_p95(3, 3)
    assert agreement_threshold(11, 3) == 0.70
    assert agreement_threshold(30, 4) == 0.70


def test_sizes_off_the_table_are_simulated():
    assert 0.0 < random_agreement_p95(4, 37) <= 1.0


def test_the_simulation_takes_the_95th_percentile():
    # seed 7, 40 000 draws: the 95th percentile at n = 10, J = 3 is 0.5448 (the table's
    # value); the 94th would be 0.5264
    assert simulate_rwg_null_p95(10, 3, reps=40_000, seed=7) == pytest.approx(0.5448, abs=0.005)
