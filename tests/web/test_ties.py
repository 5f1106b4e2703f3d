"""The tie questions on the phone page (issue 18), Starlette TestClient: the flow, every
refusal (plain words, nothing stored) and that a phone's tie answers have no link to its
questionnaire."""

from __future__ import annotations

import re

import pytest

from pps_monitor.domain.ties import QUALITY_ITEMS, TIE_ITEMS
from pps_monitor.web.app import COOKIE
from pps_monitor.web.forms import tie_field
from tests.web.conftest import CSRF, full_form, open_form

GEMEENTE, BAKKERIJ, WERKBEDRIJF = "Gemeente Delft", "Bakkerij <b>Jansen</b>", "Werkbedrijf Delfland"


@pytest.fixture
def orgs(tie_round_db) -> dict[str, str]:
    return tie_round_db[2]


def send_main(phones, client=None) -> str:
    """Send a questionnaire like a phone; return the form's CSRF token."""
    client = client or phones.client
    csrf = open_form(client, phones.base)
    response = client.post(f"{phones.base}/send", data=full_form(csrf), follow_redirects=False)
    assert response.status_code == 303
    return csrf


def tie_form(csrf: str, own: str, ratings: dict[str, dict[str, str]], **extra: str) -> dict:
    data = {"csrf": csrf, "lang": "nl", "org": own}
    for target, answers in ratings.items():
        data.update({tie_field(target, code): value for code, value in answers.items()})
    data.update(extra)
    return data


def rate(freq: str, quality: str) -> dict[str, str]:
    return {"frequency": freq, **dict.fromkeys(QUALITY_ITEMS, quality)}


def post_ties(phones, data, client=None, **headers):
    client = client or phones.client
    return client.post(
        f"{phones.base}/ties?lang=nl", data=data, headers=headers, follow_redirects=False
    )


def plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_a_phone_sends_its_tie_answers_after_the_questionnaire(tie_phones, orgs):
    gem, bak, wb = orgs[GEMEENTE], orgs[BAKKERIJ], orgs[WERKBEDRIJF]
    csrf = send_main(tie_phones)
    thanks = tie_phones.client.get(f"{tie_phones.base}/thanks?lang=nl").text
    assert "Beoordeel ook de samenwerking met de andere organisaties" in thanks
    assert f'href="{tie_phones.base}/ties?lang=nl"' in thanks

    first = tie_phones.client.get(f"{tie_phones.base}/ties?lang=nl")
    assert first.status_code == 200
    text = plain(first.text)
    # First: kept apart, not linked, the organisation asked for this part only.
    assert "apart van uw vragenlijst" in text and "niet aan gekoppeld" in text
    assert "Alleen voor dit deel vragen we bij welke organisatie u hoort" in text
    assert "minstens 5 mensen" in text  # the partnership's breakdown minimum
    assert text.index("apart van uw vragenlijst") < text.index("Bij welke organisatie hoort u?")
    assert f'href="{tie_phones.base}?' not in first.text  # no way back into the questionnaire
    assert "Bakkerij &lt;b&gt;Jansen&lt;/b&gt;" in first.text and "<b>Jansen" not in first.text
    for oid in orgs.values():
        assert f'name="org" value="{oid}"' in first.text

    page = tie_phones.client.get(f"{tie_phones.base}/ties?lang=nl&org={gem}").text
    assert f'name="org" value="{gem}"' in page
    assert tie_field(gem, "frequency") not in page  # never the own organisation
    for other in (bak, wb):
        for code in TIE_ITEMS:
            assert f'name="{tie_field(other, code)}"' in page
    assert "Hoe vaak werkt uw organisatie samen met Werkbedrijf Delfland?" in page
    assert "Wij en Werkbedrijf Delfland vertrouwen en respecteren elkaar." in page
    assert CSRF.search(page).group(1) == csrf

    data = tie_form(csrf, gem, {bak: rate("4", "5"), wb: {"frequency": "dk", "trust": "2"}})
    response = post_ties(tie_phones, data)
    assert response.status_code == 303
    assert response.headers["location"] == f"{tie_phones.base}/thanks?lang=nl"
    (person,) = tie_phones.tie_rows()
    assert person["organisation_id"] == gem and person["released"] == 0
    expected = {(bak, code): v for code, v in rate("4", "5").items()}
    expected = {k: int(v) for k, v in expected.items()}
    expected.update({(wb, code): None for code in TIE_ITEMS})
    expected[(wb, "trust")] = 2
    assert person["answers"] == expected  # every other organisation, every item
    assert tie_phones.stored() == 1 and tie_phones.room.count == 1  # tie answers: no count

    thanks = tie_phones.client.get(response.headers["location"]).text
    assert (
        "zijn ook opgeslagen" in thanks and "Antwoorden over de samenwerking veranderen" in thanks
    )


