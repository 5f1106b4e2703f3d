"""Group scores (contract, relational) and the balance between them, from the dimension
figures (issue 11: equal weights above the dimension)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from pps_monitor.domain import stats
from pps_monitor.domain.instrument import Instrument
from pps_monitor.domain.model import Balance, DimensionScore, GroupScore, ScoringSettings

CONTRACT_GROUP, RELATIONAL_GROUP = "contract", "relational"


def _mean_of_means(dims: Sequence[DimensionScore]) -> float | None:
    """The unweighted mean of the dimension means; None when any is held back."""
    means = [d.mean for d in dims]
    if not means or any(m is None for m in means):
        return None
    return stats.mean(means)  # type: ignore[arg-type]


def groups_and_balance(
    instrument: Instrument,
    dims: Sequence[DimensionScore],
    balance_spread: Sequence[float],
    settings: ScoringSettings,
) -> tuple[list[GroupScore], Balance]:
    """Group scores, and relational minus contract, from the dimension figures only.

    A group's mean is the unweighted mean of its dimensions' means (each dimension
    weighs the same, whoever answered it), shown only when every one of them is; its n
    is the smallest of theirs. No spread over respondents is shown for a group: it
    would be over other people than the dimension figures. The balance is the
    relational group's mean minus the contract group's; its 95% interval is centred on
    that difference, with the width of the paired differences of ``balance_spread``
    (respondents who answered every statement of both groups, ``release_sets.BALANCE``,
    a spread figure: only from ``min_breakdown`` of them).
    """
    by_code = {d.code: d for d in dims}
    groups = []
    for group in instrument.groups:
        members = [by_code[d.code] for d in group.dimensions if d.code in by_code]
        n = min((d.n for d in members), default=0)
        mean = _mean_of_means(members)
        groups.append(GroupScore(group.code, n, mean if n >= settings.min_round else None, None))
    found = {g.code: g for g in groups}
    contract, relational = found.get(CONTRACT_GROUP), found.get(RELATIONAL_GROUP)
    if contract is None or relational is None:
        return groups, Balance(0, None, None, None, None, None)
    n = min(contract.n, relational.n)
    if contract.mean is None or relational.mean is None or n < settings.min_round:
        return groups, Balance(n, None, None, None, None, None)
    diff = relational.mean - contract.mean
    interval = None
    m = len(balance_spread)
    if m >= settings.min_breakdown:
        sd = stats.sd(balance_spread)
        if sd is not None:
            half = stats.t_critical(settings.level, m - 1) * sd / math.sqrt(m)
            interval = (diff - half, diff + half)
    return groups, Balance(
        n=n,
        contract_mean=contract.mean,
        relational_mean=relational.mean,
        diff=diff,
        ci_low=interval[0] if interval else None,
        ci_high=interval[1] if interval else None,
    )


def balance_differences(
    instrument: Instrument, columns: Sequence[Sequence[float | None]]
) -> list[float]:
    """Per respondent, relational minus contract coordination, each the unweighted mean
    of their dimension scores (``columns``: per dimension of the instrument, in order,
    each respondent's score). Respondents without every score are left out."""
    index = {d.code: j for j, d in enumerate(instrument.dimensions)}
    groups = {g.code: [index[d.code] for d in g.dimensions] for g in instrument.groups}
    con, rel = groups.get(CONTRACT_GROUP, []), groups.get(RELATIONAL_GROUP, [])
    if not con or not rel or not columns:
        return []
    out = []
    for person in range(len(columns[0])):
        c = [columns[j][person] for j in con]
        r = [columns[j][person] for j in rel]
        if any(v is None for v in (*c, *r)):
            continue
        out.append(sum(r) / len(r) - sum(c) / len(c))  # type: ignore[arg-type]
    return out
