"""Tie answers in exchange files (issue 18), kept apart from everything else in them.

- A round package says ``"tie_module": true`` when its round includes the tie questions
  (the key is absent otherwise, so files of rounds without them are as before); the
  importing laptop then includes them too.
- The coordinator's complete responses file carries ``"tie_respondents"`` (absent
  without tie questions, and from the anonymous file): each
  ``{"id": uuid, "organisation_id", "ratings": [{"about", "item", "value"}]}``, shuffled,
  with no link to any respondent of the file. A tie respondent already here with the same
  answers counts as present; with other answers it is a conflict (the file is refused).
  New ones arrive unreleased, under fresh random keys.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.ties import FREQUENCIES, FREQUENCY, TIE_ITEMS
from pps_monitor.exchange.plan import ImportPlan, check, checked_id, checked_list, value_of
from pps_monitor.i18n import N_
from pps_monitor.storage.common import new_keys

if TYPE_CHECKING:
    from sqlite_utils import Database

_shuffle = random.SystemRandom().shuffle
Ratings = frozenset[tuple[str, str, int | None]]


def package_extra(db: Database, round_id: str) -> dict[str, Any]:
    """What a round package adds for the tie questions."""
    from pps_monitor.storage.ties import has_tie_module

    return {"tie_module": True} if has_tie_module(db, round_id) else {}


def responses_extra(db: Database, round_id: str, complete: bool) -> dict[str, Any]:
    """What a responses file adds: the round's tie respondents, shuffled; only in the
    coordinator's complete file (a tie respondent carries their organisation)."""
    from pps_monitor.storage.ties import has_tie_module

    if not complete or not has_tie_module(db, round_id):
        return {}
    people: dict[int, dict[str, Any]] = {
        key: {"id": uuid, "organisation_id": org, "ratings": []}
        for key, uuid, org in db.execute(
            "SELECT id, uuid, organisation_id FROM tie_respondents WHERE round_id = ?",
            [round_id],
        )
    }
    for key, target, code, value in db.execute(
        """SELECT a.respondent_id, a.target_id, a.item_code, a.value FROM tie_answers a
           JOIN tie_respondents t ON t.id = a.respondent_id WHERE t.round_id = ?""",
        [round_id],
    ):
        people[key]["ratings"].append({"about": target, "item": code, "value": value})
    out = list(people.values())
    for person in out:
        person["ratings"].sort(key=lambda a: (a["about"], a["item"]))
    _shuffle(out)
    return {"tie_respondents": out}


def _include(db: Database, plan: ImportPlan, round_id: str) -> None:
    from pps_monitor.storage.ties import has_tie_module

    if not has_tie_module(db, round_id) and "tie_modules" not in plan.add:
        plan.add["tie_modules"] = [(round_id,)]  # a tuple row: see importing.TUPLE_COLUMNS


def plan_tie_module(db: Database, data: dict[str, Any], plan: ImportPlan, round_id: str) -> None:
    """A round package whose round includes the tie questions includes them here too."""
    if data.get("tie_module") is True:
        _include(db, plan, round_id)


def _value(a: Any, where: str, name: str, orgs: frozenset[str], own: str) -> tuple[str, str, Any]:
    check(isinstance(a, dict), name, where, N_("must be an object."))
    about, item, value = a.get("about"), a.get("item"), a.get("value")
    check(about in orgs and about != own, name, where, N_("about: not another organisation."))
    check(
        item in TIE_ITEMS, name, where, N_("{value} is not a tie question."), value=value_of(item)
    )
    low, high = (0, len(FREQUENCIES) - 1) if item == FREQUENCY else (1, 5)
    check(
        value is None
        or (isinstance(value, int) and not isinstance(value, bool) and low <= value <= high),
        name,
        where,
        N_("the value must be {low}-{high} or empty."),
        low=low,
        high=high,
    )
    return str(about), str(item), value


def _people(
    data: dict[str, Any], name: str, orgs: frozenset[str]
) -> dict[str, tuple[str, Ratings]]:
    people: dict[str, tuple[str, Ratings]] = {}
    for k, t in enumerate(checked_list(data["tie_respondents"], name, "tie_respondents")):
        where = f"tie_respondents[{k}]"
        check(isinstance(t, dict), name, where, N_("must be an object."))
        uuid = checked_id(t.get("id"), name, f"{where}.id")
        own = t.get("organisation_id")
        check(
            own in orgs,
            name,
            f"{where}.organisation_id",
            N_("not an organisation of this partnership."),
        )
        values = [
            _value(a, f"{where}.ratings[{j}]", name, orgs, str(own))
            for j, a in enumerate(checked_list(t.get("ratings"), name, f"{where}.ratings"))
        ]
        check(
            len({(a, i) for a, i, _ in values}) == len(values),
            name,
            where,
            N_("the same rating is given twice."),
        )
        check(uuid not in people, name, where, N_("the same id is used for two records."))
        people[uuid] = (str(own), frozenset(values))
    return people


def plan_tie_respondents(
    db: Database, data: dict[str, Any], plan: ImportPlan, round_id: str, orgs: frozenset[str]
) -> None:
    """Check a responses file's tie respondents and plan the new ones."""
    if "tie_respondents" not in data:
        return
    name = plan.exchange.name
    people = _people(data, name, orgs)
    new = []
    for uuid, (own, ratings) in people.items():
        found = db.execute(
            "SELECT id, round_id, organisation_id FROM tie_respondents WHERE uuid = ?", [uuid]
        ).fetchall()
        row = found[0] if found else None
        if row is None:
            new.append((uuid, own, ratings))
            continue
        stored = frozenset(
            tuple(r)
            for r in db.execute(
                "SELECT target_id, item_code, value FROM tie_answers WHERE respondent_id = ?",
                [row[0]],
            )
        )
        if (row[1], row[2], stored) != (round_id, own, ratings):
            plan.conflicts.append(f"tie respondent {uuid} exists with different answers")
        else:
            plan.present += 1
    if new:
        keys = new_keys(db, "tie_respondents", len(new))
        pairs = sorted(zip(keys, new, strict=True), key=lambda kp: kp[0])
        _include(db, plan, round_id)
        plan.add["tie_respondents"] = [
            {"id": key, "uuid": uuid, "round_id": round_id, "organisation_id": own}
            for key, (uuid, own, _) in pairs
        ]
        plan.add["tie_answers"] = [
            (key, about, item, value)
            for key, (_, _, ratings) in pairs
            for about, item, value in sorted(ratings, key=str)
        ]
