"""Choosing which respondent group's questionnaire the results show (issue 17)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox

from pps_monitor.services import partnerships as svc
from pps_monitor.ui.common import labels
from pps_monitor.ui.common.context import AppContext

ORDER = ("employers", "workers")


def asked_groups(ctx: AppContext, partnership_id: str) -> list[str]:
    """The further groups any round of the partnership asks, in a fixed order."""
    found: set[str] = set()
    for r in svc.list_rounds(ctx.db, partnership_id):
        found.update((r.get("part_groups") or "").split(","))
    return [g for g in ORDER if g in found]


def group_box(
    ctx: AppContext, partnership_id: str, changed: Callable[[str | None], None]
) -> QComboBox | None:
    """A box with the partners' questionnaire and each further group's; None when the
    partnership's rounds ask only one group."""
    groups = asked_groups(ctx, partnership_id)
    if not groups:
        return None
    box = QComboBox()
    box.addItem(labels.respondent_group("partners"), None)
    for code in groups:
        box.addItem(labels.respondent_group(code), code)
    box.currentIndexChanged.connect(lambda _i: changed(box.currentData()))
    return box
