"""The phone app's behaviour and every refusal (Starlette TestClient): each refused
post stores nothing."""

from __future__ import annotations

import pytest

from pps_monitor.web.app import COOKIE
from tests.web.conftest import INST, full_form, open_form


def post(phones, data, client=None, **headers):
    client = client or phones.client
    return client.post(f"{phones.base}/send", data=data, headers=headers, follow_redirects=False)


def test_a_phone_answers_and_is_thanked(phones):
    csrf = open_form(phones.client, phones.base)
    response = post(phones, full_form(csrf))
    assert response.status_code == 303
    assert response.headers["location"] == f"{phones.base}/thanks?lang=nl"
    assert phones.stored() == 1 and phones.room.count == 1
    thanks = phones.client.get(response.headers["location"])
    assert "Verstuurd. Dank u wel!" in thanks.text


def test_the_cookie_is_httponly_strict_and_scoped_to_the_room(phones):
    response = phones.client.get(phones.base)
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert f"Path={phones.base}" in cookie


def test_every_response_carries_the_security_headers(phones):
    for path in (phones.base, f"{phones.base}/static/phone.css", "/r/WRONG-CODE", "/"):
        headers = phones.client.get(path).headers
        assert headers["content-security-policy"].startswith("default-src 'self'")
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"
        assert headers["cache-control"] == "no-store"
        assert "server" not in headers and "date" not in headers


def test_the_page_has_no_inline_script_or_style_and_no_external_resource(phones):
    html = phones.client.get(phones.base).text
    assert "<script>" not in html and "style=" not in html and "<style" not in html
    assert "http://" not in html and "https://" not in html and "//" not in html.replace("://", "")


def test_a_second_post_replaces_the_first(phones):
    csrf = open_form(phones.client, phones.base)
    assert post(phones, full_form(csrf, "2")).status_code == 303
    assert post(phones, full_form(csrf, "5")).status_code == 303
    assert phones.stored() == 1 and phones.room.count == 1
    page = phones.client.get(phones.base).text  # shown again with the latest answers
    assert page.count('value="5" checked') == len(INST.items)


def test_two_phones_are_two_questionnaires(phones):
    other = phones.new_client()
    assert post(phones, full_form(open_form(phones.client, phones.base))).status_code == 303
    assert post(phones, full_form(open_form(other, phones.base)), client=other).status_code == 303
    assert phones.stored() == 2 and phones.room.count == 2


def test_a_wrong_room_code_is_a_404_everywhere(phones):
    csrf = open_form(phones.client, phones.base)
    for path in ("/", "/r/", "/r/AAAA-AAAA", "/r/AAAA-AAAA/static/phone.css", "/docs", "/r"):
        response = phones.client.get(path)
        assert response.status_code == 404
        assert phones.room.code not in response.text
    response = phones.client.post("/r/AAAA-AAAA/send", data=full_form(csrf))
    assert response.status_code == 404
    assert phones.stored() == 0


