"""Everything one PDF report shows, loaded from the database in one place (no Qt).

The report builder only lays out a :class:`ReportData`; it never queries the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from pps_monitor import results as R
from pps_monitor.analysis import RoundResult, partnership_results
from pps_monitor.domain.balance_sheet import DEFAULT_RULE
from pps_monitor.domain.scoring import DEFAULT_SETTINGS, ScoringSettings
from pps_monitor.errors import NotFoundError
from pps_monitor.storage.actions import list_action_points
from pps_monitor.storage.events import list_events
from pps_monitor.storage.organisations import list_organisations
from pps_monitor.storage.partnerships import get_partnership
from pps_monitor.storage.rounds import find_round

if TYPE_CHECKING:
    from sqlite_utils import Database

    from pps_monitor.domain.instrument import Instrument


MIN_ROUND = 3  # the fewest respondents any figure of a round, dimension or risk needs


@dataclass(frozen=True)
class ReportData:
    """A partnership and its rounds up to the one reported on, with what the report lists."""

    partnership: dict[str, Any]
    results: list[RoundResult]  # every round, scored, in date order
    index: int  # the reported round's place in ``results``
    settings: ScoringSettings
    organisations: list[dict[str, Any]]
    events: list[tuple[date, str]]  # up to the reported round's date
    action_points: list[dict[str, Any]]
    comments: dict[str, list[str]] | None  # per dimension; None when the round is too small
    release: Any = None  # the reported round's Release (included, pending, needed)
    # The round's further instruments (issue 17): (group, that group's rounds scored up
    # to the reported one, its facts summary), each under its own group's minimum.
    parts: list[tuple[str, list[RoundResult], dict[str, tuple[float | None, int]]]] = field(
        default_factory=list
    )
    key_figures: dict[str, dict[str, float]] = field(default_factory=dict)  # by round id
    balance_rule: Any = DEFAULT_RULE  # the partnership's balance-sheet Rule
    balance_groups: Any = None  # other groups' scores per round and their minimums
    network: Any = None  # the round's tie figures (services.ties.NetworkResult), issue 18

    @property
    def result(self) -> RoundResult:
        """The round reported on."""
        return self.results[self.index]

    @property
    def history(self) -> list[RoundResult]:
        """Rounds up to and including the reported one: never report on later rounds."""
        return self.results[: self.index + 1]

    @property
    def instrument(self) -> Instrument:
        return self.result.instrument

    @property
    def min_round(self) -> int:
        """The fewest respondents a round, dimension or risk needs for any figure.

        Hook for the partnership's privacy floor (issue 11): ``settings.min_round`` once
        the domain has it; until then 3 (``min_group`` is the breakdown minimum). Never
        below 3.
        """
        return max(MIN_ROUND, int(getattr(self.settings, "min_round", None) or MIN_ROUND))

    @property
    def provisional(self) -> bool:
        """The reported round still takes answers: every figure may still change."""
        return self.result.round.get("status") == "open"


def load_report_data(
    db: Database,
    partnership_id: str,
    round_label: str | None = None,
    settings: ScoringSettings = DEFAULT_SETTINGS,
) -> ReportData:
    """Load the report of ``round_label`` (the latest round when None).

    The minimums and bands are the partnership's (``settings`` gives the rest). The
    report shows the reported round and the rounds before it, so those are released
    first: the figures then hold only their included respondents.
    """
    from pps_monitor.services import privacy
    from pps_monitor.storage.rounds import list_rounds

    partnership = get_partnership(db, partnership_id)
    settings = privacy.scoring_settings(db, partnership_id, settings)
    rounds = list_rounds(db, partnership_id)
    if not rounds:
        raise NotFoundError("This partnership has no rounds yet: there is nothing to report.")
    chosen = find_round(db, partnership_id, round_label)
    states, _ = privacy.release(db, partnership_id, _rounds_until(rounds, chosen))
    results = partnership_results(db, partnership_id, settings)
    index = next(k for k, r in enumerate(results) if r.round["id"] == chosen["id"])
    result = results[index]
    until = R.round_date(result)
    events = [
        (when, e["text"])
        for when, e in ((date.fromisoformat(e["date"]), e) for e in list_events(db, partnership_id))
        if when <= until
    ]
    return ReportData(
        partnership=partnership,
        results=results,
        index=index,
        settings=settings,
        organisations=list_organisations(db, partnership_id),
        events=events,
        action_points=actions_until(list_action_points(db, partnership_id), results, index),
        comments=R.comments_by_dimension(db, result, settings),
        release=states.get(chosen["id"]),
        parts=_parts(db, partnership_id, chosen, settings),
        **_balance_inputs(db, partnership_id, settings),
        network=_network(db, chosen["id"]),
    )


def _network(db: Database, round_id: str) -> Any:
    """The round's collaboration network, when it includes the tie questions."""
    from pps_monitor.services import ties

    return ties.network(db, round_id) if ties.has_tie_module(db, round_id) else None


def _parts(
    db: Database, partnership_id: str, chosen: dict[str, Any], settings: ScoringSettings
) -> list[tuple[str, list[RoundResult], dict[str, tuple[float | None, int]]]]:
    """Each further instrument of the reported round: its group's rounds up to it."""
    from pps_monitor.analysis import group_results, group_settings
    from pps_monitor.storage.loading import fact_means
    from pps_monitor.storage.rounds import round_parts

    out = []
    for part in round_parts(db, chosen["id"])[1:]:
        group = part["respondent_group"]
        results = group_results(db, partnership_id, group, settings)
        until = next(k for k, r in enumerate(results) if r.round["id"] == part["id"])
        minimum = group_settings(settings, group).min_round
        out.append((group, results[: until + 1], fact_means(db, part["id"], minimum)))
    return out


def _balance_inputs(db: Database, partnership_id: str, settings: Any) -> dict[str, Any]:
    from pps_monitor.services import balance

    return {
        "key_figures": balance.partnership_key_figures(db, partnership_id),
        "balance_rule": balance.get_rule(db, partnership_id),
        "balance_groups": balance.group_scores(db, partnership_id, settings),
    }


def _rounds_until(rounds: list[dict[str, Any]], chosen: dict[str, Any]) -> list[str]:
    """The ids of ``chosen`` and the rounds before it (``rounds`` in date order)."""
    ids = [r["id"] for r in rounds]
    return ids[: ids.index(chosen["id"]) + 1]


def actions_until(
    actions: list[dict[str, Any]], results: list[RoundResult], index: int
) -> list[dict[str, Any]]:
    """The action points known at the time of ``results[index]``: none raised in a later
    round. A point raised outside any round counts from the day it was written down."""
    later = {r.round["id"] for r in results[index + 1 :]}
    until = R.round_date(results[index]).isoformat()
    kept = []
    for a in actions:
        raised = a.get("round_raised_id")
        if raised in later:
            continue
        if raised is None and str(a.get("created_at") or "")[:10] > until:
            continue
        kept.append(a)
    return kept
