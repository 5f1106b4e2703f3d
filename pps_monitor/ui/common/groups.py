"""Which respondent group a screen collects answers from, for a round that asks several
(issue 17): the round's only group, or the one the coordinator picks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from pps_monitor.services import partnerships as svc
from pps_monitor.services.db import Db
from pps_monitor.ui.common import labels


def choose_group(parent: QWidget | None, db: Db, round_id: str, title: str) -> str | None:
    """The group code to use; None when the coordinator cancels the choice."""
    groups = [p["respondent_group"] for p in svc.round_parts(db, round_id)]
    if len(groups) == 1:
        return groups[0]
    names = [labels.respondent_group(g) for g in groups]
    name, ok = QInputDialog.getItem(
        parent,
        title,
        QCoreApplication.translate("Groups", "Whose questionnaire?"),
        names,
        0,
        False,
    )
    return groups[names.index(name)] if ok and name in names else None


def group_round_id(db: Db, round_id: str, group: str) -> str:
    """The id under which the round keeps that group's answers (its part)."""
    return str(svc.round_part(db, round_id, group)["id"])
