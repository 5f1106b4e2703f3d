"""The tie questions (issue 18) in a real headless Chromium at 360 x 640, in Dutch without
JavaScript and in English with it. Screenshots go to /tmp/phone-shots/ (see
test_browser.py)."""

from __future__ import annotations

import pytest

from pps_monitor.domain.ties import QUALITY_ITEMS
from pps_monitor.web.forms import tie_field
from pps_monitor.web.session import PhoneSession
from tests.web.conftest import tie_rows
from tests.web.test_browser import (
    CHROMEDRIVER,
    CHROMIUM,
    browser,  # noqa: F401 (a fixture)
    css,
    full_shot,
    no_sideways_scroll,
    page_title,
    shot,
    tap,
)

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="headless browser tests need Debian's chromium and chromium-driver",
)


@pytest.fixture
def tie_session(tie_round_db):
    path, rid, _ = tie_round_db
    s = PhoneSession(path, rid, host="127.0.0.1", port=0, lang="nl")
    s.start()
    yield s
    s.close()


def send_questionnaire(driver, sent_title: str) -> None:
    """The questionnaire itself (tested in test_browser.py): every statement 3, sent."""
    driver.execute_script(
        "document.querySelectorAll('input[type=radio][value=\"3\"]')"
        ".forEach(function (r) { r.checked = true; });"
        "document.getElementById('questionnaire').submit();"
    )
    page_title(driver, sent_title)


def rating_form(driver) -> str:
    """Wait for the rating form (its heading is the same as the choice's); the main text."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.getElementById('ties') !== null")
    )
    return page_title(driver, "")


def choose(driver, name: str, value: str) -> None:
    from selenium.webdriver.common.by import By

    tap(driver, css(driver, f'input[name="{name}"][value="{value}"]').find_element(By.XPATH, ".."))


def test_tie_questions_in_dutch_without_javascript(tie_session, tie_round_db, browser):  # noqa: F811
    from selenium.webdriver.support.ui import Select

    path, rid, orgs = tie_round_db
    gem, bak, wb = (
        orgs[n] for n in ("Gemeente Delft", "Bakkerij <b>Jansen</b>", "Werkbedrijf Delfland")
    )
    driver = browser()
    driver.get(tie_session.join_url)
    send_questionnaire(driver, "Verstuurd. Dank u wel!")
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    shot(driver, "ties-nl-1-thanks")
    tap(driver, css(driver, ".ties-offer a.button"))

    text = page_title(driver, "Samenwerken met de andere organisaties")
    assert "apart van uw vragenlijst" in text and "niet aan gekoppeld" in text
    assert no_sideways_scroll(driver)
    full_shot(driver, "ties-nl-2-choose")
    choose(driver, "org", gem)
    tap(driver, css(driver, "button.next"))

    rating_form(driver)
    assert "Uw organisatie: Gemeente Delft." in css(driver, ".yours").text
    assert css(driver, "#h-tie-1").text == "Bakkerij <b>Jansen</b>"  # shown as typed
    Select(css(driver, f'select[name="{tie_field(bak, "frequency")}"]')).select_by_value("4")
    for code in QUALITY_ITEMS:
        choose(driver, tie_field(bak, code), "4")
    Select(css(driver, f'select[name="{tie_field(wb, "frequency")}"]')).select_by_value("1")
    choose(driver, tie_field(wb, "trust"), "2")
    choose(driver, tie_field(wb, "goals"), "dk")
    assert no_sideways_scroll(driver)
    shot(driver, "ties-nl-3-rate")
    full_shot(driver, "ties-nl-3-rate-full")
    tap(driver, css(driver, "button.send"))

    text = page_title(driver, "Verstuurd. Dank u wel!")
    assert "zijn ook opgeslagen" in text
    shot(driver, "ties-nl-4-thanks")
    (person,) = tie_rows(path, rid)
    assert person["organisation_id"] == gem
    assert person["answers"][(bak, "frequency")] == 4 and person["answers"][(bak, "trust")] == 4
    assert person["answers"][(wb, "frequency")] == 1 and person["answers"][(wb, "trust")] == 2
    assert person["answers"][(wb, "goals")] is None
    assert tie_session.count == 1  # questionnaires; the tie answers are not counted


def test_tie_questions_in_english_with_a_second_send(tie_session, tie_round_db, browser):  # noqa: F811
    from selenium.webdriver.support.ui import Select

    path, rid, orgs = tie_round_db
    gem, wb = orgs["Gemeente Delft"], orgs["Werkbedrijf Delfland"]
    driver = browser(font_size=22)  # an enlarged system font as well
    driver.get(tie_session.join_url + "?lang=en")
    send_questionnaire(driver, "Sent. Thank you!")
    tap(driver, css(driver, ".ties-offer a.button"))
    text = page_title(driver, "Working with the other organisations")
    assert "We keep these answers apart from your questionnaire" in text
    assert "For this part only, we ask which organisation you belong to" in text
    assert no_sideways_scroll(driver)
    shot(driver, "ties-en-2-choose")
    choose(driver, "org", wb)
    tap(driver, css(driver, "button.next"))
    rating_form(driver)
    assert "How often does your organisation work with Gemeente Delft?" in css(driver, "main").text
    Select(css(driver, f'select[name="{tie_field(gem, "frequency")}"]')).select_by_value("5")
    for code in QUALITY_ITEMS:
        choose(driver, tie_field(gem, code), "5")
    assert no_sideways_scroll(driver)
    shot(driver, "ties-en-3-rate")
    full_shot(driver, "ties-en-3-rate-full")
    tap(driver, css(driver, "button.send"))
    assert "have been saved too" in page_title(driver, "Sent. Thank you!")

    # Change them: the form comes back as sent; a second send replaces the first.
    tap(driver, css(driver, ".ties-offer a.button"))
    rating_form(driver)
    assert css(driver, f'input[name="{tie_field(gem, "trust")}"][value="5"]').is_selected()
    choose(driver, tie_field(gem, "trust"), "2")
    tap(driver, css(driver, "button.send"))
    page_title(driver, "Sent. Thank you!")
    (person,) = tie_rows(path, rid)
    assert person["organisation_id"] == wb and person["answers"][(gem, "trust")] == 2