def test_the_tie_pages_speak_english(tie_phones, orgs):
    send_main(tie_phones)
    thanks = tie_phones.client.get(f"{tie_phones.base}/thanks?lang=en").text
    assert "Also rate the collaboration with the other organisations" in thanks
    text = plain(tie_phones.client.get(f"{tie_phones.base}/ties?lang=en").text)
    assert "We keep these answers apart from your questionnaire. They are not linked to it" in text
    assert "For this part only, we ask which organisation you belong to" in text
    page = tie_phones.client.get(f"{tie_phones.base}/ties?lang=en&org={orgs[GEMEENTE]}").text
    assert "How often does your organisation work with Werkbedrijf Delfland?" in page
    assert "Don&#39;t know / no contact" in page and "Strongly agree" in page
    assert '<option value="4" >Weekly</option>' in page


def test_a_second_send_replaces_the_first_and_the_form_comes_back_filled_in(tie_phones, orgs):
    gem, bak, wb = orgs[GEMEENTE], orgs[BAKKERIJ], orgs[WERKBEDRIJF]
    csrf = send_main(tie_phones)
    assert post_ties(tie_phones, tie_form(csrf, gem, {bak: rate("1", "2")})).status_code == 303
    (first,) = tie_phones.tie_rows()
    page = tie_phones.client.get(f"{tie_phones.base}/ties?lang=nl").text  # as last sent
    assert f'name="org" value="{gem}"' in page
    assert page.count('value="2" checked') == len(QUALITY_ITEMS)
    assert re.search(r'<option value="1" selected>', page)
    assert post_ties(tie_phones, tie_form(csrf, wb, {gem: rate("5", "4")})).status_code == 303
    (second,) = tie_phones.tie_rows()
    assert second["organisation_id"] == wb and second["answers"][(gem, "trust")] == 4
    assert second["uuid"] != first["uuid"]
    # Choosing again starts from the choice, with the organisation last sent marked.
    choose = tie_phones.client.get(f"{tie_phones.base}/ties?lang=nl&org=").text
    assert f'name="org" value="{wb}" required checked' in choose


def test_no_change_after_the_tie_figures_were_shown(tie_phones, orgs):
    from pps_monitor.storage import ties
    from pps_monitor.storage.database import open_database

    gem, bak = orgs[GEMEENTE], orgs[BAKKERIJ]
    csrf = send_main(tie_phones)
    assert post_ties(tie_phones, tie_form(csrf, gem, {bak: rate("1", "2")})).status_code == 303
    db = open_database(tie_phones.path, create=False)
    ties.release_ties(db, tie_phones.round_id)
    db.close()
    response = post_ties(tie_phones, tie_form(csrf, gem, {bak: rate("5", "5")}))
    assert response.status_code == 409
    assert "kunnen niet meer veranderen" in response.text
    (person,) = tie_phones.tie_rows()
    assert person["answers"][(bak, "trust")] == 2 and person["released"] == 1
    # Another phone's first tie answers are still taken (held back, as pending).
    other = tie_phones.new_client()
    other_csrf = send_main(tie_phones, other)
    answer = tie_form(other_csrf, bak, {gem: rate("3", "3")})
    assert post_ties(tie_phones, answer, client=other).status_code == 303
    assert sorted(p["released"] for p in tie_phones.tie_rows()) == [0, 1]


def test_two_phones_are_two_tie_respondents(tie_phones, orgs):
    gem, bak = orgs[GEMEENTE], orgs[BAKKERIJ]
    other = tie_phones.new_client()
    for client, own, target in ((tie_phones.client, gem, bak), (other, bak, gem)):
        csrf = send_main(tie_phones, client)
        data = tie_form(csrf, own, {target: rate("3", "4")})
        assert post_ties(tie_phones, data, client=client).status_code == 303
    assert sorted(p["organisation_id"] for p in tie_phones.tie_rows()) == sorted([gem, bak])


