"""Administration: partnerships, privacy, organisations, rounds, action points, events."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from pps_monitor.cli import output
from pps_monitor.cli.common import db_path, open_readonly, open_writable
from pps_monitor.errors import InputError, NotFoundError


def _svc() -> Any:
    from pps_monitor.services import partnerships

    return partnerships


def _partnership(db: Any, name: str) -> dict[str, Any]:
    return _svc().find_partnership(db, name)


def cmd_create_partnership(args: argparse.Namespace) -> int:
    db = open_writable(db_path(args), create=True)
    names = {p["name"] for p in _svc().list_partnerships(db)}
    if args.name.strip() in names:
        raise InputError(f"There is already a partnership named {args.name.strip()!r}.")
    language = getattr(args, "lang", None)
    _svc().create_partnership(db, args.name, language)
    said = f" (reports and tables in {'Dutch' if language == 'nl' else 'English'})"
    print(
        f"Created partnership {args.name.strip()!r} in {db_path(args)}" + (said if language else "")
    )
    return 0


def cmd_set_privacy(args: argparse.Namespace) -> int:
    db = open_writable(db_path(args))
    p = _partnership(db, args.partnership)
    new = _svc().set_privacy(db, p["id"], args.min_round, args.min_breakdown)
    print(
        f"{p['name']}: a round shows figures from {new.min_round} respondents, "
        f"a breakdown group from {new.min_breakdown}."
    )
    return 0


def cmd_add_organisation(args: argparse.Namespace) -> int:
    db = open_writable(db_path(args))
    p = _partnership(db, args.partnership)
    if any(o["name"] == args.name.strip() for o in _svc().list_organisations(db, p["id"])):
        raise InputError(f"{p['name']} already has an organisation named {args.name.strip()!r}.")
    _svc().add_organisation(db, p["id"], args.name, args.sector)
    print(f"Added {args.name.strip()!r} ({args.sector}) to {p['name']}")
    return 0


def _previous_instruments(db: Any, p: dict[str, Any]) -> list[Any]:
    svc = _svc()
    rounds = svc.list_rounds(db, p["id"])
    if not rounds:
        raise InputError(f"{p['name']} has no earlier round to copy (--from-previous).")
    return [svc.round_instrument(db, r["id"]) for r in svc.round_parts(db, rounds[-1]["id"])]


def _instruments(db: Any, p: dict[str, Any], args: argparse.Namespace) -> list[Any]:
    """The round's instruments, one per respondent group, partners first (issue 17)."""
    from pps_monitor.domain.instrument import RESPONDENT_GROUPS, group_default

    svc = _svc()
    groups = getattr(args, "group", None) or []
    if args.from_previous:
        if args.instrument or groups:
            raise InputError("Give --instrument/--group or --from-previous, not both.")
        return _previous_instruments(db, p)
    chosen: dict[str, Any] = {}
    for spec in args.instrument or ([] if groups else ["pps-health"]):
        group, _, value = spec.partition("=") if "=" in spec else ("", "", spec)
        inst = svc.resolve_instrument(value)
        group = group or inst.respondents
        if group not in RESPONDENT_GROUPS:
            raise InputError(
                f"--instrument {spec}: no respondent group {group!r} "
                f"(groups: {', '.join(RESPONDENT_GROUPS)})."
            )
        if inst.respondents != group:
            raise InputError(
                f"--instrument {spec}: {inst.id} is written for the {inst.respondents}, "
                f"not for the {group}."
            )
        if group in chosen:
            raise InputError(f"--instrument is given twice for the group {group!r}.")
        chosen[group] = inst
    for group in groups:
        if group in chosen:
            raise InputError(f"The group {group!r} is given twice (--group/--instrument).")
        chosen[group] = group_default(group)
    return [chosen[g] for g in RESPONDENT_GROUPS if g in chosen]


def cmd_create_round(args: argparse.Namespace) -> int:
    db = open_writable(db_path(args))
    p = _partnership(db, args.partnership)
    first, *parts = _instruments(db, p, args)
    when = args.date or date.today().isoformat()
    _svc().create_round(db, p["id"], args.label, when, first, parts)
    asked = ", ".join(f"{i.respondents}: {i.id}" for i in (first, *parts))
    print(f"Opened round {args.label.strip()!r} ({when}) of {p['name']} with {asked}")
    return 0


def cmd_set_round_status(args: argparse.Namespace) -> int:
    status = "closed" if args.command == "close-round" else "open"
    db = open_writable(db_path(args))
    p = _partnership(db, args.partnership)
    r = _svc().find_round(db, p["id"], args.round)
    if r["status"] == status:
        print(f"Round {r['label']!r} is already {status}; nothing changed.")
        return 0
    _svc().set_round_status(db, r["id"], status)
    print(f"Round {r['label']!r} of {p['name']} is now {status}.")
    return 0


def _check_dimension(db: Any, round_id: str, code: str) -> None:
    inst = _svc().round_instrument(db, round_id)
    codes = [d.code for d in inst.dimensions]
    if code not in codes:
        raise InputError(f"No dimension {code!r} in this round (dimensions: {', '.join(codes)}).")


