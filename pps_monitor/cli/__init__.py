"""Command line: ``pps-monitor [--db PATH] [FILE]`` starts the app; commands work headless.

One module per group of commands (``admin``, ``results``, ``files``, ``maintenance``,
``serve``); ``parser`` holds every option, ``output`` the JSON envelope, tables and CSV,
``common`` how each kind of command opens the database. Every command goes through the
Qt-free service functions the app uses. Exit status: 0 success, 1 a problem with the
data or files (one line on stderr), 2 wrong usage (argparse). See ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pps_monitor.cli import admin, files, key_figures, maintenance, results, serve, ties
from pps_monitor.cli.common import PROG, close_all, db_path, open_writable
from pps_monitor.cli.parser import app_parser, build_parser
from pps_monitor.cli.results import (
    _dimension_json,
    _risk_json,
    all_rounds_data,
    format_scores_table,
    list_data,
    scores_data,
)
from pps_monitor.errors import PpsError

__all__ = [
    "COMMANDS",
    "_dimension_json",
    "_risk_json",
    "all_rounds_data",
    "build_parser",
    "format_scores_table",
    "list_data",
    "main",
    "scores_data",
]


def cmd_demo(args: argparse.Namespace) -> int:
    from pps_monitor.demo import DEMO_NAME, add_demo

    db = open_writable(db_path(args), create=True)
    name = args.name or DEMO_NAME
    add_demo(db, name)
    print(f"Added demo partnership {name!r} to {args.db or 'the default database'}.")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    return start_app(args.db, None)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "demo": cmd_demo,
    "create-partnership": admin.cmd_create_partnership,
    "set-privacy": admin.cmd_set_privacy,
    "add-organisation": admin.cmd_add_organisation,
    "create-round": admin.cmd_create_round,
    "close-round": admin.cmd_set_round_status,
    "reopen-round": admin.cmd_set_round_status,
    "add-action": admin.cmd_add_action,
    "update-action": admin.cmd_update_action,
    "add-event": admin.cmd_add_event,
    "organisations": admin.cmd_organisations,
    "actions": admin.cmd_actions,
    "events": admin.cmd_events,
    "list": results.cmd_list,
    "scores": results.cmd_scores,
    "ties": ties.cmd_ties,
    "report": files.cmd_report,
    "export": files.cmd_export,
    "export-round": files.cmd_export_exchange,
    "export-responses": files.cmd_export_exchange,
    "import": files.cmd_import,
    "form-template": files.cmd_form_template,
    "import-forms": files.cmd_import_forms,
    "backup": maintenance.cmd_backup,
    "restore": maintenance.cmd_restore,
    "upgrade": maintenance.cmd_upgrade,
    "check": maintenance.cmd_check,
    "serve": serve.cmd_serve,
    "key-figures": key_figures.cmd_key_figures,
    "set-key-figures": key_figures.cmd_set_key_figures,
    "balance-sheet": key_figures.cmd_balance_sheet,
    "set-balance-rule": key_figures.cmd_set_balance_rule,
    "instrument-template": key_figures.cmd_instrument_template,
    "import-instrument": key_figures.cmd_import_instrument,
}

SQLITE_MAGIC = b"SQLite format 3\x00"


def _first_positional(argv: Sequence[str]) -> str | None:
    """The first argument that is neither an option nor the value of ``--db``."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--db":
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _kind(file: Path) -> str:
    """ "database" or "exchange", by the file's content (not its name)."""
    try:
        with file.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise PpsError(f"{file}: cannot be read: {exc.strerror or exc}") from None
    if head == SQLITE_MAGIC:
        return "database"
    if head[:4] == b"PK\x03\x04":
        return "exchange"
    raise PpsError(f"{file}: neither a PPS Monitor database nor an exchange file")


XCB_LIBRARIES = {  # library (as find_library names it): the Debian/Ubuntu package
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
}


def xcb_hint() -> str | None:
    """On Linux with the X11 (xcb) platform, name the system packages Qt needs and that
    are missing; Qt's own message names only one, and often the wrong one."""
    import os

    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    from ctypes.util import find_library

    missing = [pkg for lib, pkg in XCB_LIBRARIES.items() if find_library(lib) is None]
    if not missing:
        return None
    return (
        f"{PROG}: the window cannot open without these system packages: {' '.join(missing)}. "
        f"Ask IT to install them (Debian/Ubuntu: sudo apt install {' '.join(missing)}); "
        "see README, Install."
    )


def start_app(db: Path | None, file: Path | None) -> int:
    """The desktop app; a database FILE opens it, an exchange FILE its import preview."""
    hint = xcb_hint()
    if hint:
        print(hint, file=sys.stderr)
    from pps_monitor.ui.app import run  # the only import of the Qt app from here

    if file is None:
        return run(db)
    if _kind(file) == "database":
        return run(file)
    return run(db, open_file=file)


def _run_app(parser: argparse.ArgumentParser, argv: Sequence[str]) -> int:
    args = parser.parse_args(argv)
    if args.file is not None and not args.file.exists():
        known = ", ".join(sorted(COMMANDS))
        parser.error(f"{args.file}: no such command or file (commands: {known})")
    return start_app(args.db, args.file)


def _dispatch(argv: Sequence[str]) -> int:
    first = _first_positional(argv)
    if first is None or first not in COMMANDS:
        if "-h" in argv or "--help" in argv:
            build_parser().parse_args(["--help"])  # the full list of commands
        return _run_app(app_parser(), argv)
    argv = list(argv)
    # `pps-monitor --db PATH COMMAND ...`: a --db before the command belongs to it
    if argv and argv[0] == "--db" and len(argv) > 2 and argv[2] == first:
        argv = [first, "--db", argv[1], *argv[3:]]
    args = build_parser().parse_args(argv)
    return COMMANDS[args.command](args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(argv)
    except PpsError as exc:
        print(f"{PROG}: error: {_one_line(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        name = f": {exc.filename}" if exc.filename else ""
        print(f"{PROG}: error: {exc.strerror or exc}{name}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        print(f"{PROG}: error: {_sqlite_cause(exc)}", file=sys.stderr)
        return 1
    finally:
        close_all()


def _sqlite_cause(exc: sqlite3.Error) -> str:
    """The real cause in plain words (issue 14): in use, disk full, read-only."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return (
            "the database is in use by another program (it stayed busy for 10 seconds); "
            "close it there and try again. Nothing was changed."
        )
    if "full" in text:
        return "the disk is full; free some space and try again. Nothing was changed."
    if "readonly" in text or "read-only" in text:
        return "the database file or its folder is read-only. Nothing was changed."
    return f"the database could not be used: {_one_line(exc)}"


def _one_line(exc: BaseException) -> str:
    text = getattr(exc, "text", None)  # a refused file (exchange.refusal): NL or EN
    if callable(text):
        from pps_monitor.locale import system_language

        return " ".join(str(text(system_language())).split())
    return " ".join(str(exc).split())