def test_a_code_typed_in_lower_case_leads_to_the_room(phones):
    typed = phones.room.code.lower().replace("-", "")
    response = phones.client.get(f"/r/{typed}", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == phones.base


def test_a_forged_or_missing_token_is_refused(phones):
    csrf = open_form(phones.client, phones.base)
    forged = phones.new_client()
    forged.cookies.set(COOKIE, "forged-token-value", path=phones.base)
    assert post(phones, full_form(csrf), client=forged).status_code == 403
    bare = phones.new_client()
    assert post(phones, full_form(csrf), client=bare).status_code == 403
    assert phones.stored() == 0


def test_a_token_of_a_closed_session_is_not_accepted_by_a_new_one(phones, round_db):
    from starlette.testclient import TestClient

    from pps_monitor.web.app import create_app
    from pps_monitor.web.room import Room
    from pps_monitor.web.store import load_round

    csrf = open_form(phones.client, phones.base)
    token = phones.client.cookies.get(COOKIE)
    room = Room()
    room.code = phones.room.code  # even with the same code, the token is unknown
    info = phones.db.run(load_round, phones.round_id)
    app = create_app(info, room, lambda q, r: None, allowed_hosts=["testserver"])  # type: ignore[arg-type,return-value]
    replay = TestClient(app)
    replay.cookies.set(COOKIE, token, path=phones.base)
    response = replay.post(f"{phones.base}/send", data=full_form(csrf), follow_redirects=False)
    assert response.status_code == 403
    assert phones.stored() == 0


def test_a_missing_or_forged_csrf_token_is_refused(phones):
    csrf = open_form(phones.client, phones.base)
    data = full_form(csrf)
    del data["csrf"]
    assert post(phones, data).status_code == 403
    assert post(phones, full_form("0" * 64)).status_code == 403
    # The form token of another browser does not fit this browser's cookie.
    other = phones.new_client()
    other_csrf = open_form(other, phones.base)
    assert post(phones, full_form(other_csrf)).status_code == 403
    assert phones.stored() == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "http://evil.example"},
        {"origin": "null"},
        {"referer": "http://evil.example/form.html"},
        {"origin": "http://testserver.evil.example"},
    ],
)
def test_a_cross_site_form_post_is_refused(phones, headers):
    csrf = open_form(phones.client, phones.base)
    response = post(phones, full_form(csrf), **headers)
    assert response.status_code == 403
    assert "Er is niets opgeslagen" in response.text
    assert phones.stored() == 0


def test_a_same_site_origin_is_accepted(phones):
    csrf = open_form(phones.client, phones.base)
    assert post(phones, full_form(csrf), origin="http://testserver").status_code == 303


def test_a_foreign_host_header_is_refused(phones):
    response = phones.client.get(phones.base, headers={"host": "evil.example"})
    assert response.status_code == 400


def test_an_oversized_body_is_refused_before_parsing(phones):
    csrf = open_form(phones.client, phones.base)
    big = "&".join(f"{k}={v}" for k, v in full_form(csrf).items()) + "&x=" + "a" * 70_000
    response = phones.client.post(
        f"{phones.base}/send",
        content=big,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 413
    assert phones.stored() == 0


def test_a_body_that_lies_about_its_length_or_streams_too_much_is_refused(phones):
    csrf = open_form(phones.client, phones.base)

    def chunks():
        yield f"csrf={csrf}&".encode()
        for _ in range(100):
            yield b"x" * 1024

    response = phones.client.post(
        f"{phones.base}/send",
        content=chunks(),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 413
    assert phones.stored() == 0


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"\xff\xfe\x00garbage", "application/x-www-form-urlencoded"),
        (b'{"csrf": "x"}', "application/json"),
        (b"a.CC-AGR-1=4&a.CC-AGR-1=5", "application/x-www-form-urlencoded"),
        (b"&&&===&", "application/x-www-form-urlencoded"),
        (
            b"--b\r\nContent-Disposition: form-data; name=x\r\n\r\n1\r\n--b--",
            "multipart/form-data; boundary=b",
        ),
        (b"a.CC-AGR-1=4%00", "application/x-www-form-urlencoded"),
    ],
)
def test_malformed_bodies_are_refused(phones, content, content_type):
    csrf = open_form(phones.client, phones.base)
    body = (
        content
        if b"csrf" in content or content_type != "application/x-www-form-urlencoded"
        else (f"csrf={csrf}&".encode() + content)
    )
    response = phones.client.post(
        f"{phones.base}/send", content=body, headers={"content-type": content_type}
    )
    assert response.status_code in (400, 403)
    assert phones.stored() == 0


@pytest.mark.parametrize(
    "extra",
    [
        {"a.NOT-AN-ITEM": "3"},
        {"a.CC-AGR-1": "6"},
        {"a.CC-AGR-1": "0"},
        {"a.CC-AGR-1": "-1"},
        {"a.CC-AGR-1": "3.5"},
        {"a.CC-AGR-1": "٣"},  # an Arabic-Indic three is a digit, but not ours
        {"a.CC-AGR-1": ""},
        {"sector": "municipality"},
        {"role": "boss"},
        {"c.NOPE": "text"},
        {"c.CC-AGR": "x" * 2001},
        {"confirm_missing": "yes"},
        {"respondent_id": "1"},
        {"source": "paper"},
    ],
)
def test_answers_outside_the_instrument_are_refused(phones, extra):
    csrf = open_form(phones.client, phones.base)
    response = post(phones, full_form(csrf, **extra))
    assert response.status_code == 400
    assert phones.stored() == 0


