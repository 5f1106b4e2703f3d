"""Scoring rounds from answer matrices: ``scoring.score_rounds`` in array operations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pps_monitor.domain.fast.changes import ARRAY_TESTS
from pps_monitor.domain.fast.dims import dimensions
from pps_monitor.domain.fast.figures import (
    DimensionArrays,
    balance_spread,
    per_respondent_scores,
    risk,
)
from pps_monitor.domain.fast.items import items_stats
from pps_monitor.domain.fast.matrix import AnswerMatrix
from pps_monitor.domain.fast.sets import figure_sets
from pps_monitor.domain.groups import groups_and_balance
from pps_monitor.domain.history import round_scores
from pps_monitor.domain.instrument import Instrument
from pps_monitor.domain.model import (
    DEFAULT_SETTINGS,
    Response,
    RoundScores,
    ScoringSettings,
)
from pps_monitor.domain.release_sets import BALANCE
from pps_monitor.domain.scoring import round_statements, score_round


@dataclass(frozen=True, eq=False)
class VectorRound:
    """A scored round with the per-respondent arrays its figures came from (to share)."""

    scores: RoundScores
    matrix: AnswerMatrix
    per_respondent: dict[str, DimensionArrays]


def score_round_arrays(
    instrument: Instrument,
    matrix: AnswerMatrix,
    previous: RoundScores | None = None,
    settings: ScoringSettings = DEFAULT_SETTINGS,
    history: Sequence[RoundScores] = (),
) -> VectorRound:
    """``scoring.score_round`` on an ``AnswerMatrix``."""
    if previous is None and history:
        previous = history[-1]
    if matrix.n < settings.min_round:
        # Nothing is shown: the reference builds it from no answers at all, only the count.
        suppressed = score_round(instrument, matrix.responses(), None, settings)
        return VectorRound(suppressed, matrix, {})
    columns = {i.code: matrix.column(i.code) for i in instrument.items}
    sets = figure_sets(instrument, matrix, settings)
    items = items_stats(instrument, matrix, sets, settings)
    per = per_respondent_scores(instrument, matrix)
    said = round_statements(instrument)
    dims = dimensions(instrument, per, sets, settings)
    risks = [
        risk(i, columns[i.code], items[i.code].dont_know, sets[i.code], settings)
        for i in instrument.risks
    ]
    spread = balance_spread(instrument, per, sets[BALANCE])
    groups, balance = groups_and_balance(instrument, dims, spread, settings)
    figures = (dims, risks, groups, balance)
    scores = round_scores(matrix.n, items, figures, said, previous, history, settings, ARRAY_TESTS)
    return VectorRound(scores, matrix, per)


def score_rounds_arrays(
    rounds: Sequence[tuple[Instrument, AnswerMatrix]],
    settings: ScoringSettings = DEFAULT_SETTINGS,
) -> list[VectorRound]:
    """``scoring.score_rounds`` on answer matrices: date order, change and trend included."""
    out: list[VectorRound] = []
    history: list[RoundScores] = []
    for instrument, matrix in rounds:
        scored = score_round_arrays(
            instrument, matrix, history[-1] if history else None, settings, history[:]
        )
        out.append(scored)
        history.append(scored.scores)
    return out


def score_rounds(
    instrument_and_responses: Sequence[tuple[Instrument, Sequence[Response]]],
    settings: ScoringSettings = DEFAULT_SETTINGS,
) -> list[RoundScores]:
    """Drop-in for ``scoring.score_rounds`` (converts the responses to matrices first)."""
    rounds = [(i, AnswerMatrix.from_responses(r)) for i, r in instrument_and_responses]
    return [v.scores for v in score_rounds_arrays(rounds, settings)]
