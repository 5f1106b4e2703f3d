"""Change, its correction and the trend, on hand-built rounds (issue 11, 6b/6e/6f/6g)."""

import json

import pytest

from pps_monitor.domain import stats
from pps_monitor.domain.instrument import parse_instrument
from pps_monitor.domain.model import NO_VARIATION, NOT_COMPARABLE, TOO_FEW
from pps_monitor.domain.scoring import change_between, score_round, score_rounds
from tests.domain.test_scoring import SPREAD_FROM_3 as SMALL
from tests.domain.test_scoring import r, tiny_instrument

# D1 (i1, i2, i3 reversed) score s from answers (s, s, 6 - s); D2 (j1, j2) from (s, s).


def row(rid, d1, d2, risk=3):
    return r(rid, d1, d1, 6 - d1, d2, d2, risk)


def rnd(tag, d1s, d2s, risks=None):
    risks = risks or [3] * len(d1s)
    return [
        row(f"{tag}{k}", a, b, c) for k, (a, b, c) in enumerate(zip(d1s, d2s, risks, strict=True))
    ]


def changed_instrument(code="j2"):
    """The tiny instrument with the text of one statement reworded."""
    data = json.loads(tiny_instrument().snapshot)
    for group in data["groups"]:
        for dim in group["dimensions"]:
            for item in dim["items"]:
                if item["code"] == code:
                    item["text"] = {"nl": "anders", "en": "reworded"}
    for item in data["risks"]["items"]:
        if item["code"] == code:
            item["text"] = {"nl": "anders", "en": "reworded"}
    return parse_instrument(data)


def test_change_is_taken_against_the_round_just_before():
    inst = tiny_instrument()
    rounds = [
        rnd("a", [1, 2, 1, 2], [1, 2, 1, 2]),
        rnd("b", [3, 4, 3, 4], [3, 4, 3, 4]),  # D2 mean 3.5
        rnd("c", [4, 5, 4, 5], [4, 5, 4, 5]),  # D2 mean 4.5
    ]
    *_, last = score_rounds([(inst, x) for x in rounds], SMALL)
    c = last.dimension("D2").change
    assert (c.previous_mean, c.previous_n, c.diff) == (3.5, 4, 1.0)  # not 1.5 from round a
    # Welch by hand: variances 1/3 and 1/3, se^2 = 1/12 + 1/12 = 1/6, t = 1 / sqrt(1/6)
    # = 2.449, df = (1/6)^2 / (2 * (1/12)^2 / 3) = 6, two-sided p = 0.04983 (< 0.05)
    assert last.dimension("D2").comparison.p == pytest.approx(0.049825, abs=1e-6)


def test_a_growing_risk_has_a_positive_change():
    inst = tiny_instrument()
    before = rnd("a", [3] * 4, [3, 4, 3, 4], risks=[1, 2, 1, 2])
    after = rnd("b", [3] * 4, [3, 4, 3, 4], risks=[4, 5, 4, 5])
    _, s = score_rounds([(inst, before), (inst, after)], SMALL)
    (risk,) = s.risks
    # 4.5 - 1.5 = +3; variances 1/3 each, se = 0.408, t = 7.35, df = 6: p = 0.0003
    assert risk.change.diff == 3.0 and risk.change.ci_low > 0
    assert risk.comparison.diff == 3.0
    assert risk.comparison.significant and risk.change.significant
    assert risk.comparison.p == pytest.approx(0.000325, rel=1e-3)


