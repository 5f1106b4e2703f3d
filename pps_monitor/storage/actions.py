"""Action points of a partnership: what was agreed, by whom, and how it went."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.vocabulary import ACTION_STATUSES
from pps_monitor.errors import InputError
from pps_monitor.storage.common import (
    iso_date,
    new_id,
    now,
    one_of,
    required_text,
    table,
    write,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

CHANGEABLE = {"dimension_code", "text", "owner", "due_date", "status", "round_reviewed_id"}


def add_action_point(
    db: Database,
    partnership_id: str,
    text: str,
    *,
    dimension_code: str | None = None,
    owner: str = "",
    due_date: str | date | None = None,
    status: str = "open",
    round_raised_id: str | None = None,
) -> str:
    text = required_text(text, "The action point's text")
    one_of(status, ACTION_STATUSES, "Status")
    aid = new_id()
    with write(db):
        table(db, "action_points").insert(
            {
                "id": aid,
                "partnership_id": partnership_id,
                "dimension_code": dimension_code,
                "text": text,
                "owner": (owner or "").strip(),
                "due_date": iso_date(due_date, "The due date") if due_date else None,
                "status": status,
                "round_raised_id": round_raised_id,
                "round_reviewed_id": None,
                "created_at": now(),
            }
        )
    return aid


def update_action_point(db: Database, action_id: str, **changes: Any) -> None:
    bad = set(changes) - CHANGEABLE
    if bad:
        raise InputError(f"Cannot change {', '.join(sorted(bad))} of an action point.")
    if "status" in changes and changes["status"] not in ACTION_STATUSES:
        raise InputError(f"Status must be one of {', '.join(ACTION_STATUSES)}.")
    if "text" in changes:
        changes["text"] = required_text(changes["text"], "The action point's text")
    if changes.get("due_date"):
        changes["due_date"] = iso_date(changes["due_date"], "The due date")
    with write(db):
        table(db, "action_points").update(action_id, changes)


def list_action_points(db: Database, partnership_id: str) -> list[dict[str, Any]]:
    """Open ones first, by due date; done and dropped ones last."""
    return list(
        db.query(
            """SELECT a.*, r.label AS round_raised_label, v.label AS round_reviewed_label
               FROM action_points a
               LEFT JOIN rounds r ON r.id = a.round_raised_id
               LEFT JOIN rounds v ON v.id = a.round_reviewed_id
               WHERE a.partnership_id = ?
               ORDER BY a.status = 'done' OR a.status = 'dropped', a.due_date IS NULL, a.due_date,
                        a.created_at""",
            [partnership_id],
        )
    )
