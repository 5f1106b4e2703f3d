"""Scores broken down by sector or role, without exposing small groups.

A group smaller than ``min_breakdown`` (or ``min_group`` when that is larger) is
hidden. Because the overall score is shown too, hiding one group is not enough: it
could be recovered as the total minus the visible groups. So while the hidden groups
together hold fewer than that minimum, the smallest visible group is hidden as well.
Each dimension is broken down over its own members (``release_sets``): complete cases,
the whole its mean tier, the cells its spread tier; those in the whole but in no cell
are a hidden group too. Sector and role shown together, and every release over time,
are checked by the attacker suite (tests/privacy/test_attacker.py).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Any

from pps_monitor.domain import stats
from pps_monitor.domain.instrument import Instrument
from pps_monitor.domain.release_sets import round_sets
from pps_monitor.domain.scoring import (
    DEFAULT_SETTINGS,
    Response,
    ScoringSettings,
    respondent_dimension_scores,
)
from pps_monitor.domain.vocabulary import ROLES, SECTORS

UNKNOWN = "unknown"  # respondent did not say; still a group that could be recovered


@dataclass(frozen=True)
class Cell:
    group: str
    hidden: bool
    n: int | None  # None when hidden
    mean: float | None  # None when hidden
    sd: float | None


@dataclass(frozen=True)
class DimensionBreakdown:
    code: str
    cells: list[Cell]

    def visible(self, group: str) -> Cell | None:
        cell = next((c for c in self.cells if c.group == group), None)
        return cell if cell and not cell.hidden else None


def suppressed_groups(sizes: dict[str, int], min_group: int) -> set[str]:
    """Which groups to hide so that no group of fewer than min_group can be read or derived."""
    present = {g: n for g, n in sizes.items() if n > 0}
    hidden = {g for g, n in present.items() if n < min_group}
    while hidden and sum(present[g] for g in hidden) < min_group:
        visible = sorted((n, g) for g, n in present.items() if g not in hidden)
        if not visible:
            break
        hidden.add(visible[0][1])
    return hidden


def _rank(rows: list[list[int]]) -> int:
    """Rank of a small 0/1 matrix, exactly (Gaussian elimination over fractions)."""
    m = [[Fraction(v) for v in row] for row in rows]
    rank, cols = 0, len(m[0]) if m else 0
    for c in range(cols):
        pivot = next((r for r in range(rank, len(m)) if m[r][c] != 0), None)
        if pivot is None:
            continue
        m[rank], m[pivot] = m[pivot], m[rank]
        for r in range(len(m)):
            if r != rank and m[r][c] != 0:
                f = m[r][c] / m[rank][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[rank], strict=True)]
        rank += 1
    return rank


def joint_hidden(labels: Sequence[tuple[str | None, ...]], floor: int) -> list[set[str]]:
    """Hidden cells of several breakdowns shown together with the whole.

    ``labels``: per respondent, their cell in each breakdown (None: in no cell, but in
    the whole). Each breakdown first hides its small cells and their complement
    (``suppressed_groups``); then, while some combination of the shown figures (the
    whole, the visible cells of every breakdown: their differences, sector minus role
    and so on) is a sum over fewer than ``floor`` respondents, the smallest visible
    cell that holds some of them is hidden too. The combinations are found exactly: on
    the cross-table "atoms" (respondents with the same cell in every breakdown), a set
    S of atoms is derivable when leaving S out lowers the rank of the shown figures.
    """
    atoms: dict[tuple[str | None, ...], int] = {}
    for lab in labels:
        atoms[tuple(lab)] = atoms.get(tuple(lab), 0) + 1
    ways = len(labels[0]) if labels else 0
    return [set(h) for h in _joint_hidden(tuple(sorted(atoms.items(), key=repr)), ways, floor)]


@lru_cache(maxsize=256)
def _joint_hidden(
    atom_sizes: tuple[tuple[tuple[str | None, ...], int], ...], ways: int, floor: int
) -> tuple[frozenset[str], ...]:
    """``joint_hidden`` on the cross-table (the same for every dimension answered alike)."""
    labels = [atom for atom, n in atom_sizes for _ in range(n)]
    hidden = [_own_hidden(labels, w, floor) for w in range(ways)]
    atoms: dict[tuple[str | None, ...], int] = {}
    for lab in labels:
        atoms[tuple(lab)] = atoms.get(tuple(lab), 0) + 1
    keys = list(atoms)
    small = [k for k in keys if atoms[k] < floor]
    while True:
        rows, cells = _shown_rows(keys, ways, hidden)
        leak = _derivable_small(rows, keys, small, atoms, floor, _rank(rows))
        if leak is None:
            return tuple(frozenset(h) for h in hidden)
        # Hide the smallest visible cell holding some of them; when none does (they
        # are reached through complements), the smallest visible cell of any breakdown.
        sized = [(sum(atoms[k] for k in keys if k[w] == g), w, g) for w, g in cells]
        touching = [c for c in sized if any(k[c[1]] == c[2] for k in leak)]
        if not sized:  # only the whole is left: it has its own floor
            return tuple(frozenset(h) for h in hidden)
        _, w, g = min(touching or sized)
        hidden[w].add(g)


def _own_hidden(labels: list[tuple[str | None, ...]], way: int, floor: int) -> set[str]:
    """One breakdown's small cells and their complement, on its own."""
    sizes: dict[str, int] = {}
    for lab in labels:
        if (cell := lab[way]) is not None:
            sizes[cell] = sizes.get(cell, 0) + 1
    return suppressed_groups(sizes, floor)


