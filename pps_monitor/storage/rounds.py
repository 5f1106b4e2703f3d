"""Rounds of a partnership: each keeps a snapshot of the instrument it was run with.

Since schema v4 a round may run one instrument per respondent group (issue 17). The
round the coordinator sees is its *main* row; every further instrument is a *part*, a
row of its own (``main_round_id`` = the main row) with its own respondents, release
state and drafts, labelled ``PART_LABEL`` so the partnership's labels stay unique.
Functions that list rounds list main rows; ``round_parts``/``round_part`` give a
round's instruments by group.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.instrument import (
    RESPONDENT_GROUPS,
    Instrument,
    instrument_from_snapshot,
)
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


PART_LABEL = "{label} \u00b7 {group}"  # a part's own label, never shown


def _groups_once(instruments: Sequence[Instrument]) -> None:
    seen: set[str] = set()
    for inst in instruments:
        if inst.respondents not in RESPONDENT_GROUPS:
            raise InputError(f"{inst.id}: unknown respondent group {inst.respondents!r}.")
        if inst.respondents in seen:
            raise InputError(
                f"Two instruments for the {inst.respondents}: a round asks each group once."
            )
        seen.add(inst.respondents)


def create_round(
    db: Database,
    partnership_id: str,
    label: str,
    when: str | date,
    instrument: Instrument,
    *,
    parts: Sequence[Instrument] = (),
) -> str:
    """Open a round with ``instrument`` and, as parts, one more instrument per group."""
    label = required_text(label, "The round's label")
    when = iso_date(when, "The round's date")
    get_partnership(db, partnership_id)
    _groups_once([instrument, *parts])
    labels = [label] + [PART_LABEL.format(label=label, group=p.respondents) for p in parts]
    for text in labels:
        if one(
            db,
            "SELECT id FROM rounds WHERE partnership_id = ? AND label = ?",
            [partnership_id, text],
        ):
            raise InputError(f"This partnership already has a round labelled {label!r}.")
    rid = new_id()
    with write(db):
        for text, inst in zip(labels, [instrument, *parts], strict=True):
            row = _round_row(partnership_id, text, when, inst)
            if text != label:
                row["main_round_id"] = rid
            else:
                row["id"] = rid
            table(db, "rounds").insert(row)
    return rid


def _round_row(pid: str, label: str, when: str, instrument: Instrument) -> dict[str, Any]:
    return {
        "id": new_id(),
        "partnership_id": pid,
        "label": label,
        "date": when,
        "status": "open",
        "instrument_id": instrument.id,
        "instrument_version": instrument.version,
        "instrument_json": instrument.snapshot,
        "created_at": now(),
        "closed_at": None,
        "respondent_group": instrument.respondents,
        "main_round_id": None,
        # authenticates the round's responses files (exchange.auth, issue 14)
        "exchange_key": secrets.token_hex(32),
    }


def round_parts(db: Database, round_id: str) -> list[dict[str, Any]]:
    """The round's instruments as rows: the main row first, then its parts by group."""
    main = get_round(db, round_id)
    if main.get("main_round_id"):
        main = get_round(db, main["main_round_id"])
    parts = list(db.query("SELECT * FROM rounds WHERE main_round_id = ?", [main["id"]]))
    parts.sort(key=lambda r: RESPONDENT_GROUPS.index(r["respondent_group"]))
    for part in parts:
        part["label"] = main["label"]
    return [main, *parts]


def round_part(db: Database, round_id: str, group: str | None) -> dict[str, Any]:
    """The row of the round's instrument for ``group`` (None: the main one)."""
    parts = round_parts(db, round_id)
    if group is None:
        return parts[0]
    for part in parts:
        if part["respondent_group"] == group:
            return part
    asked = ", ".join(p["respondent_group"] for p in parts)
    raise InputError(
        f"Round {parts[0]['label']!r} has no questionnaire for the {group} (it asks: {asked})."
    )


def set_round_status(db: Database, round_id: str, status: str) -> None:
    if status not in ROUND_STATUSES:
        raise InputError(f"A round is open or closed, not {status!r}.")
    with write(db):
        for row in round_parts(db, round_id):
            table(db, "rounds").update(
                row["id"], {"status": status, "closed_at": now() if status == "closed" else None}
            )


def list_rounds(db: Database, partnership_id: str) -> list[dict[str, Any]]:
    """Rounds in date order, with their number of respondents (without the snapshot)."""
    return list(
        db.query(
            """SELECT r.id, r.partnership_id, r.label, r.date, r.status, r.instrument_id,
                      r.instrument_version, r.created_at, r.closed_at,
                      (SELECT count(*) FROM respondents s WHERE s.round_id = r.id) AS respondents,
                      (SELECT group_concat(p.respondent_group, ',') FROM rounds p
                       WHERE p.main_round_id = r.id) AS part_groups
               FROM rounds r WHERE r.partnership_id = ? AND r.main_round_id IS NULL
               ORDER BY r.date, r.created_at""",
            [partnership_id],
        )
    )


def get_round(db: Database, round_id: str) -> dict[str, Any]:
    row = one(db, "SELECT * FROM rounds WHERE id = ?", [round_id])
    if row is None:
        raise NotFoundError("That round no longer exists.")
    if row.get("main_round_id"):  # a part carries its round's label
        main = one(db, "SELECT label FROM rounds WHERE id = ?", [row["main_round_id"]])
        row["label"] = main["label"] if main else row["label"]
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
