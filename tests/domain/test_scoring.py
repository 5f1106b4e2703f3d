"""Scoring against a small instrument whose every figure is worked out by hand."""

import pytest

from pps_monitor.domain import stats
from pps_monitor.domain.agreement import agreement_threshold
from pps_monitor.domain.instrument import parse_instrument
from pps_monitor.domain.scoring import Response, ScoringSettings, score_round, score_rounds

T = {"nl": "x", "en": "x"}


def tiny_instrument():
    return parse_instrument(
        {
            "format": 1,
            "id": "tiny",
            "version": "1.0",
            "name": T,
            "scale": {
                "min": 1,
                "max": 5,
                "labels": [{"value": v, "nl": str(v), "en": str(v)} for v in range(1, 6)],
                "dont_know": T,
            },
            "groups": [
                {
                    "code": "contract",
                    "kind": "health",
                    "name": T,
                    "dimensions": [
                        {
                            "code": "D1",
                            "name": T,
                            "items": [
                                {"code": "i1", "text": T},
                                {"code": "i2", "text": T},
                                {"code": "i3", "text": T, "reverse": True},
                            ],
                        }
                    ],
                },
                {
                    "code": "relational",
                    "kind": "health",
                    "name": T,
                    "dimensions": [
                        {
                            "code": "D2",
                            "name": T,
                            "items": [
                                {"code": "j1", "text": T},
                                {"code": "j2", "text": T},
                            ],
                        }
                    ],
                },
            ],
            "risks": {"name": T, "items": [{"code": "R1", "text": T}]},
        }
    )


def r(rid, i1, i2, i3, j1, j2, r1, sector=None):
    return Response(rid, {"i1": i1, "i2": i2, "i3": i3, "j1": j1, "j2": j2, "R1": r1}, sector)


# The change tests below work on rounds of 3 and 4 by hand; a change interval shows the
# rounds' spread, so it needs min_breakdown respondents (5 by default): these settings
# lower it to the round minimum to keep the hand computation small.
SPREAD_FROM_3 = ScoringSettings(min_round=3, min_breakdown=3)

CURRENT = [
    r("a", 4, 5, 2, 4, 4, 5),  # D1 scored 4,5,4 -> 13/3
    r("b", 3, None, 3, 3, 4, 4),  # D1 scored 3,3 (2 of 3 answered) -> 3
    r("c", None, None, 1, 2, 3, 2),  # D1 only 1 of 3 answered -> no score
    r("d", 5, 4, 1, 5, 5, None),  # D1 scored 5,4,5 -> 14/3
]


# The hand-worked examples below show SD, median and rWG(J) at n = 3-4, so they lower
# min_breakdown to 3 (the privacy defaults are tested in test_floors.py).
HAND = ScoringSettings(min_round=3, min_breakdown=3)


# Complete cases (issue 11): a fifth respondent who answered everything, so that D1 has
# three complete respondents (a, d, e); b and c said "don't know" to some of D1.
CURRENT5 = [*CURRENT, r("e", 4, 4, 2, 3, 3, 3)]  # D1 scored 4,4,4 -> 4; D2 -> 3


def test_dimension_scores_by_hand():
    s = score_round(tiny_instrument(), CURRENT5, settings=HAND)
    d1 = s.dimension("D1")  # complete: a 13/3, d 14/3, e 4 (b and c are left out)
    assert (d1.n, d1.n_complete, d1.incomplete, d1.waiting) == (3, 3, 2, 0)
    assert d1.mean == pytest.approx(13 / 3)
    assert d1.sd == pytest.approx(1 / 3)  # deviations 0, 1/3, -1/3: variance 1/9
    assert d1.band == "strength"
    assert (d1.alpha, d1.alpha_note) == (None, "too_few_answers")

    d2 = s.dimension("D2")  # everyone: 4, 3.5, 2.5, 5, 3
    assert (d2.n, d2.incomplete) == (5, 0)
    assert d2.mean == pytest.approx(3.6)
    assert stats.cronbach_alpha([[4, 4], [3, 4], [2, 3], [5, 5]]) == pytest.approx(12 / 13)
    assert (d2.alpha, d2.alpha_note) == (None, "too_few_answers")
    assert d2.rwg_j == pytest.approx(stats.rwg_j([[4, 4], [3, 4], [2, 3], [5, 5], [3, 3]]))
    assert d2.agreement_threshold == agreement_threshold(5, 2)
    assert d2.band == "attention"


def test_the_old_half_answered_rule_is_gone():
    """Before issue 11 b (2 of 3 answered) had a D1 score of 3, and D1 had n = 3 of
    a, b, d: now only a and d answered all of D1, too few for a figure."""
    d1 = score_round(tiny_instrument(), CURRENT, settings=HAND).dimension("D1")
    assert (d1.n, d1.mean, d1.incomplete, d1.waiting) == (0, None, 2, 2)


