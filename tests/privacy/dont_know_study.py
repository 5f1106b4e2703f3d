"""The "don't know" leak and what closed it (issue 11; not a test).

    python -m tests.privacy.dont_know_study

The attacker (``attacker.py``) on rounds where 8% of the answers are "don't know"; it
knows (the worst case) who said "don't know" and every respondent's release batch:

- ``sequences``: rounds of n = 5 .. 12 filled one answer at a time, shown after each
  (as ``test_dont_know_patterns_single_out_nobody``, which adds the demo).
- ``one batch``: 20 rounds of n = 5 .. 12 entered at once and shown once, sector and role
  breakdowns together.
- ``late batches``: 20 rounds, a first batch of 6 .. 10 shown, then batches of 3 .. 6
  late answers, each shown (round figures, spread figures and breakdown cells move only
  per figure, by k).

Before (measured on 2 December 2026; recoveries / respondents recovered), with the old
">= half the items" rule, respondent-level group scores and one release state per
respondent:

    today       sequences 459 / 57    one batch 585 / 128
    hide items  sequences 102 / 36    one batch  79 /  12  (hides 72% of dimensions' items)
    impute      sequences 230 / 60    one batch 256 /  32
    both        sequences  82 / 34    one batch  77 /  10

Neither hiding item figures nor imputation closed it. What closed it ("complete cases +
per-figure release", ``domain/release_sets.py``): complete cases per dimension with item
figures over the same respondents, figures over several dimensions as unweighted means
of dimension means, and every figure (and breakdown cell) moving only by at least its k.
Measured with it (2 December 2026, 8% "don't know", the attacker knowing who said it):

    complete cases + per-figure release   sequences 0 / 0   one batch 0 / 0   late batches 0 / 0

(the late batches found 365, then 225 recoveries in earlier versions of the rule: cells
that appeared once more people outside them arrived, and cells cutting an earlier whole;
see ``breakdown.history_hidden`` and the spread tier's rule in ``release_sets``).
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import tests.privacy.attacker as A
from tests.privacy import test_attacker as T

DONT_KNOW = 0.08


def _people(found: list) -> int:
    return len({(f[0], f[1]) for f in found})


def one_batch(tmp: Path) -> list:
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage.database import open_database

    found: list = []
    for seed in range(20):
        rng = random.Random(seed)
        db_path = tmp / f"batch{seed}.sqlite"
        db = open_database(db_path)
        pid = repo.create_partnership(db, "P")
        rid = repo.create_round(db, pid, "R1", "2025-03-01", T.INST)
        people = [
            T.random_person(rng, ["public", "private"], ["manager", "professional"], DONT_KNOW)
            for _ in range(rng.randint(5, 12))
        ]
        att = A.Attacker(T.INST)
        for key, person in zip(repo.add_responses(db, rid, people), people, strict=True):
            att.know(key, dict(person.answers))
        T.observe_domain(att, db, db_path, pid, rid)
        db.close()
        assert not att.mismatches, att.mismatches[:3]
        found += [(seed, *f) for f in att.attack([None, *att.truth])]
    return found


def late_batches(tmp: Path, seeds: range = range(20)) -> list:
    """A first batch shown, then late batches of 3 .. 6 (some in one cell), each shown."""
    found: list = []
    for seed in seeds:
        found += [(seed, *f) for f in T.run_late_batches(tmp, seed, DONT_KNOW)]
    return found


def sequences(tmp: Path) -> list:
    return T.recoveries("domain", tmp, (3, 5), seeds=range(4, 12), demo=False, dont_know=DONT_KNOW)


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for name in "abc":
            (tmp / name).mkdir()
        rows.append(("sequences", sequences(tmp / "a")))
        rows.append(("one batch", one_batch(tmp / "b")))
        rows.append(("late batches", late_batches(tmp / "c")))
    for name, found in rows:
        print(
            f"complete cases + per-figure release, {name:<13} {len(found):>4} recoveries "
            f"of {_people(found):>3} respondents"
        )


if __name__ == "__main__":
    main()
