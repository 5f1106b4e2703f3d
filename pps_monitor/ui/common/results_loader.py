"""A partnership's results for any view: from the cache, or computed in the background.

Views that ask for the same partnership while it is being computed share one
computation (the partnership view and its results tab both ask when it is opened). A view
that has nothing on screen yet can also ask for a first radar (``first``): the latest
rounds' dimension means, delivered before the change and trend tests (issue 15).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from pps_monitor.services import db as dbs
from pps_monitor.services.results_data import ResultsData, load_results
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.tasks import BackgroundOp

Waiting = list[tuple[QWidget, Callable[[ResultsData], Any]]]

# (cache, partnership, settings, data stamp) -> the views waiting for that computation
_under_way: dict[tuple[int, str, object, tuple[int, int]], Waiting] = {}
# ... and the views among them that wait for a first radar
_first: dict[tuple[int, str, object, tuple[int, int]], Waiting] = {}


def results_for(
    ctx: AppContext,
    partnership_id: str,
    owner: QWidget,
    success: Callable[[ResultsData], Any],
    group: str | None = None,
    first: Callable[[ResultsData], Any] | None = None,
) -> bool:
    """Give ``success`` the partnership's results: at once from the cache when nothing was
    written since they were computed (returns True), else computed in the background and
    cached (returns False). ``success`` is called only while ``owner`` exists.

    When computed, ``first`` may get ``results_data.first_view``'s figures before (only a
    first radar may use them); True: it draws them and calls their ``drawn()`` when done."""
    base = ctx.settings.scoring()
    # One respondent group's instrument (issue 17) is cached apart from the main one.
    settings: Any = base if group is None else (base, group)
    cached = ctx.results.get(ctx.db, partnership_id, settings)
    if cached is not None:
        success(cached)
        return True
    path, stamp, cache = ctx.db_path, dbs.data_stamp(ctx.db), ctx.results
    key = (id(cache), partnership_id, settings, stamp)
    waiting = _under_way.get(key)
    if waiting is not None:
        waiting.append((owner, success))
        if first is not None and key in _first:
            _first[key].append((owner, first))
        return False
    _under_way[key] = waiting = [(owner, success)]
    _first[key] = firsts = [] if first is None else [(owner, first)]

    ops: list[BackgroundOp] = []
    wanted, first_done = _first_hooks(key, firsts, ops)

    def done(data: ResultsData) -> None:
        _under_way.pop(key, None)
        _first.pop(key, None)  # the whole results came first (or no first view was made)
        computed_for = _stamp_after_release(ctx, stamp, data)
        # Two loads may overlap (the partnership view and the results tab) and both
        # release: never let the one that ends last replace results valid now with
        # results stamped before the other's write.
        if not ctx.has_db or cache.get(ctx.db, partnership_id, settings) is None:
            cache.put(partnership_id, settings, computed_for, data)
        for who, callback in waiting:
            if shiboken6.isValid(who):
                callback(data)

    def failed(exc: BaseException) -> None:
        _under_way.pop(key, None)
        _first.pop(key, None)
        _failed(exc, waiting)

    op = BackgroundOp(
        op=lambda _p: load_results(path, partnership_id, base, group, wanted),
        success=done,
        failure=failed,
    )
    ops.append(op.on_partial(first_done).run(None))  # every waiting view checks itself
    return False


def _first_hooks(
    key: tuple[int, str, object, tuple[int, int]], firsts: Waiting, ops: list[BackgroundOp]
) -> tuple[Callable[[], Callable[[ResultsData], Any] | None], Callable[[ResultsData], None]]:
    """Whether a first view is wanted (asked in the worker) and its delivery (GUI thread)."""

    def wanted() -> Callable[[ResultsData], Any] | None:
        # computing the first view costs time only if a view waits for it (no longer when
        # every view that asked for it has gone: a quicker switch); ``ops`` holds the op
        # once it has started
        waits = ops and any(shiboken6.isValid(who) for who, _ in firsts)
        return ops[0].partial if waits else None

    def first_done(data: ResultsData) -> None:
        drawing = False  # a view draws from them: it calls data["drawn"] when it has
        for who, callback in _first.pop(key, None) or ():
            if shiboken6.isValid(who):
                drawing = bool(callback(data)) or drawing
        if not drawing:
            data["drawn"]()

    return wanted, first_done


def _failed(exc: BaseException, waiting: Waiting) -> None:
    from pps_monitor.errors import NotFoundError
    from pps_monitor.ui.common.errors import show_error

    if isinstance(exc, NotFoundError):
        return  # the partnership was deleted while its scores were loading
    alive = [who for who, _ in waiting if shiboken6.isValid(who)]
    if alive:
        show_error(alive[0], exc)


def _stamp_after_release(
    ctx: AppContext, stamp: tuple[int, int], data: ResultsData
) -> tuple[int, int]:
    """The worker released rounds (a write of its own) before it computed ``data``: the
    data belong to the stamp after that write, unless this connection wrote meanwhile."""
    if not data.get("released_now") or not ctx.has_db:
        return stamp
    now = dbs.data_stamp(ctx.db)
    return now if now[1] == stamp[1] else stamp
