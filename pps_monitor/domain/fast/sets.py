"""``release_sets.sets_of`` in array operations: who is in each figure of a round.

The rules are ``release_sets``'s (its module docstring): a figure's mean tier walks the
release generations and moves only by ``min_round`` eligible respondents; its spread
tier takes a set the mean tier held, later only when every sector x role cell of each
move it adds gains ``min_breakdown``. This is the same walk, over the distinct
generations (a handful) with NumPy counts, instead of a Python pass over every
respondent per generation: at 10,000 respondents a round the reference's walk cost
about two thirds of the scoring (benchmarks/bench_ladder.py). ``tests/domain/
test_fast_sets.py`` holds the two to the same ``FigureSet`` on random rounds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from pps_monitor.domain.fast.matrix import AnswerMatrix, BoolArray, IntArray
from pps_monitor.domain.instrument import SCALE_MIN, Instrument
from pps_monitor.domain.model import ScoringSettings
from pps_monitor.domain.release_sets import (
    BALANCE,
    FigureSet,
    figure_codes,
    method_changed,
)


@dataclass(frozen=True)
class ArrayFigureSet(FigureSet):
    """A ``FigureSet`` that keeps its two tiers as boolean arrays too (row masks)."""

    mean_rows: BoolArray = field(default_factory=lambda: np.zeros(0, bool), compare=False)
    spread_rows: BoolArray = field(default_factory=lambda: np.zeros(0, bool), compare=False)


def _walk(
    gens: IntArray, ok: BoolArray, cells: IntArray, k_round: int, k_breakdown: int
) -> tuple[int | None, int | None, list[int]]:
    """``release_sets._bounds`` and ``_mean_moves``: the mean and spread tiers' bounds
    and the generations at which the mean tier moved."""
    eligible = gens[ok]
    eligible_cells = cells[ok]
    mean_b: int | None = None
    spread_b: int | None = None
    held = 0
    moves: list[int] = []
    blocks: list[tuple[int, int]] = []
    first = int(gens.min()) - 1 if len(gens) else 0
    for g in np.unique(eligible).tolist():
        count = int((eligible <= g).sum())
        if count - held >= k_round:
            blocks.append((mean_b if mean_b is not None else first, g))
            moves.append(g)
            mean_b, held = g, count
        if mean_b is None or mean_b == spread_b:
            continue
        if spread_b is None:
            spread_b = mean_b
            continue
        joins = True
        for lo, hi in blocks:
            if lo < spread_b:
                continue
            in_block = (eligible > lo) & (eligible <= hi)
            sizes = np.bincount(eligible_cells[in_block])
            if (sizes[sizes > 0] < k_breakdown).any():
                joins = False
                break
        if joins:
            spread_b = mean_b
    return mean_b, spread_b, moves


def figure_set(
    gens: IntArray, ok: BoolArray, cells: IntArray, settings: ScoringSettings
) -> ArrayFigureSet:
    """``release_sets.figure_set``; ``cells`` numbers each row's (sector, role) pair."""
    mean_b, spread_b, moves = _walk(gens, ok, cells, settings.min_round, settings.min_breakdown)
    mean = ok & (gens <= mean_b) if mean_b is not None else np.zeros(len(ok), bool)
    spread = ok & (gens <= spread_b) if spread_b is not None else np.zeros(len(ok), bool)
    if moves:
        at = np.searchsorted(np.array(moves), gens, side="left")
        block = np.where(ok & (at < len(moves)), at, -1)
    else:
        block = np.full(len(ok), -1)
    eligible = int(ok.sum())
    return ArrayFigureSet(
        mean=tuple(mean.tolist()),
        spread=tuple(spread.tolist()),
        eligible=eligible,
        incomplete=len(ok) - eligible,
        block=tuple(block.tolist()),
        mean_rows=mean,
        spread_rows=spread,
    )


def _cells(matrix: AnswerMatrix) -> IntArray:
    """A number per (sector, role) pair, per row (all 0 without labels)."""
    if not matrix.sectors:
        return np.zeros(matrix.n, dtype=np.int64)
    pairs: dict[tuple[str | None, str | None], int] = {}
    numbers = [
        pairs.setdefault(pair, len(pairs))
        for pair in zip(matrix.sectors, matrix.roles, strict=True)
    ]
    return np.array(numbers, dtype=np.int64)


def figure_sets(
    instrument: Instrument, matrix: AnswerMatrix, settings: ScoringSettings
) -> dict[str, FigureSet]:
    """``release_sets.round_sets`` of the matrix's rows (the same keys, in the same order)."""
    n = matrix.n
    gens = (
        np.array(matrix.generations, dtype=np.int64)
        if matrix.generations
        else np.ones(n, dtype=np.int64)
    )
    cells = _cells(matrix)
    answered = {c: matrix.column(c) >= SCALE_MIN for c in matrix.codes}
    nobody = np.zeros(n, dtype=bool)

    def answered_all(codes: Sequence[str]) -> BoolArray:
        ok = np.ones(n, dtype=bool)
        for c in codes:
            ok &= answered.get(c, nobody)
        return ok

    shown = matrix.shown_before if any(matrix.shown_before) else ()
    labels = cells.tolist()

    def one(codes: Sequence[str]) -> FigureSet:
        figure = figure_set(gens, answered_all(codes), cells, settings)
        # Rule 4 of ``release_sets`` (files upgraded from schema 8 only): the reference's
        # check, over lists (rare, and over the rounds of such files alone).
        if not shown:
            return figure
        each = [answered_all([c]).tolist() for c in codes]
        held = method_changed(figure, each, shown, labels, settings)
        if held is figure:
            return figure
        return replace(
            figure,
            mean=held.mean,
            spread=held.spread,
            held=held.held,
            mean_rows=np.array(held.mean, dtype=bool),
            spread_rows=np.array(held.spread, dtype=bool),
        )

    out: dict[str, FigureSet] = {}
    for dim in instrument.dimensions:
        out[dim.code] = one([i.code for i in dim.items])
    in_dims = {i.code for d in instrument.dimensions for i in d.items}
    for item in instrument.items:
        if item.code not in in_dims:
            out[item.code] = one([item.code])
    out[BALANCE] = one(figure_codes(instrument))
    return out


def rows(figure: FigureSet, tier: str, n: int) -> BoolArray:
    """A figure's ``mean`` or ``spread`` tier as a row mask (kept, or made once)."""
    if isinstance(figure, ArrayFigureSet):
        return figure.mean_rows if tier == "mean" else figure.spread_rows
    members = figure.mean if tier == "mean" else figure.spread
    return np.array(members, dtype=bool) if n else np.zeros(0, dtype=bool)
