"""Respondents with their answers and comments: stored, validated, released, loaded.

Writing lives here; releasing in ``release.py`` and loading in ``loading.py``, whose
names this module re-exports (``storage.repository`` and older imports keep working).

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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.instrument import SCALE_MAX, SCALE_MIN, Instrument
from pps_monitor.domain.vocabulary import ROLES, SECTORS, SOURCES
from pps_monitor.errors import InputError, NotFoundError
from pps_monitor.storage.common import new_id, new_keys, one, one_of, rewrite_rows, write
from pps_monitor.storage.loading import (
    PARTNERSHIP_ANSWERS,
    ROUND_ANSWERS,
    RoundData,
    _included,
    load_partnership_rounds,
    load_responses,
    round_comments,
)
from pps_monitor.storage.organisations import list_organisations
from pps_monitor.storage.release import (
    EXCLUDED,
    IN_BREAKDOWNS,
    ROUND_ONLY,
    Release,
    _people,
    _plan,
    _privacy_of_round,
    pending_count,
    release_round,
    release_state,
)
from pps_monitor.storage.rounds import get_round, round_instrument

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "EXCLUDED",
    "IN_BREAKDOWNS",
    "MAX_COMMENT",
    "PARTNERSHIP_ANSWERS",
    "ROUND_ANSWERS",
    "ROUND_ONLY",
    "SINGLE_ENTRY_SOURCES",
    "NewResponse",
    "Release",
    "RoundData",
    "_included",
    "_people",
    "_plan",
    "_privacy_of_round",
    "add_response",
    "add_responses",
    "delete_respondent",
    "load_partnership_rounds",
    "load_responses",
    "pending_count",
    "release_round",
    "release_state",
    "remove_respondent",
    "reorder_pending",
    "round_comments",
    "undo_last_batch",
    "validate_response",
]


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
    # Facts the respondent chose to give (hours a week, ...), by the instrument's fact code.
    facts: Mapping[str, int] | None = None
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


def _check_facts(instrument: Instrument, facts: Mapping[str, int]) -> None:
    known = {f.code: f for f in instrument.facts}
    for code, value in facts.items():
        fact = known.get(code)
        if fact is None:
            raise InputError(f"Unknown fact {code!r} for this round's instrument.")
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError(f"{fact.text.en}: a whole number, not {value!r}.")
        if not fact.min <= value <= fact.max:
            raise InputError(
                f"{fact.text.en}: {value} is outside {fact.min}-{fact.max} {fact.unit.en}."
            )


def validate_response(instrument: Instrument, response: NewResponse) -> None:
    _check_answers(instrument, response.answers)
    if response.sector is not None:
        one_of(response.sector, SECTORS, "Sector")
    if response.role is not None:
        one_of(response.role, ROLES, "Role")
    if response.source not in SOURCES:
        raise InputError(f"Unknown source {response.source!r}.")
    _check_facts(instrument, response.facts or {})
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
        _insert_batch(db, round_id, batch, list(zip(keys, batch_in, strict=True)), org_sectors)
        reorder_pending(db, round_id, batch)
        single = len(batch_in) == 1 and batch_in[0].source in SINGLE_ENTRY_SOURCES
        db.execute(
            "UPDATE rounds SET last_batch = ? WHERE id = ?",
            [None if single or not batch_in else batch, round_id],
        )
    return [str(k) for k in keys]


def _insert_batch(
    db: Database,
    round_id: str,
    batch: str,
    keyed: list[tuple[int, NewResponse]],
    org_sectors: dict[Any, Any],
) -> None:
    """Insert a batch's respondents, answers and comments, each in the order of their keys."""
    people = []
    answers: list[tuple[int, str, int | None]] = []
    texts: list[tuple[str, str]] = []
    facts: list[tuple[int, str, int]] = []
    for key, response in keyed:
        facts.extend((key, code, value) for code, value in (response.facts or {}).items())
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
    db.conn.executemany(
        "INSERT INTO facts (respondent_id, fact_code, value) VALUES (?, ?, ?)", sorted(facts)
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
    pending = "s.round_id = ? AND s.released = 0"
    rewrite_rows(
        db.conn,
        [round_id],
        [
            (
                "respondents",
                "SELECT id, uuid, round_id, organisation_id, sector, role, released, entry_batch,"
                f" generation FROM respondents s WHERE {pending} ORDER BY id",
            ),
            (
                "answers",
                "SELECT a.respondent_id, a.item_code, a.value FROM answers a JOIN respondents s"
                f" ON s.id = a.respondent_id WHERE {pending} ORDER BY a.respondent_id, a.item_code",
            ),
            (
                "facts",
                "SELECT f.respondent_id, f.fact_code, f.value FROM facts f JOIN respondents s"
                f" ON s.id = f.respondent_id WHERE {pending} ORDER BY f.respondent_id, f.fact_code",
            ),
            (
                "comments",
                "SELECT id, uuid, round_id, dimension_code, text, released, entry_batch"
                f" FROM comments s WHERE {pending} ORDER BY id",
            ),
        ],
        [
            "DELETE FROM comments WHERE round_id = ? AND released = 0",
            "DELETE FROM respondents WHERE round_id = ? AND released = 0",
        ],
    )


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
