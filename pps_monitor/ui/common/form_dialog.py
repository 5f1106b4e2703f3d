"""A form dialog with OK/Cancel that refuses to close while the form has a problem."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QMessageBox, QWidget


class FormDialog(QDialog):
    """A form with OK/Cancel; subclasses implement ``values()`` and may ``problem()``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    def finish(self) -> None:
        self.form.addRow(self.buttons)

    def problem(self) -> str | None:
        return None

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        raise NotImplementedError
