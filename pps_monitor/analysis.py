"""One way in: load a partnership's rounds and score them (used by CLI, app and reports)."""

from __future__ import annotations

from dataclasses import dataclass
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
    """Every round of the partnership, scored, in date order (change against the one before)."""
    data = repo.load_partnership_rounds(db, partnership_id)
    scores = score_rounds([(d.instrument, d.responses) for d in data], settings)
    return [
        RoundResult(d.round, d.instrument, d.responses, s)
        for d, s in zip(data, scores, strict=True)
    ]


def result_for(results: list[RoundResult], label: str) -> RoundResult | None:
    return next((r for r in results if r.label == label), None)
