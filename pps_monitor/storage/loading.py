"""Reading what a round's figures may include: responses, rounds and comments.

Split from ``responses.py`` (which re-exports these names).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.instrument import Instrument
from pps_monitor.domain.scoring import Response
from pps_monitor.storage.partnerships import Privacy, get_privacy
from pps_monitor.storage.release import (
    EXCLUDED,
    IN_BREAKDOWNS,
    Release,
    _people,
    _plan,
    _privacy_of_round,
    generations,
    group_privacy,
    release_state,
    shown_before,
)
from pps_monitor.storage.rounds import round_instrument

if TYPE_CHECKING:
    from sqlite_utils import Database


# --- reading what the figures may include ----------------------------------------------


# Every answer of a partnership in one plain read (kept for benchmarks/bench_scoring.py,
# its baseline); the figures use ``_included``, which applies the release rule.
PARTNERSHIP_ANSWERS = """
    SELECT s.round_id, s.id, s.sector, s.role, a.item_code, a.value
    FROM rounds r
    JOIN respondents s ON s.round_id = r.id
    JOIN answers a ON a.respondent_id = s.id
    WHERE r.partnership_id = ?
"""

ROUND_ANSWERS = """
    SELECT s.id, s.sector, s.role, a.item_code, a.value
    FROM respondents s JOIN answers a ON a.respondent_id = s.id
    WHERE s.round_id = ?
"""


def _included(db: Database, round_id: str, privacy: Privacy) -> tuple[list[Response], Release]:
    """The included respondents with their sector, role and release generation: the
    domain decides per figure who is in it (``domain.release_sets``); ``in_breakdowns``
    is storage's respondent-level state, which exports use to leave labels out."""
    state, release = _plan(_people(db, round_id), privacy)
    generation = generations(db, round_id, state)
    shown = shown_before(db, round_id)
    by_respondent: dict[int, tuple[str | None, str | None, dict[str, int | None]]] = {}
    for key, sector, role, code, value in db.conn.execute(ROUND_ANSWERS, [round_id]):
        if state.get(key, EXCLUDED) == EXCLUDED:
            continue
        entry = by_respondent.get(key)
        if entry is None:
            entry = by_respondent[key] = (sector, role, {})
        entry[2][code] = value
    responses = [
        Response(
            str(key),
            answers,
            sector,
            role,
            in_breakdowns=state[key] == IN_BREAKDOWNS,
            generation=generation[key],
            shown_before=shown.get(key, 0),
        )
        for key, (sector, role, answers) in sorted(by_respondent.items())
    ]
    return responses, release


def load_responses(db: Database, round_id: str) -> list[Response]:
    """The INCLUDED respondents of the round (see ``release_round``), in random order.

    Included: the released ones, plus the pending ones when nothing of the round was
    released yet or at least ``min_round`` are pending. Each carries its sector, role and
    release generation (the domain decides per figure who counts); a respondent in the
    round's figures but not (yet) in its breakdowns has ``in_breakdowns`` False, and an
    export shows no sector or role for them. The pending count is in ``release_state``.
    """
    return _included(db, round_id, _privacy_of_round(db, round_id))[0]


@dataclass(frozen=True)
class RoundData:
    round: dict[str, Any]
    instrument: Instrument
    responses: list[Response]
    pending: int = 0  # given but not included in ``responses`` (see ``release_round``)
    release: Release | None = None


def load_partnership_rounds(db: Database, partnership_id: str) -> list[RoundData]:
    """Every round of a partnership with its instrument and INCLUDED responses (as
    ``load_responses``) and its pending count, in date order."""
    return load_group_rounds(db, partnership_id, None)


def load_group_rounds(db: Database, partnership_id: str, group: str | None) -> list[RoundData]:
    """``load_partnership_rounds`` for one respondent group's instrument (issue 17): the
    rounds that ask ``group``, each with that part's instrument and responses under the
    group's minimum sizes (``group_privacy``). ``group`` None: every round's main row."""
    privacy = get_privacy(db, partnership_id)
    if group is None:
        sql = "SELECT * FROM rounds WHERE partnership_id = ? AND main_round_id IS NULL"
        params: list[Any] = [partnership_id]
    else:
        sql = "SELECT * FROM rounds WHERE partnership_id = ? AND respondent_group = ?"
        params = [partnership_id, group]
    rounds = list(db.query(sql + " ORDER BY date, created_at", params))
    labels = {
        r["id"]: r["label"]
        for r in db.query(
            "SELECT id, label FROM rounds WHERE partnership_id = ? AND main_round_id IS NULL",
            [partnership_id],
        )
    }
    out = []
    for r in rounds:
        r["label"] = labels.get(r.get("main_round_id") or r["id"], r["label"])
        responses, release = _included(db, r["id"], group_privacy(privacy, r["respondent_group"]))
        out.append(RoundData(r, round_instrument(r), responses, release.pending, release))
    return out


def fact_means(db: Database, round_id: str, minimum: int) -> dict[str, tuple[float | None, int]]:
    """Per fact (hours a week, ...): the mean over the included respondents who gave it,
    and how many did; the mean is None below ``minimum`` (never shown for fewer)."""
    state, _ = _plan(_people(db, round_id), _privacy_of_round(db, round_id))
    values: dict[str, list[int]] = {}
    for key, code, value in db.execute(
        """SELECT f.respondent_id, f.fact_code, f.value FROM facts f
           JOIN respondents s ON s.id = f.respondent_id WHERE s.round_id = ?""",
        [round_id],
    ):
        if state.get(key, EXCLUDED) != EXCLUDED:
            values.setdefault(code, []).append(value)
    return {
        code: (sum(v) / len(v) if len(v) >= minimum else None, len(v)) for code, v in values.items()
    }


def round_comments(db: Database, round_id: str) -> list[dict[str, Any]]:
    """The round's included comments by topic, shuffled (unrelated to who or when).

    Pending comments are included together with the pending respondents (the same
    batch rule as ``load_responses``).
    """
    release = release_state(db, round_id)
    include_pending = release.pending == 0
    rows = list(
        db.query(
            """SELECT dimension_code, text FROM comments
               WHERE round_id = ? AND (released = 1 OR ?)
               ORDER BY dimension_code, id""",
            [round_id, include_pending],
        )
    )
    return rows
