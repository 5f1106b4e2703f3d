"""An employer's own result, shown to that employer right after answering (issue 17).

The employers' questionnaire is an organisation's self-assessment, not a person's
opinion: each employer sees its own result at once, while the partnership sees the
employers' answers only pooled over at least ``min_breakdown`` employers. Nothing of
this is stored: it is computed from the answers just given, on the screen of the one
who gave them, and gone when they press Done.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pps_monitor.domain.instrument import Dimension, Instrument


@dataclass(frozen=True)
class OwnScore:
    dimension: Dimension
    mean: float | None  # None: every statement of it answered "don't know"
    answered: int  # statements answered (not "don't know")
    statements: int


def own_result(instrument: Instrument, answers: Mapping[str, int | None]) -> list[OwnScore]:
    """Per dimension: the mean of the answers as scored (reverse-worded items as 6 - x)."""
    out = []
    for dim in instrument.dimensions:
        scored = [
            item.scored(value)
            for item in dim.items
            if (value := answers.get(item.code)) is not None
        ]
        mean = sum(scored) / len(scored) if scored else None
        out.append(OwnScore(dim, mean, len(scored), len(dim.items)))
    return out
