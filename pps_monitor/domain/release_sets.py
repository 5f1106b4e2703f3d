"""Which respondents each figure of a round holds (issue 11, the "don't know" leak).

Three rules, one place (both scorings and the breakdowns ask here):

1. **Complete cases.** A respondent counts in a dimension only when they answered every
   statement of it (no "don't know"); every item figure of the dimension is over exactly
   the same respondents. A risk item (or an item in no dimension) counts those who
   answered it. The "don't know" counts are counts over the whole round.
2. **Each figure moves only by k.** Respondents carry the release *generation* (the
   batch) in which they joined the round's figures. A figure's set is walked over the
   generations, oldest first: it moves to "every eligible respondent up to generation g"
   only when that adds at least ``k`` eligible respondents to its last set, and otherwise
   keeps its previous set. The mean tier (mean, n, band) walks with ``min_round``.
3. **Spread and breakdowns** (SD, median, answer distribution, agreement, alpha, change
   and trend tests, sector and role cells) use the spread tier: it takes a set the mean
   tier has held, the first time at once, later only when, in each move of the mean tier
   it adds, every sector x role cell gains at least ``min_breakdown`` (or nothing). Each
   such move was shown as a whole; a cell that took a part of one would, minus that
   whole, isolate the rest (found by the attacker with late batches). So between two
   releases every figure, and every breakdown cell, changes by nothing or by at least
   its k, and no cell cuts a released batch into a smaller group.

4. **Shown by the old method** (a file upgraded from schema 8, migration m010): there
   every answer counted per statement. A figure whose set now differs from a set it was
   shown over then (per statement, and over all of them; the breakdowns per sector x
   role cell) by 1 to k-1 people is held back (``held``: ``METHOD_CHANGED``), mean and
   spread tier, until release batches move it by at least k (``method_changed``).

Figures over several dimensions (coordination groups, the balance) are computed from
the dimension figures only (``groups``); the balance interval's width uses its own set
(``BALANCE``: complete on every dimension of both groups, walked as a spread tier).

Everything is a pure function of (generation, eligibility, sector, role) per respondent.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace

from pps_monitor.domain.groups import CONTRACT_GROUP, RELATIONAL_GROUP
from pps_monitor.domain.instrument import Instrument
from pps_monitor.domain.model import Response, ScoringSettings

BALANCE = "__balance__"  # key of the balance interval's set in ``round_sets``
METHOD_CHANGED = "method_changed"  # ``FigureSet.held``: see rule 4 of the docstring
SPREAD_HELD = "method_changed_spread"  # ``FigureSet.held``: the spread tier alone


@dataclass(frozen=True)
class FigureSet:
    """Per respondent (in the order given): in the figure's mean tier, in its spread tier."""

    mean: tuple[bool, ...]
    spread: tuple[bool, ...]
    eligible: int  # included respondents who may count (answered every statement)
    incomplete: int  # included respondents who may not ("don't know" to at least one)
    # Per respondent: which move of the mean tier brought them in (0 the first; -1 none).
    # Each move was shown as a whole, so breakdown cells are checked against them.
    block: tuple[int, ...] = ()
    # Why the figure is held back although it has members (None: it is not): with
    # ``METHOD_CHANGED`` both tiers are empty, with ``SPREAD_HELD`` the spread tier.
    held: str | None = None

    @property
    def n(self) -> int:
        return sum(self.mean)

    @property
    def waiting(self) -> int:
        """Eligible respondents not yet in the figure: their batch adds fewer than k
        (0 while the whole figure is held back: ``held_n`` counts them then)."""
        return 0 if self.held == METHOD_CHANGED else self.eligible - self.n

    @property
    def held_n(self) -> int:
        """Eligible respondents of a figure held back as a whole (``METHOD_CHANGED``)."""
        return self.eligible if self.held == METHOD_CHANGED else 0


def mean_bound(generations: Sequence[int], eligible: Sequence[bool], k: int) -> int | None:
    """The generation up to which the mean tier holds the eligible respondents (None:
    nobody yet). It moves to g only when that adds at least ``k`` eligible respondents."""
    bound, held = None, 0
    for g in sorted({g for g, ok in zip(generations, eligible, strict=True) if ok}):
        count = sum(1 for h, ok in zip(generations, eligible, strict=True) if ok and h <= g)
        if count - held >= k:
            bound, held = g, count
    return bound


def _per_generation(
    generations: Sequence[int],
    eligible: Sequence[bool],
    labels: Sequence[tuple[str | None, str | None]],
) -> tuple[list[int], dict[int, int], dict[int, Counter[tuple[str | None, str | None]]]]:
    """The generations with eligible respondents (in order), how many each holds, and
    their sector x role cells."""
    counts: dict[int, int] = {}
    cells: dict[int, Counter[tuple[str | None, str | None]]] = {}
    for j, (g, ok) in enumerate(zip(generations, eligible, strict=True)):
        if ok:
            counts[g] = counts.get(g, 0) + 1
            if len(labels):
                if g not in cells:
                    cells[g] = Counter()
                cells[g][labels[j]] += 1
    return sorted(counts), counts, cells


