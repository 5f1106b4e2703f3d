"""``analysis.partnership_results`` on NumPy arrays (issue 15, vectorised scoring).

The same ``RoundResult`` list, with the same ``RoundScores`` (bit for bit, see
``domain.fast``), from one answer matrix per round instead of a dict per respondent.
``responses`` is built from the matrix only when a caller reads it (the breakdowns do;
the scores do not), and each result carries the per-respondent dimension arrays so a
breakdown or report can share them instead of computing them again.

numpy is imported when this module is, so the app must import it lazily (after the
first paint), as it does ``analysis``'s callers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, SupportsIndex, overload

from pps_monitor.analysis import RoundResult
from pps_monitor.domain.fast import AnswerMatrix, score_rounds_arrays
from pps_monitor.domain.fast.figures import DimensionArrays
from pps_monitor.domain.scoring import DEFAULT_SETTINGS, Response, ScoringSettings
from pps_monitor.storage.arrays import load_partnership_arrays

if TYPE_CHECKING:
    from sqlite_utils import Database


class LazyResponses(list[Response]):
    """The reference ``Response`` list of a matrix, built on first use (then a plain list)."""

    def __init__(self, matrix: AnswerMatrix) -> None:
        super().__init__()
        self._matrix: AnswerMatrix | None = matrix

    def _fill(self) -> None:
        if self._matrix is not None:
            matrix, self._matrix = self._matrix, None
            super().extend(matrix.responses())

    def __len__(self) -> int:
        return self._matrix.n if self._matrix is not None else super().__len__()

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[Response]:
        self._fill()
        return super().__iter__()

    def __reversed__(self) -> Iterator[Response]:
        self._fill()
        return super().__reversed__()

    @overload
    def __getitem__(self, i: SupportsIndex) -> Response: ...
    @overload
    def __getitem__(self, i: slice) -> list[Response]: ...
    def __getitem__(self, i: SupportsIndex | slice) -> Response | list[Response]:
        self._fill()
        return super().__getitem__(i)

    def __contains__(self, item: object) -> bool:
        self._fill()
        return super().__contains__(item)

    def __eq__(self, other: object) -> bool:
        self._fill()
        return super().__eq__(other)

    __hash__ = None

    def __repr__(self) -> str:
        self._fill()
        return super().__repr__()


@dataclass(frozen=True)
class VectorRoundResult(RoundResult):
    """A ``RoundResult`` that also holds its answer matrix and per-respondent arrays."""

    matrix: AnswerMatrix | None = field(default=None, repr=False, compare=False)
    per_respondent: dict[str, DimensionArrays] = field(
        default_factory=dict, repr=False, compare=False
    )


def partnership_results(
    db: Database, partnership_id: str, settings: ScoringSettings = DEFAULT_SETTINGS
) -> list[RoundResult]:
    """Every round of the partnership, scored, in date order (as ``analysis``'s)."""
    data = load_partnership_arrays(db, partnership_id)
    scored = score_rounds_arrays([(d.instrument, d.matrix) for d in data], settings)
    out: list[RoundResult] = []
    for d, v in zip(data, scored, strict=True):
        row: dict[str, Any] = d.round
        out.append(
            VectorRoundResult(
                row, d.instrument, LazyResponses(d.matrix), v.scores, d.matrix, v.per_respondent
            )
        )
    return out
