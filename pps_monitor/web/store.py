"""Every call the phone server makes to storage, in one place.

Keeping the web package's reads and writes here means only this module needs
re-wiring when storage changes. The minimum group sizes are the partnership's
(``get_privacy``) and "released" is the round's release state, as everywhere else.

Every function takes a connection that belongs to the calling thread: the session
runs them all on its one database thread (see ``DatabaseThread``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from pps_monitor.domain.instrument import RESPONDENT_GROUPS, Instrument
from pps_monitor.errors import InputError
from pps_monitor.services.ties import TieEntry, tie_entry
from pps_monitor.storage import repository as repo
from pps_monitor.storage import ties as tie_store
from pps_monitor.storage.common import new_id, write
from pps_monitor.storage.database import open_database, worker_connection
from pps_monitor.storage.release import group_privacy

T = TypeVar("T")

GROUPS = RESPONDENT_GROUPS  # respondent groups a round can serve (issue 17)
SECTORS = repo.SECTORS
ROLES = repo.ROLES


@dataclass(frozen=True)
class RoundInfo:
    """What the phone pages need to know about a round, read once at the start."""

    round_id: str
    label: str
    partnership: str
    instrument: Instrument
    sectors: tuple[str, ...]  # the sectors a respondent may choose, as in meeting mode
    min_round: int = 3  # smallest group whose figures are shown (told to the respondent)
    min_breakdown: int = 5  # smallest sector/role group shown
    # The tie questions (issue 18): the organisations to choose from and rate, when the
    # round includes the tie module for partners and this session serves the partners.
    ties: TieEntry | None = None


@dataclass(frozen=True)
class Questionnaire:
    """One phone's validated answers (None = don't know / rather not say)."""

    answers: Mapping[str, int | None]
    sector: str | None
    role: str | None
    comments: Mapping[str, str]
    facts: Mapping[str, int] | None = None  # optional numbers (issue 17)


@dataclass(frozen=True)
class TieSet:
    """One phone's validated tie answers (issue 18): the organisation the respondent
    chose for this part only and, per other organisation, item -> value (None = don't
    know / no contact). Stored as a tie respondent of its own, never linked to the
    phone's questionnaire."""

    organisation: str
    ratings: Mapping[str, Mapping[str, int | None]]


Submission = Questionnaire | TieSet


class RoundClosedError(InputError):
    """The round no longer takes answers."""


class ReleasedError(InputError):
    """Figures of the round were released: a stored questionnaire can no longer change."""


def find_round_id(path: str | Path, partnership: str, label: str | None) -> str:
    """The id of a round by partnership name and round label (None: the latest)."""
    with worker_connection(path) as db:
        p = repo.find_partnership(db, partnership)
        return str(repo.find_round(db, p["id"], label)["id"])


def load_round(db: Database, round_id: str, group: str = "partners") -> RoundInfo:
    if group not in GROUPS:
        raise InputError(f"Unknown respondent group {group!r} (groups: {', '.join(GROUPS)}).")
    # The round's instrument for this group: a part of its own (issue 17), whose id
    # the session then stores answers under.
    row = repo.round_part(db, round_id, group)
    round_id = row["id"]
    if row["status"] != "open":
        raise RoundClosedError(f"Round {row['label']!r} is closed; reopen it to take answers.")
    partnership = repo.get_partnership(db, row["partnership_id"])
    # As in meeting mode: the kinds of organisation in the partnership, and always
    # "other" for a partner whose organisation fits none of them.
    present = {o["sector"] for o in repo.list_organisations(db, row["partnership_id"])}
    sectors = tuple(s for s in SECTORS if s in present or s == "other") if present else SECTORS
    privacy = group_privacy(repo.get_privacy(db, row["partnership_id"]), group)
    return RoundInfo(
        round_id,
        row["label"],
        partnership["name"],
        repo.round_instrument(row),
        sectors,
        min_round=privacy.min_round,
        min_breakdown=privacy.min_breakdown,
        # The same entry as meeting mode's: None without the module or with one organisation.
        ties=tie_entry(db, round_id) if group == "partners" else None,
    )


def round_released(db: Database, round_id: str) -> bool:
    """Whether any figure of the round has left the app (a respondent of it is in
    released figures): from then on no stored answer of the round may change."""
    return repo.release_state(db, round_id).released > 0


