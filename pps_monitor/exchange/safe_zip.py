"""Reading a ZIP container without trusting it: entries, methods, sizes and ratios.

Sizes are counted while decompressing, in chunks, so a member that claims 1 KB and
unpacks to 10 GB is stopped after ``max_member`` bytes, never held in memory whole.
Every failure is a :class:`Refused` naming the file, the member and the problem.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

from pps_monitor.exchange.limits import MB, ZipLimits
from pps_monitor.exchange.refusal import Refused
from pps_monitor.i18n import N_

CHUNK = 256 * 1024
METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
DOCTYPE = (b"<!DOCTYPE", b"<!ENTITY")


def check_file_size(path: Path, max_file: int) -> int:
    """The size of ``path`` on disk; refused when missing, unreadable or too large."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise Refused(path.name, "", N_("cannot be read: {cause}."), cause=exc.strerror) from None
    if not path.is_file():
        raise Refused(path.name, "", N_("is not a file."))
    if size > max_file:
        raise Refused(
            path.name,
            "",
            N_("the file is too large ({size} MB; at most {limit} MB)."),
            size=size // MB,
            limit=max_file // MB,
        )
    return size


def open_zip(path: Path, limits: ZipLimits, what: str) -> zipfile.ZipFile:
    """The archive, once its size and directory pass; ``what`` names the expected kind."""
    check_file_size(path, limits.max_file)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise Refused(
            path.name, "", N_("not {what} (damaged or of another kind)."), what=what
        ) from None
    try:
        check_directory(archive.infolist(), path.name, limits)
    except BaseException:
        archive.close()
        raise
    return archive


def check_directory(infos: list[zipfile.ZipInfo], name: str, limits: ZipLimits) -> None:
    """Entry count, duplicates, links, encryption and compression method."""
    if len(infos) > limits.max_entries:
        raise Refused(
            name,
            "",
            N_("holds {n} entries (at most {limit})."),
            n=len(infos),
            limit=limits.max_entries,
        )
    seen: set[str] = set()
    for info in infos:
        entry = info.filename
        if entry in seen:
            raise Refused(name, entry, N_("the entry appears twice."))
        seen.add(entry)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise Refused(name, entry, N_("the entry is a link."))
        if info.flag_bits & 0x1:
            raise Refused(name, entry, N_("the entry is encrypted (password-protected)."))
        if info.compress_type not in METHODS:
            raise Refused(
                name, entry, N_("the entry uses a compression method that is not supported.")
            )
        if info.file_size > limits.max_member:
            raise Refused(
                name,
                entry,
                N_("too large once unpacked ({size} MB; at most {limit} MB)."),
                size=info.file_size // MB,
                limit=limits.max_member // MB,
            )


class _Budget:
    """Bytes unpacked so far, against the caps."""

    def __init__(self, archive: zipfile.ZipFile, name: str, limits: ZipLimits) -> None:
        self.name, self.limits, self.total = name, limits, 0
        self.on_disk = sum(i.compress_size for i in archive.infolist()) or 1

    def count(self, info: zipfile.ZipInfo, member: int, grown: int) -> None:
        limits = self.limits
        self.total += grown
        if member > limits.max_member:
            raise Refused(
                self.name,
                info.filename,
                N_("too large once unpacked (more than {limit} MB)."),
                limit=limits.max_member // MB,
            )
        if self.total > limits.max_total:
            raise Refused(
                self.name,
                "",
                N_("too large once unpacked (more than {limit} MB in all)."),
                limit=limits.max_total // MB,
            )
        ratio_member = member / max(info.compress_size, 1)
        ratio_total = self.total / self.on_disk
        if (member > limits.ratio_from and ratio_member > limits.max_ratio) or (
            self.total > limits.ratio_from and ratio_total > limits.max_ratio
        ):
            raise Refused(
                self.name,
                info.filename,
                N_("unpacks to more than {ratio} times its size (a ZIP bomb?)."),
                ratio=limits.max_ratio,
            )


def read_members(
    archive: zipfile.ZipFile,
    name: str,
    limits: ZipLimits,
    keep: Iterable[str] = (),
    *,
    no_doctype: bool = False,
) -> dict[str, bytes]:
    """Unpack every member under the caps; return the ones named in ``keep``.

    The others are unpacked and counted (and checked for an XML document type when
    ``no_doctype``), then dropped: a workbook's library reads them again afterwards.
    """
    wanted = set(keep)
    budget = _Budget(archive, name, limits)
    kept: dict[str, bytes] = {}
    for info in archive.infolist():
        if info.is_dir():
            continue
        parts: list[bytes] = []
        member = 0
        tail = b""
        try:
            with archive.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    member += len(chunk)
                    budget.count(info, member, len(chunk))
                    if no_doctype and any(d in tail + chunk for d in DOCTYPE):
                        raise Refused(
                            name,
                            info.filename,
                            N_(
                                "holds an XML document type (entity definitions), which is refused."
                            ),
                        )
                    tail = chunk[-16:]
                    if info.filename in wanted:
                        parts.append(chunk)
        except (
            zipfile.BadZipFile,
            OSError,
            EOFError,
            zlib.error,
            RuntimeError,
            NotImplementedError,
        ):
            raise Refused(
                name, info.filename, N_("the file is damaged (truncated or corrupted).")
            ) from None
        if info.filename in wanted:
            kept[info.filename] = b"".join(parts)
    return kept
