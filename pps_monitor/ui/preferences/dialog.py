"""Preferences: language, smallest group shown, and the score bands."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QSpinBox, QWidget

from pps_monitor.ui.common.form_dialog import FormDialog


class PreferencesDialog(FormDialog):
    def __init__(self, parent: QWidget | None, settings: Any) -> None:
        super().__init__(self.tr("Preferences"), parent)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "system")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language_choice)))
        self.min_group = QSpinBox()
        self.min_group.setRange(2, 20)
        self.min_group.setValue(settings.min_group)
        self.strength = QDoubleSpinBox()
        self.attention = QDoubleSpinBox()
        for spin, value in (
            (self.strength, settings.strength),
            (self.attention, settings.attention),
        ):
            spin.setRange(1.0, 5.0)
            spin.setSingleStep(0.1)
            spin.setDecimals(1)
            spin.setValue(value)
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow(self.tr("Smallest group shown in breakdowns"), self.min_group)
        self.form.addRow(self.tr("'Strength' from mean"), self.strength)
        self.form.addRow(self.tr("'Attention' from mean"), self.attention)
        note = QLabel(self.tr("Below the 'attention' mean a score is a 'concern'."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.finish()

    def problem(self) -> str | None:
        if self.attention.value() >= self.strength.value():
            return self.tr("The 'attention' mean must be lower than the 'strength' mean.")
        return None

    def values(self) -> dict[str, Any]:
        return {
            "language": self.language.currentData(),
            "min_group": self.min_group.value(),
            "strength": self.strength.value(),
            "attention": self.attention.value(),
        }
