"""Writing exchange files: a round package out, or a round's responses."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pps_monitor import __version__
from pps_monitor.exchange.fileformat import (
    EXTENSION,
    FORMAT,
    FORMAT_VERSION,
    ExchangeError,
    sha256,
)
from pps_monitor.files import WriteError, write_atomically
from pps_monitor.storage import organisations, partnerships, rounds

if TYPE_CHECKING:
    from sqlite_utils import Database


def _round_rows(
    db: Database, round_id: str
) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    r = rounds.get_round(db, round_id)
    p = partnerships.get_partnership(db, r["partnership_id"])
    orgs = organisations.list_organisations(db, p["id"])
    return p, r, orgs


def export_round_package(db: Database, round_id: str, out: Path) -> Path:
    """Partnership, organisations, round and instrument snapshot: enough to run the round."""
    p, r, orgs = _round_rows(db, round_id)
    data = {
        "partnership": {k: p[k] for k in ("id", "name", "description", "created_at")},
        "organisations": [{k: o[k] for k in ("id", "name", "sector")} for o in orgs],
        "round": {k: r[k] for k in ("id", "label", "date", "status", "created_at")},
        "instrument": json.loads(r["instrument_json"]),
    }
    return _write(out, "round-package", data, r["instrument_json"])


def _by_respondent(
    db: Database, sql: str, round_id: str, record: Any
) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for row in db.query(sql, [round_id]):
        out.setdefault(row["respondent_id"], []).append(record(row))
    return out


def export_responses(db: Database, round_id: str, out: Path) -> Path:
    """The round's respondents with every answer and comment, each with its UUID."""
    p, r, _ = _round_rows(db, round_id)
    people = list(
        db.query("SELECT * FROM respondents WHERE round_id = ? ORDER BY created_at, id", [round_id])
    )
    answers = _by_respondent(
        db,
        """SELECT a.* FROM answers a JOIN respondents s ON s.id = a.respondent_id
           WHERE s.round_id = ? ORDER BY a.respondent_id, a.item_code""",
        round_id,
        lambda a: {"id": a["id"], "item": a["item_code"], "value": a["value"]},
    )
    comments = _by_respondent(
        db,
        """SELECT c.* FROM comments c JOIN respondents s ON s.id = c.respondent_id
           WHERE s.round_id = ? ORDER BY c.respondent_id, c.dimension_code""",
        round_id,
        lambda c: {"id": c["id"], "dimension": c["dimension_code"], "text": c["text"]},
    )
    data = {
        "partnership": {"id": p["id"], "name": p["name"]},
        "round": {"id": r["id"], "label": r["label"]},
        "respondents": [
            {
                "id": s["id"],
                "organisation_id": s["organisation_id"],
                "sector": s["sector"],
                "role": s["role"],
                "source": s["source"],
                "created_at": s["created_at"],
                "answers": answers.get(s["id"], []),
                "comments": comments.get(s["id"], []),
            }
            for s in people
        ],
    }
    return _write(out, "responses", data, r["instrument_json"])


def _write(out: Path, kind: str, data: dict[str, Any], snapshot: str) -> Path:
    out = Path(out)
    if out.suffix != EXTENSION:
        raise ExchangeError(f"{out.name}: exchange files end in {EXTENSION}")
    inst = json.loads(snapshot)
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "app_version": __version__,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "instrument": {
            "id": inst["id"],
            "version": inst["version"],
            "sha256": sha256(snapshot.encode("utf-8")),
        },
        "files": {"data.json": {"sha256": sha256(body), "size": len(body)}},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest, indent=1, sort_keys=True))
        z.writestr("data.json", body)
    try:
        write_atomically(out, buffer.getvalue())
    except WriteError as exc:
        raise ExchangeError(str(exc)) from None
    return out