def cmd_add_action(args: argparse.Namespace) -> int:
    db = open_writable(db_path(args))
    p = _partnership(db, args.partnership)
    r = _svc().find_round(db, p["id"], args.round)
    _check_dimension(db, r["id"], args.dimension)
    aid = _svc().add_action_point(
        db,
        p["id"],
        args.text,
        dimension_code=args.dimension,
        owner=args.owner,
        due_date=args.due,
        round_raised_id=r["id"],
    )
    print(f"Added action point {aid}")
    return 0


def cmd_update_action(args: argparse.Namespace) -> int:
    changes = {
        k: v
        for k, v in (
            ("status", args.status),
            ("text", args.text),
            ("owner", args.owner),
            ("due_date", args.due),
        )
        if v is not None
    }
    if not changes:
        raise InputError("Nothing to change: give --status, --text, --owner or --due.")
    db = open_writable(db_path(args))
    if not _svc().action_point_exists(db, args.id):
        raise NotFoundError(f"No action point with id {args.id!r} (see `pps-monitor actions`).")
    _svc().update_action_point(db, args.id, **changes)
    print(f"Updated action point {args.id}")
    return 0


def cmd_add_event(args: argparse.Namespace) -> int:
    db = open_writable(db_path(args))
    p = _partnership(db, args.partnership)
    _svc().add_event(db, p["id"], args.date, args.text)
    print(f"Added event of {args.date} to {p['name']}")
    return 0


# --- lists -----------------------------------------------------------------------------

ORGANISATION_COLUMNS = ["id", "name", "sector"]
EVENT_COLUMNS = ["id", "date", "text"]
ACTION_COLUMNS = [
    "id",
    "dimension",
    "text",
    "owner",
    "due",
    "status",
    "round_raised",
    "score_raised",
    "score_now",
]


def organisations_data(db: Any, partnership: str) -> dict[str, Any]:
    p = _partnership(db, partnership)
    orgs = [
        {"id": o["id"], "name": o["name"], "sector": o["sector"]}
        for o in _svc().list_organisations(db, p["id"])
    ]
    return {"partnership": p["name"], "organisations": orgs}


def events_data(db: Any, partnership: str) -> dict[str, Any]:
    p = _partnership(db, partnership)
    events = [
        {"id": e["id"], "date": e["date"], "text": e["text"]}
        for e in _svc().list_events(db, p["id"])
    ]
    return {"partnership": p["name"], "events": events}


def actions_data(db: Any, partnership: str) -> dict[str, Any]:
    """Action points with the dimension's mean when raised and in the latest round."""
    from pps_monitor.analysis import partnership_results

    p = _partnership(db, partnership)
    results = partnership_results(db, p["id"], _svc().scoring_settings(db, p["id"]))

    def mean(result: Any, code: str | None) -> float | None:
        if result is None or code is None or result.scores.suppressed is not None:
            return None
        found = [d.mean for d in result.scores.dimensions if d.code == code]
        return found[0] if found else None

    by_round = {r.round["id"]: r for r in results}
    latest = results[-1] if results else None
    actions = [
        {
            "id": a["id"],
            "dimension": a["dimension_code"],
            "text": a["text"],
            "owner": a["owner"] or None,
            "due": a["due_date"],
            "status": a["status"],
            "round_raised": a["round_raised_label"],
            "score_raised": mean(by_round.get(a["round_raised_id"]), a["dimension_code"]),
            "score_now": mean(latest, a["dimension_code"]),
        }
        for a in _svc().list_action_points(db, p["id"])
    ]
    return {"partnership": p["name"], "actions": actions}


def _print_list(
    args: argparse.Namespace, command: str, key: str, columns: list[str], data: dict[str, Any]
) -> None:
    lang = getattr(args, "lang", None) or "en"
    rows = data[key]
    if args.format == "json":
        output.print_json(command, data)
    elif args.format == "csv":
        output.write_csv(columns, rows, None, args.delimiter, lang)
    elif not rows:
        print(f"{data['partnership']}: no {key} yet.")
    else:
        print(output.table(columns, ([r[c] for c in columns] for r in rows), lang))


def cmd_organisations(args: argparse.Namespace) -> int:
    data = organisations_data(open_readonly(db_path(args)), args.partnership)
    _print_list(args, "organisations", "organisations", ORGANISATION_COLUMNS, data)
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    data = events_data(open_readonly(db_path(args)), args.partnership)
    _print_list(args, "events", "events", EVENT_COLUMNS, data)
    return 0


def cmd_actions(args: argparse.Namespace) -> int:
    from pps_monitor.cli.common import release

    path = db_path(args)
    db = open_readonly(path)
    p = _partnership(db, args.partnership)
    if not getattr(args, "lang", None) and p.get("language"):
        args.lang = p["language"]  # the partnership's own language when none is asked for
    # The scores shown with the action points are figures that leave: record the release.
    db = release(path, db, [r["id"] for r in _svc().list_rounds(db, p["id"])])
    data = actions_data(db, args.partnership)
    _print_list(args, "actions", "actions", ACTION_COLUMNS, data)
    return 0
