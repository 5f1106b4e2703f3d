"""The figures of a scored round, as plain frozen data (computed in ``scoring``).

Every figure that could let someone recover a respondent's answers is None below its
minimum group: a mean, band or verdict needs ``min_round`` respondents, an SD, median,
answer distribution or agreement figure needs ``min_breakdown`` (see ``ScoringSettings``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from pps_monitor.domain.agreement import RWG_CUTOFF, round2

BANDS = ("strength", "attention", "concern")
MIN_FLOOR = 3  # neither min_round nor min_breakdown may be set lower (issue 11)
SUPPRESSED_TOO_FEW = "too_few_respondents"

# Why a comparison has no test (Comparison.reason).
NOT_COMPARABLE = "statements_changed"
TOO_FEW = "too_few_respondents"
NO_VARIATION = "zero_width_interval"

# Cronbach's alpha needs this many respondents who answered every item of the dimension.
MIN_COMPLETE_FOR_ALPHA = 10
ALPHA_TOO_FEW = "too_few_answers"  # "too few answers for a reliability figure"
ALPHA_NEGATIVE = "negative"  # items do not hang together: never shown without this note


@dataclass(frozen=True)
class Response:
    """One respondent's answers: item code -> 1..5, or None for "don't know"."""

    respondent_id: str
    answers: Mapping[str, int | None]
    sector: str | None = None
    role: str | None = None
    # Storage's respondent-level state: False for a late answer released for the round
    # only. Scoring does not read it (each figure's members follow from ``generation``,
    # see ``release_sets``); exports leave such a respondent's sector and role out.
    in_breakdowns: bool = True
    # The release batch in which the respondent joined the round's figures (1 the first;
    # storage: ``respondents.generation``). Each figure moves only when a batch adds at
    # least its k respondents who may count in it (``release_sets``).
    generation: int = 1
    # Whether the respondent's answers were shown by the old method (every answer counted
    # per statement) before the file was upgraded from schema 8 (migration m010): 0 not,
    # 1 in the round's figures only, 2 in the breakdowns too (``release_sets``).
    shown_before: int = 0


@dataclass(frozen=True)
class ScoringSettings:
    strength: float = 4.0  # band "strength" at or above this (shown, 2-decimal) mean
    attention: float = 3.0  # band "attention" at or above this mean, else "concern"
    min_group: int = 3  # smallest group whose breakdown or comments may be shown
    rwg_cutoff: float = RWG_CUTOFF
    level: float = 0.95  # confidence level of every interval
    min_round: int = 3  # fewer respondents: no mean, band, verdict or change (k)
    min_breakdown: int = 5  # fewer: no SD, median, distribution or agreement figure
    fdr: float = 0.05  # Benjamini-Hochberg q for the lists of changes and trends

    def __post_init__(self) -> None:
        if self.min_round < MIN_FLOOR:
            raise ValueError(f"min_round must be at least {MIN_FLOOR}, not {self.min_round}")
        if self.min_breakdown < self.min_round:
            raise ValueError(
                f"min_breakdown ({self.min_breakdown}) must be at least min_round "
                f"({self.min_round})"
            )

    def band(self, mean: float | Decimal | None) -> str | None:
        """Band of a mean as shown: rounded half-up to 2 decimals, then compared.

        Pass the exact mean as a Decimal (``bands.shown_mean``) where float summation
        order could otherwise put 3.00 on either side of the boundary.
        """
        if mean is None:
            return None
        shown = mean if isinstance(mean, Decimal) else round2(mean)
        if shown >= Decimal(repr(self.strength)):
            return "strength"
        return "attention" if shown >= Decimal(repr(self.attention)) else "concern"


DEFAULT_SETTINGS = ScoringSettings()


@dataclass(frozen=True)
class Change:
    """Current minus previous round, on respondent scores (only where it could be tested).

    ``significant`` is true only when the change survives the Benjamini-Hochberg
    correction of its family AND its (unadjusted) 95% Welch interval excludes 0.
    """

    diff: float
    ci_low: float
    ci_high: float
    significant: bool
    cliffs_delta: float
    previous_mean: float
    previous_n: int
    p: float | None = None  # None when the interval has zero width
    p_adjusted: float | None = None


