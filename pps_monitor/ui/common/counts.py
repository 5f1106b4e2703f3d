"""Counted messages for the parts of the app that have no QObject of their own.

Qt's plural forms need ``self.tr(text, "", n)`` on a QObject (lupdate reads no %n
from ``QCoreApplication.translate``); these methods give them one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    def forms_saved(self, n: int) -> str:
        return self.tr("%n form(s) saved.", "", n)

    def answers_exported(self, n: int, target: object) -> str:
        return self.tr("Exported %n answer(s) to %2", "", n).replace("%2", str(target))

    def respondents_removed(self, n: int) -> str:
        return self.tr("%n respondent(s) removed.", "", n)


def counts() -> Counts:
    return Counts()
