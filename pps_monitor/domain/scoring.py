"""Scores of one round, and change against the previous round.

Conventions (see the method appendix of the report):
- Answers are 1-5; None is "don't know / not applicable". Reverse-worded items score 6 - x.
- Complete cases: a respondent counts in a dimension only when they answered every item
  of it; the dimension's figures and the figures of its items are over exactly those
  respondents (``release_sets``: and only once a release batch adds at least k of them).
  A risk item counts those who answered it. "Don't know" counts are over the round.
- Figures over several dimensions (coordination groups, the balance) are the unweighted
  means of the dimension means (``groups``), never respondent-level over other people.
- Privacy floors (``ScoringSettings``): a round with fewer than ``min_round``
  respondents shows no figure at all (``suppressed``); a dimension, item or risk with
  fewer than ``min_round`` answers has no mean, band or change; SD, median, answer
  distributions, rWG(J) and the agreement wording need ``min_breakdown``.
- Bands are decided on the exact mean rounded half-up to 2 decimals (``bands``).
- rWG(J) needs ``min_breakdown`` respondents in the dimension's spread tier, Cronbach's
  alpha at least 10 (``MIN_COMPLETE_FOR_ALPHA``).
- Risk items are never reversed or averaged into health: higher means more risk.
- Changes and trends: see ``change`` (Welch, Benjamini-Hochberg per family).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from pps_monitor.domain import agreement as agr
from pps_monitor.domain import change as chg
from pps_monitor.domain import stats
from pps_monitor.domain.bands import shown_mean
from pps_monitor.domain.groups import (
    CONTRACT_GROUP,
    RELATIONAL_GROUP,
    balance_differences,
    groups_and_balance,
)
from pps_monitor.domain.history import round_scores
from pps_monitor.domain.instrument import SCALE_MAX, SCALE_MIN, Dimension, Instrument, Item
from pps_monitor.domain.model import (
    BANDS,
    DEFAULT_SETTINGS,
    MIN_FLOOR,
    SUPPRESSED_TOO_FEW,
    Balance,
    Change,
    Comparison,
    DimensionScore,
    GroupScore,
    ItemStats,
    Response,
    RiskScore,
    RoundScores,
    ScoringSettings,
    Trend,
)
from pps_monitor.domain.release_sets import BALANCE, FigureSet, round_sets, set_of_item
from pps_monitor.domain.reliability import agreement_fields

T = TypeVar("T")

__all__ = [
    "BANDS",
    "CONTRACT_GROUP",
    "DEFAULT_SETTINGS",
    "MIN_COMPLETE_FOR_RELIABILITY",
    "RELATIONAL_GROUP",
    "Balance",
    "Change",
    "Comparison",
    "DimensionScore",
    "GroupScore",
    "ItemStats",
    "Response",
    "RiskScore",
    "RoundScores",
    "ScoringSettings",
    "Trend",
    "change_between",
    "respondent_dimension_scores",
    "round_statements",
    "score_round",
    "score_rounds",
]

# rWG(J) needs min_breakdown complete respondents, never fewer than this
MIN_COMPLETE_FOR_RELIABILITY = MIN_FLOOR


def change_between(
    current: Sequence[float],
    previous: Sequence[float],
    level: float = 0.95,
    settings: ScoringSettings = DEFAULT_SETTINGS,
) -> Change | None:
    """One comparison on its own (a family of one): None below ``min_round`` a side."""
    raw = chg.compare(current, previous, True, replace(settings, level=level))
    return chg.correct([raw], settings)[0][1]


def _visible(n: int, k: int, value: float | None) -> float | None:
    return value if n >= k else None


def _item_stats(
    code: str,
    reverse: bool,
    values: list[int],
    spread_values: list[int],
    dont_know: int,
    asked: int,
    settings: ScoringSettings,
) -> ItemStats:
    """``values``: the raw answers of the figure's mean tier, ``spread_values`` of its
    spread tier (``release_sets``); the "don't know" count is over the whole round."""
    counts = dict.fromkeys(range(SCALE_MIN, SCALE_MAX + 1), 0)
    for v in spread_values:
        counts[v] += 1
    scored = _scored_values(values, reverse)
    spread = _scored_values(spread_values, reverse)
    n = len(scored)
    hidden = len(spread) < settings.min_breakdown
    return ItemStats(
        code=code,
        reverse=reverse,
        n=n,
        mean=_visible(n, settings.min_round, stats.mean(scored)),
        sd=_visible(len(spread), settings.min_breakdown, stats.sd(spread)),
        median=_visible(len(spread), settings.min_breakdown, stats.median(spread)),
        counts=dict.fromkeys(counts, 0) if hidden else counts,
        dont_know=dont_know,
        dont_know_pct=100.0 * dont_know / asked if asked else None,
        hidden=hidden,
    )


def _scored_values(column: Sequence[int | None], reverse: bool) -> list[int]:
    raw = [v for v in column if v is not None]
    return [SCALE_MAX + SCALE_MIN - v for v in raw] if reverse else raw


def respondent_dimension_scores(
    instrument: Instrument, responses: Sequence[Response]
) -> dict[str, list[float | None]]:
    """Per dimension, each respondent's score: the mean of their scored answers when
    they answered every item of the dimension (complete cases), else None."""
    out: dict[str, list[float | None]] = {}
    for dim in instrument.dimensions:
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
            col.append(total / count if count and count == len(codes) else None)
        out[dim.code] = col
    return out


def statements(items: Sequence[Item]) -> tuple[tuple[str, str, str, bool], ...]:
    """What a dimension or risk asked: equal tuples mean the rounds are comparable."""
    return tuple((i.code, i.text.nl, i.text.en, i.reverse) for i in items)


def _complete_rows(dim: Dimension, responses: Sequence[Response]) -> list[list[int]]:
    rows = []
    for r in responses:
        row = [r.answers.get(i.code) for i in dim.items]
        if None not in row:
            rows.append([i.scored(v) for i, v in zip(dim.items, row, strict=True)])  # type: ignore[arg-type]
    return rows


def _agreement_fields(dim: Dimension, complete: list[list[int]], settings: ScoringSettings) -> dict:
    return agreement_fields(
        len(complete),
        len(dim.items),
        lambda: (stats.rwg_j(complete), stats.cronbach_alpha(complete)),
        settings,
    )


def _members(values: Sequence[T], members: Sequence[bool]) -> list[T]:
    return [v for v, m in zip(values, members, strict=True) if m]


def _dimension(
    dim: Dimension,
    column: list[float | None],
    responses: Sequence[Response],
    figure: FigureSet,
    settings: ScoringSettings,
) -> DimensionScore:
    """Figures of one dimension, without change or trend (added after the correction).

    ``column``: each respondent's score (None unless complete); the mean tier of
    ``figure`` gives n, mean and band, its spread tier SD, median, split, agreement,
    alpha, change and trend (``release_sets``).
    """
    scores: list[float] = _members(column, figure.mean)  # type: ignore[arg-type]
    spread_of: list[float] = _members(column, figure.spread)  # type: ignore[arg-type]
    n = len(scores)
    shown = n >= settings.min_round
    spread = len(spread_of) >= settings.min_breakdown
    complete = _complete_rows(dim, _members(responses, figure.spread))
    shown_value = shown_mean(scores) if shown else None
    return DimensionScore(
        code=dim.code,
        group=dim.group,
        items=len(dim.items),
        n=n,
        mean=stats.mean(scores) if shown else None,
        sd=stats.sd(spread_of) if spread else None,
        median=stats.median(spread_of) if spread else None,
        n_complete=n,
        band=settings.band(shown_value),
        change=None,
        scores=tuple(spread_of) if len(spread_of) >= settings.min_round else (),
        split=agr.answers_split(spread_of) if spread else None,
        shown_mean=shown_value,
        incomplete=figure.incomplete,
        waiting=figure.waiting,
        held=figure.held,
        held_n=figure.held_n,
        **_agreement_fields(dim, complete, settings),
    )


def _risk(
    item: Item,
    values: list[int],
    dont_know: int,
    settings: ScoringSettings,
    spread_values: list[int] | None = None,
    waiting: int = 0,
    held: str | None = None,
    held_n: int = 0,
) -> RiskScore:
    n = len(values)
    spread = values if spread_values is None else spread_values
    m = len(spread)
    high = 100.0 * sum(1 for v in spread if v >= 4) / m if m else None
    return RiskScore(
        code=item.code,
        n=n,
        mean=_visible(n, settings.min_round, stats.mean(values)),
        sd=_visible(m, settings.min_breakdown, stats.sd(spread)),
        high_pct=_visible(m, settings.min_breakdown, high),
        dont_know=dont_know,
        change=None,
        values=tuple(spread) if m >= settings.min_round else (),
        waiting=waiting,
        held=held,
        held_n=held_n,
    )


def _suppressed_round(
    instrument: Instrument, responses: Sequence[Response], settings: ScoringSettings
) -> RoundScores:
    """Below min_round nothing is shown: every figure None, how many more are needed.

    Every figure is computed from no answers at all, so none can leak.
    """
    items = {
        i.code: _item_stats(i.code, i.reverse, [], [], 0, 0, settings) for i in instrument.items
    }
    empty = FigureSet((), (), 0, 0)
    dims = [_dimension(d, [], [], empty, settings) for d in instrument.dimensions]
    groups, balance = groups_and_balance(instrument, dims, [], settings)
    return RoundScores(
        respondents=len(responses),
        items=items,
        dimensions=dims,
        groups=groups,
        risks=[_risk(i, [], 0, settings) for i in instrument.risks],
        balance=balance,
        min_round=settings.min_round,
        min_breakdown=settings.min_breakdown,
        suppressed=SUPPRESSED_TOO_FEW,
        needed=settings.min_round - len(responses),
        statements=round_statements(instrument),
    )


def round_statements(instrument: Instrument) -> dict[str, tuple[tuple[str, str, str, bool], ...]]:
    out = {d.code: statements(d.items) for d in instrument.dimensions}
    out.update({r.code: statements([r]) for r in instrument.risks})
    return out


def _items(
    instrument: Instrument,
    responses: Sequence[Response],
    sets: dict[str, FigureSet],
    settings: ScoringSettings,
) -> dict[str, ItemStats]:
    """Every item's figures over its dimension's (or its own) members; the "don't
    know" count and share over everyone in the round who was asked it."""
    out = {}
    for item in instrument.items:
        figure = sets[set_of_item(instrument, item.code)]
        column = [r.answers.get(item.code) for r in responses]
        asked = sum(1 for r in responses if item.code in r.answers)
        dont_know = sum(1 for r in responses if r.answers.get(item.code, 0) is None)
        out[item.code] = _item_stats(
            item.code,
            item.reverse,
            _members(column, figure.mean),  # type: ignore[arg-type]
            _members(column, figure.spread),  # type: ignore[arg-type]
            dont_know,
            asked,
            settings,
        )
    return out