@pytest.mark.parametrize(
    ("change", "status", "message"),
    [
        ({"org": "not-an-organisation"}, 400, "Kies bij welke organisatie u hoort"),
        ({"org": ""}, 400, "Kies bij welke organisatie u hoort"),
        ({"own": "5"}, 400, "U kunt uw eigen organisatie niet beoordelen"),
        ({"t.not-an-organisation.trust": "3"}, 400, "hoort niet bij deze samenwerking"),
        ({"bak.frequency": "6"}, 400, "Het formulier klopt niet"),
        ({"bak.frequency": "-1"}, 400, "Het formulier klopt niet"),
        ({"bak.frequency": "2.0"}, 400, "Het formulier klopt niet"),
        ({"bak.trust": "0"}, 400, "Het formulier klopt niet"),
        ({"bak.trust": "6"}, 400, "Het formulier klopt niet"),
        ({"bak.trust": "3.5"}, 400, "Het formulier klopt niet"),
        ({"bak.trust": "٣"}, 400, "Het formulier klopt niet"),  # a digit, not ours
        ({"bak.speed": "3"}, 400, "Het formulier klopt niet"),
        ({"t.x": "3"}, 400, "Het formulier klopt niet"),
        ({"source": "paper"}, 400, "Het formulier klopt niet"),
        ({"respondent_id": "1"}, 400, "Het formulier klopt niet"),
    ],
)
def test_tie_answers_outside_the_module_are_refused(tie_phones, orgs, change, status, message):
    gem, bak = orgs[GEMEENTE], orgs[BAKKERIJ]
    csrf = send_main(tie_phones)
    data = tie_form(csrf, gem, {bak: rate("3", "4")})
    for name, value in change.items():
        if name == "own":
            data[tie_field(gem, "trust")] = value
        elif name.startswith("bak."):
            data[tie_field(bak, name[4:])] = value
        else:
            data[name] = value
    response = post_ties(tie_phones, data)
    assert response.status_code == status
    assert message in response.text and "Er is niets opgeslagen" in response.text
    assert f'href="{tie_phones.base}/ties?lang=nl"' in response.text  # back to the tie page
    assert tie_phones.tie_rows() == []


def test_a_tie_form_that_answers_nothing_comes_back(tie_phones, orgs):
    gem, bak, wb = orgs[GEMEENTE], orgs[BAKKERIJ], orgs[WERKBEDRIJF]
    csrf = send_main(tie_phones)
    data = tie_form(csrf, gem, {bak: {"frequency": "", "trust": "dk"}, wb: {"frequency": "dk"}})
    response = post_ties(tie_phones, data)
    assert response.status_code == 422
    assert "U heeft over geen enkele organisatie een antwoord gegeven" in response.text
    assert f'name="org" value="{gem}"' in response.text  # the same form, filled in
    assert 'value="dk" checked' in response.text
    assert tie_phones.tie_rows() == []


def test_a_missing_or_foreign_csrf_token_is_refused(tie_phones, orgs):
    gem, bak = orgs[GEMEENTE], orgs[BAKKERIJ]
    csrf = send_main(tie_phones)
    data = tie_form(csrf, gem, {bak: rate("3", "4")})
    del data["csrf"]
    assert post_ties(tie_phones, data).status_code == 403
    assert post_ties(tie_phones, tie_form("0" * 64, gem, {bak: rate("3", "4")})).status_code == 403
    other = tie_phones.new_client()
    other_csrf = open_form(other, tie_phones.base)
    response = post_ties(tie_phones, tie_form(other_csrf, gem, {bak: rate("3", "4")}))
    assert response.status_code == 403
    assert "Dit formulier hoort niet bij deze vragenlijst" in response.text
    assert tie_phones.tie_rows() == []


@pytest.mark.parametrize(
    "headers",
    [{"origin": "http://evil.example"}, {"origin": "null"}, {"referer": "http://evil.example/"}],
)
def test_a_cross_site_tie_post_is_refused(tie_phones, orgs, headers):
    csrf = send_main(tie_phones)
    data = tie_form(csrf, orgs[GEMEENTE], {orgs[BAKKERIJ]: rate("3", "4")})
    response = post_ties(tie_phones, data, **headers)
    assert response.status_code == 403 and "andere website" in response.text
    assert tie_phones.tie_rows() == []


