"""A round's answers as one integer matrix (respondents x item codes)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from pps_monitor.domain.instrument import SCALE_MAX, SCALE_MIN
from pps_monitor.domain.model import (
    Response,
)

DONT_KNOW = 0  # matrix cell: asked, answered "don't know" (None in ``Response.answers``)
ABSENT = -1  # matrix cell: no answer stored for this item (key missing in ``answers``)
REVERSE_SUM = SCALE_MAX + SCALE_MIN  # a reverse-worded item scores 6 - x

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, eq=False)
class AnswerMatrix:
    """A round's included answers: one row per respondent, one column per item code.

    Rows are in the order the reference receives its responses (``storage`` sorts them by
    respondent key), because the order of the scores tuples and of float sums follows it.
    Cells: 1..5 an answer, ``DONT_KNOW`` (0), ``ABSENT`` (-1).
    """

    codes: tuple[str, ...]
    values: npt.NDArray[np.int8]
    respondent_ids: tuple[str, ...] = ()
    sectors: tuple[str | None, ...] = ()
    roles: tuple[str | None, ...] = ()
    # False for a late answer counted in the round's figures only (no spread, no cell);
    # empty means every row is in the breakdowns.
    in_breakdowns: tuple[bool, ...] = ()
    # The release generation of each row (``Response.generation``); empty: all 1.
    generations: tuple[int, ...] = ()
    # ``Response.shown_before`` of each row; empty: all 0.
    shown_before: tuple[int, ...] = ()
    _index: dict[str, int] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update((c, i) for i, c in enumerate(self.codes))

    @property
    def n(self) -> int:
        return int(self.values.shape[0])

    def spread_rows(self) -> BoolArray | None:
        """The rows in spread figures (``Response.in_breakdowns``); None when all are."""
        if all(self.in_breakdowns):  # also when empty: every row is
            return None
        return np.array(self.in_breakdowns, dtype=bool)

    def column(self, code: str) -> npt.NDArray[np.int8]:
        """The column of an item (all ``ABSENT`` when no respondent has it)."""
        i = self._index.get(code)
        if i is None:
            return np.full(self.n, ABSENT, dtype=np.int8)
        return self.values[:, i]

    @classmethod
    def from_responses(cls, responses: Sequence[Response]) -> AnswerMatrix:
        """The matrix of reference ``Response`` objects (tests, and callers that have them)."""
        index: dict[str, int] = {}
        for r in responses:
            for code in r.answers:
                index.setdefault(code, len(index))
        values = np.full((len(responses), len(index)), ABSENT, dtype=np.int8)
        for row, r in enumerate(responses):
            for code, v in r.answers.items():
                values[row, index[code]] = DONT_KNOW if v is None else v
        return cls(
            tuple(index),
            values,
            tuple(r.respondent_id for r in responses),
            tuple(r.sector for r in responses),
            tuple(r.role for r in responses),
            tuple(r.in_breakdowns for r in responses),
            tuple(r.generation for r in responses),
            tuple(r.shown_before for r in responses),
        )

    def responses(self) -> list[Response]:
        """The reference ``Response`` objects of these rows (for breakdowns and exports)."""
        out = []
        codes = self.codes
        joined = self.in_breakdowns or (True,) * self.n
        generations = self.generations or (1,) * self.n
        shown = self.shown_before or (0,) * self.n
        for row, rid, sector, role, joins, gen, before in zip(
            self.values.tolist(),
            self.respondent_ids,
            self.sectors,
            self.roles,
            joined,
            generations,
            shown,
            strict=True,
        ):
            answers: dict[str, int | None] = {
                c: (None if v == DONT_KNOW else v)
                for c, v in zip(codes, row, strict=True)
                if v != ABSENT
            }
            out.append(
                Response(
                    rid,
                    answers,
                    sector,
                    role,
                    in_breakdowns=joins,
                    generation=gen,
                    shown_before=before,
                )
            )
        return out
