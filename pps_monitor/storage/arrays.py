"""A partnership's included answers straight into NumPy arrays (one matrix per round).

The same respondents as ``loading.load_partnership_rounds`` (the release rule of
``release._plan``, applied the same way), in the same order (by respondent key), but
without a dict per respondent: one query per round that returns one row per respondent
(SQLite concatenates their codes and values), the values read as one byte buffer, the
item codes mapped to the columns of the round's instrument once per distinct list of
codes (usually one per round).

numpy is imported here, so nothing on the app's start-up path may import this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from pps_monitor.domain.fast.matrix import ABSENT, DONT_KNOW, AnswerMatrix
from pps_monitor.domain.instrument import Instrument
from pps_monitor.storage.partnerships import Privacy, get_privacy
from pps_monitor.storage.release import (
    EXCLUDED,
    IN_BREAKDOWNS,
    Release,
    _people,
    _plan,
    generations,
    shown_before,
)
from pps_monitor.storage.rounds import round_instrument

if TYPE_CHECKING:
    from sqlite_utils import Database

# One row per respondent of the round: their item codes (in key order, separated by
# CODE_SEP), then SPLIT, then their values in the same order as one digit each ("don't
# know", NULL, as DONT_KNOW). SQLite concatenates, so Python touches a row per
# respondent, not per answer; both lists come from the same scan, so they line up.
CODE_SEP, SPLIT = "\x1f", "\x1d"
ROUND_ANSWER_STRINGS = f"""
    SELECT s.id, (
        SELECT group_concat(a.item_code, char(31)) || char(29)
            || group_concat(COALESCE(a.value, {DONT_KNOW}), '')
        FROM answers a WHERE a.respondent_id = s.id
    )
    FROM respondents s WHERE s.round_id = ?
"""


@dataclass(frozen=True, eq=False)
class RoundArrays:
    """``loading.RoundData`` with an ``AnswerMatrix`` in place of the responses."""

    round: dict[str, Any]
    instrument: Instrument
    matrix: AnswerMatrix
    pending: int = 0
    release: Release | None = None


def _matrix(
    rows: list[tuple[int, str | None]],
    instrument: Instrument,
    people: list[tuple[int, str | None, str | None, int]],
    state: dict[int, int],
    generation: dict[int, int] | None = None,
    shown: dict[int, int] | None = None,
) -> AnswerMatrix:
    """The included respondents' answers (rows in key order, as the reference sorts them).

    A respondent without any answer row is no respondent of the figures (as in loading).
    """
    answered = sorted(
        (key, text) for key, text in rows if text and state.get(key, EXCLUDED) != EXCLUDED
    )
    index = {item.code: j for j, item in enumerate(instrument.items)}
    by_pattern: dict[str, tuple[list[int], list[str]]] = {}
    for row, (_key, text) in enumerate(answered):
        codes, _, values = text.partition(SPLIT)
        entry = by_pattern.setdefault(codes, ([], []))
        entry[0].append(row)
        entry[1].append(values)
    matrix = np.full((len(answered), len(instrument.items)), ABSENT, dtype=np.int8)
    for codes, (row_numbers, digit_strings) in by_pattern.items():
        names = codes.split(CODE_SEP)
        for code in names:  # not in the instrument: kept (unscored), as loading keeps it
            index.setdefault(code, len(index))
        if matrix.shape[1] < len(index):
            wider = np.full((matrix.shape[0], len(index)), ABSENT, dtype=np.int8)
            wider[:, : matrix.shape[1]] = matrix
            matrix = wider
        digits = np.frombuffer("".join(digit_strings).encode("ascii"), dtype=np.uint8)
        block = (digits.reshape(len(row_numbers), len(names)) - ord("0")).astype(np.int8)
        matrix[np.ix_(np.array(row_numbers), np.array([index[c] for c in names]))] = block
    person = {p[0]: p for p in people}
    ids = [key for key, _ in answered]
    in_breakdowns = [state[k] == IN_BREAKDOWNS for k in ids]
    gens = generation or {}
    return AnswerMatrix(
        tuple(index),
        matrix,
        tuple(str(k) for k in ids),
        tuple(person[k][1] for k in ids),
        tuple(person[k][2] for k in ids),
        tuple(in_breakdowns),
        tuple(gens.get(k, 1) for k in ids),
        tuple((shown or {}).get(k, 0) for k in ids),
    )


def round_arrays(
    db: Database, round_row: dict[str, Any], privacy: Privacy, instrument: Instrument | None = None
) -> RoundArrays:
    """One round's included answers as a matrix (see ``loading.load_responses``)."""
    people = _people(db, round_row["id"])
    state, release = _plan(people, privacy)
    instrument = instrument or round_instrument(round_row)
    rows = db.conn.execute(ROUND_ANSWER_STRINGS, [round_row["id"]]).fetchall()
    rid = round_row["id"]
    matrix = _matrix(
        rows, instrument, people, state, generations(db, rid, state), shown_before(db, rid)
    )
    return RoundArrays(round_row, instrument, matrix, release.pending, release)


def load_partnership_arrays(db: Database, partnership_id: str) -> list[RoundArrays]:
    """``loading.load_partnership_rounds`` as answer matrices, in date order."""
    privacy = get_privacy(db, partnership_id)
    rounds = list(
        db.query(
            "SELECT * FROM rounds WHERE partnership_id = ? AND main_round_id IS NULL"
            " ORDER BY date, created_at",
            [partnership_id],
        )
    )
    return [round_arrays(db, r, privacy) for r in rounds]
