"""The insider who subtracts: figures shown after every late answer never isolate anyone.

Random small rounds (n = 1..12, several sectors and roles) are filled one answer at a
time, and after each answer every output path would show the figures: the round is
released (``release_round``) and read (``load_responses``). Each figure that is a sum
over a group (a mean times n, and SD and distributions too, which are sums of squares
and counts over the same groups) is recorded as the group's membership vector:

- the whole round, when it has at least ``min_round`` included respondents;
- each breakdown (sector, role) as a conservative view shows it: cells of at least
  ``min_breakdown``, and the breakdown only when what it leaves out (the whole minus
  its shown cells, respondents without a sector/role included) is empty or at least
  ``min_breakdown`` too.

The attacker, outsider or insider (who knows their own answers, so their own vector
is added), wins when some other respondent's unit vector lies in the span of all the
vectors released over the whole sequence: then that respondent's answers follow by
linear algebra (differences of n x mean, cells and complements, any combination).
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.storage import repository as repo

INST = default_instrument()
ANSWERS = {i.code: 3 for i in INST.items}


def _shown(included, keys, privacy):
    """Membership vectors of every group figure shown for one state of the round."""
    index = {k: j for j, k in enumerate(keys)}
    members = [index[int(r.respondent_id)] for r in included]
    if len(members) < privacy.min_round:
        return []
    vectors = [set(members)]
    for attribute in ("sector", "role"):
        cells: dict[str, set[int]] = {}
        for r in included:
            value = getattr(r, attribute)
            if value is not None:
                cells.setdefault(value, set()).add(index[int(r.respondent_id)])
        shown = [c for c in cells.values() if len(c) >= privacy.min_breakdown]
        rest = set(members) - set().union(*shown) if shown else set(members)
        if shown and (not rest or len(rest) >= privacy.min_breakdown):
            vectors.extend(shown)
    return vectors


def _recoverable(vectors: list[set[int]], n: int, known: set[int]) -> set[int]:
    rows = [[1.0 if j in v else 0.0 for j in range(n)] for v in vectors]
    rows += [[1.0 if j == k else 0.0 for j in range(n)] for k in known]
    if not rows:
        return set()
    a = np.array(rows)
    rank = np.linalg.matrix_rank(a)
    out = set()
    for i in range(n):
        if i in known:
            continue
        unit = np.zeros((1, n))
        unit[0, i] = 1.0
        if np.linalg.matrix_rank(np.vstack([a, unit])) == rank:
            out.add(i)
    return out


@pytest.mark.parametrize("seed", range(40))
def test_no_late_answer_can_be_recovered_by_differencing(db, seed):
    rng = random.Random(seed)
    pid = repo.create_partnership(db, f"P{seed}")
    rid = repo.create_round(db, pid, "R1", "2025-03-01", INST)
    privacy = repo.get_privacy(db, pid)
    n = rng.randint(1, 12)
    sectors = rng.sample(["public", "private", "social_enterprise", None], k=rng.randint(1, 3))
    roles = ["manager", "professional", None][: rng.randint(1, 3)]
    history: list[list] = []
    keys: list[int] = []
    for _ in range(n):
        (key,) = repo.add_responses(
            db,
            rid,
            [repo.NewResponse(ANSWERS, sector=rng.choice(sectors), role=rng.choice(roles))],
        )
        keys.append(int(key))
        repo.release_round(db, rid)  # every path that shows figures releases first
        history.append(repo.load_responses(db, rid))
    vectors = [v for state in history for v in _shown(state, keys, privacy)]
    assert _recoverable(vectors, n, set()) == set()  # the outsider
    for insider in range(n):  # the insider knows their own answers
        assert _recoverable(vectors, n, {insider}) == set(), (seed, insider)
