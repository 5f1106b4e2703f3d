"""An import plan, and the checks and lookups every kind of exchange file plans with.

A plan says what an import would add; nothing is written until it is applied. A record
whose UUID is already here with the same content counts as present; with different
content it is a conflict, and a plan with any conflict is refused whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pps_monitor.exchange.fields import checked_count, checked_str
from pps_monitor.exchange.fileformat import UUID_RE, Exchange
from pps_monitor.exchange.limits import MAX_NAME, MAX_RESPONDENTS
from pps_monitor.exchange.refusal import Refused
from pps_monitor.i18n import N_

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class ImportPlan:
    """What an import would do; nothing is written until ``apply_import``."""

    exchange: Exchange
    partnership: str
    round_label: str
    # table -> rows to insert: dicts by column, or tuples (see importing.TUPLE_COLUMNS)
    add: dict[str, list[Any]] = field(default_factory=dict)
    present: int = 0  # records already there, identical
    conflicts: list[str] = field(default_factory=list)
    round_id: str | None = None  # a responses file: its round, and
    batch: str | None = None  # the batch its new respondents form (undo before release)
    privacy: Any = None  # a round package: (partnership id, Privacy) to merge, larger stays
    # Format 3 (``release_state``): (released, generation, key) of respondents here to
    # release as the file says, and the UUIDs of comments here to release.
    promote: list[tuple[int, int | None, int]] = field(default_factory=list)
    promote_comments: list[str] = field(default_factory=list)
    # Format 4: (shown_before, key) of respondents here the old method showed (m010)
    # that the file marks higher than here (a mark is never lowered).
    shown: list[tuple[int, int]] = field(default_factory=list)

    def count(self, table: str) -> int:
        return len(self.add.get(table, []))

    def summary(self) -> str:
        parts = [
            f"{self.count(t)} {label}"
            for t, label in (
                ("partnerships", "partnership"),
                ("organisations", "organisation(s)"),
                ("rounds", "round"),
                ("respondents", "respondent(s)"),
                ("answers", "answer(s)"),
                ("comments", "comment(s)"),
                ("tie_respondents", "tie respondent(s)"),
            )
            if self.count(t)
        ]
        added = ", ".join(parts) if parts else "nothing new"
        return (
            f"{self.exchange.name}: {added} for {self.partnership!r}, round {self.round_label!r}; "
            f"{self.present} already present."
        )


# --- checked values ------------------------------------------------------------------


def check(cond: bool, name: str, where: str, problem: str, **params: Any) -> None:
    """Refuse the file ``name`` unless ``cond``, saying where and what is wrong.

    ``problem`` is a catalogue text (``N_``) with its ``params``, so the refusal is
    shown in Dutch too; a value from the file is shown shortened (``value``)."""
    if not cond:
        shown = {k: _short(v) if isinstance(v, str) else v for k, v in params.items()}
        raise Refused(name, f"data.json: {where}", problem, **shown)


def value_of(value: Any) -> str:
    """A value from the file as a refusal shows it (``repr``, shortened)."""
    return _short(repr(value))


def _short(text: str, limit: int = 100) -> str:
    """A hostile value shown shortened, never whole."""
    return text if len(text) <= limit else f"{text[:60]} ... {text[-20:]}"


def checked_id(value: Any, name: str, where: str) -> str:
    check(
        isinstance(value, str) and bool(UUID_RE.match(value)),
        name,
        where,
        N_("{value} is not a valid id."),
        value=value_of(value),
    )
    return str(value)


def checked_text(
    value: Any, name: str, where: str, *, empty: bool = False, limit: int = MAX_NAME
) -> str:
    """A text of at most ``limit`` characters without control characters (issue 14)."""
    return checked_str(value, name, where, limit=limit, empty=empty)


def checked_list(value: Any, name: str, where: str, limit: int = MAX_RESPONDENTS) -> list[Any]:
    check(isinstance(value, list), name, where, N_("must be a list."))
    return checked_count(list(value), name, where, limit)


# --- comparing with the database -----------------------------------------------------


def one_row(db: Database, sql: str, params: list[Any]) -> dict[str, Any] | None:
    return next(iter(db.query(sql, params)), None)


def existing(db: Database, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The rows of ``table`` with these ids, looked up in chunks (not one query per row)."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        for row in db.query(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk):
            found[row["id"]] = row
    return found


def compare_all(
    db: Database, table: str, rows: list[dict[str, Any]], plan: ImportPlan, what: str
) -> None:
    """Plan inserts; count identical records as present; note every difference as a conflict."""
    found = existing(db, table, [r["id"] for r in rows])
    for row in rows:
        old = found.get(row["id"])
        if old is None:
            plan.add.setdefault(table, []).append(row)
            continue
        differs = [k for k, v in row.items() if old.get(k) != v]
        if differs:
            plan.conflicts.append(f"{what} {row['id']} exists with different {', '.join(differs)}")
        else:
            plan.present += 1


def checked_facts(
    raw: Any, n: str, where: str, known: dict[str, tuple[int, int]]
) -> list[tuple[str, int]]:
    """A respondent's optional facts (hours a week, ...): known codes, whole numbers in range."""
    out: dict[str, int] = {}
    for j, f in enumerate(checked_list(raw, n, where)):
        fw = f"{where}[{j}]"
        check(
            isinstance(f, dict) and f.get("fact") in known, n, fw, N_("not a fact of this round.")
        )
        low, high = known[f["fact"]]
        value = f.get("value")
        check(
            type(value) is int and low <= value <= high,
            n,
            f"{fw}.value",
            N_("{value} is out of range."),
            value=value_of(value),
        )
        check(f["fact"] not in out, n, fw, N_("the same fact is given twice."))
        out[f["fact"]] = value
    return sorted(out.items())
