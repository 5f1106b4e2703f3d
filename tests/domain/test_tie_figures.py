"""Tie figures against a hand computation on a 4-organisation example (issue 18).

Organisations M (municipality), S (social enterprise), E (employer, 2 respondents) and
H (health insurer, 1 respondent); k = min_breakdown = 3. Every statement of a rating
carries the same value unless the comment says otherwise, so a score is that value.
"""

from __future__ import annotations

import pytest

from pps_monitor.domain import stats
from pps_monitor.domain.model import ScoringSettings
from pps_monitor.domain.tie_figures import REMAINDER, SHOWN_ONLY, TOO_FEW, network_figures
from pps_monitor.domain.ties import QUALITY_ITEMS, TieResponse, check_ratings, quality_score

ORGS = ("M", "S", "E", "H")
K3 = ScoringSettings(min_round=3, min_breakdown=3, min_group=3)


def rating(freq: int | None, q: int | dict | None) -> dict[str, int | None]:
    items = q if isinstance(q, dict) else dict.fromkeys(QUALITY_ITEMS, q)
    return {"frequency": freq, **items}


def person(org: str, **targets: tuple[int | None, int | dict | None]) -> TieResponse:
    return TieResponse(org, {t: rating(*v) for t, v in targets.items()})


HALF = {"goals": 2, "knowledge": 3, "trust": None, "communication": None}  # score 2.5

ROUND = [
    person("M", S=(4, 4), E=(2, 2), H=(1, 3)),
    person("M", S=(4, 5), E=(3, 3), H=(1, 4)),
    person("M", S=(3, 3), E=(2, None), H=(0, HALF)),
    person("S", M=(4, 2), E=(3, 4), H=(2, 3)),
    person("S", M=(5, 3), E=(3, 4), H=(None, 3)),
    person("S", M=(4, 2), E=(4, 5), H=(2, 4)),
    person("E", M=(3, 3), S=(4, 5), H=(0, None)),
    person("E", M=(2, 2), S=(4, 4)),
    person("H", M=(1, 4), S=(2, 2)),
]

PREVIOUS = [
    person("M", S=(4, 5)),
    person("M", S=(4, 5)),
    person("M", S=(4, 4)),
    person("M", S=(4, 5)),
    person("S", M=(4, 4)),
    person("S", M=(4, 4)),
    person("S", M=(4, 5)),
]


@pytest.fixture(scope="module")
def fig():
    before = network_figures(ORGS, PREVIOUS, K3)
    return network_figures(ORGS, ROUND, K3, before.directed)


def test_quality_score_is_the_mean_of_answered_statements():
    assert quality_score(HALF) == 2.5
    assert quality_score(dict.fromkeys(QUALITY_ITEMS)) is None


def test_directed_ties_shown_only_with_k_raters(fig):
    shown = {(t.source, t.target): round(t.mean, 4) for t in fig.directed if t.shown}
    assert shown == {
        ("M", "S"): 4.0,  # (4 + 5 + 3) / 3
        ("M", "H"): 3.1667,  # (3 + 4 + 2.5) / 3
        ("S", "M"): 2.3333,  # (2 + 3 + 2) / 3
        ("S", "E"): 4.3333,  # (4 + 4 + 5) / 3
        ("S", "H"): 3.3333,  # (3 + 3 + 4) / 3
    }
    m_e = fig.tie("M", "E")
    assert (m_e.n, m_e.mean, m_e.scores) == (2, None, ())  # m3 said "don't know" throughout
    assert (m_e.frequency_n, m_e.frequency) == (3, 2)  # [2, 3, 2]: lower median 2
    assert fig.tie("M", "S").frequency == 4  # [4, 4, 3]
    assert fig.tie("S", "H").frequency is None  # two frequency answers
    # a single rater's ties never appear
    assert all(t.mean is None and t.frequency is None for t in fig.directed if t.source == "H")


def test_pooled_in_and_out_ratings(fig):
    m, s, e, h = (fig.organisation(o) for o in ORGS)
    assert (m.rated_by.n, round(m.rated_by.mean, 4)) == (6, 2.6667)  # 16 / 6
    assert (s.rated_by.n, round(s.rated_by.mean, 4)) == (6, 3.8333)  # 23 / 6
    assert (h.rated_by.n, h.rated_by.mean) == (6, 3.25)  # 19.5 / 6
    # in(E) minus the shown S -> E leaves M -> E: 2 raters
    assert (e.rated_by.n, e.rated_by.mean, e.rated_by.note) == (5, None, REMAINDER)
    # out(M) minus the shown M -> S and M -> H leaves M -> E: 2 raters, so out(M) is
    # the mean of the two shown ties only: (4 + 5 + 3 + 3 + 4 + 2.5) / 6
    assert (m.rates.n, round(m.rates.mean, 4), m.rates.note) == (3, 3.5833, SHOWN_ONLY)
    assert (s.rates.n, round(s.rates.mean, 4)) == (3, 3.3333)  # 30 / 9 ratings
    assert (e.rates.note, h.rates.note) == (TOO_FEW, TOO_FEW)
    assert [o.respondents for o in (m, s, e, h)] == [3, 3, 2, 1]


