"""Privacy floors and honest agreement/reliability figures (issue 11), by hand."""

import pytest

from pps_monitor.domain import agreement as agr
from pps_monitor.domain import stats
from pps_monitor.domain.model import ALPHA_NEGATIVE, ALPHA_TOO_FEW, SUPPRESSED_TOO_FEW
from pps_monitor.domain.scoring import ScoringSettings, score_round, score_rounds
from tests.domain.test_scoring import CURRENT, r, tiny_instrument


def same(k, d2=(3, 4)):
    """k respondents: D1 scored 3; D2 (j1, j2) = d2."""
    return [r(f"x{i}", 3, 3, 3, d2[0], d2[1], 4) for i in range(k)]


def test_a_round_below_the_minimum_shows_nothing():
    s = score_round(tiny_instrument(), CURRENT[:2])
    assert (s.suppressed, s.needed, s.respondents) == (SUPPRESSED_TOO_FEW, 1, 2)
    for d in s.dimensions:
        assert (d.mean, d.sd, d.median, d.band, d.rwg_j, d.alpha, d.split) == (None,) * 7
        assert d.scores == ()
    assert all(
        i.mean is None and i.hidden and set(i.counts.values()) == {0} for i in s.items.values()
    )
    assert (s.risks[0].mean, s.risks[0].high_pct, s.risks[0].values) == (None, None, ())
    assert (s.balance.diff, s.groups[0].mean) == (None, None)
    assert score_round(tiny_instrument(), []).needed == 3
    big = score_round(tiny_instrument(), CURRENT[:3], settings=ScoringSettings(min_round=4))
    assert (big.suppressed, big.needed, big.min_round) == (SUPPRESSED_TOO_FEW, 1, 4)
    ok = score_round(tiny_instrument(), CURRENT[:3])
    assert (ok.suppressed, ok.needed, ok.min_round, ok.min_breakdown) == (None, 0, 3, 5)


def test_a_change_after_a_suppressed_round_is_not_tested():
    _, s = score_rounds([(tiny_instrument(), same(2)), (tiny_instrument(), same(4))])
    assert s.dimension("D2").comparison.reason == "too_few_respondents"


def test_spread_needs_min_breakdown():
    four = score_round(tiny_instrument(), CURRENT)  # D2 n = 4: mean yes, SD/median no
    d2 = four.dimension("D2")
    assert d2.mean == pytest.approx(3.75) and d2.band == "attention"
    assert (d2.sd, d2.median, d2.rwg_j, d2.agreement, d2.split) == (None,) * 5
    assert four.items["j1"].hidden and four.items["j1"].sd is None
    assert four.risks[0].high_pct is None and four.risks[0].mean == pytest.approx(11 / 3)
    five = score_round(tiny_instrument(), [*CURRENT, r("e", 3, 3, 3, 3, 3, 3)])
    d2 = five.dimension("D2")  # scores 4, 3.5, 2.5, 5, 3: sorted median 3.5
    assert (d2.median, d2.split) == (3.5, False)
    assert not five.items["j1"].hidden and five.items["j1"].counts[3] == 2
    assert five.risks[0].high_pct is None  # risk answers 5, 4, 2, 3: n = 4 < 5
    six = score_round(tiny_instrument(), [*CURRENT, r("e", 3, 3, 3, 3, 3, 3), r("f", *[3] * 5, 4)])
    assert six.risks[0].high_pct == 60.0  # 5, 4, 2, 3, 4: three of five are 4-5


def test_a_dimension_below_the_round_minimum_has_no_mean_or_band():
    rows = [*same(2), r("z", 3, 3, 3, None, None, 3)]  # D2 answered by 2 of 3
    d2 = score_round(tiny_instrument(), rows).dimension("D2")
    assert (d2.n, d2.mean, d2.band, d2.shown_mean, d2.scores) == (0, None, None, None, ())
    assert (d2.waiting, d2.incomplete) == (2, 1)  # 2 complete: too few to show


