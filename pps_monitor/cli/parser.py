"""The argument parser: every command, every option explained in a sentence, examples.

Exit status 2 (argparse's own message) for wrong usage; see ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pps_monitor import __version__
from pps_monitor.cli.args import PROG, _Formatter, _sub
from pps_monitor.cli.parser_admin import add_admin_commands
from pps_monitor.cli.parser_balance import add_balance_commands, add_instrument_commands
from pps_monitor.cli.parser_data import add_data_commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="PPS Monitor: health of a public-private partnership, offline.\n\n"
        f"`{PROG} [--db PATH] [FILE]` starts the app (a database FILE opens it, an exchange "
        "file opens the import preview);\na COMMAND works without the app. Exit status: 0 "
        "success, 1 a problem with the data or files, 2 wrong usage.",
        epilog=f"`{PROG} COMMAND --help` explains a command's options, with an example.",
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    _sub(sub, "gui", "start the desktop app (what the program does without a command)", "")

    add_admin_commands(sub)
    add_data_commands(sub)
    add_balance_commands(sub)
    add_instrument_commands(sub)
    return parser


def app_parser() -> argparse.ArgumentParser:
    """``pps-monitor [--db PATH] [FILE]``: start the app."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [--db PATH] [FILE] | {PROG} COMMAND [options]",
        description="Start the app; FILE is a database to open or an exchange file to import.",
        epilog=f"`{PROG} --help` lists the commands.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", type=Path, default=None, metavar="PATH", help="The database to open."
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        default=None,
        metavar="FILE",
        help="A database or exchange file.",
    )
    return parser
