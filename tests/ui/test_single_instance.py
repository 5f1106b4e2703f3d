"""One app at a time: a second launch hands its file to the running app (issue 12)."""

import uuid

from pps_monitor.ui.single_instance import SingleInstance, hand_over, open_in


def test_a_second_launch_hands_its_file_over(qtbot, tmp_path):
    name = f"pps-monitor-test-{uuid.uuid4().hex[:8]}"
    assert not hand_over(tmp_path / "x.ppsmonitor", name)  # nobody listening: start normally
    first = SingleInstance(name)
    assert first.listen()
    try:
        file = tmp_path / "antwoorden.ppsmonitor"
        with qtbot.waitSignal(first.received, timeout=3000) as blocker:
            assert hand_over(file, name)
        assert blocker.args == [str(file.resolve())]
        with qtbot.waitSignal(first.received, timeout=3000) as blocker:
            assert hand_over(None, name)
        assert blocker.args == [""]
    finally:
        qtbot.wait(50)  # let the disconnected sockets be freed before the server
        first.server.close()


def test_the_running_app_opens_what_it_is_handed(tmp_path):
    calls = []

    class Exchange:
        def import_file(self, path):
            calls.append(("import", path))

    class Window:
        exchange = Exchange()

        def showNormal(self):
            calls.append("shown")

        def raise_(self):
            pass

        def activateWindow(self):
            pass

        def switch_database(self, path):
            calls.append(("database", path))

    db = tmp_path / "a.sqlite"
    db.write_bytes(b"SQLite format 3\x00" + b"\0" * 100)
    package = tmp_path / "b.ppsmonitor"
    package.write_bytes(b"PK\x03\x04")
    open_in(Window(), str(db))
    open_in(Window(), str(package))
    open_in(Window(), "")
    assert calls == ["shown", ("database", db), "shown", ("import", package), "shown"]