def test_benjamini_hochberg_keeps_an_uncorrected_hit_out():
    scipy_stats = pytest.importorskip("scipy.stats")
    inst = tiny_instrument()
    before = rnd("a", [3, 4, 3, 4], [3, 4, 3, 4])
    after = rnd("b", [4, 5, 4, 5], [3, 4, 4, 3])
    _, s = score_rounds([(inst, before), (inst, after)], SMALL)
    d1, d2 = s.dimension("D1").comparison, s.dimension("D2").comparison
    # D1: p = 0.04983 alone would be "significant" and its 95% interval excludes 0 ...
    assert d1.p < 0.05 and d1.ci_low > 0
    # ... but with m = 2 and D2's p = 1: adjusted = min(1, 0.04983 * 2 / 1) = 0.0997 > 0.05
    assert d2.p == pytest.approx(1.0)
    assert d1.p_adjusted == pytest.approx(2 * d1.p)
    assert d2.p_adjusted == pytest.approx(1.0)
    assert not d1.significant and not s.dimension("D1").change.significant
    want = scipy_stats.false_discovery_control([d1.p, d2.p])
    assert [d1.p_adjusted, d2.p_adjusted] == pytest.approx(list(want))


def test_identical_answers_are_no_test_possible():
    inst = tiny_instrument()
    before = rnd("a", [3] * 4, [3] * 4)
    same = rnd("b", [3] * 4, [3] * 4)
    up = rnd("c", [3] * 4, [4] * 4)
    _, s, t = score_rounds([(inst, before), (inst, same), (inst, up)], SMALL)
    c = s.dimension("D2").comparison
    assert (c.comparable, c.testable, c.reason, c.significant) == (True, False, NO_VARIATION, False)
    assert (c.diff, c.ci_low, c.p, c.p_adjusted) == (0.0, None, None, None)
    c = t.dimension("D2").comparison
    assert (c.testable, c.diff, c.significant) == (False, 1.0, False)  # all 3 -> all 4
    assert not t.dimension("D2").change.significant


def test_a_round_below_the_minimum_cannot_be_tested():
    inst = tiny_instrument()
    # previous round: only two respondents gave D2 (the third said "don't know" twice)
    before = rnd("a", [3, 4, 3], [2, 3, 3])
    before[2] = r("a2", 3, 3, 3, None, None, 3)
    now = rnd("b", [3, 4, 3, 5], [4, 5, 4, 5])
    _, s = score_rounds([(inst, before), (inst, now)], SMALL)
    c = s.dimension("D2").comparison
    assert (c.comparable, c.testable, c.reason, c.diff) == (True, False, TOO_FEW, None)
    assert s.dimension("D2").change is None
    assert s.dimension("D1").comparison.testable  # D1 had 3 in both rounds


def test_reworded_statements_are_not_comparable():
    before = rnd("a", [3, 4, 3, 4], [1, 2, 1, 2], risks=[1, 2, 1, 2])
    now = rnd("b", [3, 4, 3, 4], [4, 5, 4, 5], risks=[4, 5, 4, 5])
    _, s = score_rounds([(tiny_instrument(), before), (changed_instrument("j2"), now)], SMALL)
    c = s.dimension("D2").comparison
    assert (c.comparable, c.testable, c.reason) == (False, False, NOT_COMPARABLE)
    assert (c.diff, c.p, c.significant) == (None, None, False)
    assert s.dimension("D2").change is None
    assert s.dimension("D1").comparison.comparable  # its statements did not change
    assert s.risks[0].comparison.comparable
    _, s = score_rounds([(tiny_instrument(), before), (changed_instrument("R1"), now)], SMALL)
    assert not s.risks[0].comparison.comparable


def test_first_round_has_no_comparison():
    s = score_round(tiny_instrument(), rnd("a", [3, 4, 3], [3, 4, 3]))
    assert s.dimension("D2").comparison is None and s.risks[0].comparison is None


def test_change_between_on_its_own():
    # a family of one: adjusted p = p; zero width: no Change; n below 3: no Change
    c = change_between([4, 5, 4, 5], [3, 4, 3, 4], settings=SMALL)
    assert c.p_adjusted == c.p == pytest.approx(0.049825, abs=1e-6)
    assert c.significant  # 0.04983 <= 0.05 and the interval excludes 0
    assert change_between([4, 5], [3, 4, 3, 4], settings=SMALL) is None


