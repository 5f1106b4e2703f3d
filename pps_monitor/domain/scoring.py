"""Scores of one round, and change against the previous round.

Conventions (see the method appendix of the report):
- Answers are 1-5; None is "don't know / not applicable". Reverse-worded items score 6 - x.
- A respondent's dimension score is the mean of their scored items when they answered
  at least half of the dimension's items; dimension statistics are over those scores.
- Cronbach's alpha and rWG(J) use the respondents who answered every item of the
  dimension, and are None when fewer than 3 did.
- Risk items are never reversed or averaged into health: higher means more risk.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pps_monitor.domain import stats
from pps_monitor.domain.agreement import RWG_CUTOFF, agreement_threshold
from pps_monitor.domain.instrument import SCALE_MAX, SCALE_MIN, Instrument

MIN_COMPLETE_FOR_RELIABILITY = 3
CONTRACT_GROUP, RELATIONAL_GROUP = "contract", "relational"
BANDS = ("strength", "attention", "concern")


@dataclass(frozen=True)
class Response:
    """One respondent's answers: item code -> 1..5, or None for "don't know"."""

    respondent_id: str
    answers: Mapping[str, int | None]
    sector: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class ScoringSettings:
    strength: float = 4.0  # band "strength" at or above this mean
    attention: float = 3.0  # band "attention" at or above this mean, else "concern"
    min_group: int = 3  # smallest group whose breakdown or comments may be shown
    rwg_cutoff: float = RWG_CUTOFF
    level: float = 0.95  # confidence level of every interval

    def band(self, mean: float | None) -> str | None:
        if mean is None:
            return None
        if mean >= self.strength:
            return "strength"
        return "attention" if mean >= self.attention else "concern"


DEFAULT_SETTINGS = ScoringSettings()


@dataclass(frozen=True)
class Change:
    """Current minus previous round, on respondent scores."""

    diff: float
    ci_low: float
    ci_high: float
    significant: bool
    cliffs_delta: float
    previous_mean: float
    previous_n: int


@dataclass(frozen=True)
class ItemStats:
    code: str
    reverse: bool
    n: int  # answers 1-5
    mean: float | None  # of scored values
    sd: float | None
    median: float | None
    counts: dict[int, int]  # raw answers as given, 1..5
    dont_know: int
    dont_know_pct: float | None  # of everyone who was asked the item


@dataclass(frozen=True)
class DimensionScore:
    code: str
    group: str
    items: int  # J, number of items
    n: int  # respondents with a dimension score
    mean: float | None
    sd: float | None
    median: float | None
    n_complete: int  # respondents who answered every item
    alpha: float | None
    rwg_j: float | None
    agreement_threshold: float | None
    disagreement: bool | None  # None when rWG(J) cannot be computed
    band: str | None
    change: Change | None
    scores: tuple[float, ...] = field(repr=False)


@dataclass(frozen=True)
class GroupScore:
    code: str
    n: int
    mean: float | None
    sd: float | None


@dataclass(frozen=True)
class RiskScore:
    code: str
    n: int
    mean: float | None
    sd: float | None
    high_pct: float | None  # share of answers 4-5, in percent of n
    dont_know: int
    change: Change | None
    values: tuple[int, ...] = field(repr=False)


@dataclass(frozen=True)
class Balance:
    """Relational minus contract coordination, paired within respondents."""

    n: int
    contract_mean: float | None
    relational_mean: float | None
    diff: float | None
    ci_low: float | None
    ci_high: float | None


@dataclass(frozen=True)
class RoundScores:
    respondents: int
    items: dict[str, ItemStats]
    dimensions: list[DimensionScore]
    groups: list[GroupScore]
    risks: list[RiskScore]
    balance: Balance

    def dimension(self, code: str) -> DimensionScore | None:
        return next((d for d in self.dimensions if d.code == code), None)

    def top_risks(self, count: int = 3) -> list[RiskScore]:
        """Highest mean first; ties broken by the share of high ratings."""
        rated = [r for r in self.risks if r.mean is not None]
        rated.sort(key=lambda r: (-(r.mean or 0), -(r.high_pct or 0), r.code))
        return rated[:count]


def change_between(
    current: Sequence[float], previous: Sequence[float], level: float = 0.95
) -> Change | None:
    """Welch interval and Cliff's delta; None unless both rounds have n >= 2."""
    interval = stats.welch_interval(current, previous, level)
    if interval is None:
        return None
    diff, low, high = interval
    significant = low > 0 or high < 0 or (low == high and diff != 0)
    return Change(
        diff=diff,
        ci_low=low,
        ci_high=high,
        significant=significant,
        cliffs_delta=stats.cliffs_delta(current, previous),  # type: ignore[arg-type]
        previous_mean=sum(previous) / len(previous),
        previous_n=len(previous),
    )


def _item_stats(code: str, reverse: bool, column: list[int | None]) -> ItemStats:
    counts = dict.fromkeys(range(SCALE_MIN, SCALE_MAX + 1), 0)
    dont_know = 0
    for v in column:
        if v is None:
            dont_know += 1
        else:
            counts[v] += 1
    raw = [v for v in column if v is not None]
    scored = [SCALE_MAX + SCALE_MIN - v for v in raw] if reverse else raw
    asked = len(column)
    return ItemStats(
        code=code,
        reverse=reverse,
        n=len(scored),
        mean=stats.mean(scored),
        sd=stats.sd(scored),
        median=stats.median(scored),
        counts=counts,
        dont_know=dont_know,
        dont_know_pct=100.0 * dont_know / asked if asked else None,
    )