def _shown_rows(
    keys: list[tuple[str | None, ...]], ways: int, hidden: list[set[str]]
) -> tuple[list[list[int]], list[tuple[int, str]]]:
    """The shown figures as rows over the atoms: the whole, then every visible cell."""
    rows = [[1] * len(keys)]
    cells: list[tuple[int, str]] = []
    for w in range(ways):
        for group in sorted({g for k in keys if (g := k[w]) is not None} - hidden[w]):
            rows.append([1 if k[w] == group else 0 for k in keys])
            cells.append((w, group))
    return rows, cells


def _derivable_small(
    rows: list[list[int]],
    keys: list[tuple[str | None, ...]],
    small: list[tuple[str | None, ...]],
    atoms: dict[tuple[str | None, ...], int],
    floor: int,
    full: int,
) -> set[tuple[str | None, ...]] | None:
    for size in range(1, len(small) + 1):
        for combo in itertools.combinations(small, size):
            if sum(atoms[k] for k in combo) >= floor:
                continue
            keep = [j for j, k in enumerate(keys) if k not in combo]
            if _rank([[row[j] for j in keep] for row in rows]) < full:
                return set(combo)
    return None


def _hidden_cells(
    joint: list[tuple[Any, ...]], sizes: dict[str, int], whole: int, floor: int
) -> set[str]:
    """The hidden cells of the first breakdown in ``joint`` (its members: the spread tier;
    each label tuple ends with the respondent's mean-tier block, ``FigureSet.block``).

    First ``joint_hidden`` on the spread tier alone: which cells may be shown depends only
    on that set, so while it does not move the same cells are shown at every release
    (were the respondents of the mean tier who are in no cell counted in, a cell could
    appear once more of them arrived, and be subtracted from a whole shown before). Then
    cells are hidden while, with the wholes shown at each earlier release (the blocks), a
    combination isolates a group smaller than ``floor`` that the wholes alone do not
    (``history_hidden``), and while the whole minus the shown cells is 1 .. floor - 1.
    """
    labels = [lab[:-1] for lab in joint]
    hidden = [set(h) for h in joint_hidden(labels, floor)] if joint else []
    if joint and len({lab[-1] for lab in joint}) > 1:
        hidden = history_hidden(joint, hidden, floor)
    first = hidden[0] if hidden else set()
    while True:
        shown = sorted((n, g) for g, n in sizes.items() if g not in first)
        rest = whole - sum(n for n, _ in shown)
        if not shown or rest == 0 or rest >= floor:
            return first
        first.add(shown[0][1])


def _support_rank(rows: list[list[int]], keep: list[int]) -> int:
    return _rank([[row[j] for j in keep] for row in rows]) if rows and keep else 0


def history_hidden(
    joint: list[tuple[Any, ...]], hidden: list[set[str]], floor: int
) -> list[set[str]]:
    """More hidden cells so that, with the blocks (the last label of each tuple: the
    wholes shown at earlier releases) as known sums, no combination of the shown cells
    isolates a group of fewer than ``floor`` that the blocks alone do not: for a set S of
    small atoms, the shown figures holding a combination supported on S must not exceed
    those of the blocks alone."""
    atoms = Counter(joint)
    keys = sorted(atoms, key=repr)
    ways = len(joint[0]) - 1
    fixed = [[int(k[-1] == b) for k in keys] for b in sorted({k[-1] for k in keys})]
    while True:
        cells = _visible_cells(keys, ways, hidden)
        rows = fixed + [[int(k[w] == g) for k in keys] for w, g in cells]
        leak = _history_leak(rows, fixed, keys, atoms, floor)
        if leak is None or not cells:
            return hidden
        _, w, g = _cell_to_hide(cells, keys, atoms, leak)
        hidden[w].add(g)


def _visible_cells(
    keys: list[tuple[Any, ...]], ways: int, hidden: list[set[str]]
) -> list[tuple[int, str]]:
    return [(w, g) for w in range(ways) for g in sorted({k[w] for k in keys} - hidden[w])]