def test_trend_over_three_comparable_rounds():
    inst = tiny_instrument()
    rounds = [
        rnd("a", [3, 4, 3, 4], [2, 3, 2, 3]),
        rnd("b", [3, 4, 3, 4], [3, 4, 3, 4]),
        rnd("c", [3, 4, 3, 4], [4, 5, 4, 5]),
    ]
    first, second, third = score_rounds([(inst, x) for x in rounds], SMALL)
    assert first.dimension("D2").trend is None and second.dimension("D2").trend is None
    t = third.dimension("D2").trend
    # earliest (2.5) against latest (4.5): +2; se = sqrt(1/6) = 0.408, t = 4.90, df = 6
    assert (t.from_index, t.rounds, t.diff) == (0, 3, 2.0)
    assert t.p == pytest.approx(0.0027137, rel=1e-4)
    assert third.dimension("D1").trend.p == pytest.approx(1.0)  # D1 did not move
    # BH over D1 and D2: D2's adjusted p = min(1, 0.00271 * 2 / 1) = 0.00543
    assert t.p_adjusted == pytest.approx(2 * t.p) and t.significant
    assert t.ci_low > 0


def test_trend_counts_only_rounds_with_the_same_statements():
    rounds = [
        (tiny_instrument(), rnd("a", [3, 4, 3, 4], [2, 3, 2, 3])),
        (changed_instrument("j2"), rnd("b", [3, 4, 3, 4], [3, 4, 3, 4])),
        (changed_instrument("j2"), rnd("c", [3, 4, 3, 4], [4, 5, 4, 5])),
        (changed_instrument("j2"), rnd("d", [3, 4, 3, 4], [4, 5, 5, 5])),
    ]
    *_, third, fourth = score_rounds(rounds)
    assert third.dimension("D2").trend is None  # b and c only
    assert fourth.dimension("D2").trend.from_index == 1
    assert fourth.dimension("D2").trend.rounds == 3
    assert fourth.dimension("D1").trend.from_index == 0  # D1 unchanged: all four rounds
    assert fourth.dimension("D1").trend.rounds == 4


def test_trend_skips_rounds_below_the_minimum_without_counting_them():
    inst = tiny_instrument()
    thin = rnd("b", [3, 4, 3], [3, 4, 3])
    thin[1] = r("b1", 3, 3, 3, None, None, 3)
    thin[2] = r("b2", 3, 3, 3, None, None, 3)  # D2 answered by 1: below min_round
    rounds = [
        rnd("a", [3, 4, 3, 4], [2, 3, 2, 3]),
        thin,
        rnd("c", [3, 4, 3, 4], [4, 5, 4, 5]),
        rnd("d", [3, 4, 3, 4], [4, 5, 5, 5]),
    ]
    *_, third, fourth = score_rounds([(inst, x) for x in rounds], SMALL)
    assert third.dimension("D2").trend is None  # a and c: 2 rounds
    assert (fourth.dimension("D2").trend.from_index, fourth.dimension("D2").trend.rounds) == (0, 3)


def test_welch_p_matches_scipy():
    scipy_stats = pytest.importorskip("scipy.stats")
    a, b = [3.2, 4.1, 3.9, 2.8, 4.4, 3.5], [2.9, 3.0, 2.2, 3.6, 2.5]
    got = stats.welch_test(a, b)
    want = scipy_stats.ttest_ind(a, b, equal_var=False)
    assert got.p == pytest.approx(want.pvalue, rel=1e-9)
    assert got.df == pytest.approx(want.df, rel=1e-12)
    ci = want.confidence_interval(0.95)
    assert (got.ci_low, got.ci_high) == (pytest.approx(ci.low), pytest.approx(ci.high))
    # by hand: [4, 5, 3, 4] vs [2, 3, 3, 2]: t = 1.5 / 0.5 = 3, df = 5.4, p = 0.02734
    assert stats.welch_test([4, 5, 3, 4], [2, 3, 3, 2]).p == pytest.approx(0.027339, abs=1e-6)
    assert stats.welch_test([3, 3], [4, 4]) is None  # zero width
    assert stats.welch_test([3], [4, 5]) is None