@dataclass(frozen=True)
class Comparison:
    """Everything said about the change since the previous round (``scores`` JSON ``change``)."""

    comparable: bool  # False: the statements changed between the two instruments
    testable: bool
    diff: float | None
    ci_low: float | None
    ci_high: float | None
    p: float | None
    p_adjusted: float | None
    significant: bool
    reason: str | None = None  # NOT_COMPARABLE, TOO_FEW or NO_VARIATION when not testable


@dataclass(frozen=True)
class Trend:
    """Earliest comparable round against the current one, over ``rounds`` comparable rounds."""

    from_index: int  # position of the earliest comparable round in the partnership's rounds
    rounds: int
    diff: float
    ci_low: float | None  # None (and no p) when the interval has zero width: no test
    ci_high: float | None
    p: float | None
    p_adjusted: float | None
    significant: bool


@dataclass(frozen=True)
class ItemStats:
    code: str
    reverse: bool
    n: int  # answers 1-5
    mean: float | None  # of scored values
    sd: float | None
    median: float | None
    counts: dict[int, int]  # raw answers as given, 1..5 (all 0 when hidden)
    dont_know: int
    dont_know_pct: float | None  # of everyone who was asked the item
    hidden: bool = False  # distribution withheld: fewer than min_breakdown answers


@dataclass(frozen=True)
class DimensionScore:
    code: str
    group: str
    items: int  # J, number of items
    n: int  # respondents in the figure: every statement answered (complete cases)
    mean: float | None
    sd: float | None
    median: float | None
    n_complete: int  # the same as n (complete cases; kept for the JSON)
    alpha: float | None
    rwg_j: float | None
    agreement_threshold: float | None
    # rWG(J) below the agreement threshold ("not enough agreement"; NOT a split).
    disagreement: bool | None
    band: str | None
    change: Change | None
    # The scores of the respondents in spread figures (``release_sets`` spread tier), on
    # which changes and trends are tested: empty below min_round.
    scores: tuple[float, ...] = field(repr=False)
    agreement: str | None = None  # lack / weak / moderate / strong / very_strong
    beyond_chance: bool | None = None  # n_complete <= 10 only
    split: bool | None = None  # answers really split (agreement.answers_split)
    alpha_note: str | None = None  # ALPHA_TOO_FEW or ALPHA_NEGATIVE
    comparison: Comparison | None = None  # None only without a previous round
    trend: Trend | None = None  # None below 3 comparable rounds
    shown_mean: Decimal | None = None  # exact mean rounded half-up to 2 decimals
    # Why n is below the round's count: respondents with a "don't know" to at least one
    # statement (never counted), and complete ones whose batch was too small to move
    # the figure yet (``release_sets``).
    incomplete: int = 0
    waiting: int = 0
    # Why figures are held back in a round shown by the old method before the upgrade
    # (``release_sets.METHOD_CHANGED``: all of them; ``SPREAD_HELD``: the spread figures).
    held: str | None = None
    held_n: int = 0  # with METHOD_CHANGED: the complete answers held back (n is 0)


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
    values: tuple[int, ...] = field(repr=False)  # as DimensionScore.scores
    comparison: Comparison | None = None
    waiting: int = 0  # answered, but in a batch too small to move the figure yet
    held: str | None = None  # as ``DimensionScore.held``
    held_n: int = 0  # as ``DimensionScore.held_n``


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
    min_round: int = DEFAULT_SETTINGS.min_round
    min_breakdown: int = DEFAULT_SETTINGS.min_breakdown
    suppressed: str | None = None  # SUPPRESSED_TOO_FEW below min_round
    needed: int = 0  # more respondents needed before anything is shown
    # Per dimension or risk code, what its statements were (to test comparability).
    statements: dict[str, tuple[tuple[str, str, str, bool], ...]] = field(
        default_factory=dict, repr=False
    )

    def dimension(self, code: str) -> DimensionScore | None:
        return next((d for d in self.dimensions if d.code == code), None)

    def top_risks(self, count: int = 3) -> list[RiskScore]:
        """Highest mean first; ties broken by the share of high ratings."""
        rated = [r for r in self.risks if r.mean is not None]
        rated.sort(key=lambda r: (-(r.mean or 0), -(r.high_pct or 0), r.code))
        return rated[:count]
