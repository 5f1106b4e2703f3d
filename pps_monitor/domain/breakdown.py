"""Scores broken down by sector or role, without exposing small groups.

A group smaller than ``min_breakdown`` (or ``min_group`` when that is larger) is
hidden. Because the overall score is shown too, hiding one group is not enough: it
could be recovered as the total minus the visible groups. So while the hidden groups
together hold fewer than that minimum, the smallest visible group is hidden as well.
A late answer not yet in the breakdowns (``Response.in_breakdowns`` False) is in no
cell. Sector and role shown together, and every release over time, are checked by the
attacker suite (tests/privacy/test_attacker.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pps_monitor.domain import stats
from pps_monitor.domain.instrument import Instrument
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


def group_order(by: str) -> tuple[str, ...]:
    return (*(SECTORS if by == "sector" else ROLES), UNKNOWN)


def breakdown(
    instrument: Instrument,
    responses: Sequence[Response],
    by: str,
    settings: ScoringSettings = DEFAULT_SETTINGS,
) -> list[DimensionBreakdown]:
    """Per dimension, the score of each sector (``by="sector"``) or role (``by="role"``)."""
    if by not in ("sector", "role"):
        raise ValueError("by must be 'sector' or 'role'")
    # A late answer not yet in the breakdowns (``in_breakdowns`` False) is in no cell:
    # its batch is smaller than min_breakdown, so a cell holding it would change by
    # fewer than min_breakdown people between two releases.
    labels = [(getattr(r, by) or UNKNOWN) if r.in_breakdowns else None for r in responses]
    floor = max(settings.min_group, settings.min_breakdown)  # a cell needs min_breakdown
    per_respondent = respondent_dimension_scores(instrument, responses)
    order = group_order(by)
    out = []
    for dim in instrument.dimensions:
        by_group: dict[str, list[float]] = {}
        for label, score in zip(labels, per_respondent[dim.code], strict=True):
            if score is not None and label is not None:
                by_group.setdefault(label, []).append(score)
        hidden = suppressed_groups({g: len(v) for g, v in by_group.items()}, floor)
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
