"""A real phone session: uvicorn in its thread on loopback, stopped by close()."""

from __future__ import annotations

import httpx
import pytest

from pps_monitor.errors import PpsError
from pps_monitor.web import network
from pps_monitor.web.network import NetworkError
from pps_monitor.web.room import ALPHABET
from pps_monitor.web.session import PhoneSession
from tests.web.conftest import CSRF, full_form, respondents


@pytest.fixture
def session(round_db):
    path, rid = round_db
    s = PhoneSession(path, rid, host="127.0.0.1", port=0, lang="nl")
    s.start()
    yield s
    s.close()


def test_join_url_room_code_and_a_phone_that_answers(session, round_db):
    code = session.room_code
    assert len(code.replace("-", "")) >= 8 and set(code.replace("-", "")) <= set(ALPHABET)
    assert session.join_url == f"http://127.0.0.1:{session.port}/r/{code}"
    with httpx.Client() as phone:
        page = phone.get(session.join_url)
        assert page.status_code == 200
        phone.follow_redirects = True
        csrf = CSRF.search(page.text).group(1)
        sent = phone.post(f"{session.join_url}/send", data=full_form(csrf))
        assert sent.status_code == 200 and "Dank u wel" in sent.text
    assert session.count == 1
    assert respondents(*round_db) == 1


def test_close_stops_the_server_and_keeps_the_answers(session, round_db):
    with httpx.Client() as phone:
        csrf = CSRF.search(phone.get(session.join_url).text).group(1)
        phone.post(f"{session.join_url}/send", data=full_form(csrf))
    session.close()
    assert not session.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(session.join_url, timeout=2)
    assert session.count == 1 and respondents(*round_db) == 1


def test_during_the_linger_late_phones_are_told_the_round_is_closed(round_db):
    path, rid = round_db
    s = PhoneSession(path, rid, host="127.0.0.1", port=0)
    s.start()
    with httpx.Client(follow_redirects=True) as phone:
        csrf = CSRF.search(phone.get(s.join_url).text).group(1)
        s.close(linger=30)
        late = phone.post(f"{s.join_url}/send", data=full_form(csrf))
        assert late.status_code == 410 and "Deze ronde is gesloten" in late.text
    s._stop()
    assert s.wait_stopped(5)
    assert respondents(path, rid) == 0


def test_a_port_in_use_is_explained_in_plain_words(session, round_db):
    path, rid = round_db
    second = PhoneSession(path, rid, host="127.0.0.1", port=session.port)
    with pytest.raises(NetworkError) as err:
        second.start()
    message = str(err.value)
    assert f"Port {session.port}" in message and "already in use" in message
    assert "Windows firewall" in message and "client isolation" in message


def test_an_address_that_is_not_the_laptops_is_explained(round_db):
    path, rid = round_db
    with pytest.raises(NetworkError, match="not an address of this laptop"):
        PhoneSession(path, rid, host="203.0.113.77", port=0).start()


def test_no_network_address_other_than_loopback(monkeypatch):
    class Loopback:
        def __init__(self, *args):
            pass

        def connect(self, addr):
            raise OSError("Network is unreachable")

        def close(self):
            pass

    monkeypatch.setattr(network.socket, "socket", Loopback)
    with pytest.raises(NetworkError, match="no network address other than loopback"):
        network.lan_address()


def test_the_default_host_is_the_lan_address_never_all_interfaces(monkeypatch, round_db):
    path, rid = round_db
    monkeypatch.setattr("pps_monitor.web.session.lan_address", lambda: "127.0.0.1")
    s = PhoneSession(path, rid, port=0)
    s.start()
    try:
        assert s.host == "127.0.0.1" and s._sock.getsockname()[0] == "127.0.0.1"
    finally:
        s.close()


def test_a_closed_round_cannot_be_served(round_db):
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage.database import open_database

    path, rid = round_db
    db = open_database(path, create=False)
    repo.set_round_status(db, rid, "closed")
    db.close()
    with pytest.raises(PpsError, match="closed"):
        PhoneSession(path, rid, host="127.0.0.1", port=0).start()


def test_qr_codes_for_the_terminal_and_the_projector(session, tmp_path):
    text = session.qr_terminal()
    assert len(text.splitlines()) > 10
    png = session.qr_png(tmp_path / "qr.png")
    assert png.startswith(b"\x89PNG") and (tmp_path / "qr.png").read_bytes() == png