def test_benjamini_hochberg_by_hand():
    # sorted 0.01, 0.03, 0.04, 0.20; p * m / rank: 0.04, 0.06, 0.0533, 0.20;
    # step-up minimum from the top: 0.04, 0.0533, 0.0533, 0.20
    adjusted, flagged = stats.benjamini_hochberg([0.01, 0.04, 0.03, 0.20])
    assert adjusted == pytest.approx([0.04, 0.16 / 3, 0.16 / 3, 0.20])
    assert flagged == [True, False, False, False]
    adjusted, flagged = stats.benjamini_hochberg([0.05, 0.9])
    assert (adjusted, flagged) == ([0.1, 0.9], [False, False])
    assert stats.benjamini_hochberg([0.05]) == ([0.05], [True])  # at q exactly: flagged
    assert stats.benjamini_hochberg([0.6, 0.9], q=0.5) == ([0.9, 0.9], [False, False])
    assert stats.benjamini_hochberg([]) == ([], [])


def test_a_trend_without_variation_has_no_test():
    inst = tiny_instrument()
    rounds = [rnd(t, [3, 4, 3, 4], [v] * 4) for t, v in (("a", 2), ("b", 3), ("c", 4))]
    *_, last = score_rounds([(inst, x) for x in rounds], SMALL)
    t = last.dimension("D2").trend
    assert (t.from_index, t.rounds, t.diff) == (0, 3, 2.0)  # all 2 -> all 4
    assert (t.ci_low, t.ci_high, t.p, t.p_adjusted, t.significant) == (None,) * 4 + (False,)
    # D1 is still tested on its own: a family of one, adjusted p = p = 1
    assert last.dimension("D1").trend.p_adjusted == pytest.approx(1.0)


def test_exactly_the_round_minimum_is_enough_for_a_test():
    inst = tiny_instrument()
    before = rnd("a", [3, 4, 3], [2, 3, 2], risks=[1, 2, 1])
    after = rnd("b", [3, 4, 4], [4, 5, 4], risks=[4, 5, 4])
    _, s = score_rounds([(inst, before), (inst, after)], SMALL)
    assert s.risks[0].comparison.testable and s.risks[0].values == (4, 5, 4)
    assert s.dimension("D2").comparison.testable
    # risk: 13/3 - 4/3 = 3; variances 1/3 each, se^2 = 2/9, t = 3 / 0.4714 = 6.364, df = 4
    assert s.risks[0].comparison.diff == pytest.approx(3.0)


def test_history_alone_gives_the_previous_round():
    inst = tiny_instrument()
    a = score_round(inst, rnd("a", [1, 2, 1, 2], [1, 2, 1, 2]), settings=SMALL)
    b = score_round(inst, rnd("b", [3, 4, 3, 4], [3, 4, 3, 4]), a, SMALL)
    c = score_round(inst, rnd("c", [4, 5, 4, 5], [4, 5, 4, 5]), settings=SMALL, history=[a, b])
    assert c.dimension("D2").change.previous_mean == 3.5  # round b, the last of the history
    assert c.dimension("D2").trend.from_index == 0


def test_a_flag_needs_an_interval_that_excludes_zero_even_at_a_loose_q():
    # at q = 0.5 BH flags p = 0.36 (a family of one), but the 95% interval
    # 0.5 -/+ 1.257 = [-0.757, +1.757] holds 0: not significant (the explicit guard)
    from pps_monitor.domain.scoring import ScoringSettings

    loose = ScoringSettings(fdr=0.5, min_breakdown=3)
    up = change_between([3, 4, 4, 5], [3, 4, 3, 4], settings=loose)
    down = change_between([3, 4, 3, 4], [3, 4, 4, 5], settings=loose)
    assert up.p == pytest.approx(0.36, abs=0.001) and up.p_adjusted == up.p
    assert up.ci_low == pytest.approx(-0.7572, abs=1e-4)
    assert not up.significant and not down.significant
    assert stats.benjamini_hochberg([up.p], q=0.5)[1] == [True]


