"""A partnership's included answers straight into NumPy arrays (one matrix per round).

The same respondents as ``loading.load_partnership_rounds`` (the release rule of
``release._plan``, applied the same way), in the same order (by respondent key), but
without a dict per respondent: one query per round, its three columns turned into
arrays, the item codes mapped to the columns of the round's instrument.

numpy is imported here, so nothing on the app's start-up path may import this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from pps_monitor.domain.fast.matrix import ABSENT, DONT_KNOW, AnswerMatrix
from pps_monitor.domain.instrument import Instrument
from pps_monitor.storage.partnerships import Privacy, get_privacy
from pps_monitor.storage.release import EXCLUDED, IN_BREAKDOWNS, Release, _people, _plan
from pps_monitor.storage.rounds import round_instrument

if TYPE_CHECKING:
    from sqlite_utils import Database

# The round's answers, by respondent; "don't know" (NULL) read as DONT_KNOW.
ROUND_ANSWER_ROWS = f"""
    SELECT a.respondent_id, a.item_code, COALESCE(a.value, {DONT_KNOW})
    FROM respondents s JOIN answers a ON a.respondent_id = s.id
    WHERE s.round_id = ?
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
    rows: list[tuple[int, str, int]],
    instrument: Instrument,
    people: list[tuple[int, str | None, str | None, int]],
    state: dict[int, int],
) -> AnswerMatrix:
    """The included respondents' answers (rows in key order, as the reference sorts them)."""
    index = {item.code: j for j, item in enumerate(instrument.items)}
    if rows:
        key_col, code_col, value_col = zip(*rows, strict=True)
    else:
        key_col, code_col, value_col = (), (), ()
    for code in sorted(set(code_col) - index.keys()):  # not in the instrument: kept, unscored
        index[code] = len(index)
    count = len(rows)
    keys = np.fromiter(key_col, dtype=np.int64, count=count)
    cols = np.fromiter(map(index.__getitem__, code_col), dtype=np.int64, count=count)
    values = np.fromiter(value_col, dtype=np.int8, count=count)
    included = np.array([k for k, s in state.items() if s != EXCLUDED], dtype=np.int64)
    keep = np.isin(keys, included)
    # A respondent without any answer row is no respondent of the figures (as in loading).
    respondents, row = np.unique(keys[keep], return_inverse=True)
    matrix = np.full((len(respondents), len(index)), ABSENT, dtype=np.int8)
    matrix[row, cols[keep]] = values[keep]
    person = {p[0]: p for p in people}
    ids = respondents.tolist()
    in_breakdowns = [state[k] == IN_BREAKDOWNS for k in ids]
    return AnswerMatrix(
        tuple(index),
        matrix,
        tuple(str(k) for k in ids),
        tuple(person[k][1] if b else None for k, b in zip(ids, in_breakdowns, strict=True)),
        tuple(person[k][2] if b else None for k, b in zip(ids, in_breakdowns, strict=True)),
    )


def round_arrays(
    db: Database, round_row: dict[str, Any], privacy: Privacy, instrument: Instrument | None = None
) -> RoundArrays:
    """One round's included answers as a matrix (see ``loading.load_responses``)."""
    people = _people(db, round_row["id"])
    state, release = _plan(people, privacy)
    instrument = instrument or round_instrument(round_row)
    rows = db.conn.execute(ROUND_ANSWER_ROWS, [round_row["id"]]).fetchall()
    matrix = _matrix(rows, instrument, people, state)
    return RoundArrays(round_row, instrument, matrix, release.pending, release)


def load_partnership_arrays(db: Database, partnership_id: str) -> list[RoundArrays]:
    """``loading.load_partnership_rounds`` as answer matrices, in date order."""
    privacy = get_privacy(db, partnership_id)
    rounds = list(
        db.query(
            "SELECT * FROM rounds WHERE partnership_id = ? ORDER BY date, created_at",
            [partnership_id],
        )
    )
    return [round_arrays(db, r, privacy) for r in rounds]
