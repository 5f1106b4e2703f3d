"""Exchange files between laptops: a round package out, responses back.

A ``.ppsmonitor`` file is a ZIP archive with exactly two entries:

- ``manifest.json``: format name and version, kind (``round-package`` or
  ``responses``), the instrument's id, version and SHA-256, and the SHA-256 and size
  of ``data.json``;
- ``data.json``: the records, each with its UUID.

Reading never trusts the file: entry names, sizes, checksums, format version,
instrument and every value are checked before anything is written. Importing is one
transaction; importing the same file twice changes nothing; a UUID that exists with
different content is a conflict, and a file with any conflict is refused whole.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pps_monitor import __version__
from pps_monitor.domain.instrument import (
    SCALE_MAX,
    SCALE_MIN,
    instrument_from_snapshot,
    parse_instrument,
)
from pps_monitor.errors import InstrumentError, PpsError
from pps_monitor.files import WriteError, write_atomically
from pps_monitor.storage import repository as repo

if TYPE_CHECKING:
    from sqlite_utils import Database

EXTENSION = ".ppsmonitor"
FORMAT = "pps-monitor-exchange"
FORMAT_VERSION = 1
KINDS = ("round-package", "responses")
ENTRIES = ("manifest.json", "data.json")
MAX_FILE = 64 * 1024 * 1024  # bytes on disk
MAX_ENTRY = 256 * 1024 * 1024  # bytes once unpacked
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class ExchangeError(PpsError):
    """A file that cannot be imported; the message says why in plain words."""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- writing -------------------------------------------------------------------------


def _round_rows(
    db: Database, round_id: str
) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    r = repo.get_round(db, round_id)
    p = repo.get_partnership(db, r["partnership_id"])
    orgs = repo.list_organisations(db, p["id"])
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


def export_responses(db: Database, round_id: str, out: Path) -> Path:
    """The round's respondents with every answer and comment, each with its UUID."""
    p, r, _ = _round_rows(db, round_id)
    people = list(
        db.query("SELECT * FROM respondents WHERE round_id = ? ORDER BY created_at, id", [round_id])
    )
    answers: dict[str, list[dict[str, Any]]] = {}
    for a in db.query(
        """SELECT a.* FROM answers a JOIN respondents s ON s.id = a.respondent_id
           WHERE s.round_id = ? ORDER BY a.respondent_id, a.item_code""",
        [round_id],
    ):
        answers.setdefault(a["respondent_id"], []).append(
            {"id": a["id"], "item": a["item_code"], "value": a["value"]}
        )
    comments: dict[str, list[dict[str, Any]]] = {}
    for c in db.query(
        """SELECT c.* FROM comments c JOIN respondents s ON s.id = c.respondent_id
           WHERE s.round_id = ? ORDER BY c.respondent_id, c.dimension_code""",
        [round_id],
    ):
        comments.setdefault(c["respondent_id"], []).append(
            {"id": c["id"], "dimension": c["dimension_code"], "text": c["text"]}
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
            "sha256": _sha256(snapshot.encode("utf-8")),
        },
        "files": {"data.json": {"sha256": _sha256(body), "size": len(body)}},
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


# --- reading -------------------------------------------------------------------------


@dataclass
class Exchange:
    kind: str
    manifest: dict[str, Any]
    data: dict[str, Any]
    name: str


