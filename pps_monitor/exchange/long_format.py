"""Raw answers in long format (one row per respondent and item) for Excel or R."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pps_monitor.files import write_atomically
from pps_monitor.storage.organisations import list_organisations
from pps_monitor.storage.rounds import get_round, list_rounds, round_instrument

if TYPE_CHECKING:
    from sqlite_utils import Database

COLUMNS = [
    "round",
    "respondent",
    "organisation",
    "sector",
    "role",
    "dimension",
    "item",
    "reverse",
    "value",
]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Prefix text a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def long_rows(
    db: Database, partnership_id: str, round_label: str | None = None
) -> list[dict[str, Any]]:
    orgs = {o["id"]: o["name"] for o in list_organisations(db, partnership_id)}
    out = []
    for r in list_rounds(db, partnership_id):
        if round_label is not None and r["label"] != round_label:
            continue
        full = get_round(db, r["id"])
        inst = round_instrument(full)
        people = {
            p["id"]: p
            for p in db.query(
                "SELECT id, organisation_id, sector, role FROM respondents WHERE round_id = ?",
                [r["id"]],
            )
        }
        answers = db.execute(
            """SELECT a.respondent_id, a.item_code, a.value FROM answers a
               JOIN respondents s ON s.id = a.respondent_id WHERE s.round_id = ?
               ORDER BY a.respondent_id""",
            [r["id"]],
        ).fetchall()
        order = {item.code: k for k, item in enumerate(inst.items)}
        answers.sort(key=lambda a: (a[0], order.get(a[1], len(order))))
        for respondent_id, code, value in answers:
            person = people[respondent_id]
            item = inst.item_by_code.get(code)
            out.append(
                {
                    "round": r["label"],
                    "respondent": respondent_id,
                    "organisation": orgs.get(person["organisation_id"], ""),
                    "sector": person["sector"] or "",
                    "role": person["role"] or "",
                    "dimension": (item.dimension or "risks") if item else "",
                    "item": code,
                    "reverse": "true" if item and item.reverse else "false",
                    "value": "" if value is None else value,
                }
            )
    return out


def write_csv(rows: Iterable[dict[str, Any]], path: Path, columns: list[str] = COLUMNS) -> None:
    """Write atomically: a temporary file in the same folder, renamed when complete."""

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: neutralise(row.get(k, "")) for k in columns})

    write_atomically(path, write)
