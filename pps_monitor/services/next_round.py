"""A new round from the previous one: the same questionnaire, organisations and settings.

Organisations, minimum group sizes, bands and the balance rule belong to the partnership,
so a new round has them already; what is copied is the questionnaire (the exact snapshot
the latest round ran), so that trends continue. The label is proposed from the last one.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pps_monitor.services.db import Db

SEASONS = (("Voorjaar", "Najaar"), ("Spring", "Autumn"), ("voorjaar", "najaar"))


def suggest_label(previous: str, taken: set[str] | None = None) -> str:
    """The label that follows ``previous``: 'Voorjaar 2026' -> 'Najaar 2026' ->
    'Voorjaar 2027'; a trailing number counts up ('Ronde 3' -> 'Ronde 4'); otherwise
    ' (2)'. Never one of ``taken``."""
    taken = taken or set()
    label = _next(previous.strip())
    k = 2
    candidate = label
    while candidate in taken:
        candidate = f"{label} ({k})"
        k += 1
    return candidate


def _next(label: str) -> str:
    for first, second in SEASONS:
        m = re.fullmatch(rf"({first}|{second})(\s+)(\d{{4}})", label)
        if m:
            if m.group(1) == first:
                return f"{second}{m.group(2)}{m.group(3)}"
            return f"{first}{m.group(2)}{int(m.group(3)) + 1}"
    m = re.fullmatch(r"(.*?)(\d+)", label)
    if m:
        return f"{m.group(1)}{int(m.group(2)) + 1}"
    return f"{label} (2)"


def proposal(db: Db, partnership_id: str) -> dict[str, Any] | None:
    """What a new round from the previous would be: its label, date and questionnaire;
    None when the partnership has no round yet."""
    from pps_monitor.services import partnerships as svc

    rounds = svc.list_rounds(db, partnership_id)
    if not rounds:
        return None
    latest = rounds[-1]
    return {
        "label": suggest_label(latest["label"], {r["label"] for r in rounds}),
        "date": date.today().isoformat(),
        "previous": latest["label"],
        "instrument": svc.round_instrument(db, latest["id"]),
        "parts": _parts(db, latest["id"]),
    }


def _parts(db: Db, round_id: str) -> list[Any]:
    """The instruments of the round's other respondent groups (employers, workers) where
    rounds run several (``round_parts``); none where a round runs one instrument."""
    from pps_monitor.services import partnerships as svc

    parts = getattr(svc, "round_parts", None)
    if parts is None:
        return []
    return [svc.round_instrument(db, part["id"]) for part in parts(db, round_id)[1:]]


def create_from_previous(
    db: Db, partnership_id: str, label: str | None = None, when: str | None = None
) -> str:
    """Open a new round with the questionnaire of the latest one; returns its id.

    InputError when there is no earlier round, or the label is taken."""
    from pps_monitor.errors import InputError
    from pps_monitor.services import partnerships as svc

    plan = proposal(db, partnership_id)
    if plan is None:
        raise InputError("This partnership has no earlier round to copy.")
    args = [db, partnership_id, label or plan["label"], when or plan["date"], plan["instrument"]]
    if plan["parts"]:  # the same instruments for every respondent group
        return svc.create_round(*args, plan["parts"])  # type: ignore[call-arg]
    return svc.create_round(*args)
