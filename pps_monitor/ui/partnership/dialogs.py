"""Small forms: organisation, round, action point, event, preferences."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from pps_monitor.domain.instrument import Instrument, group_default
from pps_monitor.ui.common import labels
from pps_monitor.ui.common.form_dialog import FormDialog


def _qdate(value: str | None) -> QDate:
    d = date.fromisoformat(value) if value else date.today()
    return QDate(d.year, d.month, d.day)


def _iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def _date_edit(value: str | None = None) -> QDateEdit:
    edit = QDateEdit(_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class OrganisationDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, row: dict[str, Any] | None = None) -> None:
        super().__init__(self.tr("Organisation"), parent)
        self.name = QLineEdit((row or {}).get("name", ""))
        self.sector = QComboBox()
        for code in labels.SECTOR_CODES:
            self.sector.addItem(labels.sector(code), code)
        if row:
            self.sector.setCurrentIndex(labels.SECTOR_CODES.index(row["sector"]))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Sector"), self.sector)
        self.finish()

    def problem(self) -> str | None:
        return (
            self.tr("Please enter the organisation's name.")
            if not self.name.text().strip()
            else None
        )

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "sector": self.sector.currentData()}


class RoundDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, instruments: list[tuple[str, Instrument]], lang: str
    ) -> None:
        super().__init__(self.tr("New round"), parent)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Spring 2026"))
        self.date = _date_edit()
        self.instrument = QComboBox()
        for title, inst in instruments:
            self.instrument.addItem(f"{inst.name(lang)} ({inst.id} {inst.version}){title}", inst)
        self.form.addRow(self.tr("Label"), self.label)
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("Questionnaire"), self.instrument)
        # Further respondent groups, each with its own questionnaire (issue 17).
        self.groups: dict[str, QCheckBox] = {}
        for code in ("employers", "workers"):
            inst = group_default(code)
            box = QCheckBox(f"{inst.name(lang)} ({inst.id} {inst.version})")
            self.groups[code] = box
            self.form.addRow(labels.respondent_group(code), box)
        self.finish()

    def problem(self) -> str | None:
        return self.tr("Please give the round a label.") if not self.label.text().strip() else None

    def values(self) -> dict[str, Any]:
        return {
            "label": self.label.text().strip(),
            "date": _iso(self.date),
            "instrument": self.instrument.currentData(),
            "parts": [group_default(g) for g, box in self.groups.items() if box.isChecked()],
        }


class ActionPointDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        instrument: Instrument,
        lang: str,
        rounds: list[dict[str, Any]],
        row: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(self.tr("Action point"), parent)
        row = row or {}
        self.dimension = QComboBox()
        self.dimension.addItem(self.tr("(whole partnership)"), None)
        for dim in instrument.dimensions:
            self.dimension.addItem(f"{dim.code} {dim.name(lang)}", dim.code)
        self.dimension.addItem(instrument.risks_name(lang), "risks")
        if row.get("dimension_code"):
            self.dimension.setCurrentIndex(max(0, self.dimension.findData(row["dimension_code"])))
        self.text = QPlainTextEdit(row.get("text", ""))
        self.text.setFixedHeight(80)
        self.owner = QLineEdit(row.get("owner", ""))
        self.due = _date_edit(row.get("due_date"))
        self.status = QComboBox()
        for code in labels.ACTION_STATUS_CODES:
            self.status.addItem(labels.action_status(code), code)
        self.status.setCurrentIndex(labels.ACTION_STATUS_CODES.index(row.get("status", "open")))
        self.raised = QComboBox()
        self.reviewed = QComboBox()
        self.reviewed.addItem(self.tr("(not yet)"), None)
        for r in rounds:
            self.raised.addItem(r["label"], r["id"])
            self.reviewed.addItem(r["label"], r["id"])
        if rounds:
            self.raised.setCurrentIndex(len(rounds) - 1)
        if row.get("round_raised_id"):
            self.raised.setCurrentIndex(max(0, self.raised.findData(row["round_raised_id"])))
        if row.get("round_reviewed_id"):
            self.reviewed.setCurrentIndex(max(0, self.reviewed.findData(row["round_reviewed_id"])))
        self.raised.setEnabled(not row)
        self.form.addRow(self.tr("Topic"), self.dimension)
        self.form.addRow(self.tr("Action"), self.text)
        self.form.addRow(self.tr("Owner"), self.owner)
        self.form.addRow(self.tr("Due date"), self.due)
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Raised in round"), self.raised)
        self.form.addRow(self.tr("Reviewed in round"), self.reviewed)
        self.finish()

    def problem(self) -> str | None:
        return (
            self.tr("Please describe the action.") if not self.text.toPlainText().strip() else None
        )

    def values(self) -> dict[str, Any]:
        return {
            "dimension_code": self.dimension.currentData(),
            "text": self.text.toPlainText().strip(),
            "owner": self.owner.text().strip(),
            "due_date": _iso(self.due),
            "status": self.status.currentData(),
            "round_raised_id": self.raised.currentData(),
            "round_reviewed_id": self.reviewed.currentData(),
        }


class EventDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, row: dict[str, Any] | None = None) -> None:
        super().__init__(self.tr("Timeline event"), parent)
        row = row or {}
        self.date = _date_edit(row.get("date"))
        self.text = QLineEdit(row.get("text", ""))
        self.text.setPlaceholderText(self.tr("e.g. New alderman, contract renewed"))
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("What happened"), self.text)
        self.finish()

    def problem(self) -> str | None:
        return self.tr("Please say what happened.") if not self.text.text().strip() else None

    def values(self) -> dict[str, Any]:
        return {"date": _iso(self.date), "text": self.text.text().strip()}
