"""Importing an exchange file: plan it, then apply the plan in one transaction.

Importing the same file twice changes nothing; a UUID that exists with different
content is a conflict, and a file with any conflict is refused whole. Imported
respondents arrive unreleased, as one batch (``undo_last_batch`` until release); a
round package's privacy minimums are merged (the larger stay).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pps_monitor.exchange.fileformat import ExchangeError
from pps_monitor.exchange.plan import ImportPlan
from pps_monitor.exchange.plan_responses import plan_responses
from pps_monitor.exchange.plan_round import plan_round_package
from pps_monitor.exchange.reading import read_exchange
from pps_monitor.storage.common import write
from pps_monitor.storage.partnerships import merge_privacy
from pps_monitor.storage.responses import reorder_pending

if TYPE_CHECKING:
    from sqlite_utils import Database

TUPLE_COLUMNS = {
    "answers": ("respondent_id", "item_code", "value"),
    "tie_modules": ("round_id",),
    "tie_answers": ("respondent_id", "target_id", "item_code", "value"),
}
ORDER: tuple[str, ...] = ("partnerships", "organisations", "rounds", "respondents", "answers")
ORDER += ("comments", "tie_modules", "tie_respondents", "tie_answers")  # ties: issue 18


def plan_import(db: Database, path: Path) -> ImportPlan:
    """Check a file against the database and say what importing it would do."""
    ex = read_exchange(path)
    return plan_round_package(db, ex) if ex.kind == "round-package" else plan_responses(db, ex)


def apply_import(db: Database, plan: ImportPlan) -> ImportPlan:
    """Write everything the plan adds in one transaction; refuse a plan with conflicts."""
    if plan.conflicts:
        shown = "; ".join(plan.conflicts[:3]) + (
            f"; and {len(plan.conflicts) - 3} more" if len(plan.conflicts) > 3 else ""
        )
        raise ExchangeError(
            f"{plan.exchange.name}: refused, it conflicts with this database: {shown}. "
            "Nothing was imported."
        )
    try:
        with write(db):
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
            if plan.batch and (plan.count("respondents") or plan.count("comments")):
                reorder_pending(db, str(plan.round_id), plan.batch)
                db.execute(
                    "UPDATE rounds SET last_batch = ? WHERE id = ?", [plan.batch, plan.round_id]
                )
            if plan.privacy is not None:
                merge_privacy(db, *plan.privacy)
    except sqlite3.IntegrityError as exc:
        raise ExchangeError(
            f"{plan.exchange.name}: refused, it conflicts with this database ({exc}). "
            "Nothing was imported."
        ) from None
    return plan


def import_file(db: Database, path: Path) -> ImportPlan:
    return apply_import(db, plan_import(db, path))
