"""The key figures of one round: one field per figure, its definition beside it.

Checked as a whole before anything is stored (no negatives, no more jobs filled than
created, no more workers left or still employed than started, ...); a problem is named
in plain words and nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from pps_monitor.domain.key_figures import KEY_FIGURES, check_key_figures, parse_value
from pps_monitor.i18n import format_decimal
from pps_monitor.ui.common.form_dialog import FormDialog


def shown(value: float | None, lang: str) -> str:
    """A stored value as it is typed: no decimals for a whole number."""
    if value is None:
        return ""
    return format_decimal(value, lang, 0 if float(value).is_integer() else 2).replace("\u00a0", "")


class KeyFiguresDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, label: str, values: Mapping[str, float], lang: str
    ) -> None:
        super().__init__(self.tr("Key figures of round %1").replace("%1", label), parent)
        self.lang = lang
        intro = QLabel(
            self.tr(
                "The facts of this round, counted since the previous round. Leave a field "
                "empty when it is not known. Outcomes of workers (left, still employed) are "
                "shown to others only when at least the round minimum of workers started."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.fields: dict[str, QLineEdit] = {}
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 6, 0, 6)
        grid.setColumnStretch(2, 1)
        for row, figure in enumerate(KEY_FIGURES):
            edit = QLineEdit(shown(values.get(figure.code), lang))
            edit.setToolTip(figure.definition(lang))
            edit.setPlaceholderText(self.tr("not recorded"))
            edit.setAccessibleName(figure.name(lang))
            edit.setAccessibleDescription(figure.definition(lang))
            edit.setMaximumWidth(130)
            name = QLabel(figure.name(lang))
            name.setBuddy(edit)
            note = QLabel(figure.definition(lang))
            note.setWordWrap(True)
            note.setMinimumWidth(360)
            note.setStyleSheet("color: #555;")
            grid.addWidget(name, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(note, row, 2)
            self.fields[figure.code] = edit
        self.form.addRow(grid_box)
        self.setMinimumWidth(860)
        self.finish()

    def _parsed(self) -> tuple[dict[str, float | None], list[str]]:
        values: dict[str, float | None] = {}
        bad = []
        for figure in KEY_FIGURES:
            text = self.fields[figure.code].text()
            try:
                values[figure.code] = parse_value(text, self.lang)
            except ValueError:
                bad.append(
                    self.tr("%1: “%2” is not a number.")
                    .replace("%1", figure.name(self.lang))
                    .replace("%2", text.strip())
                )
        return values, bad

    def problem(self) -> str | None:
        values, bad = self._parsed()
        if bad:
            return "\n".join(bad)
        problems = check_key_figures(values)
        if problems:
            first = self.fields.get(problems[0].code)
            if first is not None:
                first.setFocus()
            return "\n".join(p.text(self.lang) + "." for p in problems)
        return None

    def values(self) -> dict[str, Any]:
        return self._parsed()[0]
