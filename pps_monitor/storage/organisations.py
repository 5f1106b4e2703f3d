"""The organisations of a partnership, each in one sector."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.vocabulary import SECTORS
from pps_monitor.errors import InputError
from pps_monitor.storage.common import new_id, one_of, required_text, table, write

if TYPE_CHECKING:
    from sqlite_utils import Database


def add_organisation(db: Database, partnership_id: str, name: str, sector: str) -> str:
    name = required_text(name, "The organisation's name")
    one_of(sector, SECTORS, "Sector")
    oid = new_id()
    try:
        with write(db):
            table(db, "organisations").insert(
                {"id": oid, "partnership_id": partnership_id, "name": name, "sector": sector}
            )
    except sqlite3.IntegrityError:
        raise InputError(f"The partnership already has an organisation named {name!r}.") from None
    return oid


def update_organisation(db: Database, organisation_id: str, name: str, sector: str) -> None:
    name = required_text(name, "The organisation's name")
    one_of(sector, SECTORS, "Sector")
    try:
        with write(db):
            table(db, "organisations").update(organisation_id, {"name": name, "sector": sector})
    except sqlite3.IntegrityError:
        raise InputError(f"The partnership already has an organisation named {name!r}.") from None


def list_organisations(db: Database, partnership_id: str) -> list[dict[str, Any]]:
    return list(
        db.query(
            "SELECT * FROM organisations WHERE partnership_id = ? ORDER BY name COLLATE NOCASE",
            [partnership_id],
        )
    )
