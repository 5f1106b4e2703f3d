"""A short run of the crash test (the full proof: benchmarks/crash_test.py --kills 200)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.crash_test import run


def test_killed_writers_lose_nothing_acknowledged_and_leave_no_half_import():
    assert run(kills=4, files=4, verbose=False) == []
