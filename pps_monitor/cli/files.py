"""Files out and in: report, exports, exchange files, paper forms."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from pps_monitor.cli.common import (
    check_out,
    db_path,
    open_readonly,
    open_writable,
    release,
    writable,
)
from pps_monitor.errors import PpsError


def _svc() -> Any:
    from pps_monitor.services import partnerships

    return partnerships


def _lang(args: argparse.Namespace, partnership: dict[str, Any]) -> str:
    """--lang, else the partnership's own language, else the system's."""
    from pps_monitor.cli.common import output_language

    return output_language(args, partnership)


def _released(path: Path, db: Any, round_ids: list[str]) -> Any:
    """Release the rounds' figures before they leave; a read-only file cannot record a
    release, so figures that would need one are refused there."""
    from pps_monitor.services.responses import release_due

    db = release(path, db, round_ids)
    due = [rid for rid in round_ids if release_due(db, rid)]
    if due and not writable(path):
        raise PpsError(
            f"{path}: this database is read-only and the export would release new answers "
            "(that must be recorded); copy it to a writable folder first"
        )
    return db


def cmd_report(args: argparse.Namespace) -> int:
    from pps_monitor.reports.report import build_report

    check_out(args.out)
    path = db_path(args)
    db = open_readonly(path)
    p = _svc().find_partnership(db, args.partnership)
    r = _svc().find_round(db, p["id"], args.round)
    db = release(path, db, [r["id"]])
    out = build_report(
        db,
        p["id"],
        args.out,
        round_label=r["label"],
        lang=_lang(args, p),
        settings=_svc().scoring_settings(db, p["id"]),
        invariant=args.invariant,
    )
    print(f"Wrote {out}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pps_monitor.exchange.spreadsheet import export_spreadsheet

    check_out(args.out)
    path = db_path(args)
    db = open_readonly(path)
    p = _svc().find_partnership(db, args.partnership)
    rounds = _svc().list_rounds(db, p["id"])
    if args.round is not None:
        rounds = [_svc().find_round(db, p["id"], args.round)]
    if not args.full:  # the complete table is the coordinator's, not released figures
        db = _released(path, db, _svc().part_ids(db, [r["id"] for r in rounds]))
    n = export_spreadsheet(
        db,
        p["id"],
        args.out,
        args.format,
        round_label=args.round,
        lang=_lang(args, p),
        full=args.full,
        delimiter=getattr(args, "delimiter", ";"),
    )
    print(f"Wrote {n} answers to {args.out}")
    if args.full:
        print(
            "This is the complete table: organisation, sector and role of every respondent, "
            "also in small groups. Keep it to yourself; do not share it with partners."
        )
    return 0


def cmd_export_exchange(args: argparse.Namespace) -> int:
    from pps_monitor.services.exchange import export_package

    check_out(args.out)
    path = db_path(args)
    db = open_readonly(path)
    p = _svc().find_partnership(db, args.partnership)
    r = _svc().find_round(db, p["id"], args.round)
    kind = "round-package" if args.command == "export-round" else "responses"
    if kind == "responses":  # the answers of one respondent group (issue 17)
        r = _svc().round_part(db, r["id"], getattr(args, "group", None) or "partners")
    full = bool(getattr(args, "full", False))
    if kind == "responses" and not full:
        db = _released(path, db, [r["id"]])  # an anonymous file releases what it holds
    print(f"Wrote {export_package(db, r['id'], args.out, kind, complete=full)}")
    if kind == "responses" and not full:
        from pps_monitor.services.exchange import left_out

        if missing := left_out(db, r["id"], args.out):
            print(
                f"{missing} answer(s) were left out of the file: answers not yet included "
                "in the results, or included ones that another laptop could not show "
                "exactly as they are shown here; --full writes them too (the "
                "coordinator's complete file)."
            )
    if full:
        print(
            "This is the complete file: every answer given, also those not yet released, "
            "with sector and role of small groups. Use it only to move answers to the "
            "coordinator's laptop; do not share it with partners."
        )
    return 0


def _readable(file: Path) -> None:
    """Refuse a missing or unreadable file before the database is touched."""
    if not file.exists():
        raise PpsError(f"{file}: no such file; nothing was imported")
    if file.is_dir():
        raise PpsError(f"{file} is a folder, not a file; nothing was imported")
    if not os.access(file, os.R_OK):
        raise PpsError(f"{file}: cannot be read (permission denied); nothing was imported")


def cmd_import(args: argparse.Namespace) -> int:
    from pps_monitor.exchange import package
    from pps_monitor.services.exchange import import_changes_anything
    from pps_monitor.storage.backup import make_backup

    _readable(args.file)
    path = db_path(args)
    if args.dry_run:
        # Never creates the database: a missing one is planned against an empty one.
        if path.exists():
            db = open_readonly(path)
        else:
            from pps_monitor.storage.database import open_memory_database

            db = open_memory_database()
        plan = package.plan_import(db, args.file)
        if plan.conflicts:
            package.apply_import(db, plan)  # raises with the conflicts, writes nothing
        print(f"Would import: {plan.summary()}")
        return 0
    # Planned on a read-only connection first: a refused or already imported file
    # leaves the database (and its folder) exactly as it was.
    db = _current_or_none(path)
    if db is not None:
        plan = package.plan_import(db, args.file)
        if plan.conflicts:
            package.apply_import(db, plan)  # raises with the conflicts, writes nothing
        if not import_changes_anything(db, plan):
            print(f"Already imported, nothing changed: {plan.summary()}")
            return 0
        db.conn.close()
    db = open_writable(path, create=True)
    plan = package.plan_import(db, args.file)  # checks everything before anything is written
    if plan.conflicts:
        package.apply_import(db, plan)  # raises with the conflicts
    if not import_changes_anything(db, plan):
        print(f"Already imported, nothing changed: {plan.summary()}")
        return 0
    if plan.add:
        # Wait for the write lock first: a database another program holds gets the
        # "in use" message, and no backup is taken that rotates a good one away.
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.rollback()
        make_backup(db, path, "before-import")
    done = package.apply_import(db, plan)  # planned again if another program imported it
    if plan.add and not done.add:
        print(f"Already imported, nothing changed: {done.summary()}")
        return 0
    print(f"Imported: {done.summary()}")
    return 0


def _current_or_none(path: Path) -> Any:
    """The database read-only, or None when it is missing or older (the import then
    creates or upgrades it, as the app does)."""
    from pps_monitor.errors import DatabaseError

    if not path.exists():
        return None
    try:
        return open_readonly(path)
    except DatabaseError as exc:
        if "needs upgrading" in str(exc):
            return None
        raise


def _group_round(db: Any, args: argparse.Namespace) -> dict[str, Any]:
    """The round's instrument for ``--group`` (a part of its own since issue 17)."""
    p = _svc().find_partnership(db, args.partnership)
    r = _svc().find_round(db, p["id"], args.round)
    return _svc().round_part(db, r["id"], args.group)