def _bounds(
    generations: Sequence[int],
    eligible: Sequence[bool],
    labels: Sequence[tuple[str | None, str | None]],
    k_round: int,
    k_breakdown: int,
) -> tuple[int | None, int | None]:
    """The mean tier's and the spread tier's bounds after the last generation."""
    mean_b: int | None = None
    spread_b: int | None = None
    held = count = 0
    blocks: list[tuple[int, int]] = []  # (after, up to): the mean tier's moves, in order
    gens, counts, cells = _per_generation(generations, eligible, labels)
    for g in gens:
        count += counts[g]
        if count - held >= k_round:
            blocks.append((mean_b if mean_b is not None else min(generations) - 1, g))
            mean_b, held = g, count
        if mean_b is None or mean_b == spread_b:
            continue
        if spread_b is None:  # its first set: at once (cells are checked within a release)
            spread_b = mean_b
            continue
        # Every mean-tier move since was shown as a whole: each sector x role cell of each
        # of them must gain min_breakdown (or nothing), else a cell minus a whole shown
        # before isolates fewer people.
        joins = all(
            n >= k_breakdown
            for lo, hi in blocks
            if lo >= spread_b
            for n in sum((cells[h] for h in gens if lo < h <= hi), Counter()).values()
        )
        if joins:
            spread_b = mean_b
    return mean_b, spread_b


def figure_set(
    generations: Sequence[int],
    eligible: Sequence[bool],
    labels: Sequence[tuple[str | None, str | None]],
    settings: ScoringSettings,
) -> FigureSet:
    """One figure's members now (see the module docstring)."""
    mean_b, spread_b = _bounds(
        generations, eligible, labels, settings.min_round, settings.min_breakdown
    )
    pairs = list(zip(generations, eligible, strict=True))
    moves = _mean_moves(generations, eligible, settings.min_round)
    return FigureSet(
        mean=tuple(ok and mean_b is not None and g <= mean_b for g, ok in pairs),
        spread=tuple(ok and spread_b is not None and g <= spread_b for g, ok in pairs),
        eligible=sum(eligible),
        incomplete=len(eligible) - sum(eligible),
        block=tuple(
            (j if (j := bisect_left(moves, g)) < len(moves) else -1) if ok else -1
            for g, ok in pairs
        ),
    )


def _mean_moves(generations: Sequence[int], eligible: Sequence[bool], k: int) -> list[int]:
    """The generations at which the mean tier moved, in order."""
    moves: list[int] = []
    held = count = 0
    gens, counts, _ = _per_generation(generations, eligible, ())
    for g in gens:
        count += counts[g]
        if count - held >= k:
            moves.append(g)
            held = count
    return moves


def _differ(old: Sequence[bool], new: Sequence[bool]) -> int:
    return sum(1 for a, b in zip(old, new, strict=True) if a != b)


def method_changed(
    figure: FigureSet,
    answered: Sequence[Sequence[bool]],
    shown: Sequence[int],
    labels: Sequence[Hashable],
    settings: ScoringSettings,
) -> FigureSet:
    """The figure, held back where it moved by 1..k-1 people from what the old method
    showed (rule 4; the figure as it is when nothing was shown by it).

    ``answered``: per statement of the figure, who answered it (1..5); ``shown``: per
    respondent ``Response.shown_before`` (0 none, 1 the round's figures, 2 the
    breakdowns too). The old method showed each statement over those who answered it,
    and the figure over those who answered any. Each of these sets is held against the
    mean tier (equal, or ``min_round`` apart; else the whole figure is held back), and
    against the spread tier (``min_round``) and its sector x role cells
    (``min_breakdown``; else the spread tier alone: SD, median, agreement, breakdowns).
    """
    if not any(shown):
        return figure
    anyone = [any(column) for column in zip(*answered, strict=True)]
    cells = sorted(set(labels), key=repr)
    spread_moved = False
    for ans in [*answered, anyone]:
        in_round = [s >= 1 and a for s, a in zip(shown, ans, strict=True)]
        if 0 < _differ(in_round, figure.mean) < settings.min_round:
            none = tuple(False for _ in figure.mean)
            return replace(figure, mean=none, spread=none, held=METHOD_CHANGED)
        spread_moved = spread_moved or 0 < _differ(in_round, figure.spread) < settings.min_round
        in_cells = [s == 2 and a for s, a in zip(shown, ans, strict=True)]
        for cell in cells:
            rows = [j for j, label in enumerate(labels) if label == cell]
            moved = _differ([in_cells[j] for j in rows], [figure.spread[j] for j in rows])
            spread_moved = spread_moved or 0 < moved < settings.min_breakdown
    if spread_moved:
        return replace(figure, spread=tuple(False for _ in figure.spread), held=SPREAD_HELD)
    return figure


