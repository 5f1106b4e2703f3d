"""Deletions that can be undone.

A deletion first captures the record and everything that cascades from it (and the
references that SQLite would set to NULL), then deletes in one transaction. Restoring
puts every row back exactly, ids included, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pps_monitor.storage.common import write

if TYPE_CHECKING:
    from sqlite_utils import Database

# parent table -> (child table, foreign key column) for ON DELETE CASCADE
CASCADE: dict[str, list[tuple[str, str]]] = {
    "partnerships": [
        ("organisations", "partnership_id"),
        ("rounds", "partnership_id"),
        ("action_points", "partnership_id"),
        ("events", "partnership_id"),
        ("balance_rules", "partnership_id"),
    ],
    "rounds": [
        ("rounds", "main_round_id"),  # a round's further instruments (issue 17)
        ("respondents", "round_id"),
        ("comments", "round_id"),
        ("paper_drafts", "round_id"),
        ("key_figures", "round_id"),
    ],
    "respondents": [("answers", "respondent_id"), ("facts", "respondent_id")],
}
# Tie answers (issue 18) cascade from their round and from both organisations; a row
# reached twice (through its round and its organisation) is captured twice and put back
# once (TIE_TABLES are restored with INSERT OR IGNORE).
TIE_TABLES = ("tie_modules", "tie_respondents", "tie_answers")
CASCADE["rounds"] += [("tie_modules", "round_id"), ("tie_respondents", "round_id")]
CASCADE["organisations"] = [("tie_respondents", "organisation_id"), ("tie_answers", "target_id")]
CASCADE["tie_respondents"] = [("tie_answers", "respondent_id")]
# parent table -> (table, column) for ON DELETE SET NULL
SET_NULL: dict[str, list[tuple[str, str]]] = {
    "rounds": [("action_points", "round_raised_id"), ("action_points", "round_reviewed_id")],
    "organisations": [("respondents", "organisation_id")],
}
INSERT_ORDER = [
    "partnerships",
    "organisations",
    "rounds",
    "paper_drafts",
    "respondents",
    "answers",
    "facts",
    "comments",
    "action_points",
    "events",
    "key_figures",
    "balance_rules",
    *TIE_TABLES,
]
KEYS: dict[str, tuple[str, ...]] = {
    "paper_drafts": ("round_id", "pass"),
    "answers": ("respondent_id", "item_code"),
    "facts": ("respondent_id", "fact_code"),
    "key_figures": ("round_id", "code"),
    "balance_rules": ("partnership_id",),
}
KEYS.update(tie_modules=("round_id",), tie_answers=("respondent_id", "target_id", "item_code"))


@dataclass
class Deleted:
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    nulled: list[tuple[str, str, str, str]] = field(default_factory=list)  # table, col, id, value

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


def _capture(db: Database, table: str, column: str, values: list[str], out: Deleted) -> None:
    if not values:
        return
    found: list[dict[str, Any]] = []
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found += list(db.query(f"SELECT * FROM {table} WHERE {column} IN ({marks})", chunk))
    if table not in KEYS:  # a part of a round is reached from its partnership and its round
        seen = {r["id"] for r in out.rows.get(table, [])}
        found = [r for r in found if r["id"] not in seen]
    if not found:
        return
    out.rows.setdefault(table, []).extend(found)
    if table in KEYS:
        return
    ids = [r["id"] for r in found]
    for child, fk in CASCADE.get(table, []):
        _capture(db, child, fk, ids, out)


def delete_with_undo(db: Database, table: str, record_id: str) -> Deleted:
    """Delete a record and what depends on it; return what is needed to restore it."""
    out = Deleted()
    with write(db):
        _capture(db, table, "id", [record_id], out)
        deleted = {(t, r["id"]) for t, rows in out.rows.items() if t not in KEYS for r in rows}
        for parent, rows in list(out.rows.items()):
            ids = {r["id"] for r in rows} if parent not in KEYS else set()
            for ref_table, col in SET_NULL.get(parent, []):
                for row in db.query(f"SELECT id, {col} FROM {ref_table} WHERE {col} IS NOT NULL"):
                    if row[col] in ids and (ref_table, row["id"]) not in deleted:
                        out.nulled.append((ref_table, col, row["id"], row[col]))
        db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
    return out


def restore(db: Database, deleted: Deleted) -> None:
    """Put back everything a deletion removed."""
    with write(db):
        for table in INSERT_ORDER:
            rows = deleted.rows.get(table)
            if rows:
                db.table(table).insert_all(rows, ignore=table in TIE_TABLES)
        for table, col, row_id, value in deleted.nulled:
            db.execute(f"UPDATE {table} SET {col} = ? WHERE id = ?", [value, row_id])
