"""Statistics against hand-computed values and against SciPy."""

import math

import pytest

from pps_monitor.domain import stats


def test_descriptives_by_hand():
    xs = [4, 5, 3, 4]
    assert stats.mean(xs) == 4
    assert stats.variance(xs) == pytest.approx(2 / 3)
    assert stats.sd(xs) == pytest.approx(math.sqrt(2 / 3))
    assert stats.median(xs) == 4
    assert stats.median([1, 2, 4]) == 2
    assert stats.mean([]) is None
    assert stats.sd([3]) is None


@pytest.mark.parametrize(
    ("p", "df", "expected"),
    [
        (0.975, 1, 12.7062),
        (0.975, 2, 4.3027),
        (0.975, 10, 2.2281),
        (0.975, 30, 2.0423),
        (0.95, 5, 2.0150),
        (0.025, 10, -2.2281),
    ],
)
def test_t_quantile_matches_printed_tables(p, df, expected):
    assert stats.t_ppf(p, df) == pytest.approx(expected, abs=1e-4)


def test_t_quantile_matches_scipy_for_fractional_df():
    scipy_stats = pytest.importorskip("scipy.stats")
    for df in (1.3, 2.7, 5.4, 11.11, 57.9, 400.0):
        for p in (0.6, 0.9, 0.975, 0.995):
            assert stats.t_ppf(p, df) == pytest.approx(scipy_stats.t.ppf(p, df), rel=1e-9)


def test_welch_interval_by_hand():
    # means 4 and 2.5; variances 2/3 and 1/3; se^2 = 1/6 + 1/12 = 0.25; df = 5.4
    diff, low, high = stats.welch_interval([4, 5, 3, 4], [2, 3, 3, 2])
    t = stats.t_ppf(0.975, 0.0625 / ((1 / 6) ** 2 / 3 + (1 / 12) ** 2 / 3))
    assert diff == pytest.approx(1.5)
    assert low == pytest.approx(1.5 - t * 0.5)
    assert high == pytest.approx(1.5 + t * 0.5)


def test_welch_interval_matches_scipy():
    scipy_stats = pytest.importorskip("scipy.stats")
    a, b = [3.2, 4.1, 3.9, 2.8, 4.4, 3.5], [2.9, 3.0, 2.2, 3.6, 2.5]
    res = scipy_stats.ttest_ind(a, b, equal_var=False)
    ci = res.confidence_interval(0.95)
    diff, low, high = stats.welch_interval(a, b)
    assert (low, high) == (pytest.approx(ci.low), pytest.approx(ci.high))
    assert diff == pytest.approx(sum(a) / len(a) - sum(b) / len(b))


def test_welch_needs_two_in_each_round():
    assert stats.welch_interval([4], [3, 4]) is None


def test_cliffs_delta_by_hand():
    # pairs (3,1)+ (3,3)0 (4,1)+ (4,3)+ (5,1)+ (5,3)+  -> 5/6
    assert stats.cliffs_delta([3, 4, 5], [1, 3]) == pytest.approx(5 / 6)
    assert stats.cliffs_delta([1, 1], [2, 2]) == -1
    assert stats.cliffs_delta([2, 3], [2, 3]) == 0


def test_cronbach_alpha_by_hand():
    # item variances 5/3 and 2/3; total variance 13/3 -> alpha = 2 * (1 - (7/3)/(13/3)) = 12/13
    rows = [[4, 4], [3, 4], [2, 3], [5, 5]]
    assert stats.cronbach_alpha(rows) == pytest.approx(12 / 13)


def test_cronbach_alpha_undefined_without_variance():
    assert stats.cronbach_alpha([[3, 3], [3, 3], [3, 3]]) is None


def test_rwg_j_by_hand():
    # every item variance 1/3 -> ratio 1/6 -> rwg = 3*(5/6) / (3*(5/6) + 1/6) = 15/16
    rows = [[4, 4, 5], [4, 5, 5], [5, 4, 4]]
    assert stats.rwg_j(rows) == pytest.approx(15 / 16)


def test_rwg_j_formula_and_cap():
    # item variances 5/3 and 2/3 -> s2 = 7/6, ratio 7/12 -> 2*(5/12) / (2*(5/12) + 7/12) = 10/17
    assert stats.rwg_j([[4, 4], [3, 4], [2, 3], [5, 5]]) == pytest.approx(10 / 17)
    # variance above sigma^2 = 2 is capped: no agreement at all, never negative
    assert stats.rwg_j([[1, 1], [5, 5], [1, 1], [5, 5]]) == 0
    assert stats.rwg_j([[3, 3], [3, 3], [3, 3]]) == 1
    assert stats.expected_random_variance(5) == 2


def test_t_quantile_median_is_zero():
    assert stats.t_ppf(0.5, 5) == 0.0
    assert stats.t_ppf(0.5, 1.5) == 0.0


def test_welch_interval_of_two_constant_rounds_has_zero_width():
    assert stats.welch_interval([3, 3], [4, 4]) == (-1.0, -1.0, -1.0)
