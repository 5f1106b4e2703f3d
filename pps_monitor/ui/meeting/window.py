"""Meeting mode: one laptop passed round the table.

Full screen. Each respondent may give an organisation type and role, answers, submits;
the screen returns to a welcome page that shows only how many have answered. The
questionnaire is rebuilt for every respondent, so going back never shows anyone
else's answers. Only the coordinator leaves, with the code chosen at the start.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.services import responses as svc
from pps_monitor.ui.common import labels
from pps_monitor.ui.common.errors import show_error
from pps_monitor.ui.meeting.facts import FactsPage
from pps_monitor.ui.meeting.own_result import OwnResultPage
from pps_monitor.ui.meeting.questionnaire import QuestionnaireWidget

if TYPE_CHECKING:
    from pps_monitor.services.db import Db


def _checked(group: QButtonGroup) -> QAbstractButton:
    """The chosen button: every group starts with "not given" chosen (reset())."""
    button = group.checkedButton()
    assert button is not None
    return button


def _big(label: QLabel, extra: int, bold: bool = False) -> QLabel:
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + extra)
    font.setBold(bold)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


class MeetingStartDialog(QDialog):
    """The coordinator chooses the code that will be needed to leave meeting mode."""

    def __init__(
        self, parent: QWidget | None, round_label: str, groups: list[str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start meeting mode"))
        # A round with several instruments: who answers on this computer (issue 17).
        self.group = QComboBox()
        for code in groups or ["partners"]:
            self.group.addItem(labels.respondent_group(code), code)
        text = QLabel(
            self.tr(
                "Round %1 will be answered on this computer, one person after another. "
                "The screen stays in meeting mode until you enter this code. Note it down."
            ).replace("%1", round_label)
        )
        text.setWordWrap(True)
        self.code = QLineEdit(f"{secrets.randbelow(10_000):04d}")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Code to leave meeting mode")))
        layout.addWidget(self.code)
        if self.group.count() > 1:
            layout.addWidget(QLabel(self.tr("Who answers in this meeting")))
            layout.addWidget(self.group)
        layout.addWidget(buttons)

    def group_index(self) -> int:
        return max(0, self.group.currentIndex())

    def _accept(self) -> None:
        if len(self.code.text().strip()) < 3:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Choose a code of at least 3 characters.")
            )
            return
        self.accept()


class ProfilePage(QWidget):
    """Optional organisation type and role; arrow keys choose, Enter continues."""

    def __init__(self, sectors: list[str]) -> None:
        super().__init__()
        self.sector_group = QButtonGroup(self)
        self.role_group = QButtonGroup(self)
        grid = QGridLayout()
        grid.addWidget(_big(QLabel(self.tr("Your organisation is…")), 4, True), 0, 0)
        grid.addWidget(_big(QLabel(self.tr("Your role is…")), 4, True), 0, 1)
        for row, code in enumerate([*sectors, None], 1):
            button = QRadioButton(labels.sector(code) if code else self.tr("I'd rather not say"))
            button.setProperty("code", code)
            self.sector_group.addButton(button, row)
            grid.addWidget(button, row, 0)
        for row, code in enumerate([*labels.ROLE_CODES, None], 1):
            button = QRadioButton(labels.role(code) if code else self.tr("I'd rather not say"))
            button.setProperty("code", code)
            self.role_group.addButton(button, row)
            grid.addWidget(button, row, 1)
        for group in (self.sector_group, self.role_group):
            for member in group.buttons():
                font = member.font()
                font.setPointSize(font.pointSize() + 4)
                member.setFont(font)
                member.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(_big(QLabel(self.tr("About you (optional)")), 10, True))
        note = QLabel(
            self.tr(
                "Your answers are anonymous. Results are only shown for groups of at least "
                "three people. Use the arrow keys and Tab to choose, Enter to continue."
            )
        )
        layout.addWidget(_big(note, 2))
        layout.addLayout(grid)
        self.start = QPushButton(self.tr("Start the questionnaire →"))
        self.start.setMinimumHeight(56)
        start_font = self.start.font()
        start_font.setPointSize(start_font.pointSize() + 6)
        self.start.setFont(start_font)
        layout.addWidget(self.start)
        layout.addStretch(1)
        self.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down choose within a list, Left/Right switch between the two lists."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()  # type: ignore[attr-defined]
        group = self.sector_group if watched in self.sector_group.buttons() else self.role_group
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            buttons = group.buttons()
            index = buttons.index(_checked(group))
            step = -1 if key == Qt.Key.Key_Up else 1
            target = buttons[max(0, min(len(buttons) - 1, index + step))]
            target.setChecked(True)
            target.setFocus()
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            other = self.role_group if key == Qt.Key.Key_Right else self.sector_group
            _checked(other).setFocus()
            return True
        return False

    def reset(self) -> None:
        self.sector_group.buttons()[-1].setChecked(True)
        self.role_group.buttons()[-1].setChecked(True)

    def focus_first(self) -> None:
        _checked(self.sector_group).setFocus()

    def sector(self) -> str | None:
        return _checked(self.sector_group).property("code")

    def role(self) -> str | None:
        return _checked(self.role_group).property("code")


class MeetingWindow(QWidget):
    left = Signal(int)  # number of answers submitted during this meeting

    def __init__(self, db: Db, round_id: str, lang: str, exit_code: str) -> None:
        super().__init__()
        self.db, self.round_id, self.lang, self._exit_code = db, round_id, lang, exit_code
        entry = svc.round_for_entry(db, round_id, labels.SECTOR_CODES)
        self.round, self.partnership, self.instrument = (
            entry.round,
            entry.partnership,
            entry.instrument,
        )
        sectors = entry.sectors
        # Partners give their organisation type and role; workers and employers answer
        # their own instrument without them (issue 17).
        self.asks_profile = self.round.get("respondent_group", "partners") == "partners"
        self.submitted_here = 0
        self._may_close = False
        self.setWindowTitle(self.tr("PPS Monitor – meeting mode"))

        self.stack = QStackedWidget()
        self.welcome = self._build_welcome()
        self.profile = ProfilePage(sectors)
        self.profile.start.clicked.connect(self._start_questionnaire)
        self.thanks = QWidget()
        thanks_layout = QVBoxLayout(self.thanks)
        thanks_layout.addStretch(1)
        thanks_layout.addWidget(
            _big(QLabel(self.tr("Thank you! Your answers have been saved.")), 14, True)
        )
        thanks_layout.addWidget(_big(QLabel(self.tr("Please pass the laptop on.")), 6))
        thanks_layout.addStretch(1)
        self.facts = FactsPage(self.instrument, lang)  # only for an instrument with facts
        self.facts.done.connect(self._store_with_facts)
        self._pending: tuple[dict[str, Any], dict[str, str]] | None = None
        self.own = OwnResultPage(lang)  # employers see their own result (issue 17)
        self.own.done.connect(self._show_welcome)
        for page in (self.welcome, self.profile, self.thanks, self.facts, self.own):
            self.stack.addWidget(page)
        self.questionnaire: QuestionnaireWidget | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._show_welcome()

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        self.count_label = _big(QLabel(), 6)
        title = _big(QLabel(self.partnership["name"]), 16, True)
        subtitle = _big(QLabel(self.tr("Round: %1").replace("%1", self.round["label"])), 6)
        self.begin = QPushButton(self.tr("Press Enter to begin"))
        self.begin.setMinimumHeight(72)
        font = self.begin.font()
        font.setPointSize(font.pointSize() + 8)
        self.begin.setFont(font)
        self.begin.clicked.connect(self._show_profile)
        self.coordinator = QPushButton(self.tr("Coordinator…"))
        self.coordinator.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.coordinator.clicked.connect(self.ask_to_leave)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        notice = self.instrument.notice(self.lang)
        if notice:  # e.g. who sees what, in the instrument's own words
            layout.addSpacing(12)
            layout.addWidget(_big(QLabel(notice), 4))
        layout.addSpacing(30)
        layout.addWidget(self.begin)
        from pps_monitor.ui.meeting.ties_page import MeetingTies

        self.ties = MeetingTies(self)  # issue 18: a module of its own, never linked
        if self.ties.button is not None:
            layout.addWidget(self.ties.button)
        layout.addWidget(self.count_label)
        layout.addStretch(1)
        layout.addWidget(self.coordinator, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def answered_count(self) -> int:
        return svc.answered_count(self.db, self.round_id)

    # --- pages ---------------------------------------------------------------------

    def _show_welcome(self) -> None:
        self.count_label.setText(
            self.tr("%n person(s) have answered so far.", "", self.answered_count())
        )
        self.stack.setCurrentWidget(self.welcome)
        self.begin.setFocus()

    def _show_profile(self) -> None:
        if not self.asks_profile:
            self._start_questionnaire()
            return
        self.profile.reset()
        self.stack.setCurrentWidget(self.profile)
        self.profile.focus_first()

    def _start_questionnaire(self) -> None:
        self.questionnaire = QuestionnaireWidget(self.instrument, self.lang)
        self.questionnaire.submitted.connect(self._store)
        self.stack.addWidget(self.questionnaire)
        self.stack.setCurrentWidget(self.questionnaire)
        self.questionnaire.setFocus()

    def _store(self, answers: dict[str, Any], comments: dict[str, str]) -> None:
        self._pending = (answers, comments)
        if self.instrument.facts:  # a few optional facts first (issue 17)
            self.stack.setCurrentWidget(self.facts)
            self.facts.reset()
            return
        self._store_with_facts({})

    def _store_with_facts(self, facts: dict[str, int]) -> None:
        if self._pending is None:
            return
        answers, comments = self._pending
        response = svc.NewResponse(
            answers,
            sector=self.profile.sector() if self.asks_profile else None,
            role=self.profile.role() if self.asks_profile else None,
            comments=comments,
            facts=facts or None,
            source="meeting",
        )
        try:
            svc.add_response(self.db, self.round_id, response)
        except Exception as exc:
            show_error(self, exc)
            self.facts.store.setEnabled(True)
            if self.questionnaire is not None:
                self.questionnaire.submit_button.setEnabled(True)
            return
        self._pending = None
        self.submitted_here += 1
        self._drop_questionnaire()
        if self.round.get("respondent_group") == "employers":
            self.own.show_result(self.instrument, answers)
            self.stack.setCurrentWidget(self.own)
            return
        self._thank()

    def _thank(self) -> None:
        self.stack.setCurrentWidget(self.thanks)
        QTimer.singleShot(2500, self._after_thanks)

    def _after_thanks(self) -> None:
        if self.stack.currentWidget() is self.thanks:
            self._show_welcome()

    def _drop_questionnaire(self) -> None:
        if self.questionnaire is not None:
            self.stack.removeWidget(self.questionnaire)
            self.questionnaire.deleteLater()
            self.questionnaire = None

    # --- leaving -------------------------------------------------------------------

    def ask_to_leave(self) -> None:
        code, ok = QInputDialog.getText(
            self,
            self.tr("Leave meeting mode"),
            self.tr("Coordinator: enter the meeting code to leave meeting mode."),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        if code.strip() != self._exit_code:
            QMessageBox.warning(
                self, self.tr("Leave meeting mode"), self.tr("That is not the meeting code.")
            )
            return
        self.leave()

    def leave(self) -> None:
        self._may_close = True
        self._drop_questionnaire()
        self.close()
        self.left.emit(self.submitted_here)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.stack.currentWidget()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if current is self.welcome:
                self._show_profile()
            elif current is self.profile:
                self._start_questionnaire()
            elif current is self.thanks:
                self._show_welcome()
            return
        if key == Qt.Key.Key_Escape:
            return  # a stray Escape never leaves meeting mode
        super().keyPressEvent(event)
