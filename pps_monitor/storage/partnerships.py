"""Partnerships: create, rename, list and find by id or name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pps_monitor.errors import InputError, NotFoundError
from pps_monitor.storage.common import new_id, now, one, required_text, table

if TYPE_CHECKING:
    from sqlite_utils import Database


def create_partnership(db: Database, name: str, description: str = "") -> str:
    name = required_text(name, "The partnership's name")
    if one(db, "SELECT id FROM partnerships WHERE name = ? COLLATE NOCASE", [name]):
        raise InputError(f"A partnership named {name!r} already exists.")
    pid = new_id()
    with db.atomic():
        table(db, "partnerships").insert(
            {"id": pid, "name": name, "description": description or "", "created_at": now()}
        )
    return pid


def rename_partnership(db: Database, partnership_id: str, name: str) -> None:
    name = required_text(name, "The partnership's name")
    clash = one(
        db,
        "SELECT id FROM partnerships WHERE name = ? COLLATE NOCASE AND id != ?",
        [name, partnership_id],
    )
    if clash:
        raise InputError(f"A partnership named {name!r} already exists.")
    with db.atomic():
        table(db, "partnerships").update(partnership_id, {"name": name})


def list_partnerships(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM partnerships ORDER BY name COLLATE NOCASE"))


def get_partnership(db: Database, partnership_id: str) -> dict[str, Any]:
    row = one(db, "SELECT * FROM partnerships WHERE id = ?", [partnership_id])
    if row is None:
        raise NotFoundError("That partnership no longer exists.")
    return row


def find_partnership(db: Database, name: str) -> dict[str, Any]:
    """By name (case-insensitive); the error lists the names that do exist."""
    row = one(db, "SELECT * FROM partnerships WHERE name = ? COLLATE NOCASE", [name.strip()])
    if row is None:
        names = [p["name"] for p in list_partnerships(db)]
        known = ", ".join(repr(n) for n in names) if names else "none yet"
        raise NotFoundError(f"No partnership named {name!r} (partnerships: {known}).")
    return row
