"""What the first window needs before it paints, at the lowest cost.

Opening the database properly (sqlite-utils, migrations, checks) costs more than the
window itself, so the partnership list of the first paint is read with the standard
library's sqlite3, read-only; the real open follows right after the first paint.
"""

from __future__ import annotations

from pathlib import Path

# The same order as storage.partnerships.list_partnerships.
_NAMES = "SELECT id, name FROM partnerships ORDER BY name COLLATE NOCASE"


def partnership_names(db_path: Path) -> list[tuple[str, str]] | None:
    """(id, name) of every partnership, read without opening the database for writing;
    None when that is not possible (no file yet, an unknown layout, a locked file): the
    list is then filled when the database is opened."""
    import sqlite3

    if not Path(db_path).is_file():
        return None
    try:
        conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        return [(str(pid), str(name)) for pid, name in conn.execute(_NAMES)]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
