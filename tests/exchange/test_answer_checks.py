"""The whole-list check of a respondent's answers (``plan_responses._valid_pairs``, the
import's fast path) accepts only what the answer-by-answer rules accept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pps_monitor.exchange.plan_responses import _valid_pairs

CODES = frozenset({"a1", "a2", "a3", "b1"})

values = st.one_of(
    st.none(),
    st.integers(-1, 7),
    st.sampled_from([True, False, 3.0, "3", [3]]),
)
answer = st.one_of(
    st.fixed_dictionaries(
        {"item": st.sampled_from([*sorted(CODES), "zz", 3, None]), "value": values},
        optional={"note": st.text(max_size=2)},
    ),
    st.fixed_dictionaries({"item": st.sampled_from(sorted(CODES))}),  # no value
    st.sampled_from([None, "a1", ["a1", 3], 4]),
)


def valid(answers: object) -> bool:
    """The rules, answer by answer: objects, every statement once, 1-5 or empty."""
    if not isinstance(answers, list) or not all(isinstance(a, dict) for a in answers):
        return False
    items = [a.get("item") for a in answers]
    if sorted(map(str, items)) != sorted(CODES) or set(items) != CODES:
        return False
    return all(
        a.get("value") is None or (type(a.get("value")) is int and 1 <= a["value"] <= 5)
        for a in answers
    )


@given(st.lists(answer, max_size=6))
def test_the_fast_path_accepts_nothing_the_rules_refuse(answers):
    got = _valid_pairs(answers, CODES)
    if got is not None:
        assert valid(answers)
        assert got == [(a["item"], a["value"]) for a in answers]


@given(
    st.permutations(sorted(CODES)),
    st.lists(st.sampled_from([None, 1, 2, 3, 4, 5]), min_size=4, max_size=4),
)
def test_the_fast_path_takes_every_valid_list(order, picked):
    answers = [{"item": c, "value": v} for c, v in zip(order, picked, strict=True)]
    assert _valid_pairs(answers, CODES) == [(a["item"], a["value"]) for a in answers]
