"""Garbage is collected on the GUI thread only: never by a worker thread that happens to
allocate (a cycle holding a widget freed there crashes Qt)."""

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QThreadPool

from pps_monitor.ui.common.collector import GuiThreadCollector
from pps_monitor.ui.common.tasks import BackgroundOp


class Cycle:
    freed_in: ClassVar[list[str]] = []

    def __init__(self):
        self.me = self

    def __del__(self):
        Cycle.freed_in.append(threading.current_thread().name)


def test_automatic_collection_is_off_in_ui_tests_and_the_app():
    assert not gc.isenabled()


def test_a_worker_that_allocates_much_never_frees_gui_garbage(qtbot):
    Cycle.freed_in.clear()
    # unreachable cycles: garbage that only a collection frees; enough of them to pass
    # the first generation's threshold whatever the tests before left in its count
    for _ in range(1000):
        Cycle()
    results = []

    def allocate(_progress):
        junk = [[object()] for _ in range(200_000)]  # far past every threshold
        return len(junk)

    BackgroundOp(op=allocate, success=results.append).run(None)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    QThreadPool.globalInstance().waitForDone()
    # The worker collected nothing (the GUI thread's timer may have, meanwhile).
    assert set(Cycle.freed_in) <= {threading.main_thread().name}
    gc.collect()  # what the timer does, now
    assert len(Cycle.freed_in) == 1000
    assert set(Cycle.freed_in) == {threading.main_thread().name}


def test_the_timer_collects_on_the_gui_thread(qtbot):
    Cycle.freed_in.clear()
    collector = GuiThreadCollector(interval_ms=20)
    try:
        for _ in range(5000):  # past the first generation's threshold
            Cycle()
        qtbot.waitUntil(lambda: len(Cycle.freed_in) >= 5000, timeout=5_000)
    finally:
        collector.timer.stop()
    assert set(Cycle.freed_in) == {threading.main_thread().name}
