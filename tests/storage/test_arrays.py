"""Answer matrices read the same respondents, in the same order, as ``loading`` does."""

import random

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.storage import repository as repo
from pps_monitor.storage.arrays import load_partnership_arrays

INST = default_instrument()


def add(db, rid, n, rng, sector="public", role="manager"):
    batch = []
    for _ in range(n):
        answers = {i.code: rng.choice([None, 1, 2, 3, 4, 5]) for i in INST.items}
        batch.append(repo.NewResponse(answers, sector=sector, role=role, source="paper"))
    repo.add_responses(db, rid, batch)


def same_as_loading(db, pid):
    rounds = repo.load_partnership_rounds(db, pid)
    arrays = load_partnership_arrays(db, pid)
    assert [r.round for r in rounds] == [a.round for a in arrays]
    for r, a in zip(rounds, arrays, strict=True):
        assert a.matrix.responses() == r.responses
        assert a.pending == r.pending and a.release == r.release
        assert a.instrument == r.instrument
    return arrays


def test_release_rule_as_in_loading(db):
    rng = random.Random(3)
    pid = repo.create_partnership(db, "P")
    r1 = repo.create_round(db, pid, "R1", "2025-03-01", INST)
    r2 = repo.create_round(db, pid, "R2", "2025-06-01", INST)
    repo.create_round(db, pid, "R3", "2025-09-01", INST)  # empty
    add(db, r1, 6, rng)
    assert repo.release_round(db, r1) == 6
    add(db, r1, 2, rng, sector="private")  # pending, fewer than min_round: left out
    arrays = same_as_loading(db, pid)
    assert arrays[0].matrix.n == 6 and arrays[0].pending == 2
    add(db, r1, 1, rng, sector="other")  # now 3 pending: in the round, not in breakdowns
    arrays = same_as_loading(db, pid)
    # each keeps its sector (the domain decides per figure who is in a cell) and comes
    # as the next release generation (issue 11)
    m = arrays[0].matrix
    assert m.n == 9 and m.in_breakdowns.count(False) == 3 and m.sectors.count(None) == 0
    assert sorted(m.generations) == [1] * 6 + [2] * 3
    add(db, r2, 2, rng, sector=None, role=None)
    arrays = same_as_loading(db, pid)
    assert arrays[1].matrix.n == 2 and arrays[2].matrix.n == 0


def test_demo_as_in_loading(db):
    from pps_monitor.demo import add_demo

    same_as_loading(db, add_demo(db))