def test_alpha_needs_ten_complete_respondents_and_notes_a_negative_value():
    # D2 items pull in opposite directions: j1 = 1..5, j2 = 6 - j1, nudged by one for two
    pairs = [(1, 5), (2, 4), (3, 3), (4, 2), (5, 1), (1, 4), (2, 5), (4, 1), (5, 2), (3, 4)]
    rows = [r(f"n{k}", 3, 3, 3, a, b, 3) for k, (a, b) in enumerate(pairs)]
    d2 = score_round(tiny_instrument(), rows).dimension("D2")
    # var(j1) = 20/9 = 2.2222, var(j2) = 20.9/9 = 2.3222, var(j1 + j2) = 4.9/9 = 0.5444:
    # alpha = 2 / 1 * (1 - (20 + 20.9) / 4.9) = -14.6939
    assert d2.alpha == pytest.approx(2 * (1 - 40.9 / 4.9))
    assert d2.alpha_note == ALPHA_NEGATIVE
    d2 = score_round(tiny_instrument(), rows[:9]).dimension("D2")
    assert (d2.alpha, d2.alpha_note) == (None, ALPHA_TOO_FEW)
    good = [r(f"g{k}", 3, 3, 3, a, a, 3) for k, (a, _) in enumerate(pairs)]
    d2 = score_round(tiny_instrument(), good).dimension("D2")
    assert (d2.alpha, d2.alpha_note) == (pytest.approx(1.0), None)


@pytest.mark.parametrize(
    ("rwg", "level"),
    [
        (0.0, "lack"),
        (0.30, "lack"),
        (0.3049, "lack"),  # shown as 0.30
        (0.305, "weak"),  # shown as 0.31
        (0.50, "weak"),
        (0.5049, "weak"),
        (0.505, "moderate"),
        (0.70, "moderate"),
        (0.7049, "moderate"),
        (0.705, "strong"),
        (0.90, "strong"),
        (0.9049, "strong"),
        (0.905, "very_strong"),
        (1.0, "very_strong"),
        (None, None),
    ],
)
def test_agreement_wording_lebreton_senter(rwg, level):
    assert agr.agreement_level(rwg) == level


def test_beyond_chance_only_for_groups_of_ten_or_fewer():
    # the 95th percentile of chance rWG(J) at n = 10, J = 2 is 0.5185 (table)
    assert agr.beyond_chance(0.52, 10, 2) is True
    assert agr.beyond_chance(0.5185, 10, 2) is False  # not beyond: equal
    assert agr.beyond_chance(0.51, 10, 2) is False
    assert agr.beyond_chance(0.10, 11, 2) is None
    assert agr.beyond_chance(None, 5, 2) is None
    # n = 3, J = 2: chance reaches 0.9091, so 0.90 is not beyond chance
    assert agr.beyond_chance(0.90, 3, 2) is False and agr.beyond_chance(0.92, 3, 2) is True


def test_agreement_threshold_at_the_group_size_boundary():
    # J = 20: chance reaches 0.7149 at n = 10, above the 0.70 cut-off; at n = 11: cut-off
    assert agr.agreement_threshold(10, 20) == pytest.approx(0.7149)
    assert agr.agreement_threshold(11, 20) == 0.70
    assert agr.agreement_threshold(10, 2) == 0.70  # chance 0.5185 < 0.70


@pytest.mark.parametrize(
    ("scores", "split"),
    [
        ([1, 2, 4, 5], True),
        ([1, 3, 3, 4], True),  # 1 of 4 at each end: exactly a quarter
        ([1, 3, 3, 3, 4], False),  # 1 of 5 < a quarter
        ([2, 2, 3, 3, 3, 3, 4, 4], True),  # 2 of 8 at each end
        ([2.5, 2.5, 4, 3.5], False),  # 2.5 is not <= 2: no low end
        ([2, 2.5, 3.5, 4], True),  # exactly 2 and exactly 4 count
        ([1, 1, 1, 1], False),
        ([1, 2, 3, 3], False),  # 3 is not a high end
        ([1, 3, 4, 4, 4], False),  # one low of five
        ([1, 1, 3, 3, 4], False),  # one high of five
        ([], False),
    ],
)
def test_split_means_both_ends_well_represented(scores, split):
    assert agr.answers_split(scores) is split


