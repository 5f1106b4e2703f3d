"""Building and patching ZIP files for the hostile corpus (no binary blobs in git)."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

MB = 1024 * 1024


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def write_zip(
    path: Path,
    entries: Iterable[tuple[str, bytes | Callable[[Any], None]]],
    method: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Entries as bytes, or as a function writing into an open member (streamed)."""
    with zipfile.ZipFile(path, "w", compression=method) as z:
        for name, content in entries:
            if callable(content):
                info = zipfile.ZipInfo(name)
                info.compress_type = method
                with z.open(info, "w", force_zip64=True) as fh:
                    content(fh)
            else:
                info = zipfile.ZipInfo(name)
                info.compress_type = method
                z.writestr(info, content)
    return path


def spaces(total: int, head: bytes = b'{"a": ', tail: bytes = b"1}") -> Callable[[Any], None]:
    """JSON that is almost all spaces: compresses about 1000:1 (a ZIP bomb)."""

    def fill(fh: Any) -> None:
        fh.write(head)
        block = b" " * MB
        for _ in range(total // MB):
            fh.write(block)
        fh.write(tail)

    return fill


def patch(
    path: Path,
    name: str,
    *,
    flags: int | None = None,
    method: int | None = None,
    size: int | None = None,
) -> Path:
    """Rewrite the local and central headers of member ``name`` (lying sizes, flags)."""
    raw = bytearray(path.read_bytes())
    encoded = name.encode()
    for sig, off_flags, off_method, off_size, off_name in (
        (b"PK\x03\x04", 6, 8, 22, 30),
        (b"PK\x01\x02", 8, 10, 24, 46),
    ):
        start = 0
        while (at := raw.find(sig, start)) >= 0:
            start = at + 4
            nlen = struct.unpack_from("<H", raw, at + (26 if sig == b"PK\x03\x04" else 28))[0]
            if bytes(raw[at + off_name : at + off_name + nlen]) != encoded:
                continue
            if flags is not None:
                struct.pack_into("<H", raw, at + off_flags, flags)
            if method is not None:
                struct.pack_into("<H", raw, at + off_method, method)
            if size is not None:
                struct.pack_into("<I", raw, at + off_size, size)
    path.write_bytes(bytes(raw))
    return path


def exchange(
    path: Path,
    manifest: dict[str, Any],
    body: bytes,
    *,
    fix: bool = True,
    key: tuple[str, str] | None = None,
) -> Path:
    """An exchange file with this manifest and data.json (checksum recomputed if ``fix``;
    authenticated again with ``key`` = (round key, round id), as a forger holding the
    round package could)."""
    manifest = json.loads(json.dumps(manifest))
    if fix:
        manifest["files"] = {
            "data.json": {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
        }
    if key is not None:
        from pps_monitor.exchange.auth import seal

        seal(manifest, *key)
    return write_zip(path, [("manifest.json", json.dumps(manifest).encode()), ("data.json", body)])
