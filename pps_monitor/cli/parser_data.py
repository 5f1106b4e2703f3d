"""The results, files and maintenance commands, and `serve`."""

from __future__ import annotations

import argparse
from pathlib import Path

from pps_monitor.cli.args import (  # noqa: F401
    GROUPS,
    SECTORS,
    STATUSES,
    P,
    _date,
    _delimiter,
    _format,
    _group,
    _lang,
    _partnership,
    _round,
    _sub,
)


# long: a declarative table of the commands and their options, one call per option.
def add_data_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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

    p = _sub(
        sub,
        "ties",
        "tie ratings between organisations in a round: the collaboration network",
        f"--partnership '{P}' --round 'Voorjaar 2026' --format json",
    )
    _partnership(p)
    _round(p)
    _format(p, ("json", "table", "csv"))

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
        if name == "export-responses":  # one file per respondent group (issue 17)
            _group(p)
        p.add_argument(
            "--out",
            required=True,
            type=Path,
            metavar="FILE",
            help="Where to write it, whatever the name; the app proposes .ppsmonitor "
            "(e.g. --out ronde.ppsmonitor).",
        )
        if name == "export-responses":
            p.add_argument(
                "--full",
                action="store_true",
                help="The coordinator's complete file: every answer given, also those not "
                "yet released, with sector and role of small groups. Without it the file "
                "holds only released answers, anonymous like the export (e.g. --full).",
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
        "write the paper-form spreadsheet of a round (one row per form), or the "
        "questionnaire to print (.pdf)",
        f"--partnership '{P}' --round 'Voorjaar 2026' --out formulieren.xlsx",
    )
    _partnership(p)
    _round(p)
    _group(p)
    p.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.xlsx|FILE.csv|FILE.pdf",
        help="The template, .xlsx or .csv, or the printable questionnaire, .pdf "
        "(e.g. --out formulieren.csv, --group workers --out werknemers.pdf).",
    )
    _lang(p, "statements on the guide sheet or the printed questionnaire")

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
