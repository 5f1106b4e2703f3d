"""Main window: partnerships on the left, the chosen partnership's rounds on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.db = open_database(self.db_path)
        self.setWindowTitle(f"PPS Monitor — {self.db_path.name}")
        self.partnerships = QListWidget()
        self.rounds = QListWidget()
        self.partnerships.currentItemChanged.connect(self._on_partnership)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Partnerships")))
        left.addWidget(self.partnerships)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Rounds")))
        right.addWidget(self.rounds)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        self.resize(1280, 800)
        self.reload()

    def reload(self) -> None:
        self.partnerships.clear()
        for p in repo.list_partnerships(self.db):
            item = QListWidgetItem(p["name"])
            item.setData(Qt.ItemDataRole.UserRole, p["id"])
            self.partnerships.addItem(item)
        if self.partnerships.count():
            self.partnerships.setCurrentRow(0)

    def _on_partnership(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.rounds.clear()
        if current is None:
            return
        for r in repo.list_rounds(self.db, current.data(Qt.ItemDataRole.UserRole)):
            self.rounds.addItem(
                f"{r['date']}  {r['label']}  ({r['status']}, n = {r['respondents']})"
            )
