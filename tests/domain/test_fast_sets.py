"""Who is in each figure, in arrays (``domain.fast.sets``) against ``release_sets``.

The walk over release generations (complete cases, mean tier by ``min_round``, spread
tier by ``min_breakdown`` per sector x role cell of each move) must give the same
``FigureSet`` per figure: same members of both tiers, same counts, same move per row.
"""

from __future__ import annotations

import random

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pps_monitor.domain import release_sets
from pps_monitor.domain.fast import AnswerMatrix
from pps_monitor.domain.fast import sets as fast_sets
from pps_monitor.domain.model import ScoringSettings
from tests.domain.test_vector import floors, modes, people, sub_instrument

SECTORS = ("public", "private", None)
ROLES = ("manager", "professional", None)


def plain(figure: release_sets.FigureSet) -> release_sets.FigureSet:
    """The ``FigureSet`` fields alone (the array version carries row masks besides)."""
    return release_sets.FigureSet(
        figure.mean, figure.spread, figure.eligible, figure.incomplete, figure.block, figure.held
    )


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.integers(1, 5),  # generation
            st.booleans(),  # eligible
            st.sampled_from(SECTORS),
            st.sampled_from(ROLES),
        ),
        max_size=60,
    ),
    cfg=floors,
)
def test_one_figure_walks_the_generations_as_the_reference(rows, cfg):
    gens = [r[0] for r in rows]
    ok = [r[1] for r in rows]
    labels = [(r[2], r[3]) for r in rows]
    expected = release_sets.figure_set(gens, ok, labels, cfg)
    numbers: dict[tuple[str | None, str | None], int] = {}
    cells = np.array([numbers.setdefault(lab, len(numbers)) for lab in labels], dtype=np.int64)
    got = fast_sets.figure_set(np.array(gens, dtype=np.int64), np.array(ok, dtype=bool), cells, cfg)
    assert plain(got) == expected
    assert got.mean_rows.tolist() == list(expected.mean)
    assert got.spread_rows.tolist() == list(expected.spread)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**32),
    n=st.integers(0, 40),
    mode=modes,
    cfg=floors,
    batches=st.integers(1, 4),
    old=st.booleans(),
)
def test_every_set_of_a_round_equals_round_sets(seed, n, mode, cfg, batches, old):
    """``old``: some respondents were shown by the old method (m010), and figures held."""
    rng = random.Random(seed)
    instrument = sub_instrument(rng)
    responses = [
        r.__class__(
            r.respondent_id,
            r.answers,
            r.sector,
            r.role,
            in_breakdowns=r.in_breakdowns,
            generation=rng.randint(1, batches),
            shown_before=rng.choice((0, 1, 2, 2)) if old else 0,
        )
        for r in people(instrument, rng, mode, n)
    ]
    expected = release_sets.round_sets(instrument, responses, cfg)
    got = fast_sets.figure_sets(instrument, AnswerMatrix.from_responses(responses), cfg)
    assert list(got) == list(expected)
    assert {k: plain(v) for k, v in got.items()} == expected


def test_a_late_cell_below_the_breakdown_minimum_keeps_the_spread_tier_back():
    """A hand case: 6 in the first batch, then 3 managers and 1 professional (k 3 / 3):
    the mean tier moves, the spread tier waits (the professional's cell gains 1)."""
    cfg = ScoringSettings(min_round=3, min_breakdown=3)
    gens = np.array([1] * 6 + [2] * 4, dtype=np.int64)
    ok = np.ones(10, dtype=bool)
    cells = np.array([0] * 6 + [0, 0, 0, 1], dtype=np.int64)
    got = fast_sets.figure_set(gens, ok, cells, cfg)
    assert got.mean_rows.all()
    assert got.spread_rows.tolist() == [True] * 6 + [False] * 4
    assert got.block == (0,) * 6 + (1,) * 4
