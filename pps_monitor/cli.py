"""Command line: ``pps-monitor`` alone starts the app; subcommands work headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pps_monitor import __version__
from pps_monitor.errors import PpsError

PROG = "pps-monitor"


def _db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None, help="database file (default: the one in your data folder)"
    )


def _lang_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("nl", "en"), default=None, help="language of names and table texts"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="PPS Monitor: health of a public-private partnership, offline."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="start the desktop app (the default)")
    _db_arg(p)

    p = sub.add_parser("demo", help="add the demo partnership")
    _db_arg(p)
    p.add_argument("--name", default=None, help="name of the demo partnership")

    p = sub.add_parser("list", help="partnerships with their rounds")
    _db_arg(p)
    p.add_argument("--format", choices=("json", "table"), default="table")

    p = sub.add_parser("scores", help="scores of one round")
    _db_arg(p)
    p.add_argument("--partnership", required=True, metavar="NAME")
    p.add_argument("--round", default=None, metavar="LABEL", help="round label (default: latest)")
    p.add_argument("--format", choices=("json", "table"), default="table")
    _lang_arg(p)

    p = sub.add_parser("report", help="PDF report of a round")
    _db_arg(p)
    p.add_argument("--partnership", required=True, metavar="NAME")
    p.add_argument("--round", default=None, metavar="LABEL", help="round label (default: latest)")
    p.add_argument("--lang", choices=("nl", "en"), default=None, help="language of the report")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--invariant", action="store_true", help=argparse.SUPPRESS)  # byte-stable output

    for name, text in (
        ("export-round", "round package for another laptop"),
        ("export-responses", "the round's answers"),
    ):
        p = sub.add_parser(name, help=text)
        _db_arg(p)
        p.add_argument("--partnership", required=True, metavar="NAME")
        p.add_argument("--round", required=True, metavar="LABEL")
        p.add_argument("--out", required=True, type=Path, metavar="FILE.ppsmonitor")

    p = sub.add_parser("import", help="import a round package or responses file")
    _db_arg(p)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="only say what would be imported")

    p = sub.add_parser("export", help="raw answers as CSV or XLSX")
    _db_arg(p)
    p.add_argument("--partnership", required=True, metavar="NAME")
    p.add_argument("--round", default=None, metavar="LABEL")
    p.add_argument("--format", required=True, choices=("csv", "xlsx"))
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    _lang_arg(p)

    p = sub.add_parser("backup", help="back up the database (SQLite backup API)")
    _db_arg(p)
    p.add_argument(
        "--out", type=Path, default=None, help="backup file (default: the backup folder)"
    )

    p = sub.add_parser("check", help="integrity and foreign key check")
    _db_arg(p)
    return parser


def _open(path: Path | None, *, create: bool = True) -> Any:
    from pps_monitor.paths import default_database_path
    from pps_monitor.storage.database import open_database

    return open_database(path or default_database_path(), create=create)


def cmd_demo(args: argparse.Namespace) -> int:
    from pps_monitor.demo import DEMO_NAME, add_demo

    db = _open(args.db)
    name = args.name or DEMO_NAME
    add_demo(db, name)
    print(f"Added demo partnership {name!r} to {args.db or 'the default database'}.")
    return 0


def list_data(db: Any) -> list[dict[str, Any]]:
    from pps_monitor.storage import repository as repo

    return [
        {
            "name": p["name"],
            "rounds": [
                {
                    "label": r["label"],
                    "date": r["date"],
                    "status": r["status"],
                    "respondents": r["respondents"],
                }
                for r in repo.list_rounds(db, p["id"])
            ],
        }
        for p in repo.list_partnerships(db)
    ]


def cmd_list(args: argparse.Namespace) -> int:
    import json

    data = list_data(_open(args.db, create=False))
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    from pps_monitor.i18n import ngettext

    if not data:
        print("No partnerships yet.")
    for p in data:
        print(p["name"])
        for r in p["rounds"]:
            n = r["respondents"]
            respondents = ngettext("en", "{n} respondent", "{n} respondents", n)
            print(
                f"  {r['date']}  {r['label']:<24} {r['status']:<7} "
                + respondents.format(n=f"{n:>4}")
            )
    return 0


def _comparison_json(c: Any) -> dict[str, Any] | None:
    """The ``change`` object: null only where there is no earlier round."""
    if c is None:
        return None
    return {
        "comparable": c.comparable,
        "testable": c.testable,
        "diff": c.diff,
        "ci_low": c.ci_low,
        "ci_high": c.ci_high,
        "p": c.p,
        "p_adjusted": c.p_adjusted,
        "significant": c.significant,
    }


def _trend_json(t: Any, labels: list[str]) -> dict[str, Any] | None:
    if t is None:
        return None
    return {
        "from_round": labels[t.from_index],
        "rounds": t.rounds,
        "diff": t.diff,
        "ci_low": t.ci_low,
        "ci_high": t.ci_high,
        "p": t.p,
        "p_adjusted": t.p_adjusted,
        "significant": t.significant,
    }


def _dimension_json(d: Any, name: str, labels: list[str], suppressed: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "code": d.code,
        "name": name,
        "group": d.group,
        "n": d.n,
        "n_complete": d.n_complete,
        "mean": d.mean,
        "sd": d.sd,
        "median": d.median,
        "alpha": d.alpha,
        "rwg_j": d.rwg_j,
        "agreement": d.agreement,
        "beyond_chance": d.beyond_chance,
        "split": d.split,
        "band": d.band,
        "change": _comparison_json(d.comparison),
        "trend": _trend_json(d.trend, labels),
    }
    if suppressed:  # below the round minimum every figure is null, counts included
        row.update({key: None for key in row if key not in ("code", "name", "group")})
    return row


def _risk_json(r: Any, name: str, suppressed: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "code": r.code,
        "name": name,
        "n": r.n,
        "mean": r.mean,
        "high_pct": r.high_pct,
        "change": _comparison_json(r.comparison),
    }
    if suppressed:
        row.update({key: None for key in row if key not in ("code", "name")})
    return row


def scores_data(db: Any, partnership: str, round_label: str | None, lang: str) -> dict[str, Any]:
    from pps_monitor.analysis import partnership_results, result_for
    from pps_monitor.storage import repository as repo

    p = repo.find_partnership(db, partnership)
    chosen = repo.find_round(db, p["id"], round_label)
    results = partnership_results(db, p["id"])
    result = result_for(results, chosen["label"])
    assert result is not None
    inst, s = result.instrument, result.scores
    labels = [r.label for r in results]
    suppressed = s.suppressed is not None
    return {
        "partnership": p["name"],
        "round": chosen["label"],
        "respondents": s.respondents,
        "pending": 0,  # answers given but not yet released: none until release batches exist
        "min_round": s.min_round,
        "min_breakdown": s.min_breakdown,
        "suppressed": s.suppressed,
        "needed": s.needed if suppressed else None,
        "dimensions": [
            _dimension_json(d, inst.label(d.code, lang), labels, suppressed) for d in s.dimensions
        ],
        "risks": [_risk_json(r, inst.label(r.code, lang), suppressed) for r in s.risks],
    }


def _fmt(value: float | None, digits: int = 2, lang: str = "en", signed: bool = False) -> str:
    from pps_monitor.i18n import format_decimal

    return format_decimal(value, lang, digits, signed, missing="-")


def _change_cell(c: dict[str, Any] | None, lang: str = "en") -> str:
    from pps_monitor.i18n import gettext

    if c is None:
        return "-"
    if not c["comparable"]:
        return gettext(lang, "not comparable")
    if not c["testable"]:
        no_test = gettext(lang, "no test possible")
        if c["diff"] is None:
            return no_test
        return f"{_fmt(c['diff'], 2, lang, signed=True)} ({no_test})"
    # NOTE: a 95% interval in the scores table; Dutch needs ';' between decimal commas.
    interval = gettext(lang, "[{low}, {high}]").format(
        low=_fmt(c["ci_low"], 2, lang, signed=True), high=_fmt(c["ci_high"], 2, lang, signed=True)
    )
    return f"{_fmt(c['diff'], 2, lang, signed=True)} {interval}" + (
        " *" if c["significant"] else ""
    )


def format_scores_table(data: dict[str, Any], lang: str = "en") -> str:
    """The scores of one round for people: headings, bands and decimals in ``lang``."""
    from pps_monitor.i18n import gettext, ngettext

    def fmt(value: float | None, digits: int = 2, signed: bool = False) -> str:
        return _fmt(value, digits, lang, signed)

    n = data["respondents"]
    respondents = ngettext(lang, "{n} respondent", "{n} respondents", n).format(n=n)
    lines = [f"{data['partnership']} - {data['round']} ({respondents})", ""]
    if data.get("suppressed"):
        lines.append(
            gettext(
                lang,
                "n = {n}: too few answers to show results "
                "(minimum {minimum}; {needed} more needed)",
            ).format(n=n, minimum=data["min_round"], needed=data["needed"])
        )
        return "\n".join(lines)
    # NOTE: headings of the scores table on the command line, lower case like the rest.
    dimension, mean, sd = gettext(lang, "dimension"), gettext(lang, "mean"), gettext(lang, "sd")
    band_head, change_head = gettext(lang, "band"), gettext(lang, "change")
    risk = gettext(lang, "risk")
    # The band of a dimension (the JSON keeps the code).
    bands = {
        "strength": gettext(lang, "strength"),
        "attention": gettext(lang, "attention"),
        "concern": gettext(lang, "concern"),
    }
    band_width = max(9, len(band_head), *(len(b) for b in bands.values()))
    head = (
        f"{dimension:<44} {'n':>3} {mean:>5} {sd:>5} {'alpha':>6} {'rWG(J)':>6}  "
        f"{band_head:<{band_width}} {change_head}"
    )
    lines += [head, "-" * len(head)]
    for d in data["dimensions"]:
        name = f"{d['code']} {d['name']}"[:44]
        band = bands.get(d["band"], d["band"]) if d["band"] else "-"
        lines.append(
            f"{name:<44} {d['n']:>3} {fmt(d['mean']):>5} {fmt(d['sd']):>5} {fmt(d['alpha']):>6} "
            f"{fmt(d['rwg_j']):>6}  {band:<{band_width}} {_change_cell(d['change'], lang)}"
        )
    risk_head = f"{risk:<60} {'n':>3} {mean:>5} {'% 4-5':>6}"
    lines += ["", risk_head, "-" * 77]
    for r in data["risks"]:
        name = f"{r['code']} {r['name']}"[:60]
        lines.append(f"{name:<60} {r['n']:>3} {fmt(r['mean']):>5} {fmt(r['high_pct'], 0):>6}")
    lines += [
        "",
        gettext(
            lang,
            "* significant change: flagged after Benjamini-Hochberg correction (q = 0.05); "
            "intervals are unadjusted 95% Welch intervals",
        ),
    ]
    return "\n".join(lines)


def cmd_scores(args: argparse.Namespace) -> int:
    import json

    from pps_monitor.locale import system_language

    lang = args.lang or system_language()
    data = scores_data(_open(args.db, create=False), args.partnership, args.round, lang)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(format_scores_table(data, lang))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pps_monitor.locale import system_language
    from pps_monitor.reports.report import build_report
    from pps_monitor.storage import repository as repo

    if args.out.suffix.lower() != ".pdf":
        raise PpsError(f"{args.out.name}: the report is a PDF; give a file name ending in .pdf")
    if not args.out.parent.exists():
        raise PpsError(f"{args.out.parent} does not exist.")
    db = _open(args.db, create=False)
    p = repo.find_partnership(db, args.partnership)
    lang = args.lang or system_language()
    path = build_report(
        db, p["id"], args.out, round_label=args.round, lang=lang, invariant=args.invariant
    )
    print(f"Wrote {path}")
    return 0


def _round_id(db: Any, partnership: str, label: str) -> str:
    from pps_monitor.storage import repository as repo

    p = repo.find_partnership(db, partnership)
    return repo.find_round(db, p["id"], label)["id"]


def cmd_export_exchange(args: argparse.Namespace) -> int:
    from pps_monitor.exchange import package

    db = _open(args.db, create=False)
    rid = _round_id(db, args.partnership, args.round)
    write = (
        package.export_round_package if args.command == "export-round" else package.export_responses
    )
    print(f"Wrote {write(db, rid, args.out)}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from pps_monitor.exchange import package
    from pps_monitor.paths import default_database_path
    from pps_monitor.storage.backup import make_backup

    db_path = args.db or default_database_path()
    db = _open(db_path, create=True)
    plan = package.plan_import(db, args.file)  # checks everything before anything is written
    if plan.conflicts:
        package.apply_import(db, plan)  # raises with the conflicts
    if args.dry_run:
        print(f"Would import: {plan.summary()}")
        return 0
    if plan.add:
        make_backup(db, db_path, "before-import")
        package.apply_import(db, plan)
    print(f"Imported: {plan.summary()}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pps_monitor.exchange.spreadsheet import export_spreadsheet
    from pps_monitor.locale import system_language
    from pps_monitor.storage import repository as repo

    db = _open(args.db, create=False)
    p = repo.find_partnership(db, args.partnership)
    if args.round is not None:
        repo.find_round(db, p["id"], args.round)
    n = export_spreadsheet(
        db,
        p["id"],
        args.out,
        args.format,
        round_label=args.round,
        lang=args.lang or system_language(),
    )
    print(f"Wrote {n} answers to {args.out}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from pps_monitor.paths import default_database_path
    from pps_monitor.storage.backup import make_backup
    from pps_monitor.storage.database import backup_to

    db_path = args.db or default_database_path()
    db = _open(db_path, create=False)
    target = backup_to(db, args.out) if args.out else make_backup(db, db_path, "manual")
    print(f"Backed up to {target}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from pps_monitor.storage.backup import check_database

    problems = check_database(_open(args.db, create=False))
    if problems:
        for problem in problems[:20]:
            print(problem, file=sys.stderr)
        print(f"{PROG}: error: the database has {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("ok")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from pps_monitor.ui.app import run

    return run(args.db)


COMMANDS = {
    "gui": cmd_gui,
    "demo": cmd_demo,
    "list": cmd_list,
    "scores": cmd_scores,
    "report": cmd_report,
    "export-round": cmd_export_exchange,
    "export-responses": cmd_export_exchange,
    "import": cmd_import,
    "export": cmd_export,
    "backup": cmd_backup,
    "check": cmd_check,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    if args.command is None:
        args.db = None
    try:
        return COMMANDS[command](args)
    except PpsError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(
            f"{PROG}: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return 1
    except Exception as exc:
        import sqlite3

        if not isinstance(exc, sqlite3.Error):
            raise
        print(f"{PROG}: error: the database could not be used: {exc}", file=sys.stderr)
        return 1