def test_split_and_agreement_in_a_round():
    rows = [r(f"s{k}", 3, 3, 3, v, v, 3) for k, v in enumerate([1, 1, 5, 5, 3])]
    d2 = score_round(tiny_instrument(), rows).dimension("D2")
    # item variances 4 and 4 > 2 (uniform): capped, rWG(J) = 0
    assert (d2.rwg_j, d2.agreement, d2.split, d2.disagreement) == (0.0, "lack", True, True)
    assert d2.beyond_chance is False


def test_rwg_cap_and_tie_by_hand():
    # one item, answers 2 and 4: variance 2 = (5^2 - 1) / 12: ratio 1, rWG = 0
    assert stats.rwg_j([[2], [4]]) == 0.0
    # answers 1 and 5: variance 8, capped at 2: still 0, never negative
    assert stats.rwg_j([[1], [5]]) == 0.0
    # two items, variances 0.5 and 0: s2 = 0.25, ratio 0.125, rWG = 2 * 0.875 / (1.75 + 0.125)
    assert stats.rwg_j([[3, 3], [4, 3]]) == pytest.approx(1.75 / 1.875)
    assert stats.rwg_j([[3, 3]]) is None


def test_complete_cases_only_count_in_a_dimension():
    # D2 has two items: one "don't know" leaves h out of D2 (and out of j1's figures)
    rows = [r("h", 3, 3, 3, 5, None, 3), *same(3)]
    s = score_round(tiny_instrument(), rows)
    assert (s.dimension("D2").n, s.dimension("D2").incomplete) == (3, 1)
    assert s.dimension("D2").mean == pytest.approx(3.5)
    assert (s.items["j1"].n, s.items["j1"].mean) == (3, pytest.approx(3.0))  # not h's 5
    assert (s.items["j2"].dont_know, s.dimension("D1").n) == (1, 4)


def test_balance_interval_uses_n_minus_one_degrees_of_freedom():
    # contract (D1) scored 1 for everyone, relational (D2) 1 + d: balance diffs d =
    # 1, 2, 3, 4, 0: mean 2, sd sqrt(2.5) = 1.5811, se 0.7071, t(0.975, 4) = 2.7764,
    # interval 2 -/+ 1.9632 (with 5 degrees of freedom it would be -/+ 1.8176)
    rows = [r(f"b{k}", 1, 1, 5, 1 + d, 1 + d, 3) for k, d in enumerate([1, 2, 3, 4, 0])]
    b = score_round(tiny_instrument(), rows).balance
    assert (b.n, b.diff, b.contract_mean) == (5, pytest.approx(2.0), 1.0)
    assert b.ci_low == pytest.approx(2 - 1.9632, abs=1e-4)
    assert b.ci_high == pytest.approx(2 + 1.9632, abs=1e-4)
    # diffs 1, 2, 3: mean 2, se 1 / sqrt(3), t(0.975, 2) = 4.3027: -/+ 2.4842
    assert stats.mean_interval([1, 2, 3]) == pytest.approx((2, 2 - 2.4842, 2 + 2.4842), abs=1e-4)
    four = score_round(tiny_instrument(), rows[:4]).balance  # below min_breakdown: no interval
    assert (four.diff, four.ci_low, four.ci_high) == (2.5, None, None)


