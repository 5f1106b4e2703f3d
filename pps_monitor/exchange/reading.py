"""Reading an exchange file without trusting it (issue 14): the hardened container.

Size on disk, ZIP directory (exactly ``manifest.json`` and ``data.json``, no links, no
encryption, stored or deflated), sizes and ratios counted while unpacking, JSON depth
and text lengths, every manifest field by type and value, the data's checksum. Each
failure is one :class:`~pps_monitor.exchange.refusal.Refused` line; nothing is written.
The records are checked while an import is planned (``plan_round``, ``plan_responses``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pps_monitor.exchange.fields import checked_timestamp
from pps_monitor.exchange.fileformat import (
    ENTRIES,
    FORMAT,
    FORMAT_VERSION,
    KINDS,
    READS_VERSIONS,
    Exchange,
    sha256,
)
from pps_monitor.exchange.limits import EXCHANGE_JSON, EXCHANGE_ZIP, MANIFEST_JSON, MAX_NAME
from pps_monitor.exchange.refusal import Refused
from pps_monitor.exchange.safe_json import load_json
from pps_monitor.exchange.safe_zip import open_zip, read_members
from pps_monitor.i18n import N_

HEX64 = re.compile(r"^[0-9a-f]{64}$")
WHAT = N_("a PPS Monitor exchange file")


def read_exchange(path: Path) -> Exchange:
    """Open and check a file; raise :class:`Refused` naming the problem."""
    path = Path(path)
    name = path.name
    with open_zip(path, EXCHANGE_ZIP, WHAT) as archive:
        names = sorted(i.filename for i in archive.infolist())
        if names != sorted(ENTRIES):
            missing = [e for e in ENTRIES if e not in names]
            extra = [e for e in names if e not in ENTRIES]
            if extra:
                raise Refused(name, extra[0], N_("unexpected entry in an exchange file."))
            raise Refused(
                name,
                "",
                N_("incomplete exchange file (missing {entries})."),
                entries=", ".join(missing),
            )
        members = read_members(archive, name, EXCHANGE_ZIP, ENTRIES)
    manifest = load_json(members["manifest.json"], name, "manifest.json", MANIFEST_JSON)
    body = members["data.json"]
    kind = check_manifest(manifest, body, name)
    # The answers are checked one by one when the import is planned (plan_responses).
    data = load_json(body, name, "data.json", EXCHANGE_JSON, prune=frozenset({"answers"}))
    if not isinstance(data, dict):
        raise Refused(name, "data.json", N_("is not an object."))
    return Exchange(kind, manifest, data, name)


def check_manifest(manifest: Any, body: bytes, name: str) -> str:
    """Every field the import uses, by type and value; return the kind."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise Refused(name, "manifest.json", N_("not a PPS Monitor exchange file."))
    _check_version(manifest.get("format_version"), name)
    kind = manifest.get("kind")
    if kind not in KINDS:
        raise Refused(name, "manifest.json: kind", N_("unknown kind of exchange file."))
    app = manifest.get("app_version", "")
    _need(isinstance(app, str) and len(app) <= 40, name, "app_version", N_("not a version."))
    if "created_at" in manifest:
        checked_timestamp(manifest["created_at"], name, "manifest.json: created_at")
    inst = manifest.get("instrument")
    if not isinstance(inst, dict):
        raise Refused(name, "manifest.json: instrument", N_("missing or not an object."))
    _need(_short_text(inst.get("id")), name, "instrument.id", N_("missing or not a text."))
    version = inst.get("version")
    _need(
        _short_text(version) or (type(version) is int and version >= 0),
        name,
        "instrument.version",
        N_("missing or not a version."),
    )
    _need(_hex(inst.get("sha256")), name, "instrument.sha256", N_("not a SHA-256 checksum."))
    files = manifest.get("files")
    expected = files.get("data.json") if isinstance(files, dict) else None
    if not isinstance(expected, dict):
        raise Refused(name, "manifest.json: files", N_("missing or not an object."))
    size, digest = expected.get("size"), expected.get("sha256")
    _need(type(size) is int and size >= 0, name, "files.data.json.size", N_("not a size."))
    _need(_hex(digest), name, "files.data.json.sha256", N_("not a SHA-256 checksum."))
    auth = manifest.get("auth")
    if auth is not None:  # checked against the round's key when planned (exchange.auth)
        _need(
            isinstance(auth, dict) and isinstance(auth.get("mac"), str) and _hex(auth["mac"]),
            name,
            "auth",
            N_("not an authentication code."),
        )
    if size != len(body) or digest != sha256(body):
        raise Refused(
            name, "data.json", N_("the checksum does not match: the file was changed or damaged.")
        )
    return str(kind)


def _check_version(version: Any, name: str) -> None:
    if type(version) is int and version > FORMAT_VERSION:
        raise Refused(
            name,
            "",
            N_(
                "made by a newer PPS Monitor (exchange format {version}; this version reads "
                "formats {known}). Update PPS Monitor to import it."
            ),
            version=version,
            known=", ".join(map(str, READS_VERSIONS)),
        )
    if type(version) is not int or version not in READS_VERSIONS:
        raise Refused(
            name,
            "manifest.json: format_version",
            N_("{value} is not a known format version."),
            value=_shown(version),
        )


def _need(cond: bool, name: str, field: str, msgid: str) -> None:
    if not cond:
        raise Refused(name, f"manifest.json: {field}", msgid)


def _short_text(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value.strip()) <= MAX_NAME


def _hex(value: Any) -> bool:
    return isinstance(value, str) and bool(HEX64.match(value))


def _shown(value: Any) -> str:
    """A value for a message: its JSON text, at most 40 characters."""
    import json

    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."
