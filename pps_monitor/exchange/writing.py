"""Writing exchange files: a round package out, or a round's responses (format 2; the
coordinator's complete responses file format 3, with the round's release state)."""

from __future__ import annotations

import io
import json
import random
import zipfile
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pps_monitor import __version__
from pps_monitor.exchange.auth import seal
from pps_monitor.exchange.fileformat import (
    ANONYMOUS_VERSION,
    FORMAT,
    FORMAT_VERSION,
    ExchangeError,
    sha256,
)
from pps_monitor.exchange.ties_exchange import package_extra, responses_extra
from pps_monitor.files import WriteError, write_atomically
from pps_monitor.storage import organisations, partnerships, rounds
from pps_monitor.storage.release import compact

if TYPE_CHECKING:
    from sqlite_utils import Database

_shuffle = random.SystemRandom().shuffle  # a cryptographic shuffle


def _round_rows(
    db: Database, round_id: str
) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    r = rounds.get_round(db, round_id)
    p = partnerships.get_partnership(db, r["partnership_id"])
    orgs = organisations.list_organisations(db, p["id"])
    return p, r, orgs


def export_round_package(db: Database, round_id: str, out: Path) -> Path:
    """Partnership (with its privacy settings), organisations, round and instrument
    snapshot: enough to run the round on another laptop."""
    p, _, orgs = _round_rows(db, round_id)
    main, *parts = rounds.round_parts(db, round_id)  # the main row, then the parts
    r = main
    privacy = partnerships.get_privacy(db, p["id"])
    data = {
        "partnership": {
            **{k: p[k] for k in ("id", "name", "description", "created_at")},
            "privacy": asdict(privacy),
            "language": p.get("language"),  # of its report; null: the app's
        },
        "organisations": [{k: o[k] for k in ("id", "name", "sector")} for o in orgs],
        "round": {
            **{k: r[k] for k in ("id", "label", "date", "status", "created_at")},
            # the round's key: its responses files are authenticated with it (issue 14)
            **({"key": r["exchange_key"]} if r.get("exchange_key") else {}),
            "respondent_group": r.get("respondent_group") or "partners",
        },
        "instrument": json.loads(r["instrument_json"]),
        # The round's further instruments, one per respondent group (issue 17).
        "parts": [
            {
                "id": part["id"],
                "respondent_group": part["respondent_group"],
                "instrument": json.loads(part["instrument_json"]),
                # each part's own key: its responses files are sealed with it (issue 14)
                **({"key": part["exchange_key"]} if part.get("exchange_key") else {}),
            }
            for part in parts
        ],
    }
    data.update(package_extra(db, round_id))  # issue 18: the round's tie questions
    return _write(out, "round-package", data, r["instrument_json"], stamp=True)


# long: the docstring is the file's anonymity contract (issue 11); the body is short.
def export_responses(db: Database, round_id: str, out: Path, *, complete: bool = False) -> Path:
    """The round's respondents with their answers, and its comments (format 2).

    No time and no order: respondents and comments are shuffled, each respondent keeps
    its stable random UUID (so a file imported twice is recognised), the organisation
    only where the respondent gave it, comments apart from the respondents.

    Anonymous by default (issue 11, PRIVACY.md): writing the file releases the round
    (``release_round``, as every output path does) and the file holds only the
    respondents and comments the round's figures include, so two files never differ
    by fewer than ``min_round`` respondents; sector and role only for groups of at
    least ``min_breakdown`` (jointly over sector x role, as the anonymous long export;
    a respondent in the round's figures but not yet in its breakdowns has none). A
    round below ``min_round`` is refused. ``complete=True`` is the coordinator's file
    for moving answers between laptops: every respondent given (released or not) with
    the sector and role as stored, and nothing is released.
    """
    p, r, _ = _round_rows(db, round_id)
    # A worker's facts (hours, months in the job) could single them out beside their
    # answers: only the coordinator's complete file carries them (issue 17).
    facts = (
        _per_respondent(
            db,
            """SELECT f.respondent_id, f.fact_code, f.value FROM facts f
               JOIN respondents s ON s.id = f.respondent_id WHERE s.round_id = ?""",
            round_id,
            "fact",
        )
        if complete
        else {}
    )
    if complete:
        compact(db, round_id)  # batches no figure tells apart go as one (issue 11, F3)
        people = _respondents(db, round_id, "")
    else:
        people = _released_respondents(db, round_id, p["id"], r["label"])
    answers = _per_respondent(
        db,
        """SELECT a.respondent_id, a.item_code, a.value FROM answers a
           JOIN respondents s ON s.id = a.respondent_id WHERE s.round_id = ?""",
        round_id,
        "item",
    )
    respondents = [
        {
            "id": person["uuid"],
            "organisation_id": person["organisation_id"],
            "sector": person["sector"],
            "role": person["role"],
            "answers": answers.get(person["key"], []),
            **({"facts": facts[person["key"]]} if person["key"] in facts else {}),
            **(release_fields(person) if complete else {}),
        }
        for person in people
    ]
    comments = round_comment_rows(db, round_id, complete, with_release=complete)
    _shuffle(respondents)
    _shuffle(comments)
    data = {
        "partnership": {"id": p["id"], "name": p["name"]},
        "round": {
            "id": r["id"],
            "label": r["label"],
            "respondent_group": r.get("respondent_group") or "partners",
        },
        "respondents": respondents,
        "comments": comments,
    }
    data.update(responses_extra(db, round_id, complete))  # issue 18: tie respondents
    return _write(
        out,
        "responses",
        data,
        r["instrument_json"],
        stamp=False,
        key=r.get("exchange_key"),
        version=FORMAT_VERSION if complete else ANONYMOUS_VERSION,
    )


