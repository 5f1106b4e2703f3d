"""Translated names of the fixed vocabularies (sectors, roles, statuses, bands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def sector(code: str | None) -> str:
    return {
        "public": _t("Public"),
        "private": _t("Private"),
        "social_enterprise": _t("Social enterprise"),
        "other": _t("Other"),
        "unknown": _t("Not specified"),
    }.get(code or "unknown", code or "")


def role(code: str | None) -> str:
    return {
        "manager": _t("Manager"),
        "professional": _t("Executive professional"),
        "unknown": _t("Not specified"),
    }.get(code or "unknown", code or "")


def round_status(code: str) -> str:
    return {"open": _t("Open"), "closed": _t("Closed")}.get(code, code)


def action_status(code: str) -> str:
    return {
        "open": _t("Open"),
        "in_progress": _t("In progress"),
        "done": _t("Done"),
        "dropped": _t("Dropped"),
    }.get(code, code)


def band(code: str | None) -> str:
    return {
        "strength": _t("Strength"),
        "attention": _t("Attention"),
        "concern": _t("Concern"),
    }.get(code or "", "–")


SECTOR_CODES = ("public", "private", "social_enterprise", "other")
ROLE_CODES = ("manager", "professional")
ACTION_STATUS_CODES = ("open", "in_progress", "done", "dropped")