def test_the_minimums_cannot_be_set_below_three_or_out_of_order():
    assert ScoringSettings(min_round=3, min_breakdown=3).min_breakdown == 3
    with pytest.raises(ValueError, match="min_round must be at least 3"):
        ScoringSettings(min_round=2, min_breakdown=5)
    with pytest.raises(ValueError, match="min_breakdown"):
        ScoringSettings(min_round=6, min_breakdown=5)
    assert ScoringSettings(min_round=6, min_breakdown=6).min_round == 6


def test_rwg_needs_min_breakdown_complete_respondents():
    # D2 complete for 3 respondents: shown at min_breakdown 3, not at 4
    rows = [r(f"w{k}", 3, 3, 3, 3 + k % 2, 3, 3) for k in range(3)]
    low = ScoringSettings(min_round=3, min_breakdown=3)
    assert score_round(tiny_instrument(), rows, settings=low).dimension("D2").rwg_j is not None
    high = ScoringSettings(min_round=3, min_breakdown=4)
    assert score_round(tiny_instrument(), rows, settings=high).dimension("D2").rwg_j is None


def test_alpha_note_boundaries_by_hand():
    j1 = [1, 1, 5, 5, 3, 3, 3, 3, 3, 3]

    def d2(j2):
        rows = [r(f"a{k}", 3, 3, 3, a, b, 3) for k, (a, b) in enumerate(zip(j1, j2, strict=True))]
        return score_round(tiny_instrument(), rows).dimension("D2")

    # uncorrelated items: var 16/9 each, var of the sum 32/9: alpha = 2 (1 - 1) = 0
    zero = d2([1, 5, 1, 5, 3, 3, 3, 3, 3, 3])
    assert (zero.alpha, zero.alpha_note) == (0.0, None)  # 0 is not negative
    # var(j2) = 12.9/9, var(sum) = 24.9/9: alpha = 2 (1 - (16 + 12.9) / 24.9) = -0.3213
    slightly = d2([2, 5, 1, 5, 3, 3, 3, 3, 3, 3])
    assert slightly.alpha == pytest.approx(2 * (1 - 28.9 / 24.9))
    assert slightly.alpha_note == ALPHA_NEGATIVE
    # var(j2) = 10/9, var(sum) = 34/9: alpha = 2 (1 - 26 / 34) = 0.4706
    fair = d2([1, 4, 2, 5, 3, 3, 3, 3, 3, 3])
    assert (fair.alpha, fair.alpha_note) == (pytest.approx(2 * (1 - 26 / 34)), None)


def test_rwg_exactly_at_the_cut_off_is_not_below_it():
    # 17 respondents score D1 (3 items) 1, 5, 1, 5, 2, 4 and eleven times 3 on every item:
    # each item variance 18 / 16 = 1.125, ratio 1.125 / 2 = 0.5625,
    # rWG(J) = 3 * 0.4375 / (3 * 0.4375 + 0.5625) = 1.3125 / 1.875 = 0.70 exactly
    scores = [1, 5, 1, 5, 2, 4] + [3] * 11
    rows = [r(f"t{k}", s, s, 6 - s, 3, 3, 3) for k, s in enumerate(scores)]
    d1 = score_round(tiny_instrument(), rows).dimension("D1")
    assert d1.rwg_j == 0.7
    assert d1.agreement_threshold == 0.70  # n = 17 > 10: the cut-off
    assert d1.disagreement is False  # 0.70 is not below 0.70
    assert d1.agreement == "moderate"  # <= .70 inclusive
    assert d1.beyond_chance is None  # n > 10
    assert d1.split is False  # 3 of 17 at each end: under a quarter


def test_a_suppressed_round_counts_nothing():
    s = score_round(tiny_instrument(), CURRENT[:2])
    assert [d.n for d in s.dimensions] == [0, 0] and [d.n_complete for d in s.dimensions] == [0, 0]
    assert [g.n for g in s.groups] == [0, 0] and s.balance.n == 0
    assert (s.risks[0].n, s.risks[0].dont_know, s.items["i2"].dont_know) == (0, 0, 0)
