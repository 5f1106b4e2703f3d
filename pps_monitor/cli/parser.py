"""The argument parser: every command, every option explained in a sentence, examples.

Exit status 2 (argparse's own message) for wrong usage; see ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pps_monitor import __version__

PROG = "pps-monitor"
P = "Hub Rivierenland"  # the partnership in the examples

GROUPS = ("partners", "employers", "workers")
SECTORS = ("public", "private", "social_enterprise", "other")
STATUSES = ("open", "in_progress", "done", "dropped")


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32, width=100)


def _sub(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    text: str,
    example: str,
    *,
    db: bool = True,
) -> argparse.ArgumentParser:
    p = sub.add_parser(
        name,
        help=text,
        description=text[0].upper() + text[1:] + ".",
        epilog=f"example:\n  {PROG} {name} {example}",
        formatter_class=_Formatter,
    )
    if db:
        p.add_argument(
            "--db",
            type=Path,
            default=None,
            metavar="PATH",
            help="The database file to use; without it, the one in your data folder "
            "(e.g. --db ~/pps/hub.sqlite).",
        )
    return p


def _partnership(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--partnership",
        required=True,
        metavar="NAME",
        help=f"The partnership's name, exactly as listed by `{PROG} list` "
        f"(e.g. --partnership '{P}').",
    )


def _round(p: argparse.ArgumentParser, *, required: bool = True) -> None:
    extra = "" if required else " Without it, the latest round."
    p.add_argument(
        "--round",
        required=required,
        default=None,
        metavar="LABEL",
        help=f"The round's label (e.g. --round 'Voorjaar 2026').{extra}",
    )


def _format(p: argparse.ArgumentParser, choices: tuple[str, ...] = ("json", "table")) -> None:
    p.add_argument(
        "--format",
        choices=choices,
        default="table",
        help="How to print: a table for people (the default), "
        + ("JSON for scripts" if "json" in choices else "")
        + (", or CSV for a spreadsheet" if "csv" in choices else "")
        + " (e.g. --format json).",
    )


def _lang(p: argparse.ArgumentParser, what: str = "names, headings and decimals") -> None:
    p.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=None,
        help=f"Language of the {what}: nl or en; default the system's (e.g. --lang nl).",
    )


def _delimiter(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--delimiter",
        default=";",
        metavar="CHAR",
        help="CSV separator; default ';' so that Dutch Excel opens the file in columns "
        "(e.g. --delimiter ',').",
    )


def _group(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--group",
        choices=GROUPS,
        default="partners",
        help="The respondent group whose questionnaire is meant; this version runs one "
        "questionnaire per round, for partners (the default; e.g. --group partners).",
    )


def _date(p: argparse.ArgumentParser, what: str, required: bool = False) -> None:
    p.add_argument(
        "--date",
        required=required,
        default=None,
        metavar="YYYY-MM-DD",
        help=f"The {what}, as YYYY-MM-DD (e.g. --date 2026-03-26).",
    )


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

    # --- administration --------------------------------------------------------------
    p = _sub(sub, "create-partnership", "add a partnership", f"--name '{P}' --lang nl")
    p.add_argument(
        "--name", required=True, metavar="NAME", help=f"The new partnership's name (e.g. '{P}')."
    )
    _lang(p, "messages (the partnership itself has no fixed language)")

    p = _sub(
        sub,
        "set-privacy",
        "set the partnership's minimum group sizes (the anonymity floor)",
        f"--partnership '{P}' --min-round 4 --min-breakdown 6",
    )
    _partnership(p)
    p.add_argument(
        "--min-round",
        type=int,
        default=None,
        metavar="N",
        help="A round shows no figure below this many respondents; at least 3 "
        "(e.g. --min-round 4).",
    )
    p.add_argument(
        "--min-breakdown",
        type=int,
        default=None,
        metavar="N",
        help="A breakdown cell (sector, role), an SD, median or distribution needs this "
        "many; at least 3 and never below --min-round (e.g. --min-breakdown 6).",
    )

    p = _sub(
        sub,
        "add-organisation",
        "add an organisation to a partnership",
        f"--partnership '{P}' --name 'Gemeente Tiel' --sector public",
    )
    _partnership(p)
    p.add_argument(
        "--name", required=True, metavar="ORG", help="The organisation's name (e.g. 'UWV')."
    )
    p.add_argument(
        "--sector",
        required=True,
        choices=SECTORS,
        help="The kind of organisation (e.g. --sector social_enterprise).",
    )

    p = _sub(
        sub,
        "create-round",
        "open a new round",
        f"--partnership '{P}' --label 'Najaar 2026' --date 2026-10-01 --from-previous",
    )
    _partnership(p)
    p.add_argument(
        "--label", required=True, metavar="LABEL", help="The round's label (e.g. 'Najaar 2026')."
    )
    _date(p, "day of the round; default today")
    p.add_argument(
        "--instrument",
        action="append",
        default=None,
        metavar="[GROUP=]ID_OR_FILE",
        help="The questionnaire: a bundled instrument's id or an instrument JSON file, "
        "optionally for a respondent group (default: the bundled pps-health; "
        "e.g. --instrument partners=my-instrument.json).",
    )
    p.add_argument(
        "--from-previous",
        action="store_true",
        help="Use the questionnaire and settings of the partnership's latest round "
        "(e.g. --from-previous).",
    )

    for name, text in (("close-round", "close a round"), ("reopen-round", "reopen a round")):
        p = _sub(sub, name, text, f"--partnership '{P}' --round 'Voorjaar 2026'")
        _partnership(p)
        _round(p)

    p = _sub(
        sub,
        "add-action",
        "write down an action point (a point of attention) raised in a round",
        f"--partnership '{P}' --round 'Voorjaar 2026' --dimension CC-RES "
        "--text 'Budget voor 2027 vastleggen' --owner Gemeente --due 2026-06-30",
    )
    _partnership(p)
    _round(p)
    p.add_argument(
        "--dimension",
        required=True,
        metavar="CODE",
        help="The dimension's code as in `scores` (e.g. --dimension CC-RES).",
    )
    p.add_argument("--text", required=True, help="What was agreed (e.g. --text 'Call the UWV').")
    p.add_argument(
        "--owner", default="", metavar="NAME", help="Who takes it on (e.g. --owner Anna)."
    )
    p.add_argument(
        "--due", default=None, metavar="YYYY-MM-DD", help="When it is due (e.g. --due 2026-06-30)."
    )

    p = _sub(
        sub,
        "update-action",
        "change an action point's status, text, owner or due date",
        "--id 3f2a... --status done",
    )
    p.add_argument(
        "--id",
        required=True,
        help="The action point's id, as listed by `actions` (e.g. --id 3f2a...).",
    )
    p.add_argument(
        "--status",
        choices=STATUSES,
        default=None,
        help="Its new status (e.g. --status in_progress).",
    )
    p.add_argument("--text", default=None, help="A new text (e.g. --text 'Call the UWV again').")
    p.add_argument("--owner", default=None, metavar="NAME", help="A new owner (e.g. --owner Piet).")
    p.add_argument(
        "--due", default=None, metavar="YYYY-MM-DD", help="A new due date (e.g. --due 2026-09-01)."
    )

    p = _sub(
        sub,
        "add-event",
        "add a dated event to the partnership's timeline",
        f"--partnership '{P}' --date 2025-01-15 --text 'Budget cut announced'",
    )
    _partnership(p)
    _date(p, "day of the event", required=True)
    p.add_argument("--text", required=True, help="What happened (e.g. --text 'New alderman').")

    for name, text in (
        ("organisations", "list the partnership's organisations"),
        (
            "actions",
            "list action points: dimension, text, owner, due, status, round raised, "
            "score when raised and now",
        ),
        ("events", "list the partnership's timeline events"),
    ):
        p = _sub(sub, name, text, f"--partnership '{P}' --format json")
        _partnership(p)
        _format(p, ("json", "table", "csv"))
        _delimiter(p)
        if name == "actions":
            _lang(p, "dimension names and decimals")

    # --- results ---------------------------------------------------------------------
    p = _sub(sub, "demo", "add the demo partnership (five rounds of answers)", "--db demo.sqlite")
    p.add_argument(
        "--name", default=None, help="A name for the demo partnership (e.g. --name Demo)."
    )

    p = _sub(sub, "list", "list partnerships with their rounds", "--format json")
    _format(p)

    p = _sub(
        sub,
        "scores",
        "scores of a round, or of every round",
        f"--partnership '{P}' --all-rounds --format csv --lang nl > scores.csv",
    )
    _partnership(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--round",
        default=None,
        metavar="LABEL",
        help="The round's label (e.g. --round 'Voorjaar 2026'). Without it, the latest round.",
    )
    which.add_argument(
        "--all-rounds",
        action="store_true",
        help="Every round, oldest first (e.g. --all-rounds --format json).",
    )
    _format(p, ("json", "table", "csv"))
    _delimiter(p)
    _lang(p)

    # --- files -----------------------------------------------------------------------
    p = _sub(
        sub,
        "report",
        "write the PDF report of a round",
        f"--partnership '{P}' --round 'Voorjaar 2026' --lang nl --out rapport.pdf",
    )
    _partnership(p)
    _round(p, required=False)
    _lang(p, "report")
    p.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.pdf",
        help="Where to write the PDF (e.g. --out rapport.pdf).",
    )
    p.add_argument("--invariant", action="store_true", help=argparse.SUPPRESS)  # byte-stable

    for name, text in (
        ("export-round", "write a round package, to run the round on another laptop"),
        ("export-responses", "write the round's answers, to merge on another laptop"),
    ):
        p = _sub(
            sub, name, text, f"--partnership '{P}' --round 'Voorjaar 2026' --out ronde.ppsmonitor"
        )
        _partnership(p)
        _round(p)
        p.add_argument(
            "--out",
            required=True,
            type=Path,
            metavar="FILE",
            help="Where to write it, whatever the name; the app proposes .ppsmonitor "
            "(e.g. --out ronde.ppsmonitor).",
        )

    p = _sub(
        sub,
        "import",
        "import a round package or responses file (recognised by content)",
        "--db hub.sqlite antwoorden.ppsmonitor --dry-run",
    )
    p.add_argument(
        "file", type=Path, metavar="FILE", help="The exchange file (e.g. antwoorden.ppsmonitor)."
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="Check the file as the import does and say what it would add; change "
        "nothing (e.g. --dry-run).",
    )

    p = _sub(
        sub,
        "export",
        "write the answers (long format) as CSV or XLSX",
        f"--partnership '{P}' --format csv --out antwoorden.csv",
    )
    _partnership(p)
    _round(p, required=False)
    p.add_argument(
        "--format", required=True, choices=("csv", "xlsx"), help="csv or xlsx (e.g. --format xlsx)."
    )
    p.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help="Where to write it (e.g. --out antwoorden.xlsx).",
    )
    p.add_argument(
        "--full",
        action="store_true",
        help="The coordinator's complete table: every respondent with organisation, "
        "sector and role, also small groups; keep it to yourself (e.g. --full).",
    )
    _delimiter(p)
    _lang(p, "dimension names in the XLSX score sheet")

    p = _sub(
        sub,
        "form-template",
        "write the paper-form spreadsheet of a round (one row per form)",
        f"--partnership '{P}' --round 'Voorjaar 2026' --out formulieren.xlsx",
    )
    _partnership(p)
    _round(p)
    _group(p)
    p.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.xlsx|FILE.csv",
        help="The template, .xlsx or .csv (e.g. --out formulieren.csv).",
    )
    _lang(p, "statements on the guide sheet")

    p = _sub(
        sub,
        "import-forms",
        "import typed paper forms; nothing is stored unless every cell is good",
        f"--partnership '{P}' --round 'Voorjaar 2026' formulieren.xlsx --dry-run",
    )
    _partnership(p)
    _round(p)
    _group(p)
    p.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="The filled template, .xlsx or .csv (e.g. formulieren.xlsx).",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="Only check every cell; store nothing (e.g. --dry-run).",
    )

    # --- maintenance -----------------------------------------------------------------
    p = _sub(
        sub,
        "backup",
        "copy the database safely (SQLite's backup API)",
        "--out /media/usb/hub.sqlite",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="FILE",
        help="The backup file; default a new file in the backups folder beside the "
        "database (e.g. --out copy.sqlite).",
    )

    p = _sub(
        sub,
        "restore",
        "replace the database by a backup, after backing up the current one",
        "--from hub-backups/hub-20260101.sqlite --yes",
    )
    p.add_argument(
        "--from",
        dest="source",
        required=True,
        type=Path,
        metavar="BACKUP",
        help="The backup to restore (e.g. --from hub-backups/hub-20260101.sqlite).",
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help="Do not ask; needed when not run from a terminal (e.g. --yes).",
    )

    _sub(
        sub,
        "upgrade",
        "back up, then bring a database of an older version up to date",
        "--db old.sqlite",
    )
    _sub(
        sub,
        "check",
        "check the database's integrity and references (exit 1 when damaged)",
        "--db hub.sqlite",
    )

    p = _sub(
        sub,
        "serve",
        "let phones answer an open round over the room's network, until Ctrl+C",
        f"--partnership '{P}' --round 'Voorjaar 2026' --lang nl",
    )
    _partnership(p)
    _round(p, required=False)
    _group(p)
    p.add_argument(
        "--host",
        default=None,
        metavar="ADDR",
        help="The laptop's address on the room's network; default the one found "
        "(never all interfaces; e.g. --host 192.168.1.20).",
    )
    p.add_argument(
        "--port",
        type=int,
        default=8642,
        metavar="N",
        help="The port; default 8642, fixed so IT can open it in a firewall (e.g. --port 8642).",
    )
    _lang(p, "phone pages")
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
