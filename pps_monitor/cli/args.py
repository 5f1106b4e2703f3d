"""Shared pieces of the argument parser: option helpers and the help formatter."""

from __future__ import annotations

import argparse
from pathlib import Path

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
        help=f"Language of the {what}: nl or en; default the partnership's own language "
        "(create-partnership --lang), else the system's (e.g. --lang nl).",
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
        help="The respondent group whose questionnaire is meant: partners (the default), "
        "employers or workers; a round asks the groups it was opened with "
        "(e.g. --group workers).",
    )


def _date(p: argparse.ArgumentParser, what: str, required: bool = False) -> None:
    p.add_argument(
        "--date",
        required=required,
        default=None,
        metavar="YYYY-MM-DD",
        help=f"The {what}, as YYYY-MM-DD (e.g. --date 2026-03-26).",
    )
