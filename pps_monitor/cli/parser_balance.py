"""The commands of the learning evaluation: key figures, the balance sheet, instruments."""

from __future__ import annotations

import argparse
from pathlib import Path

from pps_monitor.cli.args import P, _delimiter, _format, _lang, _partnership, _round, _sub


# long: a declarative table of the commands and their options, one call per option.
def add_balance_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _sub(
        sub,
        "key-figures",
        "list the key figures of every round (or one): jobs, workers, referrals, hours, money",
        f"--partnership '{P}' --format json",
    )
    _partnership(p)
    _round(p, required=False)
    _format(p, ("json", "table", "csv"))
    _delimiter(p)
    _lang(p, "names, definitions and decimals")
    p.add_argument(
        "--as-entered",
        action="store_true",
        help="List the figures as recorded, also the outcomes of workers that are held back "
        "while fewer than the round minimum started (the coordinator's own check; "
        "e.g. --as-entered).",
    )

    p = _sub(
        sub,
        "set-key-figures",
        "record key figures of a round (checked: no negatives, no more left than started, ...)",
        f"--partnership '{P}' --round 'Voorjaar 2026' --set jobs_created=12 --set jobs_filled=10",
    )
    _partnership(p)
    _round(p)
    p.add_argument(
        "--set",
        action="append",
        metavar="CODE=VALUE",
        help="A figure and its value; repeat for more (e.g. --set workers_started=8). "
        "Codes: see `key-figures --format json` (definitions).",
    )
    p.add_argument(
        "--clear",
        action="append",
        metavar="CODE",
        help="Remove a recorded figure (e.g. --clear revenue).",
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="Clear every figure of the round that --set does not give (e.g. --replace).",
    )
    _lang(p, "messages and decimals (1.234,5 in Dutch)")

    p = _sub(
        sub,
        "balance-sheet",
        "the balance sheet of a round: value for society, workers and organisations, "
        "societal benefits and the four design principles",
        f"--partnership '{P}' --round 'Voorjaar 2026' --format json",
    )
    _partnership(p)
    _round(p, required=False)
    _format(p)
    _lang(p)

    p = _sub(
        sub,
        "set-balance-rule",
        "set how a balance-sheet row's status follows from its scores",
        f"--partnership '{P}' --good 3.8 --mixed 2.8 --method mean",
    )
    _partnership(p)
    p.add_argument(
        "--good",
        type=float,
        default=None,
        help="Good from this score (default 3.5; e.g. --good 3.8).",
    )
    p.add_argument(
        "--mixed",
        type=float,
        default=None,
        help="Mixed from this score, below it poor (default 2.5; e.g. --mixed 2.8).",
    )
    p.add_argument(
        "--method",
        choices=("mean", "lowest"),
        default=None,
        help="The mean of the row's scores (default) or the lowest of them (e.g. --method lowest).",
    )


def add_instrument_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _sub(
        sub,
        "instrument-template",
        "write a questionnaire as an Excel template to edit (codes, reverse flags, both languages)",
        "--instrument pps-health --out vragenlijst.xlsx",
        db=False,
    )
    p.add_argument(
        "--instrument",
        default="pps-health",
        metavar="ID_OR_FILE",
        help="A bundled instrument's id or an instrument JSON file (e.g. --instrument pps-health).",
    )
    p.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help="The .xlsx to write (e.g. --out v.xlsx).",
    )

    p = _sub(
        sub,
        "import-instrument",
        "read an edited Excel template as a new version of the questionnaire (JSON)",
        "--in vragenlijst.xlsx --out pps-health-1.2.0.json",
        db=False,
    )
    p.add_argument(
        "--in",
        dest="source",
        required=True,
        type=Path,
        metavar="FILE",
        help="The edited template (e.g. --in vragenlijst.xlsx).",
    )
    p.add_argument(
        "--base",
        default=None,
        metavar="ID_OR_FILE",
        help="The version it was made from, to keep codes in place; default the bundled one "
        "with the same id (e.g. --base pps-health-1.1.0.json).",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="FILE",
        help="Where to write the JSON; default ID-VERSION.json in the current folder "
        "(e.g. --out mine.json). Use it with `create-round --instrument FILE`.",
    )
    _lang(p, "messages")
