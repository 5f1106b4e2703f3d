"""The balance sheet of a round: the pilots' one-page summary of a learning evaluation.

Rows for the value for society, for workers and for organisations, the societal
benefits, and the four design principles. Each row rests on scores (a dimension or a
risk of one respondent group's instrument) and on key figures. Its status follows the
partnership's rule (``Rule``; the default: the mean of the scores it rests on, at least
3.5 good, at least 2.5 mixed, below that poor); a score counts only when its group's
count reaches the minimum; a row without any such score has "not enough data".

Everything here is pure: the caller hands in a mapping of (group, code) to ``ScoreIn``
and the key figures; ``tests/domain/test_balance_sheet.py`` checks it by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Literal

from pps_monitor.domain.instrument import SCALE_MAX, SCALE_MIN, Text
from pps_monitor.domain.key_figures import Values, held_back, shown_value

Status = Literal["good", "mixed", "poor", "none"]
STATUSES: tuple[Status, ...] = ("good", "mixed", "poor", "none")
METHODS = ("mean", "lowest")
ScoreKey = tuple[str, str]  # (respondent group, dimension or risk code)
ANY = "*"  # a source code that stands for every dimension of the group


@dataclass(frozen=True)
class ScoreIn:
    """One score as the round released it: its mean (None when held back) and n.

    ``risk``: a risk item (higher is more risk); it counts as 6 - mean, so that for every
    score the row rests on higher is better."""

    mean: float | None
    n: int
    risk: bool = False


@dataclass(frozen=True)
class Source:
    group: str
    code: str  # a dimension or risk code, or ANY
    exclude: tuple[str, ...] = ()  # with ANY: codes left out


@dataclass(frozen=True)
class RowSpec:
    key: str
    name: Text
    sources: tuple[Source, ...]
    figures: tuple[str, ...] = ()
    principle: bool = False  # a design principle (else a value)


@dataclass(frozen=True)
class Rule:
    """How a row's status follows from its scores: the partnership's choice."""

    good: float = 3.5  # at or above: good
    mixed: float = 2.5  # at or above: mixed; below: poor
    method: str = "mean"  # "mean" of the scores, or the "lowest" of them
    steady: float = 0.10  # a change smaller than this reads as "about the same"


DEFAULT_RULE = Rule()

# Codes of the workers' instrument (workers-value 1.0.0) and the partners' pps-health 1.1.0;
# a code a round did not ask is simply absent from its scores.
W_SOCIETY = "W-USE"  # the workers' view of their work's use for society
W_HEALTH, W_INCOME = "W-HEALTH", "W-INC"

DEFAULT_ROWS: tuple[RowSpec, ...] = (
    RowSpec(
        "society",
        Text("Waarde voor de samenleving", "Value for society"),
        (Source("partners", "EN-MKT"), Source("workers", W_SOCIETY)),
        ("jobs_created", "jobs_filled", "hours_worked"),
    ),
    RowSpec(
        "workers",
        Text("Waarde voor werknemers", "Value for workers"),
        (Source("workers", ANY, (W_SOCIETY,)), Source("partners", "RF-OUTOFSIGHT")),
        ("workers_started", "workers_left", "employed_6m", "employed_12m"),
    ),
    RowSpec(
        "organisations",
        Text("Waarde voor organisaties", "Value for organisations"),
        (Source("employers", ANY), Source("partners", "PC-BEN")),
        ("revenue",),
    ),
    RowSpec(
        "benefits",
        Text("Maatschappelijke baten", "Societal benefits"),
        (Source("partners", "PC-LONG"), Source("workers", W_HEALTH), Source("workers", W_INCOME)),
        ("employed_12m", "public_contribution"),
    ),
    RowSpec(
        "no_pretrajectory",
        Text("Geen voortraject: werk dat blijft", "No pre-trajectory: work that lasts"),
        (Source("partners", "RF-PRETRAJ"), Source("partners", "RF-DISPLACE")),
        ("employed_6m", "employed_12m", "workers_left"),
        principle=True,
    ),
    RowSpec(
        "municipality",
        Text("De rol van de gemeente", "The municipality's role"),
        (Source("partners", "EN-POL"), Source("partners", "RF-REFERRAL")),
        ("referred_municipality", "referred_other"),
        principle=True,
    ),
    RowSpec(
        "collaboration",
        Text("Publiek-private samenwerking", "Public-private collaboration"),
        (
            Source("partners", "RC-ALIGN"),
            Source("partners", "RC-TRUST"),
            Source("partners", "RC-SOLVE"),
            Source("partners", "PC-CTRL"),
            Source("partners", "PC-PHASE"),
        ),
        principle=True,
    ),
    RowSpec(
        "earning_model",
        Text("Een duurzaam verdienmodel", "A sustainable earning model"),
        (
            Source("partners", "CC-RES"),
            Source("partners", "PC-INV"),
            Source("employers", "E-EARN"),
        ),
        ("revenue", "public_contribution"),
        principle=True,
    ),
)


@dataclass(frozen=True)
class Used:
    """A score a row rests on: ``value`` as counted (a risk as 6 - mean), None when its
    n is below the group's minimum or the round held it back."""

    group: str
    code: str
    value: float | None
    n: int
    risk: bool


