"""Import sqlite-utils without letting it import numpy: a start-up saving, kept in one place.

sqlite-utils 4 imports numpy and pandas, when they are installed, at import time and
only to map their scalar types to column types (``sqlite_utils.db``). We never store
numpy or pandas values. numpy is installed (matplotlib needs it), and importing it
costs 65-95 ms of a cold start on a development machine (``python -X importtime``:
``import sqlite_utils`` 132 ms with numpy, ``import pps_monitor.storage`` 65 ms
without; median of 9) before the first window can open, while matplotlib loads it
later anyway, when a chart is first drawn.

How: Python's documented way to make one import fail: while sqlite-utils is imported,
``sys.modules["numpy"]`` is ``None``, so sqlite-utils' ``try: import numpy except
ImportError`` takes its no-numpy branch. Only entries placed here are removed
afterwards, so numpy and pandas stay importable for everything else.

The one risk: another thread importing numpy during those milliseconds would get an
ImportError. It is called once, from ``pps_monitor/storage/__init__.py``, which runs on
the first import of storage, before the app or the CLI starts any worker thread.
"""

from __future__ import annotations

import sys

BLOCKED = ("numpy", "pandas")


def import_sqlite_utils_without_numpy() -> None:
    """Import sqlite-utils with numpy and pandas hidden; no-op once it is imported."""
    if "sqlite_utils" in sys.modules:
        return
    blocked = [name for name in BLOCKED if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` fail fast
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in blocked:
            if sys.modules.get(name) is None:
                del sys.modules[name]
