"""Importing an exchange file: plan it, then apply the plan in one transaction.

Importing the same file twice changes nothing; a UUID that exists with different
content is a conflict, and a file with any conflict is refused whole. Imported
respondents arrive unreleased, as one batch (``undo_last_batch`` until release), except
those a responses file of format 3 says are released (``release_state``; format 4 also
carries the marks of the old method, ``shown_before``); a round package's privacy
minimums are merged (the larger stay).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pps_monitor.exchange import release_state
from pps_monitor.exchange.fileformat import Exchange
from pps_monitor.exchange.plan import ImportPlan
from pps_monitor.exchange.plan_responses import plan_responses
from pps_monitor.exchange.plan_round import plan_round_package
from pps_monitor.exchange.reading import read_exchange
from pps_monitor.exchange.refusal import Refused
from pps_monitor.i18n import N_
from pps_monitor.storage.common import write
from pps_monitor.storage.partnerships import merge_privacy
from pps_monitor.storage.responses import reorder_pending

if TYPE_CHECKING:
    from sqlite_utils import Database

TUPLE_COLUMNS = {
    "answers": ("respondent_id", "item_code", "value"),
    "facts": ("respondent_id", "fact_code", "value"),
    "tie_modules": ("round_id",),
    "tie_answers": ("respondent_id", "target_id", "item_code", "value"),
}
ORDER = (
    "partnerships",
    "organisations",
    "rounds",
    "respondents",
    "answers",
    "facts",
    "comments",
    "tie_modules",  # tie answers (issue 18)
    "tie_respondents",
    "tie_answers",
)


def plan_import(db: Database, path: Path) -> ImportPlan:
    """Check a file against the database and say what importing it would do."""
    return _plan(db, read_exchange(path))


def _plan(db: Database, ex: Exchange) -> ImportPlan:
    try:
        if ex.kind == "round-package":
            return plan_round_package(db, ex)
        return plan_responses(db, ex)
    except (TypeError, KeyError, AttributeError, ValueError, RecursionError) as exc:
        # Every field is checked by type before use; should one slip through, the user
        # still gets one line, never a traceback (and the log keeps the cause).
        import logging

        logging.getLogger("pps_monitor").warning("unexpected shape in %s", ex.name, exc_info=exc)
        raise Refused(ex.name, "data.json", N_("a field has a value of the wrong kind.")) from None


def apply_import(db: Database, plan: ImportPlan) -> ImportPlan:
    """Write everything the plan adds in one transaction; refuse a plan with conflicts.

    Under the write lock the plan is checked against what another program may have
    written since it was made (the same file imported twice at once): if any record
    it adds is there by now, it is planned again inside the lock, so one import adds
    the records and the other finds them present. Returns the plan that was applied.
    """
    _refuse_conflicts(plan)
    try:
        with write(db):
            if _written_meanwhile(db, plan):
                plan = _plan(db, plan.exchange)
                _refuse_conflicts(plan)
            _insert(db, plan)
    except sqlite3.IntegrityError as exc:
        raise Refused(
            plan.exchange.name,
            "",
            N_("it conflicts with this database ({detail})."),
            detail=str(exc),
        ) from None
    return plan


def _written_meanwhile(db: Database, plan: ImportPlan) -> bool:
    """Whether any record (or new key) of the plan exists by now."""
    for table, rows in plan.add.items():
        if not rows or isinstance(rows[0], tuple):
            continue  # answers go with their respondents
        keys = [("uuid", r["uuid"]) if "uuid" in r else ("id", r["id"]) for r in rows]
        keys += [("id", r["id"]) for r in rows if "uuid" in r]  # the fresh random keys
        for column in ("id", "uuid"):
            values = [v for c, v in keys if c == column]
            for start in range(0, len(values), 900):
                chunk = values[start : start + 900]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT 1 FROM {table} WHERE {column} IN ({marks}) LIMIT 1"
                if db.execute(sql, chunk).fetchone():
                    return True
    return False


def _refuse_conflicts(plan: ImportPlan) -> None:
    if plan.conflicts:
        shown = "; ".join(plan.conflicts[:3]) + (
            f"; and {len(plan.conflicts) - 3} more" if len(plan.conflicts) > 3 else ""
        )
        raise Refused(
            plan.exchange.name,
            "",
            N_("it conflicts with this database: {conflicts}."),
            conflicts=shown,
        )


def _insert(db: Database, plan: ImportPlan) -> None:
    for table in ORDER:
        rows = plan.add.get(table)
        if rows:
            if isinstance(rows[0], tuple):  # the many answers: rows as tuples
                columns = list(TUPLE_COLUMNS[table])
                values: Iterable[Any] = rows
            else:
                columns = list(rows[0])
                values = map(itemgetter(*columns), rows)
            marks = ", ".join("?" * len(columns))
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
            db.conn.executemany(sql, values)
    added = plan.add.get("respondents", []) + plan.add.get("comments", [])
    if plan.batch and any(row["entry_batch"] for row in added):  # a pending batch came in
        reorder_pending(db, str(plan.round_id), plan.batch)
        db.execute("UPDATE rounds SET last_batch = ? WHERE id = ?", [plan.batch, plan.round_id])
    release_state.apply(db, plan)  # format 3/4: released as on the laptop that wrote it
    if plan.privacy is not None:
        merge_privacy(db, *plan.privacy)


def import_file(db: Database, path: Path) -> ImportPlan:
    return apply_import(db, plan_import(db, path))