def cmd_form_template(args: argparse.Namespace) -> int:
    from pps_monitor.services.exchange import write_paper_template

    if args.out.suffix.lower() not in (".xlsx", ".csv", ".pdf"):
        raise PpsError(
            f"{args.out.name}: a form template is .xlsx or .csv (to type the forms into) "
            "or .pdf (the questionnaire to print)"
        )
    check_out(args.out)
    db = open_readonly(db_path(args))
    r = _group_round(db, args)
    lang = _lang(args, _svc().find_partnership(db, args.partnership))
    if args.out.suffix.lower() == ".pdf":
        from pps_monitor.reports.paper_form import write_paper_form

        instrument = _svc().round_instrument(db, r["id"])
        out = write_paper_form(instrument, args.out, lang)
        print(f"Wrote the paper questionnaire for the {args.group} of {r['label']!r} to {out}")
        return 0
    out = write_paper_template(db, r["id"], args.out, lang)
    print(f"Wrote the form template for the {args.group} of {r['label']!r} to {out}")
    return 0


def cmd_import_forms(args: argparse.Namespace) -> int:
    from pps_monitor.services.exchange import read_paper_forms

    _readable(args.file)
    path = db_path(args)
    db = open_readonly(path)
    r = _group_round(db, args)
    if r["status"] != "open":
        raise PpsError(f"Round {r['label']!r} is closed; reopen it to add paper forms")
    forms = read_paper_forms(db, r["id"], args.file)
    if forms.problems:
        sheet = "forms" if args.file.suffix.lower() in (".xlsx", ".xlsm") else args.file.name
        for problem in forms.problems:
            print(
                f"{args.file.name}: sheet {sheet}, row {problem.row}, column {problem.column}: "
                f"{problem.problem}"
            )
        raise PpsError(
            f"{args.file}: {len(forms.problems)} bad cell(s), listed on standard output; "
            "nothing was stored"
        )
    from pps_monitor.cli.ties import tie_forms_of

    tie_forms = tie_forms_of(db, r["id"], args.file)  # issue 18: the ties sheet, if any
    if not forms.valid and not (tie_forms and tie_forms.valid):
        raise PpsError(f"{args.file}: no filled forms; nothing was stored")
    ties_text = f" and {len(tie_forms.valid)} tie form(s)" if tie_forms else ""
    if args.dry_run:
        print(
            f"Would store {len(forms.valid)} form(s){ties_text} in {r['label']!r}; "
            "every cell is good."
        )
        return 0
    db.conn.close()
    db = open_writable(path)
    from pps_monitor.services.exchange import store_forms

    stored, _ = store_forms(db, r["id"], forms, tie_forms)
    print(
        f"Stored {stored} paper form(s){ties_text} of the {args.group} in {r['label']!r} "
        f"of {args.partnership}"
    )
    return 0