def read_exchange(path: Path) -> Exchange:
    """Open and check a file; raise ExchangeError naming the problem."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExchangeError(f"{name}: cannot be read: {exc.strerror or exc}") from None
    if size > MAX_FILE:
        raise ExchangeError(
            f"{name}: the file is too large ({size // 1_000_000} MB; "
            f"at most {MAX_FILE // 1_000_000} MB)."
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise ExchangeError(
            f"{name}: not a PPS Monitor exchange file (damaged or of another kind)."
        ) from None
    with archive:
        infos = archive.infolist()
        names = [i.filename for i in infos]
        for info in infos:
            if info.filename not in ENTRIES:
                raise ExchangeError(
                    f"{name}: unexpected entry {info.filename!r} in the file; it is refused."
                )
            if (info.external_attr >> 16) & 0o170000 == 0o120000:
                raise ExchangeError(f"{name}: entry {info.filename!r} is a link; it is refused.")
            if info.file_size > MAX_ENTRY:
                raise ExchangeError(f"{name}: entry {info.filename!r} is too large once unpacked.")
        if sorted(names) != sorted(ENTRIES):
            missing = [e for e in ENTRIES if e not in names]
            what = f"missing {', '.join(missing)}" if missing else "an entry appears twice"
            raise ExchangeError(f"{name}: incomplete exchange file ({what}).")
        try:
            raw_manifest = archive.read("manifest.json")
            body = archive.read("data.json")
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
            raise ExchangeError(f"{name}: the file is damaged (truncated or corrupted).") from None
    manifest = _json(raw_manifest, name, "manifest.json")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ExchangeError(f"{name}: not a PPS Monitor exchange file.")
    version = manifest.get("format_version")
    if not isinstance(version, int):
        raise ExchangeError(f"{name}: the manifest has no valid format version.")
    if version > FORMAT_VERSION:
        raise ExchangeError(
            f"{name}: made by a newer PPS Monitor (exchange format {version}; this version reads "
            f"up to {FORMAT_VERSION}). Update PPS Monitor to import it."
        )
    kind = manifest.get("kind")
    if kind not in KINDS:
        raise ExchangeError(f"{name}: unknown kind of exchange file {kind!r}.")
    expected = (manifest.get("files") or {}).get("data.json") or {}
    if expected.get("size") != len(body) or expected.get("sha256") != _sha256(body):
        raise ExchangeError(
            f"{name}: the checksum does not match: the file was changed or damaged."
        )
    data = _json(body, name, "data.json")
    if not isinstance(data, dict):
        raise ExchangeError(f"{name}: data.json is not an object.")
    return Exchange(kind, manifest, data, name)


def _json(raw: bytes, name: str, entry: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ExchangeError(f"{name}: {entry} is not UTF-8 text.") from None
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            f"{name}: {entry} is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None


# --- planning and applying an import -------------------------------------------------


@dataclass
class ImportPlan:
    """What an import would do; nothing is written until ``apply_import``."""

    exchange: Exchange
    partnership: str
    round_label: str
    add: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # table -> rows to insert
    present: int = 0  # records already there, identical
    conflicts: list[str] = field(default_factory=list)

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
            )
            if self.count(t)
        ]
        added = ", ".join(parts) if parts else "nothing new"
        return (
            f"{self.exchange.name}: {added} for {self.partnership!r}, round {self.round_label!r}; "
            f"{self.present} already present."
        )


def _check(cond: bool, name: str, where: str, problem: str) -> None:
    if not cond:
        raise ExchangeError(f"{name}: {where}: {problem}")


def _uuid(value: Any, name: str, where: str) -> str:
    _check(
        isinstance(value, str) and bool(UUID_RE.match(value)),
        name,
        where,
        f"{value!r} is not a valid id",
    )
    return value


def _text(value: Any, name: str, where: str, *, empty: bool = False) -> str:
    _check(
        isinstance(value, str) and (empty or value.strip() != ""), name, where, "text is missing"
    )
    return value


def _existing(db: Database, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The rows of ``table`` with these ids, looked up in chunks (not one query per row)."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        for row in db.query(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk):
            found[row["id"]] = row
    return found


def _compare_all(
    db: Database, table: str, rows: list[dict[str, Any]], plan: ImportPlan, what: str
) -> None:
    """Plan inserts; count identical records as present; note every difference as a conflict."""
    existing = _existing(db, table, [r["id"] for r in rows])
    for row in rows:
        old = existing.get(row["id"])
        if old is None:
            plan.add.setdefault(table, []).append(row)
            continue
        differs = [k for k, v in row.items() if old.get(k) != v]
        if differs:
            plan.conflicts.append(f"{what} {row['id']} exists with different {', '.join(differs)}")
        else:
            plan.present += 1


def _compare(db: Database, table: str, row: dict[str, Any], plan: ImportPlan, what: str) -> None:
    _compare_all(db, table, [row], plan, what)


def plan_import(db: Database, path: Path) -> ImportPlan:
    """Check a file against the database and say what importing it would do."""
    ex = read_exchange(path)
    return _plan_round_package(db, ex) if ex.kind == "round-package" else _plan_responses(db, ex)


def _plan_round_package(db: Database, ex: Exchange) -> ImportPlan:
    d, n = ex.data, ex.name
    p, r = d.get("partnership"), d.get("round")
    _check(
        isinstance(p, dict) and isinstance(r, dict), n, "data.json", "partnership or round missing"
    )
    try:
        inst = parse_instrument(d.get("instrument"), f"{n}: instrument")
    except InstrumentError as exc:
        raise ExchangeError(str(exc)) from None
    if _sha256(inst.snapshot.encode("utf-8")) != ex.manifest["instrument"].get("sha256"):
        raise ExchangeError(f"{n}: the instrument does not match the manifest.")
    plan = ImportPlan(
        ex, _text(p.get("name"), n, "partnership.name"), _text(r.get("label"), n, "round.label")
    )
    prow = {
        "id": _uuid(p.get("id"), n, "partnership.id"),
        "name": p["name"].strip(),
        "description": _text(p.get("description", ""), n, "partnership.description", empty=True),
        "created_at": _text(p.get("created_at"), n, "partnership.created_at"),
    }
    same_name = next(
        iter(db.query("SELECT id FROM partnerships WHERE name = ? COLLATE NOCASE", [prow["name"]])),
        None,
    )
    if same_name and same_name["id"] != prow["id"]:
        plan.conflicts.append(f"another partnership named {prow['name']!r} already exists")
    existing_p = next(iter(db.query("SELECT * FROM partnerships WHERE id = ?", [prow["id"]])), None)
    if existing_p is None:
        plan.add.setdefault("partnerships", []).append(prow)
    elif existing_p["name"] != prow["name"]:
        plan.conflicts.append(f"partnership {prow['id']} exists with a different name")
    else:
        plan.present += 1  # descriptions may be edited locally; never overwritten
    orgs = d.get("organisations")
    _check(isinstance(orgs, list), n, "organisations", "must be a list")
    for k, o in enumerate(orgs):
        where = f"organisations[{k}]"
        _check(isinstance(o, dict), n, where, "must be an object")
        _check(
            o.get("sector") in repo.SECTORS,
            n,
            f"{where}.sector",
            f"{o.get('sector')!r} is not a sector",
        )
        row = {
            "id": _uuid(o.get("id"), n, f"{where}.id"),
            "partnership_id": prow["id"],
            "name": _text(o.get("name"), n, f"{where}.name").strip(),
            "sector": o["sector"],
        }
        _compare(db, "organisations", row, plan, "organisation")
    _check(
        r.get("status") in ("open", "closed"),
        n,
        "round.status",
        f"{r.get('status')!r} is not a status",
    )
    date = _text(r.get("date"), n, "round.date")
    _check(bool(re.match(r"^\d{4}-\d{2}-\d{2}$", date)), n, "round.date", f"{date!r} is not a date")
    rrow = {
        "id": _uuid(r.get("id"), n, "round.id"),
        "partnership_id": prow["id"],
        "label": r["label"].strip(),
        "date": date,
        "status": "open",
        "instrument_id": inst.id,
        "instrument_version": inst.version,
        "instrument_json": inst.snapshot,
        "created_at": _text(r.get("created_at"), n, "round.created_at"),
        "closed_at": None,
    }
    existing_r = next(iter(db.query("SELECT * FROM rounds WHERE id = ?", [rrow["id"]])), None)
    if existing_r is None:
        clash = next(
            iter(
                db.query(
                    "SELECT id FROM rounds WHERE partnership_id = ? AND label = ?",
                    [prow["id"], rrow["label"]],
                )
            ),
            None,
        )
        if clash:
            plan.conflicts.append(f"another round labelled {rrow['label']!r} already exists")
        plan.add.setdefault("rounds", []).append(rrow)
    elif (
        existing_r["instrument_json"] != rrow["instrument_json"]
        or existing_r["label"] != rrow["label"]
    ):
        plan.conflicts.append(f"round {rrow['id']} exists with a different label or instrument")
    else:
        plan.present += 1  # status stays as it is locally
    return plan


def _plan_responses(db: Database, ex: Exchange) -> ImportPlan:
    d, n = ex.data, ex.name
    r = d.get("round")
    _check(isinstance(r, dict), n, "data.json", "round missing")
    rid = _uuid(r.get("id"), n, "round.id")
    existing = next(iter(db.query("SELECT * FROM rounds WHERE id = ?", [rid])), None)
    if existing is None:
        raise ExchangeError(
            f"{n}: its round ({r.get('label')!r}) is not in this database; "
            "import its round package first."
        )
    if _sha256(existing["instrument_json"].encode("utf-8")) != ex.manifest["instrument"].get(
        "sha256"
    ):
        raise ExchangeError(
            f"{n}: answers to another version of the questionnaire "
            f"({ex.manifest['instrument'].get('id')} "
            f"{ex.manifest['instrument'].get('version')}) than this round uses "
            f"({existing['instrument_id']} {existing['instrument_version']}); it is refused."
        )
    if existing["status"] != "open":
        raise ExchangeError(
            f"{n}: round {existing['label']!r} is closed; reopen it to import answers."
        )
    inst = instrument_from_snapshot(existing["instrument_json"])
    partnership = repo.get_partnership(db, existing["partnership_id"])
    orgs = {o["id"] for o in repo.list_organisations(db, existing["partnership_id"])}
    plan = ImportPlan(ex, partnership["name"], existing["label"])
    people = d.get("respondents")
    _check(isinstance(people, list), n, "respondents", "must be a list")
    codes = set(inst.item_by_code)
    dims = set(inst.dimension_by_code) | {"risks"}
    uuid_ok = UUID_RE.match
    rows: dict[str, list[dict[str, Any]]] = {"respondents": [], "answers": [], "comments": []}
    for k, s in enumerate(people):
        where = f"respondents[{k}]"
        _check(isinstance(s, dict), n, where, "must be an object")
        sid = _uuid(s.get("id"), n, f"{where}.id")
        org = s.get("organisation_id")
        _check(
            org is None or org in orgs,
            n,
            f"{where}.organisation_id",
            "not an organisation of this partnership",
        )
        _check(
            s.get("sector") is None or s.get("sector") in repo.SECTORS,
            n,
            f"{where}.sector",
            f"{s.get('sector')!r} is not a sector",
        )
        _check(
            s.get("role") is None or s.get("role") in repo.ROLES,
            n,
            f"{where}.role",
            f"{s.get('role')!r} is not a role",
        )
        _check(
            s.get("source") in repo.SOURCES,
            n,
            f"{where}.source",
            f"{s.get('source')!r} is not a source",
        )
        rows["respondents"].append(
            {
                "id": sid,
                "round_id": rid,
                "organisation_id": org,
                "sector": s.get("sector"),
                "role": s.get("role"),
                "source": s["source"],
                "created_at": _text(s.get("created_at"), n, f"{where}.created_at"),
            }
        )
        answers = s.get("answers")
        _check(isinstance(answers, list), n, f"{where}.answers", "must be a list")
        seen: set[str] = set()
        add_answer = rows["answers"].append
        for j, a in enumerate(answers):
            # Fast path: every rule checked inline. The detailed checks below run only for
            # an answer that breaks a rule, to say which one.
            if type(a) is dict:
                item, v, aid = a.get("item"), a.get("value"), a.get("id")
                if (
                    item in codes
                    and item not in seen
                    and (v is None or (type(v) is int and SCALE_MIN <= v <= SCALE_MAX))
                    and type(aid) is str
                    and uuid_ok(aid)
                ):
                    seen.add(item)
                    add_answer({"id": aid, "respondent_id": sid, "item_code": item, "value": v})
                    continue
            aw = f"{where}.answers[{j}]"
            _check(isinstance(a, dict), n, aw, "must be an object")
            item = a.get("item")
            _check(item in codes, n, f"{aw}.item", f"{item!r} is not a statement of this round")
            _check(item not in seen, n, f"{aw}.item", f"{item!r} is answered twice")
            v = a.get("value")
            _check(
                v is None or (type(v) is int and SCALE_MIN <= v <= SCALE_MAX),
                n,
                f"{aw}.value",
                f"{v!r} is not 1-5 or empty",
            )
            _uuid(a.get("id"), n, f"{aw}.id")
            raise AssertionError("unreachable: the fast path accepts every valid answer")
        _check(
            seen == codes, n, f"{where}.answers", f"{len(codes - seen)} statement(s) have no answer"
        )
        comments = s.get("comments", [])
        _check(isinstance(comments, list), n, f"{where}.comments", "must be a list")
        for j, c in enumerate(comments):
            cw = f"{where}.comments[{j}]"
            _check(isinstance(c, dict) and c.get("dimension") in dims, n, cw, "unknown topic")
            rows["comments"].append(
                {
                    "id": _uuid(c.get("id"), n, f"{cw}.id"),
                    "respondent_id": sid,
                    "dimension_code": c["dimension"],
                    "text": _text(c.get("text"), n, f"{cw}.text"),
                }
            )
    ids = [r["id"] for table in rows.values() for r in table]
    _check(len(ids) == len(set(ids)), n, "data.json", "the same id is used for two records")
    _compare_all(db, "respondents", rows["respondents"], plan, "respondent")
    if len(plan.add.get("respondents", [])) == len(rows["respondents"]):
        # No respondent of this file is here yet, so neither are their answers and comments:
        # skip 60,000 lookups. A clashing id elsewhere still fails the insert's primary key,
        # and the whole import is then rolled back and refused as a conflict.
        plan.add["answers"] = rows["answers"]
        plan.add["comments"] = rows["comments"]
    else:
        _compare_all(db, "answers", rows["answers"], plan, "answer")
        _compare_all(db, "comments", rows["comments"], plan, "comment")
    return plan


ORDER = ("partnerships", "organisations", "rounds", "respondents", "answers", "comments")


def apply_import(db: Database, plan: ImportPlan) -> ImportPlan:
    """Write everything the plan adds in one transaction; refuse a plan with conflicts."""
    if plan.conflicts:
        shown = "; ".join(plan.conflicts[:3]) + (
            f"; and {len(plan.conflicts) - 3} more" if len(plan.conflicts) > 3 else ""
        )
        raise ExchangeError(
            f"{plan.exchange.name}: refused, it conflicts with this database: {shown}. "
            "Nothing was imported."
        )
    import sqlite3

    try:
        with db.atomic():
            for table in ORDER:
                rows = plan.add.get(table)
                if rows:
                    columns = list(rows[0])
                    marks = ", ".join("?" * len(columns))
                    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
                    db.conn.executemany(sql, map(itemgetter(*columns), rows))
    except sqlite3.IntegrityError as exc:
        raise ExchangeError(
            f"{plan.exchange.name}: refused, it conflicts with this database ({exc}). "
            "Nothing was imported."
        ) from None
    return plan


def import_file(db: Database, path: Path) -> ImportPlan:
    return apply_import(db, plan_import(db, path))
