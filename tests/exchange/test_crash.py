"""A short run of the crash test (the full proof: benchmarks/crash_test.py --kills 200)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.crash_test import run


def test_killed_writers_lose_nothing_acknowledged_and_leave_no_half_import():
    assert run(kills=4, files=4, verbose=False) == []


def test_kills_during_import_backup_restore_and_migration_leave_before_or_after():
    """Issue 14, a short run of benchmarks/crash_all.py (by hand: 1,000 kills)."""
    from benchmarks.crash_all import run as run_all

    assert run_all(kills=8, files=4, verbose=False) == []
