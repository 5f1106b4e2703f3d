"""Garbage collection on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate when a
generation's threshold is passed. Cycles often hold Qt wrappers (a widget and the lambda
connected to its signal), and a QWidget destroyed from a worker thread (say the one
drawing a chart for ChartCanvas) crashes Qt. So automatic collection is switched off and
the GUI thread collects on a timer instead, generation by generation with the usual
thresholds, as Anki and pyqtgraph do.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> int:
        """Collect the generations whose allocation counts passed their thresholds;
        returns the number of objects found unreachable."""
        count0, count1, count2 = gc.get_count()
        found = 0
        if count0 > self.threshold[0]:
            found = gc.collect(0)
            if count1 > self.threshold[1]:
                found += gc.collect(1)
                if count2 > self.threshold[2]:
                    found += gc.collect(2)
        return found

    def stop(self) -> None:
        """Back to Python's own collection (tests, shutdown)."""
        self.timer.stop()
        gc.collect()
        if self.was_enabled:
            gc.enable()


def install(parent: QObject) -> GuiThreadCollector:
    """Collect garbage on the GUI thread only, for as long as ``parent`` lives."""
    return GuiThreadCollector(parent)