def respondent_dimension_scores(
    instrument: Instrument, responses: Sequence[Response]
) -> dict[str, list[float | None]]:
    """Per dimension, each respondent's score (None below half the items answered)."""
    out: dict[str, list[float | None]] = {}
    for dim in instrument.dimensions:
        need = len(dim.items) / 2
        codes = [(i.code, i.reverse) for i in dim.items]
        col: list[float | None] = []
        for r in responses:
            a = r.answers
            total = 0
            count = 0
            for code, rev in codes:
                v = a.get(code)
                if v is not None:
                    total += SCALE_MAX + SCALE_MIN - v if rev else v
                    count += 1
            col.append(total / count if count and count >= need else None)
        out[dim.code] = col
    return out


def score_round(
    instrument: Instrument,
    responses: Sequence[Response],
    previous: RoundScores | None = None,
    settings: ScoringSettings = DEFAULT_SETTINGS,
) -> RoundScores:
    """Every statistic of one round; ``previous`` (same partnership) adds change."""
    columns: dict[str, list[int | None]] = {i.code: [] for i in instrument.items}
    for r in responses:
        a = r.answers
        for code, col in columns.items():
            if code in a:
                col.append(a[code])
    items = {i.code: _item_stats(i.code, i.reverse, columns[i.code]) for i in instrument.items}

    per_respondent = respondent_dimension_scores(instrument, responses)
    dimensions = []
    for dim in instrument.dimensions:
        scores = [s for s in per_respondent[dim.code] if s is not None]
        complete = []
        for r in responses:
            a = r.answers
            row = [a.get(i.code) for i in dim.items]
            if None not in row:
                complete.append([i.scored(v) for i, v in zip(dim.items, row, strict=True)])  # type: ignore[arg-type]
        enough = len(complete) >= MIN_COMPLETE_FOR_RELIABILITY
        rwg = stats.rwg_j(complete) if enough else None
        threshold = (
            agreement_threshold(len(complete), len(dim.items), cutoff=settings.rwg_cutoff)
            if enough
            else None
        )
        mean = stats.mean(scores)
        prev = previous.dimension(dim.code) if previous else None
        dimensions.append(
            DimensionScore(
                code=dim.code,
                group=dim.group,
                items=len(dim.items),
                n=len(scores),
                mean=mean,
                sd=stats.sd(scores),
                median=stats.median(scores),
                n_complete=len(complete),
                alpha=stats.cronbach_alpha(complete) if enough else None,
                rwg_j=rwg,
                agreement_threshold=threshold,
                disagreement=(rwg < threshold) if rwg is not None and threshold else None,
                band=settings.band(mean),
                change=change_between(scores, prev.scores, settings.level) if prev else None,
                scores=tuple(scores),
            )
        )

    groups, balance = _groups_and_balance(instrument, responses, per_respondent, settings)

    prev_risks = {r.code: r for r in previous.risks} if previous else {}
    risks = []
    for item in instrument.risks:
        values = [v for v in columns[item.code] if v is not None]
        prev_risk = prev_risks.get(item.code)
        risks.append(
            RiskScore(
                code=item.code,
                n=len(values),
                mean=stats.mean(values),
                sd=stats.sd(values),
                high_pct=100.0 * sum(1 for v in values if v >= 4) / len(values) if values else None,
                dont_know=items[item.code].dont_know,
                change=change_between(values, prev_risk.values, settings.level)
                if prev_risk
                else None,
                values=tuple(values),
            )
        )
    return RoundScores(len(responses), items, dimensions, groups, risks, balance)


def _groups_and_balance(
    instrument: Instrument,
    responses: Sequence[Response],
    per_respondent: dict[str, list[float | None]],
    settings: ScoringSettings,
) -> tuple[list[GroupScore], Balance]:
    """Group scores per respondent (mean of their dimension scores, at least half present)."""
    respondent_group: dict[str, list[float | None]] = {}
    groups = []
    for group in instrument.groups:
        codes = [d.code for d in group.dimensions]
        col: list[float | None] = []
        for idx in range(len(responses)):
            present = [per_respondent[c][idx] for c in codes]
            present = [s for s in present if s is not None]
            col.append(
                sum(present) / len(present) if present and len(present) >= len(codes) / 2 else None
            )  # type: ignore[arg-type]
        respondent_group[group.code] = col
        valid = [s for s in col if s is not None]
        groups.append(GroupScore(group.code, len(valid), stats.mean(valid), stats.sd(valid)))

    contract = respondent_group.get(CONTRACT_GROUP, [])
    relational = respondent_group.get(RELATIONAL_GROUP, [])
    pairs = [
        (c, r)
        for c, r in zip(contract, relational, strict=False)
        if c is not None and r is not None
    ]
    diffs = [r - c for c, r in pairs]
    interval = stats.mean_interval(diffs, settings.level)
    balance = Balance(
        n=len(pairs),
        contract_mean=stats.mean([c for c, _ in pairs]),
        relational_mean=stats.mean([r for _, r in pairs]),
        diff=stats.mean(diffs),
        ci_low=interval[1] if interval else None,
        ci_high=interval[2] if interval else None,
    )
    return groups, balance


def score_rounds(
    instrument_and_responses: Sequence[tuple[Instrument, Sequence[Response]]],
    settings: ScoringSettings = DEFAULT_SETTINGS,
) -> list[RoundScores]:
    """Score a partnership's rounds in date order, each with change against the one before."""
    out: list[RoundScores] = []
    for instrument, responses in instrument_and_responses:
        out.append(score_round(instrument, responses, out[-1] if out else None, settings))
    return out
