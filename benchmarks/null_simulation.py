"""How often does a round with NO true change show a flagged change? (issue 11, 6e)

    python benchmarks/null_simulation.py [--simulations 2000] [--seed 20261202]

Each simulation is one partnership scored twice with the bundled instrument (15
dimensions, 12 risk items) and nothing changing in between. Answers are clustered by
organisation: every organisation has a persistent effect per dimension and risk item
(SD 0.3 on the 1-5 scale) that is the same in both rounds, and the same organisations
answer in both rounds (with different people, and a different number of them). Each
respondent adds a personal effect (SD 0.5) and every answer its own noise (SD 0.8);
answers are rounded to 1-5 and 5% are "don't know".

Printed: rounds simulated, and the share of rounds with at least one flagged change
among the dimensions and risk items, before the correction (any 95% Welch interval
that excludes 0) and after it (``significant``: Benjamini-Hochberg at q = 0.05 per
family), each with its simulation standard error sqrt(p (1 - p) / N).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pps_monitor.domain.instrument import Instrument, default_instrument
from pps_monitor.domain.scoring import Response, RoundScores, score_rounds

SEED = 20_261_202
ORG_SD, PERSON_SD, NOISE_SD = 0.3, 0.5, 0.8
ORGANISATIONS = 5
RESPONDENTS = (8, 14)  # per round, uniformly
DONT_KNOW = 0.05


@dataclass(frozen=True)
class NullResult:
    simulations: int
    uncorrected: int  # rounds with any 95% interval excluding 0
    corrected: int  # rounds with any change flagged after Benjamini-Hochberg

    @staticmethod
    def share(count: int, n: int) -> tuple[float, float]:
        p = count / n
        return p, math.sqrt(p * (1 - p) / n)


def _answer(rng: random.Random, level: float) -> int | None:
    if rng.random() < DONT_KNOW:
        return None
    return min(5, max(1, round(level + rng.gauss(0, NOISE_SD))))


def simulate_round(
    rng: random.Random,
    inst: Instrument,
    truth: dict[str, float],
    org_effect: dict[tuple[int, str], float],
) -> list[Response]:
    n = rng.randint(*RESPONDENTS)
    out = []
    for k in range(n):
        org = k % ORGANISATIONS  # every organisation answers in every round
        person = rng.gauss(0, PERSON_SD)
        answers: dict[str, int | None] = {}
        for dim in inst.dimensions:
            level = truth[dim.code] + org_effect[org, dim.code] + person
            for item in dim.items:
                raw = _answer(rng, level)
                answers[item.code] = item.scored(raw) if raw is not None else None
        for risk in inst.risks:
            answers[risk.code] = _answer(rng, truth[risk.code] + org_effect[org, risk.code])
        out.append(Response(f"r{k}", answers))
    return out


def _flags(scores: RoundScores) -> tuple[bool, bool]:
    """(any uncorrected 95% interval excluding 0, any change significant after BH)."""
    comparisons = [f.comparison for f in [*scores.dimensions, *scores.risks]]
    tested = [c for c in comparisons if c is not None and c.testable]
    raw = any(c.ci_low > 0 or c.ci_high < 0 for c in tested)  # type: ignore[operator]
    return raw, any(c.significant for c in tested)


def run(simulations: int, seed: int = SEED) -> NullResult:
    rng = random.Random(seed)
    inst = default_instrument()
    codes = [*inst.dimension_by_code, *(r.code for r in inst.risks)]
    raw_count = corrected_count = 0
    for _ in range(simulations):
        truth = {c: rng.uniform(2.3, 4.2) for c in codes}
        org_effect = {(o, c): rng.gauss(0, ORG_SD) for o in range(ORGANISATIONS) for c in codes}
        rounds = [(inst, simulate_round(rng, inst, truth, org_effect)) for _ in range(2)]
        raw, corrected = _flags(score_rounds(rounds)[1])
        raw_count += raw
        corrected_count += corrected
    return NullResult(simulations, raw_count, corrected_count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--simulations", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    result = run(args.simulations, args.seed)
    raw, raw_se = NullResult.share(result.uncorrected, result.simulations)
    bh, bh_se = NullResult.share(result.corrected, result.simulations)
    print(f"rounds simulated (no true change): {result.simulations} (seed {args.seed})")
    print(f"any change flagged, uncorrected 95% intervals: {raw:.1%} (SE {raw_se:.1%})")
    print(f"any change flagged, Benjamini-Hochberg q = 0.05: {bh:.1%} (SE {bh_se:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
