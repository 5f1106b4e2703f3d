"""Writing files so that a crash, a full disk or a refused write never leaves half a file.

Every file the app writes (reports, exports, exchange files, backups, templates) goes
through :func:`write_atomically`: the content is written to a temporary file in the
target's own folder, flushed to disk, and renamed over the target in one step. On any
failure the temporary file is removed and the target is left as it was. New files get
the permissions the user's umask gives any other file they create (0644 under the
usual umask 022), not the 0600 that a bare ``mkstemp`` would leave.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from pps_monitor.errors import PpsError

PART_SUFFIX = ".part"


class WriteError(PpsError):
    """A file could not be written; the message names the path and the cause."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def describe_os_error(exc: OSError) -> str:
    """The cause of a failed write in plain words."""
    import errno

    plain = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the disk is read-only",
        errno.ENOENT: "the folder does not exist",
        errno.EISDIR: "it is a folder",
        errno.ENAMETOOLONG: "the name is too long",
    }
    return plain.get(exc.errno or 0, exc.strerror or str(exc))


def write_atomically(path: str | os.PathLike[str], content: bytes | Callable[[Path], None]) -> Path:
    """Write ``content`` to ``path`` whole or not at all.

    ``content`` is either the bytes to write or a function that writes the file at the
    temporary path it is given (for libraries that save to a path themselves).
    Raises :class:`WriteError` naming ``path`` and the cause; nothing is left behind.
    """
    target = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=PART_SUFFIX, dir=target.parent or Path(".")
        )
    except OSError as exc:
        raise WriteError(f"Cannot write {target}: {describe_os_error(exc)}.") from None
    tmp = Path(tmp_name)
    _lock(fd)  # held while writing: a sweep at start-up leaves a live temp file alone
    try:
        if callable(content):
            content(tmp)
        else:
            _write_all(fd, content)
        os.fsync(fd)
        os.chmod(tmp, 0o666 & ~_umask())
        if os.name != "posix":  # Windows renames no file that is open
            os.close(fd)
            fd = -1
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WriteError(
            f"Cannot write {target}: {describe_os_error(exc)}. Nothing was changed."
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if fd >= 0:
            os.close(fd)
    _fsync_folder(target.parent)
    return target


def _write_all(fd: int, content: bytes) -> None:
    view = memoryview(content)
    while view:
        view = view[os.write(fd, view) :]


def _lock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: the sweep goes by age instead
        return
    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


STALE_AGE_S = 24 * 3600  # without flock (Windows), a temp file this old is stale


def sweep_stale_parts(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files that a killed or crashed writer left in ``folder``.

    A temp file whose writer still runs is locked (``flock``) and kept; one nobody
    holds is stale. Returns what was removed. Never raises.
    """
    removed: list[Path] = []
    try:
        found = [p for p in Path(folder).glob(f".*{PART_SUFFIX}*") if p.is_file()]
    except OSError:
        return removed
    parts = {p for p in found if p.name.endswith(PART_SUFFIX)}
    stale = {p for p in parts if _stale(p)}
    for path in sorted(found):
        # A side file of a temp database (``.x.part-journal``) goes with its temp file.
        base = (
            path
            if path in parts
            else path.with_name(path.name.rsplit(PART_SUFFIX, 1)[0] + PART_SUFFIX)
        )
        if base in stale or base not in parts:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _stale(part: Path) -> bool:
    try:
        import fcntl
    except ImportError:
        import time

        try:
            return time.time() - part.stat().st_mtime > STALE_AGE_S
        except OSError:
            return False
    try:
        fd = os.open(part, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False  # its writer holds it
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    # The rename itself is made durable by syncing the folder (POSIX only).
    if os.name != "posix":
        return
    try:
        fd = os.open(folder or Path("."), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
