"""Local SQLite storage through sqlite-utils. No Qt.

One module per record kind (partnerships, organisations, rounds, responses, actions,
events; ``repository`` re-exports them all), plus database, migrations, backup, undo
and drafts. sqlite-utils is imported here once without numpy, for start-up speed: see
``sqlite_import`` for why and what was measured.
"""

from pps_monitor.storage.sqlite_import import import_sqlite_utils_without_numpy

import_sqlite_utils_without_numpy()
