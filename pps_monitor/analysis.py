"""One way in: load a partnership's rounds and score them (used by CLI, app and reports)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.instrument import Instrument
from pps_monitor.domain.scoring import (
    DEFAULT_SETTINGS,
    Response,
    RoundScores,
    ScoringSettings,
    score_rounds,
)
from pps_monitor.storage import repository as repo

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class RoundResult:
    round: dict[str, Any]
    instrument: Instrument
    responses: list[Response]
    scores: RoundScores

    @property
    def label(self) -> str:
        return self.round["label"]


def partnership_results(
    db: Database, partnership_id: str, settings: ScoringSettings = DEFAULT_SETTINGS
) -> list[RoundResult]:
    """Every round of the partnership, scored, in date order (change against the one before).

    Scored on NumPy arrays (``fast_analysis``, imported here so that numpy stays off the
    app's start-up path); the results equal ``reference_results`` (tests/domain/test_vector.py).
    """
    from pps_monitor import fast_analysis

    return fast_analysis.partnership_results(db, partnership_id, settings)


def reference_results(
    db: Database, partnership_id: str, settings: ScoringSettings = DEFAULT_SETTINGS
) -> list[RoundResult]:
    """``partnership_results`` in pure Python (``scoring``): the reference the tests and
    ``benchmarks/bench_scoring.py --impl python`` hold the NumPy path against."""
    data = repo.load_partnership_rounds(db, partnership_id)
    scores = score_rounds([(d.instrument, d.responses) for d in data], settings)
    return [
        RoundResult(d.round, d.instrument, d.responses, s)
        for d, s in zip(data, scores, strict=True)
    ]


def group_settings(settings: ScoringSettings, group: str | None) -> ScoringSettings:
    """The scoring settings for one respondent group (issue 17): employers answer for
    their organisation, so the partnership sees their figures only pooled over at least
    the breakdown minimum of employers (as ``storage.release.group_privacy``)."""
    if group == "employers":
        return replace(settings, min_round=settings.min_breakdown)
    return settings


def group_results(
    db: Database, partnership_id: str, group: str, settings: ScoringSettings = DEFAULT_SETTINGS
) -> list[RoundResult]:
    """The rounds that ask ``group``, scored with that group's instrument, answers and
    minimum sizes, in date order (change against the group's round before)."""
    data = repo.load_group_rounds(db, partnership_id, group)
    scores = score_rounds(
        [(d.instrument, d.responses) for d in data], group_settings(settings, group)
    )
    return [
        RoundResult(d.round, d.instrument, d.responses, s)
        for d, s in zip(data, scores, strict=True)
    ]


def round_groups(db: Database, round_id: str) -> list[str]:
    """The respondent groups a round asks, its main instrument's group first."""
    return [r["respondent_group"] for r in repo.round_parts(db, round_id)]


def result_for(results: list[RoundResult], label: str) -> RoundResult | None:
    return next((r for r in results if r.label == label), None)
