"""Key figures per round and the partnership's balance-sheet rule (schema v5)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from pps_monitor.domain.balance_sheet import DEFAULT_RULE, Rule, check_rule
from pps_monitor.domain.key_figures import check_key_figures
from pps_monitor.errors import InputError, NotFoundError
from pps_monitor.storage.common import one, write

if TYPE_CHECKING:
    from sqlite_utils import Database


def get_key_figures(db: Database, round_id: str) -> dict[str, float]:
    """The figures recorded for a round (a figure never recorded is absent)."""
    return {
        row[0]: _plain(row[1])
        for row in db.execute(
            "SELECT code, value FROM key_figures WHERE round_id = ? ORDER BY code", [round_id]
        ).fetchall()
    }


def partnership_key_figures(db: Database, partnership_id: str) -> dict[str, dict[str, float]]:
    """Every round's recorded figures, by round id (rounds without any are absent)."""
    out: dict[str, dict[str, float]] = {}
    for round_id, code, value in db.execute(
        """SELECT k.round_id, k.code, k.value FROM key_figures k
           JOIN rounds r ON r.id = k.round_id WHERE r.partnership_id = ?""",
        [partnership_id],
    ).fetchall():
        out.setdefault(round_id, {})[code] = _plain(value)
    return out


def _plain(value: float) -> float:
    """A whole number as an int (12, not 12.0), so that counts print as counts."""
    return int(value) if float(value).is_integer() else value


def set_key_figures(
    db: Database,
    round_id: str,
    values: Mapping[str, float | None],
    *,
    replace: bool = False,
    lang: str = "en",
) -> dict[str, float]:
    """Record a round's key figures: ``values`` change the ones given (None clears one);
    with ``replace`` the ones not given are cleared too. Checked as a whole first
    (InputError naming every problem); then stored in one transaction."""
    if one(db, "SELECT id FROM rounds WHERE id = ?", [round_id]) is None:
        raise NotFoundError("That round no longer exists.")
    merged: dict[str, float | None] = {} if replace else dict(get_key_figures(db, round_id))
    merged.update(values)
    problems = check_key_figures(merged)
    if problems:
        raise InputError("; ".join(p.text(lang) for p in problems) + ".")
    kept = {code: _plain(float(v)) for code, v in merged.items() if v is not None}
    with write(db):
        db.execute("DELETE FROM key_figures WHERE round_id = ?", [round_id])
        db.conn.executemany(
            "INSERT INTO key_figures (round_id, code, value) VALUES (?, ?, ?)",
            [(round_id, code, value) for code, value in sorted(kept.items())],
        )
    return kept


def get_balance_rule(db: Database, partnership_id: str) -> Rule:
    row = one(
        db,
        "SELECT good, mixed, method FROM balance_rules WHERE partnership_id = ?",
        [partnership_id],
    )
    if row is None:
        return DEFAULT_RULE
    return Rule(good=float(row["good"]), mixed=float(row["mixed"]), method=str(row["method"]))


def set_balance_rule(db: Database, partnership_id: str, rule: Rule) -> Rule:
    """Store the partnership's rule (InputError in plain words when it is not allowed)."""
    problem = check_rule(rule)
    if problem:
        raise InputError(f"The balance sheet's rule {problem}.")
    if one(db, "SELECT id FROM partnerships WHERE id = ?", [partnership_id]) is None:
        raise NotFoundError("That partnership no longer exists.")
    with write(db):
        db.execute(
            """INSERT INTO balance_rules (partnership_id, good, mixed, method)
               VALUES (?, ?, ?, ?) ON CONFLICT (partnership_id)
               DO UPDATE SET good = excluded.good, mixed = excluded.mixed,
                             method = excluded.method""",
            [partnership_id, rule.good, rule.mixed, rule.method],
        )
    return get_balance_rule(db, partnership_id)
