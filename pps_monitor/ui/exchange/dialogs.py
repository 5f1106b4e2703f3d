"""The dialogs of the exchange feature: an import's preview, a paper-form spreadsheet's report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


def _included_there(count: int) -> str:
    """A complete file from the laptop where answers pending here were released since the
    round was moved (exchange.release_state): importing includes them here too."""
    if not count:
        return ""
    return "\n" + QCoreApplication.translate(
        "Exchange",
        "%1 answer(s) already here, not yet included, were included on the other "
        "laptop; importing includes them here too.",
    ).replace("%1", str(count))


def _shown_there(count: int) -> str:
    """A file from a laptop where the round was shown by the old method before an update
    (format 4's ``shown_before``): importing holds the same figures back here."""
    if not count:
        return ""
    return "\n" + QCoreApplication.translate(
        "Exchange",
        "%1 answer(s) already here were shown on the other laptop by the old method, "
        "before an update; importing holds back the same figures here.",
    ).replace("%1", str(count))


class ImportPreview(QDialog):
    """What an import will add, or why it is refused, before anything is written."""

    def __init__(self, parent: QWidget, plan: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Exchange", "Import"))
        layout = QVBoxLayout(self)
        lines = [
            (QCoreApplication.translate("Exchange", "Partnership: %1"), plan.partnership),
            (QCoreApplication.translate("Exchange", "Round: %1"), plan.round_label),
        ]
        text = "\n".join(label.replace("%1", value) for label, value in lines) + "\n\n"
        names = {
            "partnerships": QCoreApplication.translate("Exchange", "partnership(s)"),
            "organisations": QCoreApplication.translate("Exchange", "organisation(s)"),
            "rounds": QCoreApplication.translate("Exchange", "round(s)"),
            "respondents": QCoreApplication.translate("Exchange", "respondent(s)"),
            "answers": QCoreApplication.translate("Exchange", "answer(s)"),
            "comments": QCoreApplication.translate("Exchange", "comment(s)"),
        }
        added = [(table, label) for table, label in names.items() if plan.count(table)]
        released = len(getattr(plan, "promote", ()))
        # marks on respondents already here (new ones count under "Will add")
        marked = len(getattr(plan, "shown", ()))
        if added:
            text += (
                QCoreApplication.translate("Exchange", "Will add:")
                + "\n"
                + "\n".join(f"  {plan.count(t)} {label}" for t, label in added)
            )
        elif not released and not marked:
            text += QCoreApplication.translate(
                "Exchange", "Nothing new: everything in this file is already here."
            )
        text += _included_there(released)
        if not added:
            text += _shown_there(marked)
        if plan.present:
            text += "\n" + QCoreApplication.translate(
                "Exchange", "%1 record(s) are already here and stay as they are."
            ).replace("%1", str(plan.present))
        if plan.conflicts:
            text += (
                "\n\n"
                + QCoreApplication.translate(
                    "Exchange", "Refused: the file conflicts with this database:"
                )
                + "\n"
                + "\n".join(f"  • {c}" for c in plan.conflicts[:8])
            )
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            QCoreApplication.translate("Exchange", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        releases = bool(released or marked) or bool(getattr(plan, "promote_comments", ()))
        self.import_button.setEnabled((bool(added) or releases) and not plan.conflicts)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PaperFormsReport(QDialog):
    """The validation report of a spreadsheet of paper forms, and what to store."""

    def __init__(self, parent: QWidget, forms: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("Exchange", "Paper forms from a spreadsheet")
        )
        self.only_valid = False
        layout = QVBoxLayout(self)
        summary = self.tr("%n form(s) read, %2 valid.", "", forms.rows).replace(
            "%2", str(len(forms.valid))
        )
        if forms.dont_know_cells:
            summary += " " + QCoreApplication.translate(
                "Exchange", "%1 empty, 0 or ? cells are stored as don't know."
            ).replace("%1", str(forms.dont_know_cells))
        layout.addWidget(QLabel(summary))
        if forms.problems:
            from PySide6.QtWidgets import QListWidget

            self.problems = QListWidget()
            from pps_monitor.ui.i18n import ui_language

            lang = ui_language()
            self.problems.addItems([p.text(lang) for p in forms.problems])
            layout.addWidget(
                QLabel(
                    QCoreApplication.translate(
                        "Exchange", "Problems (nothing is stored while any row is invalid):"
                    )
                )
            )
            layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.all_button = buttons.addButton(
            self.tr("Import %n form(s)", "", len(forms.valid)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.all_button.setEnabled(bool(forms.valid) and not forms.problems)
        self.valid_button = buttons.addButton(
            self.tr("Import only the %n valid form(s)", "", len(forms.valid)),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.valid_button.setVisible(bool(forms.problems))
        self.valid_button.setEnabled(
            bool(forms.valid) and not any(p.row == 1 for p in forms.problems)
        )
        self.valid_button.clicked.connect(self._only_valid)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _only_valid(self) -> None:
        self.only_valid = True
        self.accept()


class ExportOptions(QDialog):
    """Before an answers export or a responses file: anonymous (the default) or complete."""

    def __init__(self, parent: QWidget | None, kind: str = "spreadsheet") -> None:
        from PySide6.QtWidgets import QCheckBox

        super().__init__(parent)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if kind == "responses":
            self.setWindowTitle(self.tr("Export answers file"))
            intro = QLabel(
                self.tr(
                    "The answers file is anonymous: only answers already included in the "
                    "results, without the sector or role of groups smaller than the "
                    "partnership's minimum. Writing it counts as showing the results."
                )
            )
            self.full = QCheckBox(self.tr("All answers, for the coordinator's laptop"))
            warning = self.tr(
                "Warning: the complete file also holds the answers not yet included, with "
                "the sector and role of every respondent. Use it only to bring answers to "
                "the coordinator's laptop: anyone who reads it may find out what a partner "
                "answered. Do not share it with partners."
            )
        else:
            self.setWindowTitle(self.tr("Export answers"))
            intro = QLabel(
                self.tr(
                    "The export is anonymous: no organisation, sector or role of groups "
                    "smaller than the partnership's minimum, rows shuffled, new respondent ids; "
                    'no "don\'t know", and unless everyone answered the same topics, one id '
                    "per person and topic (in Excel, the 'about' sheet says why)."
                )
            )
            self.full = QCheckBox(
                self.tr("Complete table (with organisation, sector and role of every respondent)")
            )
            warning = self.tr(
                "Warning: the complete table lets anyone who reads it find out what a "
                "partner answered. Keep it on this laptop; do not mail it or put it on a "
                "shared drive."
            )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.full)
        self.warning = QLabel(warning)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a33;")
        self.warning.setVisible(False)
        self.full.toggled.connect(self.warning.setVisible)
        layout.addWidget(self.warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
