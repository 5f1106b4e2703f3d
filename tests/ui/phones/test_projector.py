"""Answer on phones from the app: the projector screen, its count, closing, and failures."""

import httpx
import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from pps_monitor.demo import add_demo
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database
from pps_monitor.ui.phones import feature as phones
from pps_monitor.ui.phones import projector as projector_module
from pps_monitor.web.network import NetworkError
from tests.web.conftest import CSRF, full_form


class FakeSession:
    """The PhoneSession API, without a server."""

    join_url = "http://192.168.1.20:8642/r/K7QF-2MX9"
    room_code = "K7QF-2MX9"

    def __init__(self, fail=None):
        self.count = 0
        self.fail = fail
        self.closed_with = None

    def start(self):
        if self.fail:
            raise self.fail
        return self.join_url

    def qr_png(self, path=None, *, scale=12):
        import io

        import segno

        buf = io.BytesIO()
        segno.make(self.join_url).save(buf, kind="png", scale=scale)
        return buf.getvalue()

    def close(self, linger=0.0):
        self.closed_with = linger


def open_round(db_path):
    db = open_database(db_path)
    pid = add_demo(db)
    rid = next(r for r in repo.list_rounds(db, pid) if r["status"] == "open")["id"]
    db.close()
    return pid, rid


@pytest.fixture
def fake(monkeypatch):
    session = FakeSession()
    monkeypatch.setattr(phones, "make_session", lambda *args: session)
    return session


def start(qtbot, window, rid):
    window.answer_on_phones(rid)
    qtbot.waitUntil(lambda: window.phones_feature.projector is not None, timeout=10_000)
    return window.phones_feature.projector


def test_the_projector_shows_the_qr_code_and_the_count_updates(
    qtbot, make_window, db_path, fake
):
    _pid, rid = open_round(db_path)
    window = make_window()
    projector = start(qtbot, window, rid)
    qtbot.waitUntil(lambda: not projector.qr.pixmap().isNull(), timeout=3000)
    assert projector.qr.pixmap().width() >= 240
    assert projector.address.text() == fake.join_url
    assert projector.code.text() == fake.room_code
    assert "0" in projector.count_label.text()
    assert "hotspot" in projector.warning.text() and "HTTP" in projector.warning.text()
    fake.count = 3  # three phones sent their questionnaire
    qtbot.waitUntil(lambda: "3" in projector.count_label.text(), timeout=3000)
    assert "fresh password" in projector.warning.text()


def test_close_and_show_results_closes_the_session_and_presents(
    qtbot, make_window, db_path, fake
):
    pid, rid = open_round(db_path)
    window = make_window()
    projector = start(qtbot, window, rid)
    with qtbot.waitSignal(window.hub.responses_changed) as changed:
        projector.close_button.click()
    assert changed.args == [pid]
    assert fake.closed_with == projector_module.LINGER_S > 0
    assert window.phones_feature.projector is None and not projector.isVisible()
    present = window._present.window
    assert present is not None and present.round_id == rid and present.isFullScreen()
    qtbot.waitUntil(lambda: present.loaded, timeout=20_000)
    present.close()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_start_that_fails_says_why_and_offers_the_laptop_instead(
    qtbot, make_window, db_path, monkeypatch
):
    _pid, rid = open_round(db_path)
    reason = "This laptop has no network address other than loopback (127.0.0.1)."
    session = FakeSession(fail=NetworkError(reason))
    monkeypatch.setattr(phones, "make_session", lambda *args: session)
    shown, meetings = [], []

    def exec_(box):
        shown.append((box.text(), box.informativeText()))
        next(b for b in box.buttons() if "laptop" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    window = make_window()
    monkeypatch.setattr(
        window, "start_meeting", lambda round_id, code=None: meetings.append(round_id)
    )
    window.answer_on_phones(rid)
    qtbot.waitUntil(lambda: bool(meetings), timeout=10_000)
    assert shown[0][1] == reason
    assert meetings == [rid]
    assert window.phones_feature.projector is None and not window.phones_feature.starting


def test_a_real_session_on_loopback_counts_a_phone_and_stops_on_close(
    qtbot, make_window, db_path, monkeypatch
):
    from pps_monitor.web.session import PhoneSession

    _pid, rid = open_round(db_path)
    made = []

    def make(path, round_id, lang, group="partners"):
        made.append(
            PhoneSession(path, round_id, group=group, host="127.0.0.1", port=0, lang=lang)
        )
        return made[-1]

    monkeypatch.setattr(phones, "make_session", make)
    monkeypatch.setattr(projector_module, "LINGER_S", 0.2)
    window = make_window()
    projector = start(qtbot, window, rid)
    session = made[0]
    assert session.running and projector.address.text() == session.join_url
    with httpx.Client(follow_redirects=True) as phone:
        csrf = CSRF.search(phone.get(session.join_url).text).group(1)
        sent = phone.post(f"{session.join_url}/send", data=full_form(csrf))
        assert sent.status_code == 200
    qtbot.waitUntil(lambda: "1" in projector.count_label.text(), timeout=5000)
    projector.close_button.click()
    assert session.closed
    assert session.wait_stopped(10)
    assert not session.running
    present = window._present.window
    qtbot.waitUntil(lambda: present.loaded, timeout=20_000)
    present.close()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_phones_and_the_laptop_pass_around_in_the_same_round(
    qtbot, make_window, db_path, fake, dialogs
):
    """The projector shows no figure, so it stays up beside meeting mode; results do not."""
    pid, rid = open_round(db_path)
    window = make_window()
    projector = start(qtbot, window, rid)
    present = window.present(pid, rid)
    meeting = window.start_meeting(rid, exit_code="1357")
    qtbot.addWidget(meeting)
    qtbot.wait(50)
    assert projector.isVisible() and not present.isVisible()
    fake.count = 4
    qtbot.waitUntil(lambda: "4" in projector.count_label.text(), timeout=3000)
    dialogs.question = dialogs.question.__class__.No
    dialogs.text = [("1357", True)]
    meeting.ask_to_leave()
    assert window.meeting is None and projector.isVisible() and present.isVisible()
    present.close()
    QThreadPool.globalInstance().waitForDone(10_000)