def test_a_tie_post_without_the_phones_cookie_is_refused(tie_phones, orgs):
    csrf = send_main(tie_phones)
    bare = tie_phones.new_client()
    data = tie_form(csrf, orgs[GEMEENTE], {orgs[BAKKERIJ]: rate("3", "4")})
    response = post_ties(tie_phones, data, client=bare)
    assert response.status_code == 403 and "Zet cookies aan" in response.text
    assert tie_phones.tie_rows() == []


def test_an_oversized_tie_body_is_refused(tie_phones, orgs):
    csrf = send_main(tie_phones)
    data = tie_form(csrf, orgs[GEMEENTE], {orgs[BAKKERIJ]: rate("3", "4")})
    big = "&".join(f"{k}={v}" for k, v in data.items()) + "&x=" + "a" * 70_000
    response = tie_phones.client.post(
        f"{tie_phones.base}/ties",
        content=big,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 413 and "te groot" in response.text
    assert tie_phones.tie_rows() == []


def test_a_closed_session_or_round_refuses_tie_answers(tie_phones, orgs):
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage.database import open_database

    csrf = send_main(tie_phones)
    data = tie_form(csrf, orgs[GEMEENTE], {orgs[BAKKERIJ]: rate("3", "4")})
    db = open_database(tie_phones.path, create=False)
    repo.set_round_status(db, tie_phones.round_id, "closed")  # closed in the app
    db.close()
    response = post_ties(tie_phones, data)
    assert response.status_code == 410 and "Deze ronde is gesloten" in response.text
    tie_phones.room.close()  # the session closed: the same closed page everywhere
    for response in (
        post_ties(tie_phones, data),
        tie_phones.client.get(f"{tie_phones.base}/ties?lang=nl"),
    ):
        assert response.status_code == 410 and "Deze ronde is gesloten" in response.text
    assert tie_phones.tie_rows() == []


def test_tie_questions_come_after_the_questionnaire(tie_phones, orgs):
    csrf = open_form(tie_phones.client, tie_phones.base)
    page = tie_phones.client.get(f"{tie_phones.base}/ties?lang=nl", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == f"{tie_phones.base}?lang=nl"
    response = post_ties(
        tie_phones, tie_form(csrf, orgs[GEMEENTE], {orgs[BAKKERIJ]: rate("3", "4")})
    )
    assert response.status_code == 409 and "Stuur eerst de vragenlijst" in response.text
    assert tie_phones.tie_rows() == []


def test_a_phone_of_a_round_without_the_tie_module_is_not_offered_them(phones):
    from pps_monitor.storage.database import open_database

    csrf = send_main(phones)
    thanks = phones.client.get(f"{phones.base}/thanks?lang=nl").text
    assert "/ties" not in thanks and "Beoordeel ook" not in thanks
    page = phones.client.get(f"{phones.base}/ties?lang=nl")
    assert page.status_code == 404 and "geen vragen over de samenwerking" in page.text
    response = post_ties(phones, {"csrf": csrf, "lang": "nl", "org": "x", "t.y.trust": "3"})
    assert response.status_code == 404 and "geen vragen over de samenwerking" in response.text
    db = open_database(phones.path, create=False)
    try:
        assert db.execute("SELECT count(*) FROM tie_respondents").fetchone()[0] == 0
    finally:
        db.close()


def test_a_session_for_another_group_has_no_tie_questions(tie_round_db):
    from pps_monitor.domain.instrument import group_default
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage import ties
    from pps_monitor.storage.database import open_database
    from pps_monitor.web.store import load_round

    path, _, _ = tie_round_db
    db = open_database(path, create=False)
    pid = repo.list_partnerships(db)[0]["id"]
    rid = repo.create_round(
        db,
        pid,
        "Najaar",
        "2026-09-01",
        group_default("partners"),
        parts=[group_default("workers")],
    )
    ties.set_tie_module(db, rid, True)
    assert load_round(db, rid, "partners").ties is not None
    assert load_round(db, rid, "workers").ties is None
    db.close()


def test_a_failed_tie_write_is_not_acknowledged_and_the_form_comes_back(
    tie_phones, orgs, monkeypatch
):
    from pps_monitor.web import store

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    csrf = send_main(tie_phones)
    monkeypatch.setattr(store.tie_store, "add_tie_responses", broken)
    data = tie_form(csrf, orgs[GEMEENTE], {orgs[BAKKERIJ]: rate("3", "4")})
    response = post_ties(tie_phones, data)
    assert response.status_code == 503 and "Opslaan lukte niet" in response.text
    assert response.text.count('value="4" checked') == len(QUALITY_ITEMS)
    assert tie_phones.tie_rows() == []
    monkeypatch.undo()
    assert post_ties(tie_phones, data).status_code == 303
    assert len(tie_phones.tie_rows()) == 1


def test_the_tie_page_has_no_inline_script_or_style_and_no_external_resource(tie_phones, orgs):
    send_main(tie_phones)
    for query in ("", f"&org={orgs[GEMEENTE]}"):
        html = tie_phones.client.get(f"{tie_phones.base}/ties?lang=nl{query}").text
        assert "<script>" not in html and "style=" not in html and "<style" not in html
        assert "http://" not in html and "https://" not in html


# --- privacy: no link between a phone's questionnaire and its tie answers --------------


def test_the_stored_tie_respondent_has_no_link_to_the_main_respondent(tie_phones, orgs):
    from pps_monitor.storage.database import open_database

    gem, bak = orgs[GEMEENTE], orgs[BAKKERIJ]
    csrf = send_main(tie_phones)
    assert post_ties(tie_phones, tie_form(csrf, gem, {bak: rate("3", "4")})).status_code == 303
    (tie,) = tie_phones.tie_rows()
    db = open_database(tie_phones.path, create=False)
    try:
        (main,) = list(db.query("SELECT * FROM respondents"))
        # Nothing of the main respondent is in the tie tables, and the other way round.
        main_marks = {str(v) for k, v in main.items() if k in ("id", "uuid") and v is not None}
        tie_marks = {str(tie["id"]), tie["uuid"]}
        assert not main_marks & tie_marks
        for table in ("tie_respondents", "tie_answers"):
            for row in db.execute(f"SELECT * FROM {table}").fetchall():
                assert not {str(v) for v in row} & main_marks
        for table in ("respondents", "answers", "comments"):
            for row in db.execute(f"SELECT * FROM {table}").fetchall():
                assert not {str(v) for v in row} & tie_marks
                assert gem not in {str(v) for v in row}  # the organisation stays with the ties

        # No column of either record can point at the other.
        def refers(table: str) -> set[str]:
            return {row[2] for row in db.execute(f"PRAGMA foreign_key_list({table})")}

        assert refers("tie_respondents") == {"rounds", "organisations"}
        assert refers("tie_answers") == {"tie_respondents", "organisations"}
        for table in ("respondents", "answers", "comments"):
            assert not {t for t in refers(table) if t.startswith("tie_")}
        columns = {row[1] for row in db.execute("PRAGMA table_info(tie_respondents)")}
        assert columns == {"id", "uuid", "round_id", "organisation_id", "released"}
    finally:
        db.close()
    # The two ids meet only in the session's memory, which closing drops.
    token = tie_phones.client.cookies.get(COOKIE)
    visitor = tie_phones.room.visitor(token)
    assert visitor is not None and visitor.tie_id == tie["uuid"]
    tie_phones.room.close()
    assert tie_phones.room.visitor(token) is None and not tie_phones.room._visitors


def test_nothing_about_the_device_is_stored_with_tie_answers(tie_phones, orgs):
    csrf = send_main(tie_phones)
    data = tie_form(csrf, orgs[GEMEENTE], {orgs[BAKKERIJ]: rate("3", "4")})
    headers = {"user-agent": "UniqueAgent/9.9", "x-forwarded-for": "10.9.9.9"}
    assert post_ties(tie_phones, data, **headers).status_code == 303
    wal = tie_phones.path.with_name(tie_phones.path.name + "-wal")
    raw = tie_phones.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"UniqueAgent" not in raw and b"10.9.9.9" not in raw and b"testclient" not in raw
