"""What a feature may ask of the window that hosts it (and nothing more)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from pps_monitor.ui.common.context import AppContext


class Host(Protocol):
    ctx: AppContext

    def widget(self) -> QWidget:
        """The parent for dialogs and background operations."""
        ...

    def current_partnership_id(self) -> str | None: ...

    def current_round(self) -> dict[str, Any] | None:
        """The round selected in the Rounds tab, if any."""
        ...

    def show_status(self, text: str, timeout: int = 8000) -> None: ...

    def switch_database(self, path: Any) -> bool: ...

    def close_database(self) -> None: ...

    def start_meeting(self, round_id: str, exit_code: str | None = None) -> Any: ...

    def open_paper_forms(self, round_id: str) -> None: ...

    def show_results(self, round_id: str | None = None) -> None: ...

    def present(
        self,
        partnership_id: str,
        round_id: str | None = None,
        screen: Any = None,
        heading: str = "",
    ) -> Any:
        """Present mode: the round's results full screen (on ``screen``, a QScreen)."""
        ...

    def answer_on_phones(self, round_id: str) -> Any:
        """Serve the open round to phones and show the projector screen."""
        ...
