"""Rounds of a partnership: each keeps a snapshot of the instrument it was run with."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.instrument import Instrument, instrument_from_snapshot
from pps_monitor.domain.vocabulary import ROUND_STATUSES
from pps_monitor.errors import InputError, NotFoundError
from pps_monitor.storage.common import (
    iso_date,
    new_id,
    now,
    one,
    required_text,
    table,
    write,
)
from pps_monitor.storage.partnerships import get_partnership

if TYPE_CHECKING:
    from sqlite_utils import Database


def create_round(
    db: Database, partnership_id: str, label: str, when: str | date, instrument: Instrument
) -> str:
    label = required_text(label, "The round's label")
    when = iso_date(when, "The round's date")
    get_partnership(db, partnership_id)
    if one(
        db, "SELECT id FROM rounds WHERE partnership_id = ? AND label = ?", [partnership_id, label]
    ):
        raise InputError(f"This partnership already has a round labelled {label!r}.")
    rid = new_id()
    with write(db):
        table(db, "rounds").insert(
            {
                "id": rid,
                "partnership_id": partnership_id,
                "label": label,
                "date": when,
                "status": "open",
                "instrument_id": instrument.id,
                "instrument_version": instrument.version,
                "instrument_json": instrument.snapshot,
                "created_at": now(),
                "closed_at": None,
                # authenticates the round's responses files (exchange.auth, issue 14)
                "exchange_key": secrets.token_hex(32),
            }
        )
    return rid


def set_round_status(db: Database, round_id: str, status: str) -> None:
    if status not in ROUND_STATUSES:
        raise InputError(f"A round is open or closed, not {status!r}.")
    with write(db):
        table(db, "rounds").update(
            round_id, {"status": status, "closed_at": now() if status == "closed" else None}
        )


def list_rounds(db: Database, partnership_id: str) -> list[dict[str, Any]]:
    """Rounds in date order, with their number of respondents (without the snapshot)."""
    return list(
        db.query(
            """SELECT r.id, r.partnership_id, r.label, r.date, r.status, r.instrument_id,
                      r.instrument_version, r.created_at, r.closed_at,
                      (SELECT count(*) FROM respondents s WHERE s.round_id = r.id) AS respondents
               FROM rounds r WHERE r.partnership_id = ? ORDER BY r.date, r.created_at""",
            [partnership_id],
        )
    )


def get_round(db: Database, round_id: str) -> dict[str, Any]:
    row = one(db, "SELECT * FROM rounds WHERE id = ?", [round_id])
    if row is None:
        raise NotFoundError("That round no longer exists.")
    return row


def find_round(db: Database, partnership_id: str, label: str | None) -> dict[str, Any]:
    """By label, or the latest round when label is None."""
    rounds = list_rounds(db, partnership_id)
    if not rounds:
        raise NotFoundError("This partnership has no rounds yet.")
    if label is None:
        return get_round(db, rounds[-1]["id"])
    for r in rounds:
        if r["label"] == label.strip():
            return get_round(db, r["id"])
    labels = ", ".join(repr(r["label"]) for r in rounds)
    raise NotFoundError(f"No round labelled {label!r} (rounds: {labels}).")


def round_instrument(round_row: Mapping[str, Any]) -> Instrument:
    return instrument_from_snapshot(round_row["instrument_json"])
