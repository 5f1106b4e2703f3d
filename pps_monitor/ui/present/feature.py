"""Opening Present mode for a round (reached through the host: ``host.present(...)``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pps_monitor.ui.common.host import Host
from pps_monitor.ui.present.window import PresentWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen


class PresentFeature:
    def __init__(self, host: Host) -> None:
        self.host = host
        self.window: PresentWindow | None = None

    def present(
        self,
        partnership_id: str,
        round_id: str | None = None,
        screen: QScreen | None = None,
        heading: str = "",
    ) -> PresentWindow:
        """Show the round's results full screen (on ``screen``, e.g. the projector)."""
        if self.window is not None:
            self.window.close()
        window = PresentWindow(
            self.host.ctx, partnership_id, round_id, self.host.widget(), heading=heading
        )
        if screen is not None:
            window.setScreen(screen)
            window.setGeometry(screen.geometry())
        window.left.connect(self._left)
        self.window = window
        window.showFullScreen()
        window.activateWindow()
        return window

    def _left(self) -> None:
        self.window = None
