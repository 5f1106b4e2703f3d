"""Corrections of a round before its figures were released, and erasing a whole round.

Each asks first, runs in the background (services.privacy, a connection of its own)
and says in plain words why it was refused: once a figure of the round was shown,
taking one answer out would let the figures before and after give it away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from pps_monitor.errors import InputError, NotFoundError
from pps_monitor.services import privacy
from pps_monitor.ui.common.counts import counts
from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.common.tasks import BackgroundOp


def tr(text: str) -> str:
    # lupdate files a module-level tr("...") under the empty context: look it up there
    # (under "Corrections" these texts were never found, so they stayed English).
    return QCoreApplication.translate("", text)


def already_shown() -> str:
    return tr("Figures of this round were already shown; only the whole round can be erased.")


class Corrections:
    """The Rounds tab's correction commands (``tab`` gives the chosen round)."""

    def __init__(self, tab: Any) -> None:  # the RoundsTab (no import: no cycle)
        self.tab = tab
        self.last_message = ""  # for the tests: what the user was told last

    def _offer_removal(self, holding: list[Any]) -> None:
        """The erased round is still in backups: name them and offer to delete them."""
        names = "\n".join(f"• {p}" for p in holding)
        answer = QMessageBox.question(
            self.tab,
            tr("Erase round for good"),
            tr(
                "The round was erased. These backups still hold it:\n%1\n\nDelete these "
                "backups now, so that the round is erased everywhere? (Otherwise they are "
                "removed at the next backup rotation.)"
            ).replace("%1", names),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._tell(tr("The backups are kept until the next backup rotation."))
            return
        path = self.tab.ctx.db_path

        def removed(gone: Any) -> None:
            self._tell(
                tr("%1 of %2 backups deleted; the round is erased everywhere.")
                .replace("%1", str(len(gone)))
                .replace("%2", str(len(holding)))
                if len(gone) == len(holding)
                else tr("Not every backup could be deleted; delete these by hand:\n%1").replace(
                    "%1", "\n".join(f"• {p}" for p in holding if p not in gone)
                )
            )

        BackgroundOp(op=lambda _p: privacy.remove_backups(path, holding), success=removed).run(
            self.tab
        )

    def _tell(self, text: str) -> None:
        self.last_message = text
        QMessageBox.information(self.tab, tr("Corrections"), text)

    def _refused(self, exc: BaseException, refused: str) -> None:
        if isinstance(exc, NotFoundError):
            self._tell(tr("This round has no respondent with that id."))
        elif isinstance(exc, InputError):
            self._tell(refused)
        else:
            show_error(self.tab, exc)

    def _done(self) -> None:
        self.tab.ctx.hub.responses_changed.emit(self.tab.pid)

    def remove_respondent(self) -> None:
        r = self.tab.current()
        if not r:
            return
        text, ok = QInputDialog.getText(
            self.tab,
            tr("Remove a respondent"),
            tr(
                "The respondent's id, as in the complete export (a mistyped paper form or "
                "a test). This is possible only while the round's figures do not include "
                "them yet."
            ),
        )
        if not ok or not text.strip():
            return
        answer = QMessageBox.question(
            self.tab,
            tr("Remove a respondent"),
            tr("Remove respondent %1 with all their answers from round %2?")
            .replace("%1", text.strip())
            .replace("%2", r["label"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path, rid, who = self.tab.ctx.db_path, r["id"], text.strip()

        def done(_result: Any) -> None:
            self._tell(tr("The respondent was removed."))
            self._done()

        BackgroundOp(
            op=lambda _p: privacy.remove_respondent(path, rid, who),
            success=done,
            failure=lambda exc: self._refused(exc, already_shown()),
        ).run(self.tab)

    def undo_last_batch(self) -> None:
        r = self.tab.current()
        if not r:
            return
        answer = QMessageBox.question(
            self.tab,
            tr("Undo last import or paper batch"),
            tr(
                "Remove the respondents of the last import or paper batch of round %1? "
                "This is possible only while the round's figures do not include them yet."
            ).replace("%1", r["label"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path, rid = self.tab.ctx.db_path, r["id"]

        def done(removed: Any) -> None:
            self._tell(counts().respondents_removed(removed))
            self._done()

        refused = tr(
            "There is no batch to undo: the last import or paper batch of this round is "
            "already in figures that were shown (or a single answer came after it). Only "
            "the whole round can be erased."
        )
        BackgroundOp(
            op=lambda _p: privacy.undo_last_batch(path, rid),
            success=done,
            failure=lambda exc: self._refused(exc, refused),
        ).run(self.tab)

    def erase_round(self) -> None:
        r = self.tab.current()
        if not r:
            return
        answer = QMessageBox.question(
            self.tab,
            tr("Erase round for good"),
            tr(
                "Erase round %1 with all %2 respondents, their answers and comments for "
                "good? This cannot be undone."
            )
            .replace("%1", r["label"])
            .replace("%2", str(r["respondents"])),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path, rid = self.tab.ctx.db_path, r["id"]

        def done(holding: Any) -> None:
            self.tab.ctx.hub.round_changed.emit(self.tab.pid)
            if holding:
                self._offer_removal(holding)
            else:
                self._tell(tr("The round was erased; no backup holds it."))

        BackgroundOp(op=lambda _p: privacy.erase_round(path, rid), success=done).run(self.tab)
