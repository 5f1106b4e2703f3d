"""Tie ratings for the demo partnership: who works well with whom, and one who drifts away.

The tie module joins the demo from its second round. The municipality and the
sheltered-work company work together weekly and the municipality thinks more of that
tie than the company does; the employers meet each other only now and then; the
housing corporation has too few respondents for any of its own ratings to be shown.
Groenbedrijf Van Ee drifts away: contact and quality fall round after round, both ways.
A random stream of its own keeps the rest of the demo exactly as it was.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pps_monitor.domain.ties import FREQUENCY, QUALITY_ITEMS
from pps_monitor.storage import ties

if TYPE_CHECKING:
    from sqlite_utils import Database

FIRST_TIE_ROUND = 1  # index into the demo's rounds
# Tie respondents per organisation (in demo.ORGANISATIONS order).
TIE_RESPONDENTS = (6, 5, 7, 6, 5, 5, 2)
DRIFTER = 5  # Groenbedrijf Van Ee
DRIFT = (0.0, 0.3, 0.8, 2.0)  # how far it has drifted in each tie round (points)
# (from, to): quality offset; the municipality rates the company higher than back.
PAIR_SHIFT = {(0, 2): 0.7, (2, 0): -0.5, (1, 2): 0.3, (3, 4): -0.6, (4, 3): -0.6}
SECTOR_FREQUENCY = {  # typical contact by the two sectors (0 never .. 5 daily)
    frozenset({"public"}): 3,
    frozenset({"public", "social_enterprise"}): 4,
    frozenset({"social_enterprise", "private"}): 4,
    frozenset({"public", "private"}): 3,
    frozenset({"private"}): 2,
}


def _clip(value: float, low: int, high: int) -> int:
    return min(high, max(low, round(value)))


def _rating(
    rng: random.Random, a: int, b: int, sectors: Sequence[str], step: int
) -> dict[str, int | None]:
    drift = DRIFT[step] if DRIFTER in (a, b) else 0.0
    freq = SECTOR_FREQUENCY.get(frozenset({sectors[a], sectors[b]}), 2) - 1.2 * drift
    level = 3.7 + 0.1 * step + PAIR_SHIFT.get((a, b), 0.0) - drift
    if "other" in (sectors[a], sectors[b]):
        freq, level = 1.5, 3.4
    answers: dict[str, int | None] = {FREQUENCY: _clip(rng.gauss(freq, 0.6), 0, 5)}
    person = rng.gauss(0, 0.3)
    for code in QUALITY_ITEMS:
        known = rng.random() > (0.35 if "other" in (sectors[a], sectors[b]) else 0.04)
        answers[code] = _clip(rng.gauss(level + person, 0.5), 1, 5) if known else None
    return answers


def add_demo_ties(
    db: Database, orgs: Sequence[tuple[str, str]], round_ids: Sequence[str], seed: int
) -> None:
    """Include the tie module in the demo's rounds from FIRST_TIE_ROUND, with answers."""
    rng = random.Random(seed + 18)
    sectors = [sector for _, sector in orgs]
    for step, rid in enumerate(round_ids[FIRST_TIE_ROUND:]):
        ties.set_tie_module(db, rid, True)
        batch = [
            ties.NewTieResponse(
                orgs[a][0],
                {orgs[b][0]: _rating(rng, a, b, sectors, step) for b in range(len(orgs)) if b != a},
            )
            for a, count in enumerate(TIE_RESPONDENTS)
            for _ in range(count)
        ]
        ties.add_tie_responses(db, rid, batch)
        if rid != round_ids[-1]:
            ties.release_ties(db, rid)  # earlier rounds were shown at their meetings
