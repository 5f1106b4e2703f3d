"""The key figures of every round as rows of the XLSX export (sheet ``key_figures``).

As an audience may see them: outcomes of workers (left, still employed) are empty while
fewer than the partnership's round minimum of workers started, and ``held_back`` names
them, so an empty cell is never a silent gap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pps_monitor.domain.key_figures import CODES, held_back, shown_value

if TYPE_CHECKING:
    from sqlite_utils import Database

KEY_FIGURE_COLUMNS = ["round", "date", *CODES, "held_back"]


def key_figure_rows(
    db: Database, partnership_id: str, round_label: str | None = None
) -> list[dict[str, Any]]:
    from pps_monitor.storage.key_figures import partnership_key_figures
    from pps_monitor.storage.partnerships import get_privacy
    from pps_monitor.storage.rounds import list_rounds

    k = get_privacy(db, partnership_id).min_round
    recorded = partnership_key_figures(db, partnership_id)
    rows = []
    for r in list_rounds(db, partnership_id):
        if round_label is not None and r["label"] != round_label:
            continue
        values = recorded.get(r["id"], {})
        if not values:
            continue
        row: dict[str, Any] = {"round": r["label"], "date": r["date"]}
        row.update({code: shown_value(values, code, k) for code in CODES})
        row["held_back"] = " ".join(c for c in CODES if held_back(values, c, k))
        rows.append(row)
    return rows
