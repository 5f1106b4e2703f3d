"""A fast start: the first window paints with the partnership list filled, before the
database is opened, and without importing what only later screens need."""

import subprocess
import sys
from pathlib import Path

from pps_monitor.demo import DEMO_NAME
from pps_monitor.services import partnerships as svc
from pps_monitor.services.startup import partnership_names
from pps_monitor.storage.database import open_database
from pps_monitor.ui.main_window import MainWindow
from tests.ui.test_main_window import demo_db

ROOT = Path(__file__).resolve().parents[2]


def test_partnership_names_match_the_full_listing(db_path):
    demo_db(db_path)
    db = open_database(db_path)
    svc.create_partnership(db, "alpha (lower case sorts with the rest)")
    expected = [(p["id"], p["name"]) for p in svc.list_partnerships(db)]
    db.close()
    assert partnership_names(db_path) == expected


def test_partnership_names_of_no_database_is_none(tmp_path):
    assert partnership_names(tmp_path / "missing.sqlite") is None
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    assert partnership_names(junk) is None
    assert not (tmp_path / "missing.sqlite").exists()  # nothing was created


def test_the_list_is_filled_before_the_database_opens(qtbot, settings, db_path):
    demo_db(db_path)
    settings.set_demo_offered(db_path)
    window = MainWindow(db_path, settings, defer_open=True)
    qtbot.addWidget(window)
    assert not window.ctx.has_db
    names = [window.partnerships.item(k).text() for k in range(window.partnerships.count())]
    assert names == [DEMO_NAME]
    at_paint = []
    window.first_painted.connect(lambda: at_paint.append(window.ctx.has_db))
    # generous waits: this test checks the order of events, not their speed (that is
    # benchmarks/bench_startup.py); on CI beside a Chromium test 10 s was once too short
    window.show()
    qtbot.waitUntil(lambda: window.ctx.has_db and window.view is not None, timeout=30_000)
    assert at_paint == [False]  # the list came first, then the database
    assert [window.partnerships.item(k).text() for k in range(window.partnerships.count())] == names
    assert window.current_partnership_id() == partnership_names(db_path)[0][0]


def test_the_database_opens_when_the_list_is_never_painted(qtbot, settings, db_path):
    """A list given no room (or a minimised start) paints nothing: the database must not
    wait for that paint for ever."""
    demo_db(db_path)
    settings.set_demo_offered(db_path)
    window = MainWindow(db_path, settings, defer_open=True)
    qtbot.addWidget(window)
    window.partnerships.hide()
    painted = []
    window.first_painted.connect(lambda: painted.append(True))
    window.show()
    qtbot.waitUntil(lambda: window.ctx.has_db and window.view is not None, timeout=30_000)
    assert painted == [True]
    assert window.current_partnership_id() == partnership_names(db_path)[0][0]


CHILD = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class Painted(QObject):
    def eventFilter(self, obj, event):
        window = app.property("main_window")
        if (event.type() == QEvent.Type.Paint and window is not None
                and obj is window.partnerships.viewport()):
            heavy = ("sqlite_utils", "matplotlib", "numpy", "pps_monitor.storage",
                     "pps_monitor.domain", "pps_monitor.ui.partnership.view",
                     "pps_monitor.ui.results", "logging.handlers", "jsonschema")
            loaded = sorted(m for m in heavy if m in sys.modules)
            print("painted", window.partnerships.count(), ",".join(loaded) or "-", flush=True)
            os._exit(0)
        return False

app = QApplication([])
spy = Painted()
app.installEventFilter(spy)
from pps_monitor.ui.app import run
run(Path(sys.argv[1]))
"""


def test_nothing_heavy_is_imported_before_the_first_paint(db_path, private_data_dirs):
    demo_db(db_path)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(db_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    ).stdout.split()
    assert out[:3] == ["painted", "1", "-"], out
