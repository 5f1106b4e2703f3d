"""Releasing a round's answers in batches: what its figures may include now.

Split from ``responses.py`` (which re-exports these names); the rule is in
``_plan`` and ``release_round``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pps_monitor.domain.release_sets import compact_generations
from pps_monitor.domain.scoring import DEFAULT_SETTINGS
from pps_monitor.storage.common import write
from pps_monitor.storage.partnerships import Privacy, get_privacy
from pps_monitor.storage.rounds import get_round, round_instrument

if TYPE_CHECKING:
    from sqlite_utils import Database


# --- release in batches ---------------------------------------------------------------

EXCLUDED, ROUND_ONLY, IN_BREAKDOWNS = 0, 1, 2  # respondents.released


@dataclass(frozen=True)
class Release:
    """What a round's figures may hold now.

    ``included``: respondents in the figures; ``pending``: given but not included;
    ``needed``: more answers needed before the pending ones are included (0 when none
    are pending); ``released``: respondents already in figures that were shown.
    """

    included: int
    pending: int
    needed: int
    released: int
    min_round: int
    min_breakdown: int


def _people(db: Database, round_id: str) -> list[tuple[int, str | None, str | None, int]]:
    return db.execute(
        "SELECT id, sector, role, released FROM respondents WHERE round_id = ?", [round_id]
    ).fetchall()


def _plan(
    people: list[tuple[int, str | None, str | None, int]], privacy: Privacy
) -> tuple[dict[int, int], Release]:
    """Each respondent's state once the figures are released, and the round's counts.

    The rule (issue 11; docs in release_round):
    - Pending respondents are included when nothing of the round was released yet, or
      when at least ``min_round`` of them are pending.
    - At the round's first release every included respondent joins the breakdowns.
    - Later, the respondents in the round figures but not yet in the breakdowns (those
      released before and those released now) join the breakdowns together only when
      every cell of the sector x role cross-table (no answer counted as a value) that
      they add to gains at least ``min_breakdown`` of them. Otherwise they count in
      the round's figures and not in any breakdown (sector and role read as unknown).
    """
    released = [p for p in people if p[3] != EXCLUDED]
    pending = [p for p in people if p[3] == EXCLUDED]
    include = bool(pending) and (not released or len(pending) >= privacy.min_round)
    state = {p[0]: p[3] for p in released}
    if include:
        state.update(_included_states(released, pending, privacy))
    else:
        state.update((p[0], EXCLUDED) for p in pending)
    included = sum(1 for v in state.values() if v != EXCLUDED)
    waiting_count = 0 if include else len(pending)
    needed = 0 if include or not pending else privacy.min_round - len(pending)
    return state, Release(
        included,
        waiting_count,
        needed,
        len(released),
        privacy.min_round,
        privacy.min_breakdown,
    )


def _included_states(
    released: list[tuple[int, str | None, str | None, int]],
    pending: list[tuple[int, str | None, str | None, int]],
    privacy: Privacy,
) -> list[tuple[int, int]]:
    """The new states when the pending respondents are included (see ``_plan``)."""
    if not released:
        return [(p[0], IN_BREAKDOWNS) for p in pending]
    waiting = [p for p in released if p[3] == ROUND_ONLY] + pending
    cells = Counter((p[1], p[2]) for p in waiting)
    joins = all(n >= privacy.min_breakdown for n in cells.values())
    return [(p[0], IN_BREAKDOWNS if joins else ROUND_ONLY) for p in waiting]


def group_privacy(privacy: Privacy, group: str | None) -> Privacy:
    """The minimum sizes for one respondent group's answers (issue 17).

    Employers answer for their organisation: the partnership sees their answers only
    pooled over at least ``min_breakdown`` employers, so for the employers' instrument
    the round minimum is the breakdown minimum. Every other group keeps the partnership's.
    """
    if group == "employers":
        return replace(privacy, min_round=privacy.min_breakdown)
    return privacy


def _privacy_of_round(db: Database, round_id: str) -> Privacy:
    row = get_round(db, round_id)
    return group_privacy(get_privacy(db, row["partnership_id"]), row.get("respondent_group"))


def next_generation(db: Database, round_id: str) -> int:
    """The release generation the round's next batch gets (1 for the first)."""
    row = db.execute(
        "SELECT MAX(generation) FROM respondents WHERE round_id = ?", [round_id]
    ).fetchone()
    return int(row[0] or 0) + 1


def generations(db: Database, round_id: str, state: dict[int, int]) -> dict[int, int]:
    """Each included respondent's release generation; those included now but not yet
    recorded (a read before ``release_round``, or a read-only file) form the next one."""
    stored = dict(
        db.execute("SELECT id, generation FROM respondents WHERE round_id = ?", [round_id])
    )
    following = max((g for g in stored.values() if g is not None), default=0) + 1
    return {key: stored.get(key) or following for key, value in state.items() if value != EXCLUDED}


