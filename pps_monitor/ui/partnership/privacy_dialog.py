"""Privacy and thresholds of one partnership: its minimum group sizes and score bands.

They are stored in the database (``services.privacy``), travel in exchange files and
are the same on every laptop; only the coordinator changes them, with a plain word on
what each minimum protects.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QSpinBox, QWidget

from pps_monitor.services import privacy as svc
from pps_monitor.ui.common.form_dialog import FormDialog

MAX_GROUP = 50


class PrivacyDialog(FormDialog):
    def __init__(self, parent: QWidget | None, current: Any, language: str | None = None) -> None:
        super().__init__(self.tr("Privacy and thresholds"), parent)
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "These settings belong to the partnership: every laptop, the report, the "
                "exports and the phone pages use the same ones."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.min_round = QSpinBox()
        self.min_round.setRange(2, MAX_GROUP)  # 2 is shown so that it can be refused
        self.min_round.setValue(int(current.min_round))
        self.min_breakdown = QSpinBox()
        self.min_breakdown.setRange(2, MAX_GROUP)
        self.min_breakdown.setValue(int(current.min_breakdown))
        self.form.addRow(self.tr("Smallest group for a whole round"), self.min_round)
        self.form.addRow(
            self._note(
                self.tr(
                    "At least 3. Below this nobody sees any result of the round, so no one's "
                    "answers can be read back from an average."
                )
            )
        )
        self.form.addRow(self.tr("Smallest group in a breakdown"), self.min_breakdown)
        self.form.addRow(
            self._note(
                self.tr(
                    "At least the round minimum. A sector or role group, a spread (SD), a "
                    "median or the answer counts are shown only for groups this large: "
                    "with fewer, partners who know their own answers could work out the others'."
                )
            )
        )
        self.strength = QDoubleSpinBox()
        self.attention = QDoubleSpinBox()
        for spin, value in (
            (self.strength, current.band_strength),
            (self.attention, current.band_attention),
        ):
            spin.setRange(1.0, 5.0)
            spin.setSingleStep(0.1)
            spin.setDecimals(1)
            spin.setValue(float(value))
        self.form.addRow(self.tr("'Strength' from mean"), self.strength)
        self.form.addRow(self.tr("'Attention' from mean"), self.attention)
        self.form.addRow(self._note(self.tr("Below the 'attention' mean a score is a 'concern'.")))
        self.form.addRow(
            self._note(
                self.tr(
                    "Answers that arrive after results were shown are counted only once "
                    "enough of them have arrived, so that no single late answer can be "
                    "read from the difference."
                )
            )
        )
        self._add_language(language)
        self.finish()

    def _add_language(self, language: str | None) -> None:
        """The partnership's language (issue 12): its report's and CLI tables' default."""
        self.language = QComboBox()
        self.language.addItem(self.tr("The app's language"), None)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.form.addRow(self.tr("Language of the report"), self.language)
        self.form.addRow(
            self._note(
                self.tr(
                    "The report and the command line's tables use this language unless "
                    "another is chosen."
                )
            )
        )

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def problem(self) -> str | None:
        v = self.values()
        code = svc.privacy_problem(
            v["min_round"], v["min_breakdown"], v["band_strength"], v["band_attention"]
        )
        messages = {
            "round_floor": self.tr(
                "A round needs at least 3 respondents before it shows results: with 2, each "
                "could work out the other's answers from the average."
            ),
            "breakdown_floor": self.tr(
                "A breakdown group needs at least 3 respondents: smaller groups give away "
                "individual answers."
            ),
            "breakdown_below_round": self.tr(
                "The smallest group in a breakdown cannot be below the smallest group for "
                "a round: a group is part of the round."
            ),
            "bands": self.tr("The 'attention' mean must be lower than the 'strength' mean."),
        }
        return messages.get(code) or None

    def chosen_language(self) -> str | None:
        """nl, en, or None for the app's language."""
        data = self.language.currentData()
        return data if data in ("nl", "en") else None

    def values(self) -> dict[str, Any]:
        return {
            "min_round": self.min_round.value(),
            "min_breakdown": self.min_breakdown.value(),
            "band_strength": round(self.strength.value(), 1),
            "band_attention": round(self.attention.value(), 1),
        }
