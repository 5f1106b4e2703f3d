"""What the partnership view needs of the results pane, which another feature builds."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QTabWidget, QWidget

    from pps_monitor.ui.common.context import AppContext


class ResultsPane(Protocol):
    loaded: SignalInstance  # emitted when the results are (re)loaded
    data: dict[str, Any] | None
    tabs: QTabWidget

    def select_round(self, round_id: str) -> None: ...

    def widget(self) -> QWidget: ...


# ctx, partnership id -> a results pane (built when the Results tab is first opened)
ResultsFactory = Callable[["AppContext", str], ResultsPane]
