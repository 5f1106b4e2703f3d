"""Respondents with their answers and comments: stored, validated, released, loaded.

Anonymity (issue 11, docs: /work/shared/PRIVACY.md):

- A respondent's key is a random integer (``common.new_keys``) and a random UUID that
  travels in exchange files; nothing stored says when, in which order or by which path
  (meeting, paper, import) they answered. ``NewResponse.source`` is accepted for
  compatibility and no longer stored.
- Comments are stored per round, not linked to the respondent, under a random key.
- Answers are written the moment they are given. ``released`` says whether they are
  in released figures yet; see ``release_round`` for the rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.instrument import SCALE_MAX, SCALE_MIN, Instrument
from pps_monitor.domain.scoring import Response
from pps_monitor.domain.vocabulary import ROLES, SECTORS, SOURCES
from pps_monitor.errors import InputError, NotFoundError
from pps_monitor.storage.common import new_id, new_keys, one, one_of, write
from pps_monitor.storage.organisations import list_organisations
from pps_monitor.storage.partnerships import Privacy, get_privacy
from pps_monitor.storage.rounds import get_round, round_instrument

if TYPE_CHECKING:
    from sqlite_utils import Database


MAX_COMMENT = 2000
# Single answers typed in a meeting or in the app are not a batch to undo: remembering
# "the last one" would say who answered last (remove_respondent corrects those).
SINGLE_ENTRY_SOURCES = ("meeting", "app")


@dataclass(frozen=True)
class NewResponse:
    """A respondent's submission; ``answers`` must hold every item (None = don't know)."""

    answers: Mapping[str, int | None]
    sector: str | None = None
    role: str | None = None
    organisation_id: str | None = None
    comments: Mapping[str, str] | None = None
    # Accepted for compatibility and validated, but no longer stored: a per-respondent
    # source singles out the one paper form of a meeting round (issue 11).
    source: str = "app"


def _valid_answer(value: int | None) -> bool:
    return value is None or (
        not isinstance(value, bool) and isinstance(value, int) and SCALE_MIN <= value <= SCALE_MAX
    )


def _check_answers(instrument: Instrument, answers: Mapping[str, int | None]) -> None:
    unknown = sorted(set(answers) - set(instrument.item_by_code))
    if unknown:
        raise InputError(f"Unknown item code(s) for this round's instrument: {', '.join(unknown)}.")
    missing = [c for c in instrument.item_by_code if c not in answers]
    if missing:
        raise InputError(
            f"{len(missing)} item(s) have no answer ({', '.join(missing[:5])}"
            f'{"…" if len(missing) > 5 else ""}); mark them as "don\'t know" to submit.'
        )
    for code, value in answers.items():
        if not _valid_answer(value):
            raise InputError(f'Answer to {code} must be 1-5 or "don\'t know", not {value!r}.')


def validate_response(instrument: Instrument, response: NewResponse) -> None:
    _check_answers(instrument, response.answers)
    if response.sector is not None:
        one_of(response.sector, SECTORS, "Sector")
    if response.role is not None:
        one_of(response.role, ROLES, "Role")
    if response.source not in SOURCES:
        raise InputError(f"Unknown source {response.source!r}.")
    dims = set(instrument.dimension_by_code) | {"risks"}
    for dim, text in (response.comments or {}).items():
        if dim not in dims:
            raise InputError(f"Comment for unknown dimension {dim!r}.")
        if text and len(text.strip()) > MAX_COMMENT:
            raise InputError(f"A comment may hold at most {MAX_COMMENT} characters.")


def add_responses(
    db: Database, round_id: str, responses: Iterable[NewResponse], *, allow_closed: bool = False
) -> list[str]:
    """Store submissions in one transaction, as one batch; return the new respondent ids.

    The ids are the respondents' random integer keys as text (``Response.respondent_id``).
    The batch is not yet released (see ``release_round``); ``undo_last_batch`` can take
    it back until then.
    """
    round_row = get_round(db, round_id)
    if round_row["status"] != "open" and not allow_closed:
        raise InputError(f"Round {round_row['label']!r} is closed; reopen it to add answers.")
    instrument = round_instrument(round_row)
    org_sectors = {
        o["id"]: o["sector"] for o in list_organisations(db, round_row["partnership_id"])
    }
    batch_in = list(responses)
    for response in batch_in:
        validate_response(instrument, response)
        if response.organisation_id is not None and response.organisation_id not in org_sectors:
            raise InputError("The chosen organisation is not part of this partnership.")
    batch = new_id()
    with write(db):
        keys = new_keys(db, "respondents", len(batch_in))
        people = []
        answers: list[tuple[int, str, int | None]] = []
        texts: list[tuple[str, str]] = []
        for key, response in zip(keys, batch_in, strict=True):
            sector = response.sector or org_sectors.get(response.organisation_id)
            people.append(
                (key, new_id(), round_id, response.organisation_id, sector, response.role, batch)
            )
            answers.extend((key, code, value) for code, value in response.answers.items())
            texts.extend(
                (dim, text.strip())
                for dim, text in (response.comments or {}).items()
                if text and text.strip()
            )
        people.sort()  # by random key: the order of the rows says nothing
        answers.sort(key=lambda a: (a[0], a[1]))
        db.conn.executemany(
            "INSERT INTO respondents (id, uuid, round_id, organisation_id, sector, role,"
            " released, entry_batch) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
            people,
        )
        db.conn.executemany(
            "INSERT INTO answers (respondent_id, item_code, value) VALUES (?, ?, ?)", answers
        )
        if texts:
            comment_keys = new_keys(db, "comments", len(texts))  # in random order
            db.conn.executemany(
                "INSERT INTO comments (id, uuid, round_id, dimension_code, text, released,"
                " entry_batch) VALUES (?, ?, ?, ?, ?, 0, ?)",
                sorted(
                    (k, new_id(), round_id, dim, text, batch)
                    for k, (dim, text) in zip(comment_keys, texts, strict=True)
                ),
            )
        reorder_pending(db, round_id, batch)
        single = len(batch_in) == 1 and batch_in[0].source in SINGLE_ENTRY_SOURCES
        db.execute(
            "UPDATE rounds SET last_batch = ? WHERE id = ?",
            [None if single or not batch_in else batch, round_id],
        )
    return [str(k) for k in keys]


def reorder_pending(db: Database, round_id: str, batch: str | None) -> None:
    """Rewrite the round's unreleased rows in the order of their random keys.

    Inside a B-tree page SQLite places each new row's bytes below the previous one, so
    rows added one at a time (meeting mode) would lie in the file in the order of entry
    even under random keys. When a write adds to a round that already holds other
    unreleased respondents, those and the new ones are deleted (``secure_delete``
    zeroes their bytes) and inserted again in key order: their places then follow the
    random keys. Released rows are not moved (their batch was scrambled while it was
    pending). A batch alone (an import, a paper stack) is already written in key order.
    """
    others = db.execute(
        "SELECT count(*) FROM respondents WHERE round_id = ? AND released = 0"
        " AND entry_batch IS NOT ?",
        [round_id, batch],
    ).fetchone()[0]
    if not others:
        return
    conn = db.conn
    people = conn.execute(
        "SELECT id, uuid, round_id, organisation_id, sector, role, released, entry_batch"
        " FROM respondents WHERE round_id = ? AND released = 0 ORDER BY id",
        [round_id],
    ).fetchall()
    answers = conn.execute(
        """SELECT a.respondent_id, a.item_code, a.value FROM answers a
           JOIN respondents s ON s.id = a.respondent_id
           WHERE s.round_id = ? AND s.released = 0 ORDER BY a.respondent_id, a.item_code""",
        [round_id],
    ).fetchall()
    comments = conn.execute(
        "SELECT id, uuid, round_id, dimension_code, text, released, entry_batch FROM comments"
        " WHERE round_id = ? AND released = 0 ORDER BY id",
        [round_id],
    ).fetchall()
    conn.execute("DELETE FROM comments WHERE round_id = ? AND released = 0", [round_id])
    conn.execute("DELETE FROM respondents WHERE round_id = ? AND released = 0", [round_id])
    conn.executemany("INSERT INTO respondents VALUES (?, ?, ?, ?, ?, ?, ?, ?)", people)
    conn.executemany(
        "INSERT INTO answers (respondent_id, item_code, value) VALUES (?, ?, ?)", answers
    )
    conn.executemany("INSERT INTO comments VALUES (?, ?, ?, ?, ?, ?, ?)", comments)


def add_response(db: Database, round_id: str, response: NewResponse) -> str:
    return add_responses(db, round_id, [response])[0]


def _delete_alone_batch_comments(db: Database, respondent_id: str) -> None:
    """Comments of a respondent who was alone in an unreleased batch go with them."""
    row = one(db, "SELECT entry_batch FROM respondents WHERE id = ?", [respondent_id])
    if row is None or row["entry_batch"] is None:
        return
    batch = row["entry_batch"]
    others = db.execute(
        "SELECT count(*) FROM respondents WHERE entry_batch = ? AND id != ?",
        [batch, respondent_id],
    ).fetchone()[0]
    if not others:
        db.execute("DELETE FROM comments WHERE entry_batch = ? AND released = 0", [batch])


def delete_respondent(db: Database, respondent_id: str | int) -> None:
    """Remove one respondent with all their answers, released or not.

    Comments are not linked to respondents: they go too only while the respondent's
    batch (one meeting or app submission) is unreleased and holds only them. For the
    coordinator's corrections use ``remove_respondent``, which refuses released ones.
    """
    with write(db):
        _delete_alone_batch_comments(db, str(respondent_id))
        db.execute("DELETE FROM respondents WHERE id = ?", [str(respondent_id)])


def remove_respondent(db: Database, respondent_id: str | int) -> None:
    """Correct a mistake before release: remove a mistyped form or a test respondent.

    Refused once the respondent is in released figures: removing them then would let
    the figures before and after give their answers; only the whole round can go.
    """
    row = one(db, "SELECT released FROM respondents WHERE id = ?", [str(respondent_id)])
    if row is None:
        raise NotFoundError("That respondent no longer exists.")
    if row["released"]:
        raise InputError(
            "This respondent's answers are already in figures that were shown; they can no "
            "longer be removed one by one. Only the whole round can be erased."
        )
    delete_respondent(db, respondent_id)


def undo_last_batch(db: Database, round_id: str) -> int:
    """Remove the round's last import or paper batch while it is unreleased.

    Returns the number of respondents removed. Refused when there is no such batch
    (nothing entered since the last release, or the last entry was a single answer
    typed in a meeting or in the app: ``remove_respondent`` corrects those).
    """
    round_row = get_round(db, round_id)
    batch = round_row.get("last_batch")
    if not batch:
        raise InputError(
            "There is no batch to undo: the last import or paper batch of this round was "
            "already released (or a single answer came after it)."
        )
    with write(db):
        if db.execute(
            "SELECT count(*) FROM respondents WHERE entry_batch = ? AND released != 0", [batch]
        ).fetchone()[0]:
            raise InputError("That batch is already in figures that were shown.")
        removed = db.execute(
            "SELECT count(*) FROM respondents WHERE entry_batch = ?", [batch]
        ).fetchone()[0]
        db.execute("DELETE FROM comments WHERE entry_batch = ? AND released = 0", [batch])
        db.execute("DELETE FROM respondents WHERE entry_batch = ?", [batch])
        db.execute("UPDATE rounds SET last_batch = NULL WHERE id = ?", [round_id])
    return int(removed)


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
        if not released:
            state.update((p[0], IN_BREAKDOWNS) for p in pending)
        else:
            waiting = [p for p in released if p[3] == ROUND_ONLY] + pending
            cells = Counter((p[1], p[2]) for p in waiting)
            joins = all(n >= privacy.min_breakdown for n in cells.values())
            state.update((p[0], IN_BREAKDOWNS if joins else ROUND_ONLY) for p in waiting)
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


def _privacy_of_round(db: Database, round_id: str) -> Privacy:
    return get_privacy(db, get_round(db, round_id)["partnership_id"])


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
    with write(db):
        db.conn.executemany(
            "UPDATE respondents SET released = ?, entry_batch = NULL WHERE id = ?", changes
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
    return len(changes)


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
    state, release = _plan(_people(db, round_id), privacy)
    by_respondent: dict[int, tuple[str | None, str | None, dict[str, int | None]]] = {}
    for key, sector, role, code, value in db.conn.execute(ROUND_ANSWERS, [round_id]):
        if state.get(key, EXCLUDED) == EXCLUDED:
            continue
        entry = by_respondent.get(key)
        if entry is None:
            if state[key] != IN_BREAKDOWNS:
                sector = role = None  # in the round's figures only, in no breakdown
            entry = by_respondent[key] = (sector, role, {})
        entry[2][code] = value
    responses = [
        Response(str(key), answers, sector, role)
        for key, (sector, role, answers) in sorted(by_respondent.items())
    ]
    return responses, release


def load_responses(db: Database, round_id: str) -> list[Response]:
    """The INCLUDED respondents of the round (see ``release_round``), in random order.

    Included: the released ones, plus the pending ones when nothing of the round was
    released yet or at least ``min_round`` are pending. A respondent included in the
    round's figures but not (yet) in its breakdowns has sector and role None. The
    pending count is in ``release_state``/``pending_count``.
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
    privacy = get_privacy(db, partnership_id)
    rounds = list(
        db.query(
            "SELECT * FROM rounds WHERE partnership_id = ? ORDER BY date, created_at",
            [partnership_id],
        )
    )
    out = []
    for r in rounds:
        responses, release = _included(db, r["id"], privacy)
        out.append(RoundData(r, round_instrument(r), responses, release.pending, release))
    return out


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
