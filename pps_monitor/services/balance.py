"""Key figures and the balance sheet, as the app, the CLI and the report use them (no Qt).

The balance sheet itself is pure (``domain.balance_sheet``); here the released scores of
each round become its input: ``round_scores`` maps (group, code) to a mean and n, with
the round's minimum applied (a round below it gives no mean at all). The partners'
instrument is the group ``partners``; other groups' instruments join the same mapping
when a round runs them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pps_monitor.services.db import Db

if TYPE_CHECKING:
    from pps_monitor.analysis import RoundResult
    from pps_monitor.domain.balance_sheet import Row, Rule, ScoreIn, ScoreKey
    from pps_monitor.domain.instrument import Text

PARTNERS = "partners"


# --- key figures -------------------------------------------------------------------


def get_key_figures(db: Db, round_id: str) -> dict[str, float]:
    from pps_monitor.storage.key_figures import get_key_figures as get

    return get(db, round_id)


def set_key_figures(
    db: Db,
    round_id: str,
    values: Mapping[str, float | None],
    *,
    replace: bool = False,
    lang: str = "en",
) -> dict[str, float]:
    """Record a round's key figures, checked as a whole (InputError naming each problem)."""
    from pps_monitor.storage.key_figures import set_key_figures as put

    return put(db, round_id, values, replace=replace, lang=lang)


def partnership_key_figures(db: Db, partnership_id: str) -> dict[str, dict[str, float]]:
    from pps_monitor.storage.key_figures import partnership_key_figures as get

    return get(db, partnership_id)


def get_rule(db: Db, partnership_id: str) -> Rule:
    from pps_monitor.storage.key_figures import get_balance_rule

    return get_balance_rule(db, partnership_id)


def set_rule(db: Db, partnership_id: str, good: float, mixed: float, method: str) -> Rule:
    from pps_monitor.domain.balance_sheet import Rule
    from pps_monitor.storage.key_figures import set_balance_rule

    return set_balance_rule(db, partnership_id, Rule(good=good, mixed=mixed, method=method))


# --- the balance sheet -------------------------------------------------------------------


def round_scores(result: RoundResult, group: str = PARTNERS) -> dict[ScoreKey, ScoreIn]:
    """The released scores of one round's instrument as the balance sheet reads them."""
    from pps_monitor.domain.balance_sheet import ScoreIn

    scores = result.scores
    hidden = scores.respondents < scores.min_round or scores.suppressed is not None
    out: dict[ScoreKey, ScoreIn] = {}
    for d in scores.dimensions:
        out[(group, d.code)] = ScoreIn(None if hidden else d.mean, d.n)
    for r in scores.risks:
        out[(group, r.code)] = ScoreIn(None if hidden else r.mean, r.n, risk=True)
    return out


@dataclass(frozen=True)
class Sheet:
    """The balance sheet of one round, ready to show."""

    label: str
    previous_label: str | None
    rows: list[Row]
    rule: Rule
    min_round: int
    names: dict[str, Text] = field(default_factory=dict)  # other groups' dimension names

    def name(self, result: RoundResult, group: str, code: str, lang: str) -> str:
        """A score's name: the partners' from the round's instrument, others' from theirs."""
        if group == "partners":
            return result.instrument.label(code, lang)
        found = self.names.get(code)
        return found(lang) if found else code


# Other groups' scores per round id: (group, code) -> ScoreIn, and each group's minimum.
GroupScores = Mapping[str, Mapping["ScoreKey", "ScoreIn"]]