def test_pairs_density_and_reciprocity(fig):
    pairs = {(p.a, p.b): p for p in fig.pairs}
    ms = pairs[("M", "S")]
    assert (ms.frequency, ms.frequency_n) == (4, 6)  # [3, 4, 4, 4, 4, 5]
    assert (round(ms.mean, 4), ms.n) == (3.1667, 6)  # 19 / 6
    assert (ms.asymmetric, ms.higher) == (True, "M")  # 4.0 vs 2.33
    assert pairs[("M", "E")].frequency == 2 and pairs[("M", "E")].mean is None
    assert pairs[("M", "H")].frequency == 1
    assert pairs[("S", "H")].frequency is None and pairs[("E", "H")].frequency is None
    assert (fig.total_pairs, fig.known_pairs, fig.in_contact, fig.density) == (6, 4, 2, 0.5)
    assert (fig.reciprocity, fig.reciprocity_n) == (1.0, 1)  # only M-S has both directions
    assert fig.organisation("M").reciprocity == 1.0
    assert fig.organisation("E").reciprocity is None
    assert [(p.a, p.b) for p in fig.asymmetric] == [("M", "S")]


def test_weakest_ties(fig):
    assert [(t.source, t.target) for t in fig.weakest] == [("S", "M"), ("M", "H"), ("S", "H")]


def test_changes_like_the_dimensions(fig):
    by_key = {(c.source, c.target): c for c in fig.changes}
    assert list(by_key) == [("S", "M"), ("M", "S")]  # largest change first
    sm, ms = by_key[("S", "M")], by_key[("M", "S")]
    assert (round(sm.diff, 4), round(sm.previous_mean, 4), sm.previous_n) == (-2.0, 4.3333, 3)
    assert (ms.diff, ms.previous_mean, ms.previous_n) == (-0.75, 4.75, 4)
    # S -> M: equal variances 1/3, se = sqrt(2/9), t = -2 / 0.4714 = -4.243 with 4 df
    test = stats.welch_test([2, 3, 2], [4, 4, 5])
    assert round(test.diff / ((2 / 9) ** 0.5), 3) == -4.243
    assert sm.p == pytest.approx(test.p)
    # BH over the two ties: S -> M's p times 2 / 1
    assert sm.p_adjusted == pytest.approx(min(1.0, 2 * sm.p))
    assert sm.significant and not ms.significant
    marks = {(p.a, p.b): p.change for p in fig.pairs}
    assert marks[("M", "S")] == -1 and set(marks.values()) == {0, -1}


def test_below_the_round_minimum_nothing_is_shown():
    few = network_figures(ORGS, ROUND[:2], ScoringSettings())
    assert few.suppressed and not any(t.shown for t in few.directed)
    assert all(o.rated_by.mean is None for o in few.per_organisation)


def test_default_breakdown_minimum_hides_this_small_example():
    fig = network_figures(ORGS, ROUND, ScoringSettings())  # k = 5
    assert not any(t.shown for t in fig.directed) and fig.density is None
    assert fig.organisation("M").rated_by.mean is not None  # 6 raters, nothing shown in it


def test_check_ratings():
    assert check_ratings("M", {"S": rating(4, 4)}, {"S", "E"}) is None
    assert "own" in check_ratings("M", {"M": rating(4, 4)}, {"S", "M"})
    assert check_ratings("M", {"X": rating(4, 4)}, {"S"})
    assert check_ratings("M", {"S": rating(6, 4)}, {"S"})
    assert check_ratings("M", {"S": rating(3, 0)}, {"S"})


def test_pooled_falls_back_to_the_shown_ties_when_the_rest_is_too_small():
    # in(D): A -> D (3 raters, 4) and B -> D (3 raters, 2) shown; C -> D one rater (5)
    people = [person("A", D=(3, 4))] * 3 + [person("B", D=(3, 2))] * 3 + [person("C", D=(3, 5))]
    fig = network_figures(("A", "B", "C", "D"), people, K3)
    pooled = fig.organisation("D").rated_by
    assert (pooled.mean, pooled.n, pooled.note) == (3.0, 6, SHOWN_ONLY)  # C's 5 left out
