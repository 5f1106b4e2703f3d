"""Scoring on NumPy arrays: the same ``RoundScores`` as ``scoring.score_rounds``, faster.

A round's answers arrive as one integer matrix (respondents x item codes,
``AnswerMatrix``) instead of a dict per respondent. Each respondent's dimension score is
computed once per round, in array operations, and shared by the dimension figures, the
group scores and the balance (``VectorRound.per_respondent``).

Agreement with the pure-Python reference (``scoring``) is bit for bit on Python 3.11,
not merely close (see ``sums``), which keeps the discrete verdicts (bands, agreement
wording, significance) identical even at their boundaries. Python 3.12's ``sum()``
compensates rounding; there the two agree to about 1e-15.
``tests/domain/test_vector.py`` checks the agreement on random data and on the demo.

This is the scoring the app, the CLI and the report run: ``analysis.partnership_results``
imports ``pps_monitor.fast_analysis`` when scores are asked for. The per-sample rules of
change and trend (``change``), of agreement and alpha (``reliability``) and the assembly
of a round (``history.round_scores``) are the reference's own; only the array work is here.

numpy costs start-up time: nothing on the app's start-up path imports this package.
"""

from pps_monitor.domain.fast.matrix import ABSENT, DONT_KNOW, AnswerMatrix
from pps_monitor.domain.fast.rounds import (
    VectorRound,
    score_round_arrays,
    score_rounds,
    score_rounds_arrays,
)

__all__ = [
    "ABSENT",
    "DONT_KNOW",
    "AnswerMatrix",
    "VectorRound",
    "score_round_arrays",
    "score_rounds",
    "score_rounds_arrays",
]
