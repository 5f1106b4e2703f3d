"""The session without the GUI (what `pps-monitor serve` will call)."""

from __future__ import annotations

import io
import re
import threading
import time

import httpx
import pytest

from pps_monitor.errors import NotFoundError
from pps_monitor.web.terminal import serve_in_terminal
from tests.web.conftest import CSRF, full_form, respondents


def test_serve_prints_address_code_qr_and_count_then_closes(round_db):
    path, rid = round_db
    out, stop = io.StringIO(), threading.Event()
    result: list[int] = []
    worker = threading.Thread(
        target=lambda: result.append(
            serve_in_terminal(
                path,
                "zorghub delft",
                "Voorjaar",
                out=out,
                host="127.0.0.1",
                port=0,
                stop=stop,
                poll_s=0.05,
            )
        )
    )
    worker.start()
    deadline = time.monotonic() + 10
    while "Questionnaires sent: 0" not in out.getvalue() and time.monotonic() < deadline:
        time.sleep(0.02)
    url = re.search(r"Phones can answer at:\s+(\S+)", out.getvalue()).group(1)
    with httpx.Client() as phone:
        csrf = CSRF.search(phone.get(url).text).group(1)
        assert phone.post(f"{url}/send", data=full_form(csrf)).status_code == 303
    while "Questionnaires sent: 1" not in out.getvalue() and time.monotonic() < deadline:
        time.sleep(0.02)
    stop.set()
    worker.join(10)
    text = out.getvalue()
    assert re.search(r"Room code:\s+[A-Z0-9]{4}-[A-Z0-9]{4}", text)
    assert "hotspot" in text and "Questionnaires sent: 1" in text
    assert "the round is still open" in text and result == [1]
    assert respondents(path, rid) == 1
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=2)


def test_serve_names_the_rounds_that_exist(round_db):
    path, _ = round_db
    with pytest.raises(NotFoundError, match="'Voorjaar'"):
        serve_in_terminal(path, "Zorghub Delft", "Najaar", out=io.StringIO(), port=0)
