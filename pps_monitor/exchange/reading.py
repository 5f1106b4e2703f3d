"""Reading an exchange file without trusting it: size, entries, checksums, format version.

Only the container is checked here; the records are checked while an import is planned.
"""

from __future__ import annotations

import json
import zipfile
import zlib
from pathlib import Path
from typing import Any

from pps_monitor.exchange.fileformat import (
    ENTRIES,
    FORMAT,
    FORMAT_VERSION,
    KINDS,
    MAX_ENTRY,
    MAX_FILE,
    Exchange,
    ExchangeError,
    sha256,
)


def read_exchange(path: Path) -> Exchange:
    """Open and check a file; raise ExchangeError naming the problem."""
    path = Path(path)
    name = path.name
    _check_size(path)
    raw_manifest, body = _read_entries(path)
    manifest = _json(raw_manifest, name, "manifest.json")
    kind = _check_manifest(manifest, body, name)
    data = _json(body, name, "data.json")
    if not isinstance(data, dict):
        raise ExchangeError(f"{name}: data.json is not an object.")
    return Exchange(kind, manifest, data, name)


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExchangeError(f"{path.name}: cannot be read: {exc.strerror or exc}") from None
    if size > MAX_FILE:
        raise ExchangeError(
            f"{path.name}: the file is too large ({size // 1_000_000} MB; "
            f"at most {MAX_FILE // 1_000_000} MB)."
        )


def _read_entries(path: Path) -> tuple[bytes, bytes]:
    """The manifest and data entries, once the archive holds exactly those two."""
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise ExchangeError(
            f"{name}: not a PPS Monitor exchange file (damaged or of another kind)."
        ) from None
    with archive:
        _check_entries(archive.infolist(), name)
        try:
            return archive.read("manifest.json"), archive.read("data.json")
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
            raise ExchangeError(f"{name}: the file is damaged (truncated or corrupted).") from None


def _check_entries(infos: list[zipfile.ZipInfo], name: str) -> None:
    for info in infos:
        if info.filename not in ENTRIES:
            raise ExchangeError(
                f"{name}: unexpected entry {info.filename!r} in the file; it is refused."
            )
        if (info.external_attr >> 16) & 0o170000 == 0o120000:
            raise ExchangeError(f"{name}: entry {info.filename!r} is a link; it is refused.")
        if info.file_size > MAX_ENTRY:
            raise ExchangeError(f"{name}: entry {info.filename!r} is too large once unpacked.")
    names = [i.filename for i in infos]
    if sorted(names) != sorted(ENTRIES):
        missing = [e for e in ENTRIES if e not in names]
        what = f"missing {', '.join(missing)}" if missing else "an entry appears twice"
        raise ExchangeError(f"{name}: incomplete exchange file ({what}).")


def _check_manifest(manifest: Any, body: bytes, name: str) -> str:
    """Format, version, kind and the data's checksum; return the kind."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ExchangeError(f"{name}: not a PPS Monitor exchange file.")
    version = manifest.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
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
    if expected.get("size") != len(body) or expected.get("sha256") != sha256(body):
        raise ExchangeError(
            f"{name}: the checksum does not match: the file was changed or damaged."
        )
    return str(kind)


def _json(raw: bytes, name: str, entry: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ExchangeError(f"{name}: {entry} is not UTF-8 text.") from None
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            f"{name}: {entry} is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None