def test_unanswered_statements_need_the_dont_know_box(phones):
    csrf = open_form(phones.client, phones.base)
    data = full_form(csrf)
    first = INST.items[0]
    del data[f"a.{first.code}"]
    response = post(phones, data)
    assert response.status_code == 422
    assert first.text("nl") in response.text
    assert phones.stored() == 0
    data["confirm_missing"] = "1"
    assert post(phones, data).status_code == 303
    assert phones.stored() == 1


def test_dont_know_rather_not_say_and_comments_are_stored(phones):
    from pps_monitor.storage.database import open_database

    csrf = open_form(phones.client, phones.base)
    data = full_form(csrf, "dk", sector="", role="professional")
    data["a.CC-AGR-1"] = "1"
    data["c.CC-AGR"] = "  Goed  "
    assert post(phones, data).status_code == 303
    db = open_database(phones.path, create=False)
    try:
        (row,) = list(db.query("SELECT sector, role FROM respondents"))
        assert row == {"sector": None, "role": "professional"}
        values = dict(db.execute("SELECT item_code, value FROM answers").fetchall())
        assert values["CC-AGR-1"] == 1 and values["CC-AGR-2"] is None
        assert [r[0] for r in db.execute("SELECT text FROM comments")] == ["Goed"]
    finally:
        db.close()


def test_sector_choices_follow_the_partnerships_organisations(phones):
    html = phones.client.get(phones.base).text
    assert 'name="sector" value="public"' in html and 'name="sector" value="private"' in html
    assert 'name="sector" value="social_enterprise"' not in html
    assert 'name="sector" value="other"' in html
    assert 'name="sector" value=""' in html and 'name="role" value=""' in html


ATTACK = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&"


def test_html_and_script_in_every_text_field_are_stored_as_typed_and_escaped(phones):
    from pps_monitor.storage.database import open_database

    csrf = open_form(phones.client, phones.base)
    comment_keys = [d.code for d in INST.dimensions] + ["risks"]
    data = full_form(csrf, **{f"c.{k}": f"{ATTACK} {k}" for k in comment_keys})
    assert post(phones, data).status_code == 303
    db = open_database(phones.path, create=False)
    try:
        texts = sorted(r[0] for r in db.execute("SELECT text FROM comments"))
    finally:
        db.close()
    assert texts == sorted(f"{ATTACK} {k}" for k in comment_keys)
    page = phones.client.get(phones.base).text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # Hostile text in a query string or a path is not reflected either.
    for path in (f"{phones.base}?lang={ATTACK}", f"/r/{ATTACK}"):
        assert "<script>alert" not in phones.client.get(path).text


def test_a_round_label_or_partnership_name_with_html_is_escaped(tmp_path):
    from starlette.testclient import TestClient

    from pps_monitor.storage import repository as repo
    from pps_monitor.storage.database import open_database
    from pps_monitor.web.app import create_app
    from pps_monitor.web.room import Room
    from pps_monitor.web.store import load_round

    db = open_database(tmp_path / "x.sqlite")
    pid = repo.create_partnership(db, ATTACK)
    rid = repo.create_round(db, pid, ATTACK, "2026-01-01", INST)
    info = load_round(db, rid)
    db.close()
    room = Room()
    client = TestClient(create_app(info, room, lambda q, r: None))  # type: ignore[arg-type,return-value]
    page = client.get(f"/r/{room.code}").text
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_after_close_everything_says_the_round_is_closed_and_nothing_is_stored(phones):
    csrf = open_form(phones.client, phones.base)
    phones.room.close()
    assert phones.room.visitor(phones.client.cookies.get(COOKIE)) is None  # map dropped
    response = post(phones, full_form(csrf))
    assert response.status_code == 410
    assert "Deze ronde is gesloten" in response.text
    page = phones.client.get(f"{phones.base}?lang=en")
    assert page.status_code == 410 and "This round is closed" in page.text
    assert phones.client.get(f"{phones.base}/static/phone.css").status_code == 200
    assert phones.stored() == 0


