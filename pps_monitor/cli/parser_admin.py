"""The administration commands: partnerships, organisations, rounds, actions, events."""

from __future__ import annotations

import argparse

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
def add_admin_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    # --- administration --------------------------------------------------------------
    p = _sub(sub, "create-partnership", "add a partnership", f"--name '{P}' --lang nl")
    p.add_argument(
        "--name", required=True, metavar="NAME", help=f"The new partnership's name (e.g. '{P}')."
    )
    p.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=None,
        help="The partnership's language: its report, score tables and form templates "
        "use it wherever no --lang is given; without it, the system's (e.g. --lang nl).",
    )

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
        help="A questionnaire: a bundled instrument's id (pps-health, employers-hrm, "
        "workers-value) or an instrument JSON file, optionally for a respondent group; "
        "repeat it for one questionnaire per group (default: the bundled pps-health; "
        "e.g. --instrument partners=my-instrument.json).",
    )
    p.add_argument(
        "--group",
        action="append",
        default=None,
        choices=("partners", "employers", "workers"),
        help="Ask this respondent group with its bundled questionnaire; repeat it for more "
        "groups (e.g. --group partners --group workers).",
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