def test_a_trend_flag_needs_an_interval_that_excludes_zero_too():
    from pps_monitor.domain.scoring import ScoringSettings

    inst = tiny_instrument()
    first = rnd("a", [3, 4, 3, 4], [3, 4, 4, 5])
    rounds = [first, rnd("b", [3, 4, 3, 4], [3, 4, 3, 4]), rnd("c", [3, 4, 4, 5], [3, 4, 3, 4])]
    *_, last = score_rounds([(inst, x) for x in rounds], ScoringSettings(fdr=0.5, min_breakdown=3))
    # D1 +0.5, D2 -0.5 from the first round: p = 0.36 each, BH adjusted 0.36 <= 0.5
    for code in ("D1", "D2"):
        t = last.dimension(code).trend
        assert t.p_adjusted == pytest.approx(0.36, abs=0.001)
        assert t.ci_low < 0 < t.ci_high and not t.significant


def test_a_significant_fall_has_an_interval_below_zero():
    # 3.5 - 4.5 = -1, p = 0.04983 (see above): interval -1 -/+ 2.4469 * 0.4082 =
    # [-1.9989, -0.0011], just below 0: significant (a family of one)
    down = change_between([3, 4, 3, 4], [4, 5, 4, 5], settings=SMALL)
    assert down.diff == -1.0 and -0.0011 < down.ci_high < 0
    assert down.significant


def test_trend_significance_needs_the_bh_flag_and_the_interval():
    inst = tiny_instrument()
    base, mid, top = [3, 4, 3, 4], [3, 4, 4, 3], [4, 5, 4, 5]
    # both dimensions +1 from the first round: p = 0.04983 each, BH adjusted 0.04983:
    # flagged, and the interval [+0.0011, +1.9989] just excludes 0
    both = [rnd("a", base, base), rnd("b", mid, mid), rnd("c", top, top)]
    *_, last = score_rounds([(inst, x) for x in both], SMALL)
    for code in ("D1", "D2"):
        t = last.dimension(code).trend
        assert 0 < t.ci_low < 0.0011 and t.significant
    # only D1 moves: D2's p = 1, so D1's adjusted p = 2 * 0.04983 > 0.05: not flagged,
    # although its own interval excludes 0
    one = [rnd("a", base, base), rnd("b", mid, base), rnd("c", top, base)]
    *_, last = score_rounds([(inst, x) for x in one], SMALL)
    t = last.dimension("D1").trend
    assert t.ci_low > 0 and t.p_adjusted == pytest.approx(2 * t.p) and not t.significant


def test_a_change_needs_min_breakdown_a_side_because_its_interval_shows_the_spread():
    # Default floors (3/5): rounds of 4 give a difference only, no interval (with the
    # mean, an interval's width gives the SD, which lets an insider solve the others).
    inst = tiny_instrument()
    _, s = score_rounds(
        [(inst, rnd("a", [1, 2, 1, 2], [1, 2, 1, 2])), (inst, rnd("b", [4, 5, 4, 5], [4, 5, 4, 5]))]
    )
    c = s.dimension("D2").comparison
    assert (c.testable, c.reason, c.ci_low, c.p) == (False, TOO_FEW, None, None)
    assert change_between([4, 5, 4, 5], [1, 2, 1, 2]) is None
    # Five a side is enough: 4.4 - 1.4 = 3.0, tested.
    _, s = score_rounds(
        [
            (inst, rnd("a", [1, 2, 1, 2, 1], [1, 2, 1, 2, 1])),
            (inst, rnd("b", [4, 5, 4, 5, 4], [4, 5, 4, 5, 4])),
        ]
    )
    c = s.dimension("D2").comparison
    assert c.testable and c.diff == pytest.approx(3.0) and c.significant