def test_a_round_closed_in_the_app_refuses_phones(phones):
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage.database import open_database

    csrf = open_form(phones.client, phones.base)
    db = open_database(phones.path, create=False)
    repo.set_round_status(db, phones.round_id, "closed")
    db.close()
    response = post(phones, full_form(csrf))
    assert response.status_code == 410
    assert phones.stored() == 0


def test_no_edit_after_a_release(phones, monkeypatch):
    from pps_monitor.web import store

    csrf = open_form(phones.client, phones.base)
    assert post(phones, full_form(csrf, "2")).status_code == 303
    monkeypatch.setattr(store, "round_released", lambda db, rid: True)
    response = post(phones, full_form(csrf, "5"))
    assert response.status_code == 409
    assert phones.stored() == 1
    from pps_monitor.storage.database import open_database

    db = open_database(phones.path, create=False)
    try:
        assert {r[0] for r in db.execute("SELECT value FROM answers")} == {2}
    finally:
        db.close()


def test_only_get_and_the_send_post_exist(phones):
    for method in ("PUT", "DELETE", "PATCH"):
        assert phones.client.request(method, phones.base).status_code in (404, 405)
    assert phones.client.post(phones.base).status_code in (404, 405)
    assert phones.client.get(f"{phones.base}/send").status_code in (404, 405)
    assert phones.client.get(f"{phones.base}/static/../store.py").status_code == 404
    assert phones.stored() == 0


def test_nothing_about_the_device_is_stored(phones):
    from pps_monitor.storage.database import open_database

    csrf = open_form(phones.client, phones.base)
    post(
        phones, full_form(csrf), **{"user-agent": "UniqueAgent/9.9", "x-forwarded-for": "10.9.9.9"}
    )
    raw = phones.path.read_bytes() + (
        phones.path.with_name(phones.path.name + "-wal").read_bytes()
        if phones.path.with_name(phones.path.name + "-wal").exists()
        else b""
    )
    assert b"UniqueAgent" not in raw and b"10.9.9.9" not in raw and b"testclient" not in raw
    db = open_database(phones.path, create=False)
    db.close()


def test_english_page_uses_the_instruments_english_texts(phones):
    page = phones.client.get(f"{phones.base}?lang=en").text
    assert '<html lang="en">' in page
    assert INST.items[0].text("en") in page and INST.scale_labels[1]("en") in page
    assert "Check and send" in page


def test_a_failed_write_is_not_acknowledged(phones, monkeypatch):
    from pps_monitor.web import store

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(store.repo, "add_response", broken)
    csrf = open_form(phones.client, phones.base)
    response = post(phones, full_form(csrf))
    assert response.status_code == 503 and "Opslaan lukte niet" in response.text
    assert phones.stored() == 0 and phones.room.count == 0
    monkeypatch.undo()
    assert post(phones, full_form(csrf)).status_code == 303  # sending again works
    assert phones.stored() == 1


def test_one_browser_sending_twice_at_the_same_moment_is_one_questionnaire(phones):
    import concurrent.futures

    csrf = open_form(phones.client, phones.base)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        codes = list(pool.map(lambda _: post(phones, full_form(csrf)).status_code, range(4)))
    assert 303 in codes and set(codes) <= {303, 409}
    assert phones.stored() == 1 and phones.room.count == 1


def test_every_browser_gets_its_own_form_token_in_the_shared_page(phones):
    from pps_monitor.web.app import _CSRF_SLOT

    first, second = phones.client, phones.new_client()
    pages = [c.get(phones.base).text for c in (first, second, first)]
    tokens = [open_form(c, phones.base) for c in (first, second)]
    assert tokens[0] != tokens[1]
    assert all(_CSRF_SLOT not in page for page in pages)
    assert tokens[0] in pages[0] and tokens[1] in pages[1]
