"""Storage imports sqlite-utils without numpy, and leaves numpy importable afterwards."""

import subprocess
import sys

CHECK = """
import sys
import pps_monitor.storage
from pps_monitor.storage.database import open_memory_database
assert "sqlite_utils" in sys.modules
assert "numpy" not in sys.modules, "sqlite-utils pulled numpy in"
assert all(sys.modules.get(n, 0) is not None for n in ("numpy", "pandas")), "left blocked"
open_memory_database().execute("SELECT 1")
import numpy  # still importable for matplotlib
print("ok")
"""


def test_storage_starts_without_numpy_and_leaves_it_importable():
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
