"""Writing exchange files: a round package out (format 2), or a round's responses with
their release state (format 3; format 4 when the round was shown by the old method)."""

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
    FORMAT,
    PACKAGE_VERSION,
    RELEASE_VERSION,
    SHOWN_BEFORE_VERSION,
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
    by fewer than ``min_round`` respondents, chosen (``anonymous_responses``) so that the
    other laptop shows figures shown here; sector and role for everyone in the
    breakdowns or for nobody, only when every group holds at least ``min_breakdown``. A
    round below ``min_round`` is refused. ``complete=True`` is the coordinator's file
    for moving answers between laptops: every respondent given (released or not) with
    the sector and role as stored, and nothing is released.

    Both say per respondent where it stands in the round's release (``release_fields``)
    and each comment whether it is released, so that the other laptop shows the figures
    shown here (issue 11; the complete file: those shown now; the anonymous file: those
    shown now, or at an earlier release). An anonymous file without it arrived there
    as one batch, and a spread figure held at an earlier batch here moved there by a
    late group of fewer than ``min_breakdown``. Batches are merged first (``compact``).
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
            **release_fields(person),
        }
        for person in people
    ]
    comments = round_comment_rows(db, round_id, complete, with_release=True)
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
        version=SHOWN_BEFORE_VERSION
        if any("shown_before" in s for s in respondents)
        else RELEASE_VERSION,
    )


RELEASE_NAMES = {0: "pending", 1: "round", 2: "breakdowns"}  # respondents.released


def release_fields(person: dict[str, Any]) -> dict[str, Any]:
    """Format 3 (issue 11, F2 and its residuals): where the respondent stands in the
    round's release, so that the round moves to another laptop as it was shown.

    ``release``: ``pending`` (given, in no figure yet: the complete file only),
    ``round`` (in the round's figures, not its breakdowns) or ``breakdowns``; ``batch``:
    the release batch (``respondents.generation``, merged to what the figures need: 1,
    2, ...). Format 4: ``shown_before`` (1 in the round's figures, 2 in its breakdowns
    too) for a respondent the old method showed before the upgrade (m010), so that the
    other laptop holds back what this one holds back; left out when not shown."""
    out: dict[str, Any] = {"release": RELEASE_NAMES[person["released"]]}
    if person["released"] and person["generation"] is not None:
        out["batch"] = person["generation"]
    if person["shown_before"]:
        out["shown_before"] = person["shown_before"]
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
    columns = (
        "key",
        "uuid",
        "organisation_id",
        "sector",
        "role",
        "released",
        "generation",
        "shown_before",
    )
    return [
        dict(zip(columns, row, strict=True))
        for row in db.execute(
            "SELECT id, uuid, organisation_id, sector, role, released, generation,"
            f" shown_before FROM respondents WHERE round_id = ?{where}",
            [round_id],
        )
    ]


def _released_respondents(
    db: Database, round_id: str, partnership_id: str, label: str
) -> list[dict[str, Any]]:
    """Release the round, then the respondents the anonymous file holds, with the labels
    it gives (``anonymous_responses``: the other laptop then shows figures shown here)."""
    from pps_monitor.exchange.anonymous_responses import anonymous
    from pps_monitor.storage.release import group_privacy, release_round

    if not release_round(db, round_id):  # a release compacts; batches imported may not be
        compact(db, round_id)  # batches no figure tells apart go as one (issue 11, F3)
    privacy = partnerships.get_privacy(db, partnership_id)
    group = rounds.get_round(db, round_id).get("respondent_group")
    released = _respondents(db, round_id, " AND released != 0")
    people = (
        anonymous(db, round_id, released, group_privacy(privacy, group), privacy.min_breakdown)
        if len(released) >= privacy.min_round
        else released
    )
    if people is None:
        raise ExchangeError(
            f"Round {label!r}: no anonymous responses file shows the figures shown "
            "here on another laptop (the round was shown by an older version). To "
            "move its answers, write the complete file (in the app: tick 'All "
            "answers, for the coordinator's laptop'; on the command line: --full)."
        )
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
    return people


def _write(
    out: Path,
    kind: str,
    data: dict[str, Any],
    snapshot: str,
    *,
    stamp: bool,
    key: str | None = None,
    version: int = PACKAGE_VERSION,
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
