"""Which answers the anonymous long export holds, and under which ids (issue 11, F4).

The figures count a respondent in a dimension only when they answered every statement
of it (complete cases, ``domain.release_sets``), so a respondent's "don't know"s decide
which figures hold them. The room often knows who said "don't know" to what (people say
so aloud); an export that kept each respondent's answers under one id, with their
"don't know"s as blanks, let that pattern point at one person and then give away every
other answer of theirs (in the demo nearly every respondent's pattern was their own).

The anonymous export therefore holds, per *unit* (a dimension; a risk statement or any
statement in no dimension, each on its own):

- exactly the respondents whose answer distribution the app shows for it: the unit's
  spread tier (``release_sets``), and nothing while that holds fewer than
  ``min_breakdown``. No "don't know" and no part of a dimension is exported, and the
  answers are those the figures were computed on (their sum is a mean shown, now or at
  an earlier release), so the export neither adds a figure nor cuts one into a smaller
  group;
- under one random id per respondent only when every respondent in the export holds
  the same units (then the pattern tells nobody apart). Otherwise every respondent's
  answers to each unit get their own random id: a unit's rows are then shared by at
  least ``min_breakdown`` respondents who all answered it, and nothing links one
  person's dimensions together;
- sector and role only for groups of at least ``min_breakdown`` (with complementary
  suppression, ``long_format.suppress_labels``), decided within each release batch of
  the unit first (a batch is shown as a whole, so a later export cannot cut it) and
  then over the unit.

The coordinator's complete table (``full``) keeps everything under one id per person.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pps_monitor.domain.instrument import Instrument
from pps_monitor.domain.model import Response, ScoringSettings
from pps_monitor.domain.release_sets import BALANCE, round_sets


@dataclass(frozen=True)
class Piece:
    """The answers exported under one id: one respondent's, to one or more units."""

    id: str
    sector: str | None
    role: str | None
    answers: dict[str, int]


def units(instrument: Instrument) -> dict[str, list[str]]:
    """Unit code -> its statements: each dimension, and each statement in no dimension."""
    out = {d.code: [i.code for i in d.items] for d in instrument.dimensions}
    in_dims = {c for codes in out.values() for c in codes}
    for item in instrument.items:
        if item.code not in in_dims:
            out[item.code] = [item.code]
    return out


def holders(
    instrument: Instrument, responses: Sequence[Response], settings: ScoringSettings
) -> dict[str, list[tuple[int, int]]]:
    """Per unit: (respondent index, release block) of the respondents its rows hold.

    The block is the first generation at which the respondent was in the unit's spread
    tier; a unit whose spread tier holds fewer than ``min_breakdown`` holds nobody.
    """
    sets = round_sets(instrument, responses, settings)
    generations = sorted({r.generation for r in responses})
    prefix: dict[int, dict[str, Any]] = {}
    for g in generations:
        chosen = [j for j, r in enumerate(responses) if r.generation <= g]
        fs = round_sets(instrument, [responses[j] for j in chosen], settings)
        prefix[g] = {
            code: {j for j, m in zip(chosen, s.spread, strict=True) if m} for code, s in fs.items()
        }
    out: dict[str, list[tuple[int, int]]] = {}
    for code in units(instrument):
        s = sets[code]
        if code == BALANCE or sum(s.spread) < settings.min_breakdown:
            out[code] = []
            continue
        members = [j for j, m in enumerate(s.spread) if m]
        out[code] = [(j, next(g for g in generations if j in prefix[g][code])) for j in members]
    return out


def anonymous_pieces(
    instrument: Instrument,
    responses: Sequence[Response],
    settings: ScoringSettings,
    suppress: Callable[[list[dict[str, Any]], int], None],
) -> tuple[list[Piece], bool]:
    """The pieces of the anonymous export and whether they are whole respondents (True)
    or one unit each (False). ``suppress`` blanks small sector/role groups in place."""
    k = settings.min_breakdown
    held = holders(instrument, responses, settings)
    codes = units(instrument)
    exported = [u for u in codes if held[u]]
    if not exported:
        return [], True
    sets = {u: frozenset(j for j, _ in held[u]) for u in exported}
    whole = len(set(sets.values())) == 1

    def label(j: int) -> dict[str, Any]:
        r = responses[j]
        # not (yet) in the breakdowns (a small late batch): no sector or role
        shown = r.in_breakdowns
        return {"j": j, "sector": r.sector if shown else None, "role": r.role if shown else None}

    def labelled(members: list[tuple[int, int]]) -> list[dict[str, Any]]:
        people = [{**label(j), "block": b} for j, b in members]
        for block in sorted({p["block"] for p in people}):
            suppress([p for p in people if p["block"] == block], k)
        suppress(people, k)
        return people

    pieces: list[Piece] = []
    if whole:
        for p in labelled(held[exported[0]]):
            answers = {c: responses[p["j"]].answers[c] for u in exported for c in codes[u]}
            pieces.append(_piece(p, answers))
        return pieces, True
    for u in exported:
        for p in labelled(held[u]):
            pieces.append(_piece(p, {c: responses[p["j"]].answers[c] for c in codes[u]}))
    return pieces, False


def _piece(person: dict[str, Any], answers: dict[str, Any]) -> Piece:
    return Piece(
        secrets.token_hex(6),  # fresh on every export: links no two exports
        person["sector"],
        person["role"],
        {c: int(v) for c, v in answers.items()},
    )
