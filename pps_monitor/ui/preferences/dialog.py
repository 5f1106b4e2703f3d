"""Preferences of this laptop: the language.

The minimum group sizes and the score bands are not preferences: they belong to the
partnership (Partnership > Privacy and thresholds…), the same on every laptop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from pps_monitor.ui.common.form_dialog import FormDialog


class PreferencesDialog(FormDialog):
    def __init__(self, parent: QWidget | None, settings: Any) -> None:
        super().__init__(self.tr("Preferences"), parent)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "system")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language_choice)))
        self.form.addRow(self.tr("Language"), self.language)
        note = QLabel(
            self.tr(
                "The smallest group sizes and the score bands belong to each partnership: "
                "see Partnership > Privacy and thresholds…"
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.finish()

    def values(self) -> dict[str, Any]:
        return {"language": self.language.currentData()}
