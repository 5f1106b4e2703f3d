"""A partnership's scored results as the screens need them, and a small cache of them."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pps_monitor.services.db import Db, data_stamp, worker

if TYPE_CHECKING:
    from pps_monitor.domain.scoring import ScoringSettings

# results, events, actions, comments, settings, release, key_figures, balance_rule
ResultsData = dict[str, Any]
EMPTY: ResultsData = {
    "results": [],
    "events": [],
    "actions": [],
    "comments": {},
    "key_figures": {},
    "balance_rule": None,
    "balance_groups": None,
    "networks": {},
    "rounds_before": 0,  # rounds before the first one in "results" (a first view's)
}


def load_results(
    db_path: Path,
    partnership_id: str,
    settings: ScoringSettings | None = None,
    group: str | None = None,
    first: Callable[[], Callable[[ResultsData], object] | None] | None = None,
) -> ResultsData:
    """Everything the results view needs, computed with a connection of its own (so it can
    run in a worker thread).

    The views show every round of the partnership (round list with n, trends, earlier
    rounds beside the chosen one), so every round is released first; the figures then
    hold only the included respondents. Minimums and bands are the partnership's
    (``settings`` only gives the rest). ``first``: see ``_first_view_for`` (issue 15)."""
    from datetime import date

    from pps_monitor import results as R
    from pps_monitor.analysis import partnership_results
    from pps_monitor.domain.scoring import DEFAULT_SETTINGS as DEFAULT
    from pps_monitor.errors import NotFoundError
    from pps_monitor.services import privacy, ties
    from pps_monitor.storage import repository as repo

    with worker(db_path) as db:
        try:
            settings = privacy.scoring_settings(db, partnership_id, settings or DEFAULT)
        except NotFoundError:  # deleted meanwhile: nothing to show
            empty: ResultsData = {**EMPTY}
            return {**empty, "settings": settings or DEFAULT, "release": {}, "released_now": 0}
        try:
            release, released_now = _release(db, partnership_id)
            _first_view_for(first, group, db, partnership_id, settings, release)
            if group is None:
                results = partnership_results(db, partnership_id, settings)
            else:  # one respondent group's instrument, under its own minimum (issue 17)
                from pps_monitor.analysis import group_results, group_settings

                settings = group_settings(settings, group)
                results = group_results(db, partnership_id, group, settings)
            return {
                "settings": settings,
                "release": release,  # round id -> Release (included, pending, needed)
                "released_now": released_now,
                "results": results,
                "rounds_before": 0,
                "events": [
                    (date.fromisoformat(e["date"]), e["text"])
                    for e in repo.list_events(db, partnership_id)
                ],
                "actions": repo.list_action_points(db, partnership_id),
                "comments": {
                    r.round["id"]: R.comments_by_dimension(db, r, settings) for r in results
                },
                **_balance_inputs(db, partnership_id, settings),
                "networks": ties.networks(db, partnership_id) if group is None else {},  # ties
            }
        except NotFoundError:  # deleted while this was computed (also while its comments)
            empty = {**EMPTY}
            return {**empty, "settings": settings, "release": {}, "released_now": 0}


def _first_view_for(
    first: Callable[[], Callable[[ResultsData], object] | None] | None,
    group: str | None,
    db: Db,
    partnership_id: str,
    settings: ScoringSettings,
    release: dict[str, Any],
) -> None:
    """``first`` (the main instrument only) is asked, once the rounds are released, whether
    a view still waits for a first radar; if it returns a callback, that gets
    ``first_view``'s figures before the rest (change and trend tests, comments, balance,
    networks) is computed (issue 15: the first view of another partnership), and the rest
    waits until the view calls the figures' ``drawn`` (at most ``FIRST_WAIT_S``)."""
    show_first = first() if first is not None and group is None else None
    if show_first is None:
        return
    drawn = threading.Event()
    latest = first_view(db, partnership_id, settings)
    show_first(
        {
            "settings": settings,
            "release": release,
            "results": latest,
            # the rounds before them: each round keeps its style in the radar
            "rounds_before": _round_count(db, partnership_id) - len(latest),
            "drawn": drawn.set,  # the view calls it when its radar is made
        }
    )
    # The radar is drawn in another worker; the tests that follow would share the GIL
    # with it and make the first view wait almost as long as the rest.
    drawn.wait(FIRST_WAIT_S)


