"""A round's release state in a responses file (format 3), and its old-method marks (4).

Issue 11, F2: a round moved to another laptop must show there exactly what it showed
here, and keep its pending answers pending. Format 2 carried no release state, so on
the other laptop every respondent arrived as one new batch, and a figure could differ
from the one shown here by fewer than ``min_round`` people. Format 3's complete file
says per respondent ``release`` (``pending``, ``round`` or ``breakdowns``) and, when
released, ``batch`` (the release batch, merged to what the figures need: see
``release_sets.compact_generations``), and per comment ``released``. The anonymous
responses file says the same for the respondents it holds (all released): without it
they arrived here as one batch, and a spread figure the other laptop held at an earlier
batch moved here by a late group of fewer than ``min_breakdown``.

Format 4 adds ``shown_before`` (1 or 2; absent: 0) for a round shown by the old method
before an upgrade (migration m010, ``respondents.shown_before``): without it this laptop
showed the new-method figure the other one holds back, which differs from the old one by
the "don't know" respondents (fewer than k).

On import:

- a new respondent keeps its state; released ones join this laptop's figures in their
  own batches, after the batches already here, in the order of the file's batches;
- a respondent already here but still pending here, that the file says is released,
  is released here the same way (so a second move of the same round stays in step);
- a state already here is never taken back (a release cannot be undone);
- a ``shown_before`` mark is kept with a new respondent, and raised (never lowered) on
  one already here.

An older file (format 1 or 2) says nothing of this: its new respondents arrive pending,
as one batch, and join this laptop's figures by its own release rule (each figure moves
only when the batch adds at least its k people who count in it). That is what the file
can support: it cannot say what the other laptop showed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pps_monitor.exchange.plan import check
from pps_monitor.i18n import N_

if TYPE_CHECKING:
    from sqlite_utils import Database

    from pps_monitor.exchange.plan import ImportPlan

RELEASE = {"pending": 0, "round": 1, "breakdowns": 2}  # respondents.released
MAX_BATCH = 100_000


def respondent_release(s: dict[str, Any], name: str, where: str, version: int) -> tuple[int, int]:
    """(released, batch) of a respondent in the file; (0, 0) when the file says nothing."""
    if version < 3 or "release" not in s:
        return 0, 0
    state: Any = s.get("release")
    check(
        isinstance(state, str) and state in RELEASE,
        name,
        f"{where}.release",
        N_("not a release state."),
    )
    batch: Any = s.get("batch")
    if not RELEASE[state]:
        check(batch is None, name, f"{where}.batch", N_("not a release batch."))
        return 0, 0
    good = type(batch) is int and 1 <= batch <= MAX_BATCH
    check(good, name, f"{where}.batch", N_("not a release batch."))
    return RELEASE[state], int(batch)


def respondent_shown(s: dict[str, Any], name: str, where: str, version: int, released: int) -> int:
    """The respondent's ``shown_before`` in the file (format 4): 0, 1 or 2, at most its
    release state (the old method showed only what was released); 0 when absent."""
    if version < 4 or "shown_before" not in s:
        return 0
    shown: Any = s.get("shown_before")
    good = type(shown) is int and 0 <= shown <= released
    check(good, name, f"{where}.shown_before", N_("not a state shown by the old method."))
    return int(shown)


def comment_release(c: dict[str, Any], name: str, where: str, version: int) -> int:
    """1 when the file says the comment is released, else 0."""
    if version < 3 or "released" not in c:
        return 0
    flag: Any = c.get("released")
    check(type(flag) is bool, name, f"{where}.released", N_("must be true or false."))
    return int(flag)


def place(
    db: Database,
    plan: ImportPlan,
    states: dict[str, tuple[int, int]],
    shown: dict[str, int] | None = None,
) -> None:
    """Give the plan's new respondents their state, and plan the releases of those here.

    ``states``: the file's (released, batch) per respondent UUID. The file's batches
    become this round's next generations, in their order. ``shown``: the file's
    ``shown_before`` per UUID (format 4), kept with new respondents and raised on those
    here.
    """
    rid = str(plan.round_id)
    shown = shown or {}
    here = {
        uuid: (key, released)
        for key, uuid, released in db.execute(
            "SELECT id, uuid, released FROM respondents WHERE round_id = ?", [rid]
        )
    }
    marks = dict(
        db.execute(
            "SELECT uuid, COALESCE(shown_before, 0) FROM respondents WHERE round_id = ?", [rid]
        )
    )
    new = plan.add.get("respondents", [])
    late = [uuid for uuid, (key, released) in here.items() if not released]
    batches = sorted(
        {states[p["uuid"]][1] for p in new if states.get(p["uuid"], (0, 0))[0]}
        | {states[u][1] for u in late if states.get(u, (0, 0))[0]}
    )
    row = db.execute("SELECT MAX(generation) FROM respondents WHERE round_id = ?", [rid])
    after = int(row.fetchone()[0] or 0)
    generation = {batch: after + j + 1 for j, batch in enumerate(batches)}
    for p in new:
        released, batch = states.get(p["uuid"], (0, 0))
        p["generation"] = None  # every row the same columns (importing._insert)
        p["shown_before"] = shown.get(p["uuid"]) or None  # NULL: not shown (m010)
        if released:
            p.update(released=released, generation=generation[batch], entry_batch=None)
    for uuid, (key, had) in here.items():
        released, batch = states.get(uuid, (0, 0))
        if released > had:
            plan.promote.append((released, generation.get(batch), key))
        if shown.get(uuid, 0) > marks[uuid]:  # never lowered
            plan.shown.append((shown[uuid], key))


def place_comments(db: Database, plan: ImportPlan, released: dict[str, int]) -> None:
    """New comments keep the file's state; comments pending here that it says are
    released are released here."""
    for c in plan.add.get("comments", []):
        if released.get(c["uuid"]):
            c.update(released=1, entry_batch=None)
    for (uuid,) in db.execute(
        "SELECT uuid FROM comments WHERE round_id = ? AND released = 0", [str(plan.round_id)]
    ):
        if released.get(uuid):
            plan.promote_comments.append(uuid)


def apply(db: Database, plan: ImportPlan) -> None:
    """Write the releases ``place`` and ``place_comments`` planned (in the import's
    transaction)."""
    db.conn.executemany(
        "UPDATE respondents SET released = ?, generation = COALESCE(generation, ?),"
        " entry_batch = NULL WHERE id = ?",
        [(released, generation, key) for released, generation, key in plan.promote],
    )
    db.conn.executemany(
        "UPDATE comments SET released = 1, entry_batch = NULL WHERE uuid = ?",
        [(uuid,) for uuid in plan.promote_comments],
    )
    db.conn.executemany(
        "UPDATE respondents SET shown_before = ? WHERE id = ? AND COALESCE(shown_before, 0) < ?",
        [(shown, key, shown) for shown, key in plan.shown],
    )