def complete(responses: Sequence[Response], codes: Sequence[str]) -> list[bool]:
    """Who answered every one of ``codes`` (1..5, no "don't know", none missing)."""
    return [all(r.answers.get(c) is not None for c in codes) for r in responses]


def round_sets(
    instrument: Instrument, responses: Sequence[Response], settings: ScoringSettings
) -> dict[str, FigureSet]:
    """Per dimension code, risk code, code of an item in no dimension, and ``BALANCE``."""
    return sets_of(
        instrument,
        lambda codes: complete(responses, codes),
        [r.generation for r in responses],
        [(r.sector, r.role) for r in responses],
        settings,
        [r.shown_before for r in responses],
    )


def sets_of(
    instrument: Instrument,
    answered_all: Callable[[Sequence[str]], Sequence[bool]],
    generations: Sequence[int],
    labels: Sequence[tuple[str | None, str | None]],
    settings: ScoringSettings,
    shown: Sequence[int] = (),
) -> dict[str, FigureSet]:
    """``round_sets`` for any representation of the answers: ``answered_all(codes)``
    says per respondent whether they answered every one of ``codes``; ``shown``: per
    respondent ``Response.shown_before`` (empty: nobody was shown by the old method)."""
    old = any(shown)

    def one(codes: Sequence[str]) -> FigureSet:
        figure = figure_set(generations, answered_all(codes), labels, settings)
        if not old:
            return figure
        each = [answered_all([c]) for c in codes]
        return method_changed(figure, each, shown, labels, settings)

    out: dict[str, FigureSet] = {}
    for dim in instrument.dimensions:
        out[dim.code] = one([i.code for i in dim.items])
    in_dims = {i.code for d in instrument.dimensions for i in d.items}
    for item in instrument.items:
        if item.code not in in_dims:
            out[item.code] = one([item.code])
    out[BALANCE] = one(figure_codes(instrument))
    return out


def figure_codes(instrument: Instrument) -> list[str]:
    """The statements of the balance interval's set (both coordination groups)."""
    return [
        i.code
        for g in instrument.groups
        if g.code in (CONTRACT_GROUP, RELATIONAL_GROUP)
        for d in g.dimensions
        for i in d.items
    ]


def set_of_item(instrument: Instrument, code: str) -> str:
    """The key in ``round_sets`` whose members an item's figures are over."""
    item = instrument.item_by_code[code]
    return item.dimension if item.dimension is not None else code


# --- keeping no more batch structure than the figures need (issue 11, F3) ------------


def _state(sets: dict[str, FigureSet]) -> tuple[tuple[object, ...], ...]:
    """What the stored generations must keep for every figure: its mean tier, its spread
    tier, and how the spread tier falls into the mean tier's moves (the wholes shown
    before, which the breakdowns are checked against), as a partition.

    Together these fix every figure now and at every later release: the mean tier then
    moves on from its count, and a spread tier that lags behind its mean tier never
    moves again (a move it skipped has a cell under ``min_breakdown`` for good)."""
    out = []
    for key in sorted(sets):
        figure = sets[key]
        blocks = [b for b, inside in zip(figure.block, figure.spread, strict=True) if inside]
        order = sorted(set(blocks))
        out.append((key, figure.mean, figure.spread, tuple(order.index(b) for b in blocks)))
    return tuple(out)


def compact_generations(
    instrument: Instrument,
    answered_all: Callable[[Sequence[str]], Sequence[bool]],
    generations: Sequence[int],
    labels: Sequence[tuple[str | None, str | None]],
    settings: ScoringSettings,
) -> list[int]:
    """The fewest generations, numbered 1, 2, ..., that leave every figure as it is.

    A stored generation marks the batch in which a respondent's answers came in; kept
    forever it would, beside sector and role, single out a late answer for whoever
    reads the database file. Two neighbouring generations are merged whenever no figure
    of the round (mean tier, spread tier, the moves the breakdowns are checked against)
    tells them apart, now or at any later release (``_state``). Returns each
    respondent's new generation, in the order given.
    """
    current = list(generations)
    known: dict[tuple[str, ...], Sequence[bool]] = {}

    def once(codes: Sequence[str]) -> Sequence[bool]:  # who may count does not change
        key = tuple(codes)
        if key not in known:
            known[key] = answered_all(codes)
        return known[key]

    def state(gens: Sequence[int]) -> tuple[tuple[object, ...], ...]:
        # Without ``shown``: a figure held back for the old method (rule 4) is decided by
        # its tiers, the answers and ``shown_before`` alone, none of which a merge that
        # keeps the tiers changes.
        return _state(sets_of(instrument, once, gens, labels, settings))

    target = state(current)
    distinct = sorted(set(current))
    for old, new in itertools.pairwise(distinct):
        trial = [new if g == old else g for g in current]
        if state(trial) == target:
            current = trial
    rank = {g: j + 1 for j, g in enumerate(sorted(set(current)))}
    return [rank[g] for g in current]
