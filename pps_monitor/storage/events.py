"""Events on a partnership's timeline (a new director, a merger), shown beside the trends."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from pps_monitor.storage.common import iso_date, new_id, required_text, table, write

if TYPE_CHECKING:
    from sqlite_utils import Database


def add_event(db: Database, partnership_id: str, when: str | date, text: str) -> str:
    text = required_text(text, "The event's text")
    eid = new_id()
    with write(db):
        table(db, "events").insert(
            {
                "id": eid,
                "partnership_id": partnership_id,
                "date": iso_date(when, "The event's date"),
                "text": text,
            }
        )
    return eid


def update_event(db: Database, event_id: str, when: str | date, text: str) -> None:
    text = required_text(text, "The event's text")
    with write(db):
        table(db, "events").update(
            event_id, {"date": iso_date(when, "The event's date"), "text": text}
        )


def list_events(db: Database, partnership_id: str) -> list[dict[str, Any]]:
    return list(
        db.query("SELECT * FROM events WHERE partnership_id = ? ORDER BY date", [partnership_id])
    )