@dataclass(frozen=True)
class FigureIn:
    """A key figure a row rests on, as it may be shown (``held_back``: recorded, not shown)."""

    code: str
    value: float | None
    held_back: bool


@dataclass(frozen=True)
class Row:
    spec: RowSpec
    status: Status
    score: Decimal | None  # rounded half-up to 2 decimals; None: not enough data
    n: int | None  # the smallest n among the scores counted
    used: tuple[Used, ...]
    figures: tuple[FigureIn, ...]
    previous: Decimal | None = None  # the same row in the previous round
    change: Decimal | None = None
    direction: str | None = None  # "up", "down", "same"; None without both rounds

    @property
    def counted(self) -> tuple[Used, ...]:
        return tuple(u for u in self.used if u.value is not None)


def _minimum(min_round: int | Mapping[str, int], group: str) -> int:
    return min_round if isinstance(min_round, int) else int(min_round.get(group, 3))


def _matches(source: Source, scores: Mapping[ScoreKey, ScoreIn]) -> list[ScoreKey]:
    if source.code != ANY:
        return [(source.group, source.code)] if (source.group, source.code) in scores else []
    return [
        key
        for key, s in scores.items()
        if key[0] == source.group and not s.risk and key[1] not in source.exclude
    ]


def _used(
    spec: RowSpec, scores: Mapping[ScoreKey, ScoreIn], min_round: int | Mapping[str, int]
) -> tuple[Used, ...]:
    out: list[Used] = []
    seen: set[ScoreKey] = set()
    for source in spec.sources:
        for key in _matches(source, scores):
            if key in seen:
                continue
            seen.add(key)
            s = scores[key]
            enough = s.mean is not None and s.n >= _minimum(min_round, key[0])
            value = None
            if enough and s.mean is not None:
                value = SCALE_MAX + SCALE_MIN - s.mean if s.risk else s.mean
            out.append(Used(key[0], key[1], value, s.n, s.risk))
    return tuple(out)


def _two_places(value: float) -> Decimal:
    exact = Fraction(value).limit_denominator(1_000_000)
    return (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )


def row_score(values: Sequence[float], rule: Rule = DEFAULT_RULE) -> Decimal | None:
    """The row's score by the rule, rounded half-up to 2 decimals (None without values)."""
    if not values:
        return None
    if rule.method == "lowest":
        return _two_places(min(values))
    return _two_places(sum(values) / len(values))


def status_of(score: Decimal | None, rule: Rule = DEFAULT_RULE) -> Status:
    if score is None:
        return "none"
    if score >= _two_places(rule.good):
        return "good"
    if score >= _two_places(rule.mixed):
        return "mixed"
    return "poor"


def check_rule(rule: Rule) -> str | None:
    """Which part of a rule is not allowed, in words for the log; None when it is."""
    if rule.method not in METHODS:
        return f"method must be one of {', '.join(METHODS)}"
    if not (SCALE_MIN <= rule.mixed < rule.good <= SCALE_MAX):
        return "needs 1 <= mixed < good <= 5"
    if not (0 <= rule.steady < 1):
        return "steady must be at least 0 and below 1"
    return None


def _direction(change: Decimal, rule: Rule) -> str:
    if abs(change) < _two_places(rule.steady):
        return "same"
    return "up" if change > 0 else "down"


def balance_sheet(
    scores: Mapping[ScoreKey, ScoreIn],
    figures: Values,
    *,
    min_round: int | Mapping[str, int] = 3,
    rule: Rule = DEFAULT_RULE,
    previous: tuple[Mapping[ScoreKey, ScoreIn], Values] | None = None,
    rows: Sequence[RowSpec] = DEFAULT_ROWS,
) -> list[Row]:
    """Every row of the balance sheet for one round (and its change since ``previous``).

    ``min_round``: the minimum n per group (or one for all); a score below it does not
    count. Key figures about workers' outcomes are held back below the round minimum of
    workers started (``key_figures.shown_value``).
    """
    people = _minimum(min_round, "workers")
    out = []
    for spec in rows:
        used = _used(spec, scores, min_round)
        score = row_score([u.value for u in used if u.value is not None], rule)
        counted = [u.n for u in used if u.value is not None]
        figs = tuple(
            FigureIn(code, shown_value(figures, code, people), held_back(figures, code, people))
            for code in spec.figures
        )
        row = Row(
            spec, status_of(score, rule), score, min(counted) if counted else None, used, figs
        )
        if previous is not None:
            before = _used(spec, previous[0], min_round)
            prev = row_score([u.value for u in before if u.value is not None], rule)
            if prev is not None and score is not None:
                change = score - prev
                row = _with_change(row, prev, change, _direction(change, rule))
            else:
                row = _with_change(row, prev, None, None)
        out.append(row)
    return out


def _with_change(row: Row, prev: Decimal | None, change: Decimal | None, way: str | None) -> Row:
    from dataclasses import replace

    return replace(row, previous=prev, change=change, direction=way)
