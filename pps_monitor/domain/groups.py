"""Group scores (contract, relational) and the balance between them."""

from __future__ import annotations

from collections.abc import Sequence

from pps_monitor.domain import stats
from pps_monitor.domain.instrument import Instrument
from pps_monitor.domain.model import Balance, GroupScore, Response, ScoringSettings

CONTRACT_GROUP, RELATIONAL_GROUP = "contract", "relational"


def respondent_group_scores(
    codes: Sequence[str], per_respondent: dict[str, list[float | None]], count: int
) -> list[float | None]:
    """Each respondent's group score: mean of their dimension scores, at least half present."""
    col: list[float | None] = []
    for idx in range(count):
        present = [s for s in (per_respondent[c][idx] for c in codes) if s is not None]
        col.append(
            sum(present) / len(present) if present and len(present) >= len(codes) / 2 else None
        )
    return col


def groups_and_balance(
    instrument: Instrument,
    responses: Sequence[Response],
    per_respondent: dict[str, list[float | None]],
    settings: ScoringSettings,
) -> tuple[list[GroupScore], Balance]:
    """Group scores, and relational minus contract paired within respondents.

    Means need ``min_round`` respondents, SDs and intervals ``min_breakdown``.
    """
    respondent_group: dict[str, list[float | None]] = {}
    groups = []
    for group in instrument.groups:
        codes = [d.code for d in group.dimensions]
        col = respondent_group_scores(codes, per_respondent, len(responses))
        respondent_group[group.code] = col
        groups.append(_group_score(group.code, col, responses, settings))
    contract = respondent_group.get(CONTRACT_GROUP, [])
    relational = respondent_group.get(RELATIONAL_GROUP, [])
    return groups, _balance(contract, relational, responses, settings)


def _group_score(
    code: str, col: list[float | None], responses: Sequence[Response], settings: ScoringSettings
) -> GroupScore:
    valid = [s for s in col if s is not None]
    spread = [s for s, r in zip(col, responses, strict=True) if s is not None and r.in_breakdowns]
    n = len(valid)
    return GroupScore(
        code,
        n,
        stats.mean(valid) if n >= settings.min_round else None,
        stats.sd(spread) if len(spread) >= settings.min_breakdown else None,
    )


def _balance(
    contract: list[float | None],
    relational: list[float | None],
    responses: Sequence[Response],
    settings: ScoringSettings,
) -> Balance:
    """Relational minus contract, paired within respondents; the interval from the
    respondents in spread figures only."""
    pairs = [
        (c, r, person.in_breakdowns)
        for c, r, person in zip(contract, relational, responses, strict=False)
        if c is not None and r is not None
    ]
    n = len(pairs)
    if n < settings.min_round:
        return Balance(n, None, None, None, None, None)
    spread = [r - c for c, r, ok in pairs if ok]
    interval = (
        stats.mean_interval(spread, settings.level)
        if len(spread) >= settings.min_breakdown
        else None
    )
    return Balance(
        n=n,
        contract_mean=stats.mean([c for c, _, _ in pairs]),
        relational_mean=stats.mean([r for _, r, _ in pairs]),
        diff=stats.mean([r - c for c, r, _ in pairs]),
        ci_low=interval[1] if interval else None,
        ci_high=interval[2] if interval else None,
    )
