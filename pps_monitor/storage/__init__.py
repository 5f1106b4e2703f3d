"""Local SQLite storage through sqlite-utils. No Qt.

sqlite-utils imports numpy (and pandas, when installed) at import time only to map
their scalar types to column types. We never store numpy values, and that import
costs about 170 ms of the app's start-up, so sqlite-utils is imported here with
both blocked; they stay importable for everything else (matplotlib needs numpy).
"""

import sys


def _import_sqlite_utils_without_numpy() -> None:
    if "sqlite_utils" in sys.modules:
        return
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` fail fast
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in blocked:
            if sys.modules.get(name) is None:
                del sys.modules[name]


_import_sqlite_utils_without_numpy()