def test_item_statistics_by_hand():
    s = score_round(tiny_instrument(), CURRENT5, settings=HAND)
    i3 = s.items["i3"]  # reverse-worded, over D1's a, d, e: raw 2, 1, 2 scored 4, 5, 4
    assert i3.reverse
    assert (i3.n, i3.mean) == (3, pytest.approx(13 / 3))
    assert i3.median == 4
    assert i3.counts == {1: 1, 2: 2, 3: 0, 4: 0, 5: 0}  # c's 1 is not counted
    i2 = s.items["i2"]  # over a, d, e (5, 4, 4); "don't know" of b and c counted apart
    assert (i2.n, i2.mean, i2.dont_know, i2.dont_know_pct) == (3, pytest.approx(13 / 3), 2, 40.0)
    # every item figure of D1 is over the same people as D1: its mean is theirs
    d1 = s.dimension("D1")
    assert d1.mean == pytest.approx(sum(s.items[c].mean for c in ("i1", "i2", "i3")) / 3)


def test_risks_are_not_reversed_or_averaged_into_health():
    s = score_round(tiny_instrument(), CURRENT, settings=HAND)
    (risk,) = s.risks
    assert risk.n == 3
    assert risk.mean == pytest.approx(11 / 3)
    assert risk.high_pct == pytest.approx(200 / 3)
    assert [d.code for d in s.dimensions] == ["D1", "D2"]


def test_balance_is_the_difference_of_the_unweighted_group_means():
    s = score_round(tiny_instrument(), CURRENT5, settings=HAND)
    contract, relational = s.groups
    # each group is the unweighted mean of its dimensions' means: D1 13/3, D2 3.6
    assert (contract.n, contract.mean, contract.sd) == (3, pytest.approx(13 / 3), None)
    assert (relational.n, relational.mean) == (5, pytest.approx(3.6))
    b = s.balance
    assert (b.n, b.contract_mean, b.relational_mean) == (3, contract.mean, relational.mean)
    assert b.diff == pytest.approx(3.6 - 13 / 3)
    # the width from the respondents with every statement of both groups (a, d, e):
    # differences -1/3, 1/3, -1: sd 2/3, t(0.975, 2) = 4.3027, half 4.3027 * (2/3) / sqrt 3
    half = 4.3027 * (2 / 3) / 3**0.5
    assert b.ci_low == pytest.approx(b.diff - half, abs=1e-4)
    assert b.ci_high == pytest.approx(b.diff + half, abs=1e-4)


def test_change_against_previous_round_matches_scipy():
    scipy_stats = pytest.importorskip("scipy.stats")
    previous = [r("p", 2, 2, 4, 2, 2, 1), r("q", 3, 3, 3, 3, 3, 2), r("s", 2, 3, 4, 3, 3, 1)]
    before, now = score_rounds(
        [(tiny_instrument(), previous), (tiny_instrument(), CURRENT)], SPREAD_FROM_3
    )
    change = now.dimension("D2").change
    cur, prev = [4, 3.5, 2.5, 5], [2, 3, 3]
    ci = scipy_stats.ttest_ind(cur, prev, equal_var=False).confidence_interval(0.95)
    assert change.diff == pytest.approx(3.75 - 8 / 3)
    assert (change.ci_low, change.ci_high) == (pytest.approx(ci.low), pytest.approx(ci.high))
    assert change.significant == bool(ci.low > 0 or ci.high < 0)
    assert change.previous_n == 3
    assert before.dimension("D2").change is None


def test_significance_requires_interval_to_exclude_zero():
    low = [r(str(k), 2, 2, 4, 2, 2, 1) for k in range(6)]
    # the risk answers vary in one round: an all-1 vs all-5 pair has a zero-width
    # interval, which is "no test possible" (issue 11), tested in test_change.py
    high = [r(f"h{k}", 5, 5, 1, 5, 4 + k % 2, 4 + k % 2) for k in range(6)]
    _, s = score_rounds([(tiny_instrument(), low), (tiny_instrument(), high)], SPREAD_FROM_3)
    assert s.dimension("D2").change.significant
    assert s.risks[0].change.significant
    _, same = score_rounds(
        [(tiny_instrument(), CURRENT), (tiny_instrument(), CURRENT)], SPREAD_FROM_3
    )
    assert not same.dimension("D2").change.significant


def test_bands_are_configurable():
    s = score_round(
        tiny_instrument(), CURRENT5, settings=ScoringSettings(strength=4.5, attention=3.9)
    )
    assert s.dimension("D1").band == "attention"  # 4.33
    assert s.dimension("D2").band == "concern"


def test_empty_round():
    s = score_round(tiny_instrument(), [])
    assert s.respondents == 0
    assert s.dimension("D1").mean is None and s.dimension("D1").band is None
    assert s.risks[0].high_pct is None
    assert s.balance.diff is None


def test_top_risks_order_by_mean_then_share_high_then_code():
    from pps_monitor.domain.scoring import Balance, RiskScore, RoundScores

    def risk(code, mean, high):
        return RiskScore(code, 5, mean, None, high, 0, None, ())

    risks = [
        risk("A", 4.0, None),  # share of 4-5 hidden: counts as 0
        risk("B", 4.0, 0.0),
        risk("C", 4.0, 60.0),
        risk("D", 4.5, 20.0),
        risk("E", None, None),  # no mean: never a top risk
        risk("F", 2.0, 90.0),
        risk("G", 4.0, 0.5),  # a small share still ranks above a hidden or zero one
    ]
    s = RoundScores(5, {}, [], [], risks, Balance(0, None, None, None, None, None))
    assert [r.code for r in s.top_risks(7)] == ["D", "C", "G", "A", "B", "F"]
    assert [r.code for r in s.top_risks()] == ["D", "C", "G"]
