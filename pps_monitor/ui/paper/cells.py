"""What a paper form's cell may hold: the sector and role codes, 1-5 or 0 for the
statements, and why a cell's text is not acceptable (in the app's language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

SECTOR_KEYS = {"1": "public", "2": "private", "3": "social_enterprise", "4": "other"}
ROLE_KEYS = {"1": "manager", "2": "professional"}
FIXED = 2  # sector and role columns before the items


def cell_problem(column: int, text: str) -> str | None:
    """Why a cell's text is not acceptable, or None."""
    text = text.strip()
    if not text:
        return None
    allowed = (
        SECTOR_KEYS
        if column == 0
        else ROLE_KEYS
        if column == 1
        else {str(v): v for v in range(0, 6)}
    )
    if text in allowed or (column < FIXED and text == "0"):
        return None
    if column == 0:
        return QCoreApplication.translate(
            "PaperGrid",
            "type 1-4 (1 public, 2 private, 3 social enterprise, 4 other), "
            "or 0/empty for rather not say",
        )
    if column == 1:
        return QCoreApplication.translate(
            "PaperGrid", "type 1 manager, 2 executive professional, or 0/empty for rather not say"
        )
    return QCoreApplication.translate("PaperGrid", "type 1-5, or 0 for don't know")
