"""Translated names of the fixed vocabularies (sectors, roles, statuses, bands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def sector(code: str | None) -> str:
    return {
        "public": QCoreApplication.translate("Labels", "Public"),
        "private": QCoreApplication.translate("Labels", "Private"),
        "social_enterprise": QCoreApplication.translate("Labels", "Social enterprise"),
        "other": QCoreApplication.translate("Labels", "Other"),
        "unknown": QCoreApplication.translate("Labels", "Rather not say"),
    }.get(code or "unknown", code or "")


def role(code: str | None) -> str:
    return {
        "manager": QCoreApplication.translate("Labels", "Manager"),
        "professional": QCoreApplication.translate("Labels", "Executive professional"),
        "unknown": QCoreApplication.translate("Labels", "Rather not say"),
    }.get(code or "unknown", code or "")


def instrument(instrument_id: str, version: str = "") -> str:
    """A built-in questionnaire by its name, not its code ("PPS-gezondheid 1.0.0")."""
    name = {
        "pps-health": QCoreApplication.translate("Labels", "PPS health"),
    }.get(instrument_id, instrument_id)
    return f"{name} {version}".strip()


def round_status(code: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }.get(code, code)


def action_status(code: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "done": QCoreApplication.translate("Labels", "Done"),
        "dropped": QCoreApplication.translate("Labels", "Dropped"),
    }.get(code, code)


def respondent_group(code: str | None) -> str:
    """Who answers an instrument of a round (issue 17)."""
    return {
        "partners": QCoreApplication.translate("Labels", "Partners"),
        "employers": QCoreApplication.translate("Labels", "Employers"),
        "workers": QCoreApplication.translate("Labels", "Workers"),
    }.get(code or "", code or "")


def band(code: str | None) -> str:
    return {
        "strength": QCoreApplication.translate("Labels", "Strength"),
        "attention": QCoreApplication.translate("Labels", "Attention"),
        "concern": QCoreApplication.translate("Labels", "Concern"),
    }.get(code or "", "–")


SECTOR_CODES = ("public", "private", "social_enterprise", "other")
ROLE_CODES = ("manager", "professional")
ACTION_STATUS_CODES = ("open", "in_progress", "done", "dropped")