def _cell_to_hide(
    cells: list[tuple[int, str]],
    keys: list[tuple[Any, ...]],
    atoms: Counter[tuple[Any, ...]],
    leak: set[tuple[Any, ...]],
) -> tuple[int, int, str]:
    """The smallest visible cell holding some of the leak (else the smallest of all)."""
    sized = [(sum(atoms[k] for k in keys if k[w] == g), w, g) for w, g in cells]
    touching = [c for c in sized if any(k[c[1]] == c[2] for k in leak)]
    return min(touching or sized)


def _history_leak(
    rows: list[list[int]],
    fixed: list[list[int]],
    keys: list[tuple[Any, ...]],
    atoms: Counter[tuple[Any, ...]],
    floor: int,
) -> set[tuple[Any, ...]] | None:
    """Small atoms on which the shown figures hold more combinations than the blocks."""
    small = [k for k in keys if atoms[k] < floor]
    full_a, full_f = _rank(rows), _rank(fixed)
    for size in range(1, len(small) + 1):
        for combo in itertools.combinations(small, size):
            if sum(atoms[k] for k in combo) >= floor:
                continue
            keep = [j for j, k in enumerate(keys) if k not in combo]
            gained = full_a - _support_rank(rows, keep)
            if gained > full_f - _support_rank(fixed, keep):
                return set(combo)
    return None


def group_order(by: str) -> tuple[str, ...]:
    return (*(SECTORS if by == "sector" else ROLES), UNKNOWN)


def breakdown(
    instrument: Instrument,
    responses: Sequence[Response],
    by: str,
    settings: ScoringSettings = DEFAULT_SETTINGS,
    together: Sequence[str] = ("sector", "role"),
) -> list[DimensionBreakdown]:
    """Per dimension, the score of each sector (``by="sector"``) or role (``by="role"``).

    ``together``: the breakdowns that may be shown beside this one (default both); the
    hidden cells are chosen for all of them at once (``joint_hidden``), so that no
    difference between a sector and a role cell isolates a small group.
    """
    if by not in ("sector", "role"):
        raise ValueError("by must be 'sector' or 'role'")
    ways = list(dict.fromkeys([by, *together]))
    floor = max(settings.min_group, settings.min_breakdown)  # a cell needs min_breakdown
    per_respondent = respondent_dimension_scores(instrument, responses)
    sets = round_sets(instrument, responses, settings)
    order = group_order(by)
    out = []
    for dim in instrument.dimensions:
        figure = sets[dim.code]
        by_group: dict[str, list[float]] = {}
        joint: list[tuple[Any, ...]] = []
        whole = 0
        # The whole is the dimension's mean tier; the cells are over its spread tier (which
        # moves only when every sector x role cell it adds to gains min_breakdown).
        blocks = figure.block or (0,) * len(responses)
        for r, score, in_whole, in_cell, block in zip(
            responses, per_respondent[dim.code], figure.mean, figure.spread, blocks, strict=True
        ):
            if score is None or not in_whole:
                continue
            whole += 1
            if in_cell:
                by_group.setdefault(getattr(r, by) or UNKNOWN, []).append(score)
                joint.append((*(getattr(r, w) or UNKNOWN for w in ways), block))
        hidden = _hidden_cells(joint, {g: len(v) for g, v in by_group.items()}, whole, floor)
        if figure.held is not None:  # held back (``release_sets`` rule 4): every cell
            by_group = {getattr(r, by) or UNKNOWN: [] for r in responses}
            hidden = set(by_group)
        cells = []
        for group in sorted(by_group, key=lambda g: order.index(g) if g in order else len(order)):
            scores = by_group[group]
            if group in hidden:
                cells.append(Cell(group, True, None, None, None))
            else:
                cells.append(Cell(group, False, len(scores), stats.mean(scores), stats.sd(scores)))
        out.append(DimensionBreakdown(dim.code, cells))
    return out


@dataclass(frozen=True)
class Gap:
    code: str
    public_mean: float
    private_mean: float
    public_n: int
    private_n: int

    @property
    def gap(self) -> float:
        """Private minus public."""
        return self.private_mean - self.public_mean


def largest_gaps(rows: Sequence[DimensionBreakdown], count: int = 3) -> list[Gap]:
    """Dimensions where visible public and private scores differ most."""
    gaps = []
    for row in rows:
        pub, priv = row.visible("public"), row.visible("private")
        if pub and priv and pub.mean is not None and priv.mean is not None:
            gaps.append(Gap(row.code, pub.mean, priv.mean, pub.n or 0, priv.n or 0))
    gaps.sort(key=lambda g: (-abs(g.gap), g.code))
    return gaps[:count]