RELEASE_NAMES = {0: "pending", 1: "round", 2: "breakdowns"}  # respondents.released


def release_fields(person: dict[str, Any]) -> dict[str, Any]:
    """Format 3, the complete file only (issue 11, F2): where the respondent stands in
    the round's release, so that the round moves to another laptop as it was shown.

    ``release``: ``pending`` (given, in no figure yet), ``round`` (in the round's
    figures, not its breakdowns) or ``breakdowns``; ``batch``: the release batch
    (``respondents.generation``, merged to what the figures need: 1, 2, ...)."""
    out: dict[str, Any] = {"release": RELEASE_NAMES[person["released"]]}
    if person["released"] and person["generation"] is not None:
        out["batch"] = person["generation"]
    return out


def round_comment_rows(
    db: Database, round_id: str, complete: bool, *, with_release: bool = False
) -> list[dict[str, Any]]:
    """The round's comments (id, dimension, text): released ones only, or every one given
    when ``complete`` (the coordinator's file); in storage order, to be shuffled.
    ``with_release``: each says whether it is released (format 3's complete file)."""
    only = "" if complete else " AND released != 0"
    return [
        {"id": uuid, "dimension": dim, "text": text}
        | ({"released": bool(released)} if with_release else {})
        for uuid, dim, text, released in db.execute(
            f"SELECT uuid, dimension_code, text, released FROM comments WHERE round_id = ?{only}",
            [round_id],
        )
    ]


def _per_respondent(
    db: Database, sql: str, round_id: str, name: str
) -> dict[int, list[dict[str, Any]]]:
    """(respondent key, code, value) rows as each respondent's list, sorted by code."""
    out: dict[int, list[dict[str, Any]]] = {}
    for key, code, value in db.execute(sql, [round_id]):
        out.setdefault(key, []).append({name: code, "value": value})
    for values in out.values():
        values.sort(key=lambda v: v[name])
    return out


def _respondents(db: Database, round_id: str, where: str) -> list[dict[str, Any]]:
    columns = ("key", "uuid", "organisation_id", "sector", "role", "released", "generation")
    return [
        dict(zip(columns, row, strict=True))
        for row in db.execute(
            "SELECT id, uuid, organisation_id, sector, role, released, generation"
            f" FROM respondents WHERE round_id = ?{where}",
            [round_id],
        )
    ]


def _released_respondents(
    db: Database, round_id: str, partnership_id: str, label: str
) -> list[dict[str, Any]]:
    """Release the round, then its included respondents with suppressed labels."""
    from pps_monitor.exchange.long_format import suppress_labels
    from pps_monitor.storage.release import ROUND_ONLY, release_round

    release_round(db, round_id)
    privacy = partnerships.get_privacy(db, partnership_id)
    people = _respondents(db, round_id, " AND released != 0")
    if len(people) < privacy.min_round:
        given = db.execute(
            "SELECT count(*) FROM respondents WHERE round_id = ?", [round_id]
        ).fetchone()[0]
        raise ExchangeError(
            f"Round {label!r} has {given} answer(s): too few for an anonymous "
            f"responses file (minimum {privacy.min_round}). To move them to the "
            "coordinator's laptop anyway, write the complete file (in the app: tick "
            "'All answers, for the coordinator's laptop'; on the command line: --full)."
        )
    round_only = {
        key
        for (key,) in db.execute(
            "SELECT id FROM respondents WHERE round_id = ? AND released = ?",
            [round_id, ROUND_ONLY],
        )
    }
    for person in people:
        if person["key"] in round_only:  # in the round's figures, not in its breakdowns
            person["sector"] = person["role"] = None
    suppress_labels(people, privacy.min_breakdown)
    return people


def _write(
    out: Path,
    kind: str,
    data: dict[str, Any],
    snapshot: str,
    *,
    stamp: bool,
    key: str | None = None,
    version: int = ANONYMOUS_VERSION,
) -> Path:
    out = Path(out)  # written as named: the importer recognises a file by its content
    inst = json.loads(snapshot)
    # Keys sorted, lists kept in their (shuffled) order.
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    manifest = {
        "format": FORMAT,
        "format_version": version,
        "kind": kind,
        "app_version": __version__,
        "instrument": {
            "id": inst["id"],
            "version": inst["version"],
            "sha256": sha256(snapshot.encode("utf-8")),
        },
        "files": {"data.json": {"sha256": sha256(body), "size": len(body)}},
    }
    if kind == "responses":
        seal(manifest, key, data["round"]["id"])  # HMAC with the round's key (issue 14)
    if stamp:  # a round package may say when it was made; a responses file says no time
        manifest["created_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest, indent=1, sort_keys=True))
        z.writestr("data.json", body)
    try:
        write_atomically(out, buffer.getvalue())
    except WriteError as exc:
        raise ExchangeError(str(exc)) from None
    return out
