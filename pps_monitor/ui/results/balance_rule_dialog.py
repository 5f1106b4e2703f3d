"""The partnership's balance-sheet rule: the thresholds for good and mixed, and the method."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QWidget

from pps_monitor.ui.common.form_dialog import FormDialog


def _spin(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(1.0, 5.0)
    box.setDecimals(2)
    box.setSingleStep(0.1)
    box.setValue(value)
    return box


class BalanceRuleDialog(FormDialog):
    def __init__(self, parent: QWidget | None, rule: Any) -> None:
        super().__init__(self.tr("Balance sheet rule"), parent)
        intro = QLabel(
            self.tr(
                "How a row of the balance sheet gets its status from the scores it rests on. "
                "The rule holds for this partnership on every laptop, and is written in the "
                "report's method appendix."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.method = QComboBox()
        self.method.addItem(self.tr("The mean of the scores"), "mean")
        self.method.addItem(self.tr("The lowest of the scores (stricter)"), "lowest")
        self.method.setCurrentIndex(0 if rule.method == "mean" else 1)
        self.good = _spin(rule.good)
        self.mixed = _spin(rule.mixed)
        self.form.addRow(self.tr("Status from"), self.method)
        self.form.addRow(self.tr("Good from"), self.good)
        self.form.addRow(self.tr("Mixed from (below: poor)"), self.mixed)
        self.finish()

    def problem(self) -> str | None:
        if self.mixed.value() >= self.good.value():
            return self.tr("'Mixed from' must be lower than 'good from'.")
        return None

    def values(self) -> dict[str, Any]:
        return {
            "good": self.good.value(),
            "mixed": self.mixed.value(),
            "method": self.method.currentData(),
        }