FIRST_ROUNDS = 3  # the latest round and the two the radar draws beside it by default
FIRST_WAIT_S = 0.5  # the longest the full results wait for the first radar to be drawn


def first_view(db: Db, partnership_id: str, settings: ScoringSettings) -> list[Any]:
    """The partnership's latest rounds (at most ``FIRST_ROUNDS``, date order) scored for a
    first radar: the released answers of each round read and scored by the same code as
    ``partnership_results`` (release plan, figure sets, minimums), each round on its own,
    so without change against the round before and without trend (those tests are most
    of the time of a partnership's scoring). Only what the radar draws (dimension means
    with n) may be shown from these; the full results replace them.
    """
    from pps_monitor.domain.fast.rounds import score_round_arrays
    from pps_monitor.fast_analysis import LazyResponses, VectorRoundResult
    from pps_monitor.storage.arrays import round_arrays
    from pps_monitor.storage.partnerships import get_privacy

    privacy = get_privacy(db, partnership_id)
    latest = list(
        db.query(
            "SELECT * FROM rounds WHERE partnership_id = ? AND main_round_id IS NULL"
            " ORDER BY date DESC, created_at DESC LIMIT ?",
            [partnership_id, FIRST_ROUNDS],
        )
    )
    out: list[Any] = []
    for row in reversed(latest):
        d = round_arrays(db, row, privacy)
        v = score_round_arrays(d.instrument, d.matrix, None, settings)
        out.append(
            VectorRoundResult(
                d.round, d.instrument, LazyResponses(d.matrix), v.scores, d.matrix, v.per_respondent
            )
        )
    return out


def _round_count(db: Db, partnership_id: str) -> int:
    row = db.execute(
        "SELECT count(*) FROM rounds WHERE partnership_id = ? AND main_round_id IS NULL",
        [partnership_id],
    ).fetchone()
    return int(row[0])


def _balance_inputs(db: Db, partnership_id: str, settings: Any) -> ResultsData:
    """The key figures of every round, the balance rule and the other respondent groups'
    scores (the balance sheet's input)."""
    from pps_monitor.services import balance

    return {
        "key_figures": balance.partnership_key_figures(db, partnership_id),
        "balance_rule": balance.get_rule(db, partnership_id),
        "balance_groups": balance.group_scores(db, partnership_id, settings),
    }


def _release(db: Db, partnership_id: str) -> tuple[dict[str, Any], int]:
    """Release the rounds and the tie answers (issue 18) in one commit, so that a view
    asking meanwhile sees every release or none; a read-only file releases nothing."""
    import sqlite3

    from pps_monitor.services import privacy, ties
    from pps_monitor.storage.common import write

    if not ties.release_all_due(db, partnership_id):  # no empty write: it moves the stamp
        return privacy.release(db, partnership_id)
    try:
        with write(db):
            tie_released = ties.release_all(db, partnership_id)
            release, released_now = privacy.release(db, partnership_id)
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc):
            raise
        return privacy.release(db, partnership_id)
    return release, released_now + tie_released


def dimension_means(results: Any) -> dict[str, dict[str, tuple[float, int]]]:
    """round id -> dimension code -> (mean, n)."""
    return {
        r.round["id"]: {d.code: (d.mean, d.n) for d in r.scores.dimensions if d.mean is not None}
        for r in results
    }


class ResultsCache:
    """Computed results per partnership, valid while nothing was written since.

    Bounded (the least recently used partnership goes first) and emptied by ``clear()``,
    e.g. when another database is opened or one was restored.
    """

    def __init__(self, size: int = 8) -> None:
        self.size = size
        self._entries: OrderedDict[str, tuple[tuple[object, ...], ResultsData]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, db: Db, partnership_id: str, settings_key: object) -> ResultsData | None:
        entry = self._entries.get(partnership_id)
        if entry is None or entry[0] != (*data_stamp(db), settings_key):
            return None
        self._entries.move_to_end(partnership_id)
        return entry[1]

    def put(
        self, partnership_id: str, settings_key: object, stamp: tuple[int, int], data: ResultsData
    ) -> None:
        self._entries[partnership_id] = ((*stamp, settings_key), data)
        self._entries.move_to_end(partnership_id)
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)

    def invalidate(self, partnership_id: str | None = None) -> None:
        """Forget one partnership's results, or all of them."""
        if partnership_id is None:
            self._entries.clear()
        else:
            self._entries.pop(partnership_id, None)

    clear = invalidate
