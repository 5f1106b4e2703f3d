"""Tie ratings between organisations: the module per round, entry, and the network figures.

Every output path (results page, Present mode, report, CLI) asks ``network`` for a
round's figures: it releases the round's tie answers (and the previous tie round's,
whose figures the changes use) and applies the partnership's minimums. No Qt; the UI
calls it in a worker thread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pps_monitor.domain.ties import TieOrganisation
from pps_monitor.domain.vocabulary import SECTORS
from pps_monitor.services.db import Db

if TYPE_CHECKING:
    from pps_monitor.domain.tie_figures import NetworkFigures
    from pps_monitor.storage.ties import NewTieResponse


@dataclass(frozen=True)
class NetworkResult:
    """A round's network: its organisations in their stable order and its figures."""

    partnership: str
    round_label: str
    organisations: tuple[TieOrganisation, ...]
    figures: NetworkFigures | None  # None when the round does not include the tie module
    previous_label: str | None
    previous: NetworkFigures | None
    pending: int  # tie answers given after the figures were first shown

    def name(self, oid: str) -> str:
        return next(o.name for o in self.organisations if o.id == oid)

    def sector(self, oid: str) -> str:
        return next(o.sector for o in self.organisations if o.id == oid)


def stable_order(orgs: Sequence[dict[str, Any]]) -> tuple[TieOrganisation, ...]:
    """Organisations by sector (in the vocabulary's order), then name, then id: the same
    order, and so the same map layout, in every round with the same organisations."""
    rank = {code: i for i, code in enumerate(SECTORS)}
    ordered = sorted(
        orgs, key=lambda o: (rank.get(o["sector"], len(rank)), o["name"].casefold(), o["id"])
    )
    return tuple(TieOrganisation(o["id"], o["name"], o["sector"]) for o in ordered)


def set_tie_module(db: Db, round_id: str, included: bool) -> None:
    from pps_monitor.storage import ties

    ties.set_tie_module(db, round_id, included)


def has_tie_module(db: Db, round_id: str) -> bool:
    from pps_monitor.storage import ties

    return ties.has_tie_module(db, round_id)


def add_tie_responses(db: Db, round_id: str, responses: Sequence[NewTieResponse]) -> int:
    from pps_monitor.storage import ties

    return ties.add_tie_responses(db, round_id, responses)


def round_organisations(db: Db, round_id: str) -> tuple[TieOrganisation, ...]:
    """The organisations a tie respondent of the round chooses from and rates."""
    from pps_monitor.storage import repository as repo

    partnership = repo.get_round(db, round_id)["partnership_id"]
    return stable_order(repo.list_organisations(db, partnership))


def release_due(db: Db, round_id: str) -> bool:
    """Whether showing the round's network would record a release (of its tie answers
    or of the previous tie round's)."""
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage import ties

    rounds = ties.tie_rounds(db, repo.get_round(db, round_id)["partnership_id"])
    if round_id not in rounds:
        return False
    position = rounds.index(round_id)
    return any(ties.release_due(db, rid) for rid in rounds[max(0, position - 1) : position + 1])


def release_round_ties(db: Db, round_id: str) -> None:
    """Release the tie answers the round's network shows: its own and the previous tie
    round's (the changes use them); for callers that write before they read (the CLI)."""
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage import ties

    rounds = ties.tie_rounds(db, repo.get_round(db, round_id)["partnership_id"])
    if round_id in rounds:
        position = rounds.index(round_id)
        for rid in rounds[max(0, position - 1) : position + 1]:
            _release(db, rid)


def _release(db: Db, round_id: str) -> int:
    """Release the round's tie answers when due; the number still pending."""
    from pps_monitor.storage import ties

    try:
        return ties.release_ties(db, round_id).pending
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc):  # a read-only file keeps its record as it is
            raise
        return ties.tie_counts(db, round_id).pending


def _figures(
    db: Db, round_id: str, orgs: Sequence[str], previous: NetworkFigures | None
) -> NetworkFigures:
    from pps_monitor.domain.tie_figures import network_figures
    from pps_monitor.services.privacy import scoring_settings
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage import ties

    partnership = repo.get_round(db, round_id)["partnership_id"]
    settings = scoring_settings(db, partnership)
    before = previous.directed if previous is not None else ()
    return network_figures(orgs, ties.load_ties(db, round_id), settings, before)


def network(db: Db, round_id: str) -> NetworkResult:
    """The round's network figures (its tie answers released first), with the changes
    since the previous round that included the tie module."""
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage import ties

    row = repo.get_round(db, round_id)
    partnership = repo.get_partnership(db, row["partnership_id"])
    organisations = stable_order(repo.list_organisations(db, row["partnership_id"]))
    ids = [o.id for o in organisations]
    if not ties.has_tie_module(db, round_id):
        return NetworkResult(partnership["name"], row["label"], organisations, None, None, None, 0)
    rounds = ties.tie_rounds(db, row["partnership_id"])
    earlier = rounds[: rounds.index(round_id)]
    previous, previous_label = None, None
    if earlier:
        _release(db, earlier[-1])
        previous = _figures(db, earlier[-1], ids, None)
        previous_label = repo.get_round(db, earlier[-1])["label"]
    pending = _release(db, round_id)
    figures = _figures(db, round_id, ids, previous)
    return NetworkResult(
        partnership["name"], row["label"], organisations, figures, previous_label, previous, pending
    )


def release_all_due(db: Db, partnership_id: str) -> bool:
    """Whether any tie round of the partnership has answers to release."""
    from pps_monitor.storage import ties

    return any(ties.release_due(db, rid) for rid in ties.tie_rounds(db, partnership_id))


def release_all(db: Db, partnership_id: str) -> int:
    """Release every tie round of the partnership that is due; how many were released
    (a write: the caller's cached figures belong to the data after it)."""
    from pps_monitor.storage import ties

    due = [rid for rid in ties.tie_rounds(db, partnership_id) if ties.release_due(db, rid)]
    for rid in due:
        _release(db, rid)
    return sum(1 for rid in due if not ties.release_due(db, rid))


def networks(db: Db, partnership_id: str) -> dict[str, NetworkResult]:
    """round id -> its network, for every round of the partnership with the tie module."""
    from pps_monitor.storage import ties

    return {rid: network(db, rid) for rid in ties.tie_rounds(db, partnership_id)}


@dataclass(frozen=True)
class TieEntry:
    """What a tie form needs: the organisations to choose from and rate, and the minimum
    group the first screen promises."""

    organisations: tuple[TieOrganisation, ...]
    min_breakdown: int


def tie_entry(db: Db, round_id: str) -> TieEntry | None:
    """None when the round does not include the tie questions (or has one organisation)."""
    from pps_monitor.storage import repository as repo

    if not has_tie_module(db, round_id):
        return None
    organisations = round_organisations(db, round_id)
    if len(organisations) < 2:
        return None
    partnership = repo.get_round(db, round_id)["partnership_id"]
    return TieEntry(organisations, repo.get_privacy(db, partnership).min_breakdown)


def new_tie_response(organisation_id: str, ratings: dict[str, dict[str, int | None]]) -> Any:
    """A tie response to store (the UI names no storage type)."""
    from pps_monitor.storage.ties import NewTieResponse

    return NewTieResponse(organisation_id, ratings)
