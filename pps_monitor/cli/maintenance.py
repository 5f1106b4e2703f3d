"""Keeping the database safe: backup, restore, upgrade, check."""

from __future__ import annotations

import argparse
import sys

from pps_monitor.cli.common import PROG, check_out, db_path, open_readonly
from pps_monitor.errors import DatabaseError, PpsError


def cmd_backup(args: argparse.Namespace) -> int:
    from pps_monitor.storage.backup import make_backup
    from pps_monitor.storage.database import backup_to

    path = db_path(args)
    if args.out is not None:
        check_out(args.out)
        if args.out.resolve() == path.resolve():
            raise PpsError(f"{args.out}: that is the database itself; choose another file")
    db = open_readonly(path)  # a backup reads the database and changes nothing in it
    target = backup_to(db, args.out) if args.out else make_backup(db, path, "manual")
    print(f"Backed up {path} to {target}")
    return 0


def _check_backup(source: str) -> None:
    from pathlib import Path

    backup = Path(source)
    if not backup.is_file():
        raise PpsError(f"no such backup: {backup}; nothing was restored")
    try:
        open_readonly(backup).conn.close()
    except DatabaseError as exc:
        if "needs upgrading" not in str(exc):  # an older backup is migrated when opened
            raise PpsError(f"{backup} cannot be restored: {exc}") from None


def cmd_restore(args: argparse.Namespace) -> int:
    from pps_monitor.services.exchange import restore

    path = db_path(args)
    _check_backup(args.source)
    open_readonly(path).conn.close()  # the current database must be ours, to back it up
    if not args.yes:
        if not sys.stdin.isatty():
            raise PpsError(
                f"restore would replace {path}: add --yes to confirm (no terminal to ask)"
            )
        answer = input(f"Replace {path} by {args.source}? The current one is backed up. [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("Nothing was restored.")
            return 1
    restore(path, args.source)
    print(f"Restored {path} from {args.source} (the previous state is in the backups folder)")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    from pps_monitor.storage.database import open_database

    path = db_path(args)
    try:
        open_readonly(path).conn.close()
    except DatabaseError as exc:
        if "needs upgrading" not in str(exc):
            raise
    else:
        print(f"{path} is up to date; nothing changed.")
        return 0
    open_database(path, create=False).conn.close()  # backs up (before-vN copy), then migrates
    print(f"Upgraded {path}; a copy of the old file is beside it (*.before-v*.sqlite).")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from pps_monitor.storage.backup import backup_folder, check_database

    path = db_path(args)
    problems = check_database(open_readonly(path))
    if problems:
        print(
            f"{PROG}: error: {path} is damaged ({len(problems)} problem(s), first: "
            f"{problems[0]}); restore a backup from {backup_folder(path)} with "
            f"`{PROG} restore --from BACKUP`",
            file=sys.stderr,
        )
        return 1
    print("ok")
    return 0
