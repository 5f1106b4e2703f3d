"""Paper-form drafts: the grid as typed, saved on every edit until it is submitted."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from pps_monitor.storage.common import now, write

if TYPE_CHECKING:
    from sqlite_utils import Database


def save_draft(db: Database, round_id: str, pass_no: int, rows: list[dict[str, Any]]) -> None:
    with write(db):
        db.execute(
            """INSERT INTO paper_drafts (round_id, pass, data, updated_at) VALUES (?, ?, ?, ?)
               ON CONFLICT (round_id, pass) DO UPDATE SET data = excluded.data,
               updated_at = excluded.updated_at""",
            [round_id, pass_no, json.dumps(rows, ensure_ascii=False), now()],
        )


def load_draft(db: Database, round_id: str, pass_no: int) -> list[dict[str, Any]]:
    row = db.execute(
        "SELECT data FROM paper_drafts WHERE round_id = ? AND pass = ?", [round_id, pass_no]
    ).fetchone()
    return json.loads(row[0]) if row else []


def clear_drafts(db: Database, round_id: str) -> None:
    with write(db):
        db.execute("DELETE FROM paper_drafts WHERE round_id = ?", [round_id])
