import pytest
from hypothesis import given
from hypothesis import strategies as st

from pps_monitor.domain.breakdown import breakdown, largest_gaps, suppressed_groups
from pps_monitor.domain.model import ScoringSettings
from tests.domain.test_scoring import r, tiny_instrument

# Cells of 3 shown: a partnership that set min_breakdown to 3 (breakdowns follow
# max(min_group, min_breakdown) since the attacker suite, issue 11).
SMALL = ScoringSettings(min_group=3, min_breakdown=3)


def test_small_group_is_hidden_with_its_complement():
    # "other" (1) is hidden; total minus public minus private would reveal it,
    # so the smallest visible group (private, 3) is hidden as well.
    assert suppressed_groups({"public": 4, "private": 3, "other": 1}, 3) == {"private", "other"}
    assert suppressed_groups({"public": 4, "private": 3}, 3) == set()
    assert suppressed_groups({"public": 5, "private": 2, "other": 1}, 3) == {"private", "other"}
    assert suppressed_groups({"public": 2}, 3) == {"public"}


@given(st.dictionaries(st.sampled_from("abcdef"), st.integers(0, 12)), st.integers(1, 6))
def test_no_group_below_k_can_be_read_or_derived(sizes, k):
    hidden = suppressed_groups(sizes, k)
    for g, n in sizes.items():
        if n > 0 and g not in hidden:
            assert n >= k
    hidden_total = sum(sizes[g] for g in hidden)
    all_hidden = all(g in hidden for g, n in sizes.items() if n > 0)
    assert hidden_total == 0 or hidden_total >= k or all_hidden


def test_breakdown_by_sector_and_gaps():
    responses = [
        r("a", 4, 4, 2, 4, 4, 3, "public"),
        r("b", 4, 5, 2, 4, 5, 3, "public"),
        r("c", 5, 4, 1, 5, 4, 3, "public"),
        r("d", 2, 2, 4, 2, 2, 3, "private"),
        r("e", 2, 3, 4, 3, 2, 3, "private"),
        r("f", 3, 2, 4, 2, 3, 3, "private"),
        r("g", 1, 1, 5, 1, 1, 3, "other"),
    ]
    rows = breakdown(tiny_instrument(), responses, "sector", SMALL)
    d1 = rows[0]
    assert [c.group for c in d1.cells] == ["public", "private", "other"]
    # other (1) is hidden, and so is private (complement), leaving only public.
    assert [c.hidden for c in d1.cells] == [False, True, True]
    assert all(c.mean is None and c.n is None for c in d1.cells if c.hidden)
    assert largest_gaps(rows) == []

    without_other = [x for x in responses if x.sector != "other"]
    rows = breakdown(tiny_instrument(), without_other, "sector", SMALL)
    (gap, *_) = largest_gaps(rows)
    assert gap.code == "D1"
    # public a: 4,4,6-2 -> 4; b: 4,5,4 -> 13/3; c: 5,4,5 -> 14/3
    assert gap.public_mean == pytest.approx((4 + 13 / 3 + 14 / 3) / 3)
    # private d: 2,2,2 -> 2; e: 2,3,2 -> 7/3; f: 3,2,2 -> 7/3
    assert gap.private_mean == pytest.approx((2 + 7 / 3 + 7 / 3) / 3)
    assert gap.private_n == 3


def test_empty_groups_are_not_counted_as_hidden():
    from pps_monitor.domain.breakdown import suppressed_groups

    # "a" has nobody: not a group at all. "c" (1) is hidden; alone it could be derived
    # from the total, so the smallest visible group "b" is hidden too.
    assert suppressed_groups({"a": 0, "b": 5, "c": 1, "d": 7}, 3) == {"b", "c"}


def test_cells_follow_the_fixed_order_not_the_answering_order():
    from pps_monitor.domain.breakdown import ROLES, SECTORS, group_order

    assert group_order("sector") == (*SECTORS, "unknown")
    assert group_order("role") == (*ROLES, "unknown")
    people = [("professional", "private"), ("manager", "public"), (None, None)]
    responses = [
        r(f"{k}{n}", 3, 3, 3, 3, 3, 3, sector)
        for k, (_, sector) in enumerate(people)
        for n in range(3)
    ]
    roles = [role for role, _ in people for _ in range(3)]
    responses = [
        type(x)(x.respondent_id, x.answers, x.sector, role)
        for x, role in zip(responses, roles, strict=True)
    ]
    by_role = breakdown(tiny_instrument(), responses, "role", SMALL)[0]
    assert [c.group for c in by_role.cells] == ["manager", "professional", "unknown"]
    by_sector = breakdown(tiny_instrument(), responses, "sector", SMALL)[0]
    assert [c.group for c in by_sector.cells] == ["public", "private", "unknown"]
    (gap, *_) = largest_gaps(breakdown(tiny_instrument(), responses, "sector", SMALL))
    assert (gap.public_n, gap.private_n, gap.gap) == (3, 3, 0.0)


def test_a_dimension_nobody_scored_has_no_cells():
    """Everyone answered "don't know" to a whole dimension: no cell, and no crash (the
    sector chart and the report call this for every round)."""
    from pps_monitor.domain.instrument import default_instrument
    from pps_monitor.domain.scoring import Response

    inst = default_instrument()
    first = inst.dimensions[0]
    answers = {i.code: (None if i in first.items else 3) for i in inst.items}
    people = [Response(str(k), answers, "public", "manager") for k in range(8)]
    rows = breakdown(inst, people, "sector")
    assert rows[0].code == first.code and rows[0].cells == []
    assert rows[1].visible("public") is not None
