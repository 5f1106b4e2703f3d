"""The per-figure release walk (issue 11), on hand-made examples."""

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.domain.model import Response, ScoringSettings
from pps_monitor.domain.release_sets import figure_set, mean_bound
from pps_monitor.domain.scoring import score_round

K3 = ScoringSettings(min_round=3, min_breakdown=5)
SAME = ("public", "manager")


def test_mean_tier_moves_only_when_k_new_eligible_respondents_arrived():
    # batches of 3; in batch 2 one said "don't know" (not eligible)
    gens = [1, 1, 1, 2, 2, 2, 3, 3, 3]
    ok = [True, True, True, True, False, True, True, True, True]
    assert mean_bound(gens[:3], ok[:3], 3) == 1
    assert mean_bound(gens[:6], ok[:6], 3) == 1  # batch 2 adds 2 complete: keeps its set
    assert mean_bound(gens, ok, 3) == 3  # batch 3 brings it to 2 + 3 >= 3 new: moves
    fs = figure_set(gens[:6], ok[:6], [SAME] * 6, K3)
    assert fs.mean == (True, True, True, False, False, False)
    assert (fs.n, fs.eligible, fs.incomplete, fs.waiting) == (3, 5, 1, 2)
    fs = figure_set(gens, ok, [SAME] * 9, K3)
    assert fs.mean == tuple(ok) and fs.n == 8


def test_first_set_needs_k_and_an_empty_walk_holds_nobody():
    assert mean_bound([1, 1, 2], [True, True, False], 3) is None
    assert mean_bound([], [], 3) is None
    assert mean_bound([1, 1, 2], [True, True, True], 3) == 2  # the first set: 3 at once


def test_spread_tier_moves_when_every_cell_it_adds_to_gains_k_breakdown():
    labels = [SAME] * 5 + [SAME] * 5 + [("private", "manager")] * 3
    gens = [1] * 5 + [2] * 5 + [3] * 3
    ok = [True] * 13
    fs = figure_set(gens, ok, labels, K3)
    # batch 1: first set at once; batch 2: its one cell gains 5: moves; batch 3: 3 < 5
    assert fs.spread == (True,) * 10 + (False,) * 3
    assert fs.mean == (True,) * 13
    mixed = [SAME] * 5 + [SAME] * 4 + [("private", "manager")] + [SAME] * 3
    fs = figure_set(gens, ok, mixed, K3)  # batch 2 adds 4 + 1 to two cells: no move
    assert sum(fs.spread) == 5 and sum(fs.mean) == 13


def test_a_dimension_keeps_its_set_until_three_new_complete_answers():
    """k = 3: batches of 3 in which one said "don't know" to a statement of the first
    dimension: its figures keep the old set until 3 new complete answers arrived."""
    inst = default_instrument()
    dim = inst.dimensions[0]
    first = dim.items[0].code

    def person(k: int, gen: int, dont_know: bool) -> Response:
        answers: dict[str, int | None] = {i.code: 1 + (k + j) % 5 for j, i in enumerate(inst.items)}
        if dont_know:
            answers[first] = None
        return Response(str(k), answers, generation=gen)

    batch1 = [person(k, 1, False) for k in range(3)]
    batch2 = [person(3, 2, True), person(4, 2, False), person(5, 2, False)]
    batch3 = [person(6, 3, True), person(7, 3, False), person(8, 3, False)]
    one = score_round(inst, batch1, settings=K3).dimension(dim.code)
    two = score_round(inst, batch1 + batch2, settings=K3)
    three = score_round(inst, batch1 + batch2 + batch3, settings=K3).dimension(dim.code)
    d2 = two.dimension(dim.code)
    assert (one.n, d2.n, three.n) == (3, 3, 7)
    assert d2.mean == one.mean  # the old set: not moved by the 2 complete of batch 2
    assert (d2.waiting, d2.incomplete, three.waiting, three.incomplete) == (2, 1, 0, 2)
    assert two.items[first].n == 3 and two.items[first].dont_know == 1
    # a dimension nobody said "don't know" to moves with every batch of 3
    other = two.dimension(inst.dimensions[1].code)
    assert other.n == 6


def test_spread_tier_never_cuts_a_batch_shown_as_a_whole():
    """Batch 2 (4 private + 1 other) and batch 3 (1 private + 4 other) each moved the
    round's mean; together each cell gains 5, but a private cell would, minus batch 2's
    whole, leave its one 'other' respondent: the spread tier stays (found by the
    attacker with late batches)."""
    other = ("private", "professional")
    priv = ("private", "manager")
    labels = [SAME] * 5 + [priv] * 4 + [other] + [priv] + [other] * 4
    gens = [1] * 5 + [2] * 5 + [3] * 5
    fs = figure_set(gens, [True] * 15, labels, K3)
    assert sum(fs.mean) == 15 and sum(fs.spread) == 5
    # the same people in one batch: each cell gains 5 within it, so it moves
    fs = figure_set([1] * 5 + [2] * 10, [True] * 15, labels, K3)
    assert sum(fs.spread) == 15


def test_a_cell_never_cuts_an_earlier_whole():
    """Found by the attacker (late batches): 6 managers and 1 professional shown as a
    whole, then 5 professionals: the professional cell (6) minus the new batch (the
    difference of the two wholes) would be the first professional. Both role cells stay
    hidden; with every respondent in one batch the same cells are shown."""
    from pps_monitor.domain.breakdown import breakdown

    inst = default_instrument()
    answers = {i.code: 3 for i in inst.items}
    first = [Response(f"m{k}", answers, "public", "manager") for k in range(6)]
    first.append(Response("p0", answers, "public", "professional"))
    late = [Response(f"p{k}", answers, "public", "professional", generation=2) for k in (1, 2)]
    late += [Response(f"p{k}", answers, "public", "professional", generation=2) for k in (3, 4, 5)]
    rows = breakdown(inst, first + late, "role", K3)
    assert all(c.hidden for c in rows[0].cells)
    at_once = [Response(r.respondent_id, answers, r.sector, r.role) for r in first + late]
    rows = breakdown(inst, at_once, "role", K3)
    assert [(c.group, c.n) for c in rows[0].cells if not c.hidden] == [
        ("manager", 6),
        ("professional", 6),
    ]
