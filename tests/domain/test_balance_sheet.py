"""The balance sheet, checked against examples computed by hand."""

from decimal import Decimal

from pps_monitor.domain.balance_sheet import (
    ANY,
    DEFAULT_ROWS,
    RowSpec,
    Rule,
    ScoreIn,
    Source,
    balance_sheet,
    check_rule,
    row_score,
    status_of,
)
from pps_monitor.domain.instrument import Text

ROW = RowSpec(
    "r",
    Text("r", "r"),
    (Source("partners", "A"), Source("partners", "B"), Source("partners", "RISK")),
    ("workers_started", "workers_left"),
)


def sheet(scores, figures=None, **kw):
    return balance_sheet(scores, figures or {}, rows=[ROW], **kw)[0]


def test_mean_of_the_scores_decides_the_status():
    # (3.6 + 3.3) / 2 = 3.45 -> mixed; the risk 2.0 counts as 6 - 2.0 = 4.0:
    # (3.6 + 3.3 + 4.0) / 3 = 3.6333 -> 3.63 -> good
    row = sheet({("partners", "A"): ScoreIn(3.6, 8), ("partners", "B"): ScoreIn(3.3, 7)})
    assert row.score == Decimal("3.45") and row.status == "mixed" and row.n == 7
    row = sheet(
        {
            ("partners", "A"): ScoreIn(3.6, 8),
            ("partners", "B"): ScoreIn(3.3, 7),
            ("partners", "RISK"): ScoreIn(2.0, 9, risk=True),
        }
    )
    assert row.score == Decimal("3.63") and row.status == "good"
    assert [u.value for u in row.used] == [3.6, 3.3, 4.0]


def test_boundaries_are_inclusive_and_rounded_half_up():
    assert status_of(Decimal("3.50")) == "good"
    assert status_of(Decimal("3.49")) == "mixed"
    assert status_of(Decimal("2.50")) == "mixed"
    assert status_of(Decimal("2.49")) == "poor"
    # 3.495 rounds half-up to 3.50: good
    assert row_score([3.49, 3.5]) == Decimal("3.50")
    assert row_score([2.0, 3.0], Rule(method="lowest")) == Decimal("2.00")


def test_scores_below_the_minimum_do_not_count_and_none_means_not_enough_data():
    row = sheet({("partners", "A"): ScoreIn(4.5, 2), ("partners", "B"): ScoreIn(2.0, 5)})
    assert row.score == Decimal("2.00") and row.status == "poor" and row.n == 5
    row = sheet({("partners", "A"): ScoreIn(4.5, 2)}, min_round=3)
    assert row.status == "none" and row.score is None and row.n is None
    assert sheet({}).status == "none"
    # a group minimum of its own
    row = sheet({("partners", "A"): ScoreIn(4.0, 4)}, min_round={"partners": 5})
    assert row.status == "none"


def test_change_since_the_previous_round():
    before = {("partners", "A"): ScoreIn(3.0, 6)}
    now = {("partners", "A"): ScoreIn(3.4, 6)}
    row = sheet(now, previous=(before, {}))
    assert row.previous == Decimal("3.00") and row.change == Decimal("0.40")
    assert row.direction == "up"
    row = sheet({("partners", "A"): ScoreIn(3.05, 6)}, previous=(before, {}))
    assert row.direction == "same"
    row = sheet(now, previous=({}, {}))
    assert row.change is None and row.direction is None


def test_worker_outcomes_are_held_back_below_the_round_minimum_of_starters():
    row = sheet({}, {"workers_started": 2, "workers_left": 1}, min_round=3)
    assert [(f.code, f.value, f.held_back) for f in row.figures] == [
        ("workers_started", 2, False),
        ("workers_left", None, True),
    ]
    row = sheet({}, {"workers_started": 3, "workers_left": 1}, min_round=3)
    assert row.figures[1].value == 1 and not row.figures[1].held_back


def test_any_takes_every_dimension_of_a_group_but_no_risk():
    spec = RowSpec("w", Text("w", "w"), (Source("workers", ANY, ("X",)),))
    scores = {
        ("workers", "A"): ScoreIn(4.0, 5),
        ("workers", "B"): ScoreIn(3.0, 5),
        ("workers", "X"): ScoreIn(1.0, 5),
        ("workers", "R"): ScoreIn(5.0, 5, risk=True),
        ("partners", "A"): ScoreIn(1.0, 5),
    }
    row = balance_sheet(scores, {}, rows=[spec])[0]
    assert row.score == Decimal("3.50") and {u.code for u in row.used} == {"A", "B"}


def test_the_default_sheet_has_the_pilots_rows():
    keys = [r.key for r in DEFAULT_ROWS]
    assert keys[:4] == ["society", "workers", "organisations", "benefits"]
    assert [r.key for r in DEFAULT_ROWS if r.principle] == [
        "no_pretrajectory",
        "municipality",
        "collaboration",
        "earning_model",
    ]
    assert len(balance_sheet({}, {})) == 8


def test_rules_are_checked():
    assert check_rule(Rule()) is None
    assert check_rule(Rule(good=2.5, mixed=2.5))
    assert check_rule(Rule(method="median"))
    assert check_rule(Rule(good=5.5))
