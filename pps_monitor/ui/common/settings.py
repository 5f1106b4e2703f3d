"""Preferences and window state, persisted with QSettings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings

from pps_monitor.locale import system_language

if TYPE_CHECKING:
    from pps_monitor.domain.scoring import ScoringSettings

MAX_RECENT = 8


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings()

    # language: "system", "nl" or "en"
    @property
    def language_choice(self) -> str:
        return str(self.q.value("language", "system"))

    @language_choice.setter
    def language_choice(self, value: str) -> None:
        self.q.setValue("language", value)

    @property
    def language(self) -> str:
        choice = self.language_choice
        return choice if choice in ("nl", "en") else system_language()

    def scoring(self) -> ScoringSettings:
        """What this laptop adds to the scoring: nothing but the defaults (the confidence
        level). The minimum group sizes and the bands belong to the partnership
        (``services.privacy.scoring_settings``), the same on every laptop."""
        from pps_monitor.domain.scoring import ScoringSettings

        return ScoringSettings()

    def recent_databases(self) -> list[str]:
        value: Any = self.q.value("recent_databases", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, path: Path) -> None:
        entry = str(Path(path).resolve())
        recent = [p for p in self.recent_databases() if p != entry]
        self.q.setValue("recent_databases", [entry, *recent][:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self.q.setValue("recent_databases", [p for p in self.recent_databases() if p != path])

    def last_database(self) -> str | None:
        recent = self.recent_databases()
        return recent[0] if recent else None

    def geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)

    def window_state(self) -> QByteArray | None:
        value = self.q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def last_folder(self, kind: str) -> Path:
        """The folder last used for this kind of file ("exchange", "spreadsheet", ...),
        or the home folder; a folder that has gone away falls back to the home folder."""
        value = self.q.value(f"last_folder/{kind}")
        folder = Path(str(value)) if value else Path.home()
        return folder if folder.is_dir() else Path.home()

    def set_last_folder(self, kind: str, chosen: str | Path) -> None:
        """Remember the folder of ``chosen`` (a file or a folder) for ``kind``."""
        path = Path(chosen)
        self.q.setValue(f"last_folder/{kind}", str(path if path.is_dir() else path.parent))

    def start_in(self, kind: str, name: str = "") -> str:
        """Where a file dialog for ``kind`` opens: the last folder, with ``name`` in it."""
        folder = self.last_folder(kind)
        return str(folder / name) if name else str(folder)

    def demo_offered(self, db_path: Path) -> bool:
        return bool(self.q.value(f"demo_offered/{_key(db_path)}", False, type=bool))

    def set_demo_offered(self, db_path: Path) -> None:
        self.q.setValue(f"demo_offered/{_key(db_path)}", True)


def _key(path: Path) -> str:
    import hashlib

    return hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:16]