def score_round(
    instrument: Instrument,
    responses: Sequence[Response],
    previous: RoundScores | None = None,
    settings: ScoringSettings = DEFAULT_SETTINGS,
    history: Sequence[RoundScores] = (),
) -> RoundScores:
    """Every statistic of one round.

    ``previous`` (same partnership, the round before) adds change; ``history`` (every
    earlier round, oldest first, ending with ``previous``) adds the trend.
    """
    if previous is None and history:
        previous = history[-1]
    if len(responses) < settings.min_round:
        return _suppressed_round(instrument, responses, settings)
    sets = round_sets(instrument, responses, settings)
    items = _items(instrument, responses, sets, settings)
    per_respondent = respondent_dimension_scores(instrument, responses)
    said = round_statements(instrument)
    dims = [
        _dimension(d, per_respondent[d.code], responses, sets[d.code], settings)
        for d in instrument.dimensions
    ]
    risks = []
    for i in instrument.risks:
        column = [r.answers.get(i.code) for r in responses]
        figure = sets[i.code]
        risks.append(
            _risk(
                i,
                _members(column, figure.mean),  # type: ignore[arg-type]
                items[i.code].dont_know,
                settings,
                _members(column, figure.spread),  # type: ignore[arg-type]
                figure.waiting,
                figure.held,
                figure.held_n,
            )
        )
    balance_sd = _balance_spread(per_respondent, instrument, sets[BALANCE])
    groups, balance = groups_and_balance(instrument, dims, balance_sd, settings)
    figures = (dims, risks, groups, balance)
    return round_scores(len(responses), items, figures, said, previous, history, settings)


def _balance_spread(
    per_respondent: dict[str, list[float | None]], instrument: Instrument, figure: FigureSet
) -> list[float]:
    """Relational minus contract coordination (each the unweighted mean of its dimension
    scores) of the balance set's spread tier: the width of the balance interval."""
    return balance_differences(
        instrument,
        [_members(per_respondent[d.code], figure.spread) for d in instrument.dimensions],
    )


def score_rounds(
    instrument_and_responses: Sequence[tuple[Instrument, Sequence[Response]]],
    settings: ScoringSettings = DEFAULT_SETTINGS,
) -> list[RoundScores]:
    """Score a partnership's rounds in date order, each with change against the one before."""
    out: list[RoundScores] = []
    for instrument, responses in instrument_and_responses:
        out.append(score_round(instrument, responses, out[-1] if out else None, settings, out[:]))
    return out


_ = (Comparison, GroupScore)  # re-exported for callers that import them from here