def store_questionnaire(db: Database, round_id: str, q: Questionnaire, replaces: str | None) -> str:
    """Store one questionnaire, replacing the visitor's earlier one; return its id."""
    response = repo.NewResponse(
        answers=dict(q.answers),
        sector=q.sector,
        role=q.role,
        comments=dict(q.comments),
        facts=dict(q.facts) if q.facts else None,
        source="app",
    )
    with write(db):  # IMMEDIATE when outermost (see ``store_questionnaires``)
        if replaces is not None:
            if round_released(db, round_id):
                raise ReleasedError("released")
            repo.delete_respondent(db, replaces)
        try:
            return repo.add_response(db, round_id, response)
        except InputError as exc:
            if repo.get_round(db, round_id)["status"] != "open":
                raise RoundClosedError(str(exc)) from None
            raise


def store_tie_set(db: Database, round_id: str, ties: TieSet, replaces: str | None) -> str:
    """Store one phone's tie answers as a tie respondent of its own (issue 18),
    replacing the same phone's earlier tie answers; return the new tie respondent's
    uuid (kept in memory only, like the questionnaire's id)."""
    response = tie_store.NewTieResponse(
        ties.organisation,
        {target: dict(answers) for target, answers in ties.ratings.items()},
        uuid=new_id(),
    )
    with write(db):
        if repo.get_round(db, round_id)["status"] != "open":
            raise RoundClosedError("closed")
        if replaces is not None:
            if tie_store.tie_counts(db, round_id).included:
                raise ReleasedError("released")
            tie_store.remove_tie_respondent(db, round_id, replaces)
        tie_store.add_tie_responses(db, round_id, [response])
    assert response.uuid is not None
    return response.uuid


def store_submission(db: Database, round_id: str, item: Submission, replaces: str | None) -> str:
    """Store a questionnaire or a tie set (each replaces the phone's earlier one of its
    kind); return the id the phone's visitor keeps in memory."""
    if isinstance(item, TieSet):
        return store_tie_set(db, round_id, item, replaces)
    return store_questionnaire(db, round_id, item, replaces)


def store_questionnaires(
    db: Database, round_id: str, batch: Sequence[tuple[Submission, str | None]]
) -> list[str | Exception]:
    """Store the questionnaires (and tie sets) that arrived together in one transaction,
    so that sixty phones sending at once wait for one disk sync, not sixty. Each one
    succeeds or fails on its own (a savepoint each); all are durable when this returns.

    ``write``: the transaction takes the write lock before its first read (BEGIN
    IMMEDIATE). A deferred one read first and then failed at once with "database is
    locked", without waiting, when the app had released the round on its own connection
    in between (the phone got a 503). ``write`` also checkpoints after the commit: the
    -wal keeps commit order until then (PRIVACY.md), and a phone's questionnaire and its
    tie answers a moment later would sit there as neighbours."""
    results: list[str | Exception] = []
    with write(db):
        for item, replaces in batch:
            try:
                results.append(store_submission(db, round_id, item, replaces))
            except Exception as exc:
                results.append(exc)
    return results


def count_respondents(db: Database, round_id: str) -> int:
    """Respondents of the round stored so far, by every path (tests and the benchmark)."""
    return int(
        db.execute("SELECT count(*) FROM respondents WHERE round_id = ?", [round_id]).fetchone()[0]
    )


class DatabaseThread:
    """One thread that owns the session's one connection: every read and write of the
    phone server runs here, so there is one writer at a time and one connection per
    thread."""

    def __init__(self, path: str | Path) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pps-phones-db")
        self._local = threading.local()
        self._path = Path(path)
        self._pool.submit(self._open).result()

    def _open(self) -> None:
        db = open_database(self._path, create=False)
        self._local.db = db

    def call(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Run ``fn(db, *args)`` on the database thread."""
        return self._pool.submit(lambda: fn(self._local.db, *args))

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        return self.call(fn, *args).result()

    def close(self) -> None:
        """Wait for pending writes, checkpoint the WAL and close the connection."""

        def shut(db: Database) -> None:
            # The -wal file keeps commit order until a checkpoint (PRIVACY.md).
            try:
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                db.close()

        try:
            self.call(shut).result()
        finally:
            self._pool.shutdown(wait=True)
