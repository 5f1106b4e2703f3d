"""The partnership's own texts beside its answers in the XLSX export (issue 14): its name,
the comments, the action points and the timeline's events.

Comments are answers too, so they follow the anonymity rules of the answers sheet
(issue 11): by default only a round's released comments, and only for rounds whose
released respondents reach the partnership's ``min_round``; shuffled, with no link to a
respondent. ``full=True`` (the coordinator's complete table) gives every comment given.
Action points and events are the coordinator's own notes and are always included.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from pps_monitor.exchange.writing import round_comment_rows
from pps_monitor.storage.actions import list_action_points
from pps_monitor.storage.events import list_events
from pps_monitor.storage.partnerships import get_partnership, get_privacy
from pps_monitor.storage.release import group_privacy
from pps_monitor.storage.rounds import list_rounds, round_parts

if TYPE_CHECKING:
    from sqlite_utils import Database

_shuffle = random.SystemRandom().shuffle

PARTNERSHIP_COLUMNS = ["partnership", "description"]
COMMENT_COLUMNS = ["round", "group", "dimension", "comment"]
ACTION_COLUMNS = ["dimension", "text", "owner", "due", "status", "round_raised"]
EVENT_COLUMNS = ["date", "event"]


def context_sheets(
    db: Database, partnership_id: str, round_label: str | None, *, full: bool
) -> list[tuple[str, list[str], list[dict[str, Any]]]]:
    """(title, columns, rows) of the sheets that follow the answers and scores."""
    p = get_partnership(db, partnership_id)
    rounds = list_rounds(db, partnership_id)
    labels = {r["id"]: r["label"] for r in rounds}
    chosen = [r for r in rounds if round_label is None or r["label"] == round_label]
    return [
        (
            "partnership",
            PARTNERSHIP_COLUMNS,
            [{"partnership": p["name"], "description": p.get("description") or ""}],
        ),
        ("comments", COMMENT_COLUMNS, comment_rows(db, partnership_id, chosen, full=full)),
        ("action_points", ACTION_COLUMNS, _action_rows(db, partnership_id, labels)),
        (
            "events",
            EVENT_COLUMNS,
            [{"date": e["date"], "event": e["text"]} for e in list_events(db, partnership_id)],
        ),
    ]


def comment_rows(
    db: Database, partnership_id: str, rounds: list[dict[str, Any]], *, full: bool
) -> list[dict[str, Any]]:
    privacy = get_privacy(db, partnership_id)
    out: list[dict[str, Any]] = []
    for r in rounds:
        for part in round_parts(db, r["id"]):
            group = part.get("respondent_group") or "partners"
            minimum = group_privacy(privacy, group).min_round  # employers: pooled minimum
            if not full:
                (n,) = db.execute(
                    "SELECT count(*) FROM respondents WHERE round_id = ? AND released != 0",
                    [part["id"]],
                ).fetchone()
                if n < minimum:
                    continue  # a round below its minimum shows no comments
            rows = [
                {
                    "round": r["label"],
                    "group": group,
                    "dimension": c["dimension"],
                    "comment": c["text"],
                }
                for c in round_comment_rows(db, part["id"], full)
            ]
            _shuffle(rows)
            out += sorted(rows, key=lambda c: c["dimension"])  # stable: order within stays random
    return out


def _action_rows(db: Database, partnership_id: str, labels: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "dimension": a["dimension_code"] or "",
            "text": a["text"],
            "owner": a["owner"],
            "due": a["due_date"] or "",
            "status": a["status"],
            "round_raised": labels.get(a["round_raised_id"] or "", ""),
        }
        for a in list_action_points(db, partnership_id)
    ]