def shown_before(db: Database, round_id: str) -> dict[int, int]:
    """Per respondent shown by the old method before the upgrade (m010): their state."""
    return dict(
        db.execute(
            "SELECT id, shown_before FROM respondents WHERE round_id = ?"
            " AND shown_before IS NOT NULL",
            [round_id],
        )
    )


def release_state(db: Database, round_id: str) -> Release:
    """The round's counts: included, pending (given, not included), needed, released."""
    return _plan(_people(db, round_id), _privacy_of_round(db, round_id))[1]


def pending_count(db: Database, round_id: str) -> int:
    """Respondents given but not yet included in the round's figures (to say so)."""
    return release_state(db, round_id).pending


def release_round(db: Database, round_id: str) -> int:
    """Mark what the round's figures now include as released; return how many changed.

    Call it from every path that shows or writes the round's figures (the app's views,
    the report, the CLI's scores/report/export, exports), before or while showing them.
    It writes only when something changes, so showing the same figures twice writes
    nothing. Below ``min_round`` included respondents no figure is shown, so nothing
    is released.

    Breakdown cells: between any two releases every cell of the sector x role
    cross-table changes by nothing or by at least ``min_breakdown`` respondents (see
    ``_plan``). Every breakdown figure (sector, role, their differences from the whole
    and from each other) is a sum over whole cross-table cells, so the difference of
    any two releases is a sum over groups of at least ``min_breakdown``: no single
    late answer can be isolated by subtracting. Late answers that do not meet this
    count in the round's figures (whose changes hold at least ``min_round``) and in no
    breakdown.
    """
    people = _people(db, round_id)
    state, release = _plan(people, _privacy_of_round(db, round_id))
    if release.included < release.min_round:
        return 0
    changes = [(new, key) for key, _, _, old in people if (new := state[key]) != old]
    if not changes:
        return 0
    generation = next_generation(db, round_id)
    with write(db):
        db.conn.executemany(
            "UPDATE respondents SET released = ?, entry_batch = NULL WHERE id = ?", changes
        )
        db.execute(  # the batch joining the figures now (``domain.release_sets``)
            "UPDATE respondents SET generation = ? WHERE round_id = ? AND released != ?"
            " AND generation IS NULL",
            [generation, round_id, EXCLUDED],
        )
        db.execute(
            "UPDATE comments SET released = 1, entry_batch = NULL"
            " WHERE round_id = ? AND released = 0",
            [round_id],
        )
        db.execute(
            """UPDATE rounds SET last_batch = NULL WHERE id = ? AND NOT EXISTS
               (SELECT 1 FROM respondents WHERE entry_batch = rounds.last_batch)""",
            [round_id],
        )
        compact(db, round_id)
    return len(changes)


def compact(db: Database, round_id: str) -> None:
    """Keep no more release batches than the round's figures need (issue 11, F3).

    Merges the generations that no figure tells apart and numbers them 1, 2, ...
    (``release_sets.compact_generations``): the file then says no more about who
    answered late than the figures need to stay as they were shown.
    """
    people: dict[int, tuple[int, str | None, str | None, dict[str, int | None]]] = {}
    for key, generation, sector, role, code, value in db.execute(
        """SELECT s.id, s.generation, s.sector, s.role, a.item_code, a.value
           FROM respondents s LEFT JOIN answers a ON a.respondent_id = s.id
           WHERE s.round_id = ? AND s.generation IS NOT NULL""",
        [round_id],
    ):
        people.setdefault(key, (generation, sector, role, {}))[3][code] = value
    if len({p[0] for p in people.values()}) < 2:
        return
    privacy = _privacy_of_round(db, round_id)
    settings = replace(
        DEFAULT_SETTINGS, min_round=privacy.min_round, min_breakdown=privacy.min_breakdown
    )
    rows = list(people.values())
    new = compact_generations(
        round_instrument(get_round(db, round_id)),
        lambda codes: [all(p[3].get(c) is not None for c in codes) for p in rows],
        [p[0] for p in rows],
        [(p[1], p[2]) for p in rows],
        settings,
    )
    moves = sorted({(old[0], g) for old, g in zip(rows, new, strict=True) if old[0] != g})
    if not moves:
        return
    with write(db):  # ascending: a new number is never an old one not yet renumbered
        db.conn.executemany(
            "UPDATE respondents SET generation = ? WHERE round_id = ? AND generation = ?",
            [(g, round_id, old) for old, g in moves],
        )