def group_scores(
    db: Db, partnership_id: str, settings: Any
) -> tuple[GroupScores, dict[str, int], dict[str, Text]]:
    """The employers' and workers' released scores per round id, each group's minimum,
    and the names of their dimensions.

    Empty while rounds run only the partners' instrument (``analysis.group_results``
    comes with the instruments per respondent group; without it there is nothing to add).
    """
    from pps_monitor import analysis

    load = getattr(analysis, "group_results", None)
    out: dict[str, dict[ScoreKey, ScoreIn]] = {}
    minimums: dict[str, int] = {}
    names: dict[str, Text] = {}
    if load is None:
        return out, minimums, names
    for group in ("employers", "workers"):
        for r in load(db, partnership_id, group, settings):
            # a group's instrument may be a part of the round: its row names the main one
            main = r.round.get("main_round_id") or r.round["id"]
            out.setdefault(main, {}).update(round_scores(r, group))
            minimums[group] = r.scores.min_round
            names.update({d.code: d.name for d in r.instrument.dimensions})
    return out, minimums, names


def balance_sheet(
    results: Sequence[RoundResult],
    index: int,
    figures: Mapping[str, Mapping[str, float]],
    rule: Rule,
    min_round: int,
    groups: tuple[GroupScores, Mapping[str, int], Mapping[str, Text]] | None = None,
) -> Sheet:
    """The sheet of ``results[index]``, with the change since the round before it.

    ``groups``: the other respondent groups' scores per round id and their minimums
    (``group_scores``); the partners' minimum is ``min_round``."""
    from pps_monitor.domain.balance_sheet import balance_sheet as sheet

    extra, group_min, names = groups or ({}, {}, {})
    minimums = {"partners": min_round, "employers": min_round, "workers": min_round}
    minimums.update(group_min)

    def scores(r: RoundResult) -> dict[ScoreKey, ScoreIn]:
        return {**round_scores(r), **extra.get(r.round["id"], {})}

    result = results[index]
    before = results[index - 1] if index > 0 else None
    previous = None
    if before is not None:
        previous = (scores(before), figures.get(before.round["id"], {}))
    rows = sheet(
        scores(result),
        figures.get(result.round["id"], {}),
        min_round=minimums,
        rule=rule,
        previous=previous,
    )
    label = before.label if before else None
    return Sheet(result.label, label, rows, rule, min_round, dict(names))


def sheet_json(sheet: Sheet, lang: str, names: Mapping[str, str]) -> dict[str, Any]:
    """The sheet as plain data (the CLI's JSON); ``names`` labels the score codes."""

    def num(value: Any) -> float | None:
        return None if value is None else float(value)

    return {
        "round": sheet.label,
        "previous_round": sheet.previous_label,
        "rule": {
            "method": sheet.rule.method,
            "good": sheet.rule.good,
            "mixed": sheet.rule.mixed,
            "min_round": sheet.min_round,
        },
        "rows": [
            {
                "row": r.spec.key,
                "name": r.spec.name(lang),
                "principle": r.spec.principle,
                "status": r.status,
                "score": num(r.score),
                "n": r.n,
                "previous": num(r.previous),
                "change": num(r.change),
                "direction": r.direction,
                "scores": [
                    {
                        "group": u.group,
                        "code": u.code,
                        "name": names.get(u.code, u.code),
                        "value": u.value,
                        "n": u.n,
                        "risk": u.risk,
                    }
                    for u in r.used
                ],
                "key_figures": [
                    {"code": f.code, "value": f.value, "held_back": f.held_back} for f in r.figures
                ],
            }
            for r in sheet.rows
        ],
    }


def key_figure_table(
    results: Sequence[RoundResult],
    figures: Mapping[str, Mapping[str, float]],
    min_round: int,
    *,
    shown: bool = True,
) -> list[dict[str, Any]]:
    """One row per round (date order): label, date and every figure. ``shown``: as an
    audience may see them (worker outcomes held back below the minimum of starters)."""
    from pps_monitor.domain.key_figures import CODES, shown_value

    rows = []
    for r in results:
        values = figures.get(r.round["id"], {})
        row: dict[str, Any] = {"round": r.label, "date": r.round["date"]}
        for code in CODES:
            row[code] = shown_value(values, code, min_round) if shown else values.get(code)
        rows.append(row)
    return rows
