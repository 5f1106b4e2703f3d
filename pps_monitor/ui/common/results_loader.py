"""A partnership's results for any view: from the cache, or computed in the background."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from pps_monitor.services import db as dbs
from pps_monitor.services.results_data import ResultsData, load_results
from pps_monitor.ui.common.context import AppContext
from pps_monitor.ui.common.tasks import BackgroundOp


def results_for(
    ctx: AppContext, partnership_id: str, owner: QWidget, success: Callable[[ResultsData], Any]
) -> bool:
    """Give ``success`` the partnership's results: at once from the cache when nothing was
    written since they were computed (returns True), else computed in the background and
    cached (returns False)."""
    settings = ctx.settings.scoring()
    cached = ctx.results.get(ctx.db, partnership_id, settings)
    if cached is not None:
        success(cached)
        return True
    path, stamp, cache = ctx.db_path, dbs.data_stamp(ctx.db), ctx.results

    def done(data: ResultsData) -> None:
        cache.put(partnership_id, settings, stamp, data)
        success(data)

    BackgroundOp(op=lambda _p: load_results(path, partnership_id, settings), success=done).run(
        owner
    )
    return False
