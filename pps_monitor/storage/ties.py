"""Tie answers: which rounds include the tie module, tie respondents, their release.

A tie respondent is a record of its own (``tie_respondents``), never linked to the same
person's main questionnaire; their organisation is kept only here. Keys are drawn at
random and rows are written in the order of those keys: nothing says when or in which
order anyone answered.

Release: the first time a round's tie figures are shown, every tie answer given so far
is included. Later tie answers are not included in that round any more: a directed
tie, a pooled figure and the held-back part of another shown before and after would
tell the late raters' answers by subtraction, whatever their number. They are counted
as pending, so every output can say so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pps_monitor.domain.ties import TieResponse, check_ratings
from pps_monitor.errors import InputError
from pps_monitor.storage.common import new_id, new_keys, rewrite_rows, write
from pps_monitor.storage.rounds import get_round

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class NewTieResponse:
    """A tie respondent's submission: their organisation and, per other organisation,
    item code -> value (None = don't know). ``uuid`` is kept from an exchange file."""

    organisation_id: str
    ratings: Mapping[str, Mapping[str, int | None]]
    uuid: str | None = None


@dataclass(frozen=True)
class TieRelease:
    included: int
    pending: int


def set_tie_module(db: Database, round_id: str, included: bool) -> None:
    """Include the tie module in a round (or take it out when no tie answers exist)."""
    get_round(db, round_id)
    with write(db):
        if included:
            db.execute("INSERT OR IGNORE INTO tie_modules (round_id) VALUES (?)", [round_id])
            return
        counts = tie_counts(db, round_id)
        if counts.included + counts.pending:
            raise InputError("This round already has tie answers; the tie module stays.")
        db.execute("DELETE FROM tie_modules WHERE round_id = ?", [round_id])


def has_tie_module(db: Database, round_id: str) -> bool:
    # fetchall: a cursor left open keeps a read transaction (and an old snapshot) open
    rows = db.execute("SELECT 1 FROM tie_modules WHERE round_id = ?", [round_id]).fetchall()
    return bool(rows)


def _organisations(db: Database, round_id: str) -> set[str]:
    partnership = get_round(db, round_id)["partnership_id"]
    return {
        row[0]
        for row in db.execute(
            "SELECT id FROM organisations WHERE partnership_id = ?", [partnership]
        ).fetchall()
    }


def validate_tie_response(orgs: set[str], response: NewTieResponse) -> None:
    """InputError in plain words when the response cannot be stored."""
    if response.organisation_id not in orgs:
        raise InputError("Choose the organisation you belong to for the tie questions.")
    problem = check_ratings(response.organisation_id, response.ratings, orgs)
    if problem:
        raise InputError(problem)


def add_tie_responses(db: Database, round_id: str, responses: Sequence[NewTieResponse]) -> int:
    """Store tie responses in one transaction (all or nothing); how many were stored."""
    if not has_tie_module(db, round_id):
        raise InputError("This round does not include the tie questions.")
    orgs = _organisations(db, round_id)
    for response in responses:
        validate_tie_response(orgs, response)
    with write(db):
        keys = new_keys(db, "tie_respondents", len(responses))
        rows = sorted(zip(keys, responses, strict=True), key=lambda kr: kr[0])
        db.conn.executemany(
            "INSERT INTO tie_respondents (id, uuid, round_id, organisation_id) VALUES (?, ?, ?, ?)",
            [(key, r.uuid or new_id(), round_id, r.organisation_id) for key, r in rows],
        )
        db.conn.executemany(
            "INSERT INTO tie_answers (respondent_id, target_id, item_code, value)"
            " VALUES (?, ?, ?, ?)",
            [
                (key, target, code, value)
                for key, r in rows
                for target, answers in sorted(r.ratings.items())
                for code, value in sorted(answers.items())
            ],
        )
        _reorder_unreleased(db, round_id, len(responses))
    return len(responses)


def _reorder_unreleased(db: Database, round_id: str, added: int) -> None:
    """Rewrite the round's unreleased tie rows in the order of their random keys.

    As ``responses.reorder_pending`` does for the questionnaires: SQLite places each new
    row's bytes below the previous one, so tie sets sent one at a time (phones, meeting
    mode) would lie in the file in the order they were given, each with its rater's
    organisation. Deleted rows are zeroed (``secure_delete``); a batch alone is already
    in key order.
    """
    conn = db.conn
    unreleased = conn.execute(
        "SELECT count(*) FROM tie_respondents WHERE round_id = ? AND released = 0", [round_id]
    ).fetchone()[0]
    if unreleased <= added:
        return
    rewrite_rows(
        conn,
        [round_id],
        [
            (
                "tie_respondents",
                "SELECT id, uuid, round_id, organisation_id, released FROM tie_respondents"
                " WHERE round_id = ? AND released = 0 ORDER BY id",
            ),
            (
                "tie_answers",
                "SELECT a.respondent_id, a.target_id, a.item_code, a.value FROM tie_answers a"
                " JOIN tie_respondents t ON t.id = a.respondent_id"
                " WHERE t.round_id = ? AND t.released = 0"
                " ORDER BY a.respondent_id, a.target_id, a.item_code",
            ),
        ],
        ["DELETE FROM tie_respondents WHERE round_id = ? AND released = 0"],
    )


def remove_tie_respondent(db: Database, round_id: str, uuid: str) -> None:
    """Remove one tie respondent of the round (by its uuid) with all their tie answers:
    a phone replacing its own tie answers. Refused once the round's tie figures were
    shown: the figures before and after would give that respondent's answers."""
    with write(db):
        if tie_counts(db, round_id).included:
            raise InputError(
                "The tie answers of this round are already in figures that were shown; "
                "they can no longer be changed."
            )
        db.execute("DELETE FROM tie_respondents WHERE round_id = ? AND uuid = ?", [round_id, uuid])


def tie_counts(db: Database, round_id: str) -> TieRelease:
    rows = dict(
        db.execute(
            "SELECT released, count(*) FROM tie_respondents WHERE round_id = ? GROUP BY released",
            [round_id],
        ).fetchall()
    )
    return TieRelease(included=rows.get(1, 0), pending=rows.get(0, 0))


def release_ties(db: Database, round_id: str) -> TieRelease:
    """Include the round's tie answers at its first release (see the module's docstring)."""
    counts = tie_counts(db, round_id)
    if counts.included == 0 and counts.pending:
        with write(db):
            db.execute("UPDATE tie_respondents SET released = 1 WHERE round_id = ?", [round_id])
        return TieRelease(counts.pending, 0)
    return counts


def release_due(db: Database, round_id: str) -> bool:
    counts = tie_counts(db, round_id)
    return counts.included == 0 and counts.pending > 0


def load_ties(db: Database, round_id: str) -> list[TieResponse]:
    """The round's included tie responses, in the order of their random keys."""
    people: dict[int, tuple[str, dict[str, dict[str, int | None]]]] = {}
    for key, org in db.execute(
        "SELECT id, organisation_id FROM tie_respondents WHERE round_id = ? AND released = 1",
        [round_id],
    ).fetchall():
        people[key] = (org, {})
    for key, target, code, value in db.execute(
        """SELECT a.respondent_id, a.target_id, a.item_code, a.value FROM tie_answers a
           JOIN tie_respondents t ON t.id = a.respondent_id
           WHERE t.round_id = ? AND t.released = 1""",
        [round_id],
    ).fetchall():
        people[key][1].setdefault(target, {})[code] = value
    return [TieResponse(org, ratings) for _, (org, ratings) in sorted(people.items())]


def tie_rounds(db: Database, partnership_id: str) -> list[str]:
    """Ids of the partnership's rounds that include the tie module, in date order."""
    return [
        row[0]
        for row in db.execute(
            """SELECT r.id FROM rounds r JOIN tie_modules m ON m.round_id = r.id
               WHERE r.partnership_id = ? ORDER BY r.date, r.created_at""",
            [partnership_id],
        ).fetchall()
    ]
