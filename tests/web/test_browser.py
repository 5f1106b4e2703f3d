"""What a phone sees: the pages driven in a real headless Chromium at 360 x 640.

Needs Debian's ``chromium`` and ``chromium-driver`` (installed by .ci/run); skipped
with the reason when they are absent. Screenshots go to /tmp/phone-shots/ (or
$PPS_PHONE_SHOTS), never into the repository.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pps_monitor.web.session import PhoneSession
from tests.web.conftest import INST, respondents

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="headless browser tests need Debian's chromium and chromium-driver "
    "(apt-get install chromium chromium-driver)",
)
SHOTS = Path(os.environ.get("PPS_PHONE_SHOTS", "/tmp/phone-shots"))
WIDTH, HEIGHT = 360, 640


def make_driver(font_size: int | None = None):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        f"--window-size={WIDTH},{HEIGHT}",
        "--lang=nl",
    ):
        options.add_argument(arg)
    if font_size:
        # The system font enlarged, as a phone's accessibility setting does.
        options.add_experimental_option("prefs", {"webkit.webprefs.default_font_size": font_size})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 2, "mobile": True},
    )
    driver.implicitly_wait(0)
    return driver


@pytest.fixture
def session(round_db):
    path, rid = round_db
    s = PhoneSession(path, rid, host="127.0.0.1", port=0, lang="nl")
    s.start()
    yield s
    s.close()


@pytest.fixture
def browser():
    drivers = []

    def open_browser(**kwargs):
        drivers.append(make_driver(**kwargs))
        return drivers[-1]

    yield open_browser
    for d in drivers:
        d.quit()


def shot(driver, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def full_shot(driver, name: str) -> None:
    """The whole page, not only the first 640 pixels."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": WIDTH, "height": min(height, 4000), "deviceScaleFactor": 1, "mobile": True},
    )
    shot(driver, name)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 2, "mobile": True},
    )


def tap(driver, element) -> None:
    """Bring an element to the middle of the screen (clear of the sticky header), tap it."""
    driver.execute_script(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element
    )
    element.click()


def page_title(driver, expected: str) -> str:
    """Wait for a page whose first heading holds ``expected``; return the main text."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    def arrived(d):
        # While the browser swaps documents, Chromium may answer with a stale
        # element or with "Node ... does not belong to the document"; both mean
        # "not there yet".  One script call reads the heading atomically.
        try:
            text = d.execute_script(
                "const h = document.querySelector('h1'); return h ? h.innerText : ''"
            )
        except WebDriverException:
            return False
        return expected in (text or "")

    try:
        WebDriverWait(driver, 10).until(arrived)
    except Exception:
        pytest.fail(f"expected a page titled {expected!r}, got: {css(driver, 'main').text}")
    return css(driver, "main").text


def css(driver, selector):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, selector)


def visible_screen(driver) -> str:
    return driver.execute_script("return document.querySelector('.screen:not([hidden])').id")


def heading(driver) -> str:
    return css(driver, ".screen:not([hidden]) h1, .screen:not([hidden]) h2").text


def click_next(driver) -> None:
    tap(driver, css(driver, ".screen:not([hidden]) button.next"))


def click_back(driver) -> None:
    tap(driver, css(driver, ".screen:not([hidden]) button.back"))


def answer_screen(driver, value: str, skip: tuple[str, ...] = ()) -> list[str]:
    """Answer every statement on the visible screen by tapping its button."""
    from selenium.webdriver.common.by import By

    codes = [
        f.get_attribute("data-code")
        for f in driver.find_elements(By.CSS_SELECTOR, ".screen:not([hidden]) fieldset.item")
    ]
    for code in codes:
        if code in skip:
            continue
        label = css(driver, f'input[name="a.{code}"][value="{value}"]').find_element(By.XPATH, "..")
        tap(driver, label)
    return codes


def checked(driver, code: str) -> str | None:
    return driver.execute_script(
        "var el = document.querySelector('input[name=\"a.' + arguments[0] + '\"]:checked');"
        "return el ? el.value : null;",
        code,
    )


def no_sideways_scroll(driver) -> bool:
    return driver.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth]"
    ) == [WIDTH, WIDTH]


def test_a_phone_answers_in_dutch_reloads_goes_back_and_sends(session, browser, round_db):
    from selenium.webdriver.common.by import By

    driver = browser()
    driver.get(session.join_url)
    assert heading(driver) == "Welkom"
    steps = len(INST.dimensions) + -(-len(INST.risks) // 6) + 3  # risks 6 a screen
    assert css(driver, "#step").text == f"Stap 1 van {steps}"
    assert no_sideways_scroll(driver)
    shot(driver, "nl-1-welcome")

    click_next(driver)
    first = INST.dimensions[0]
    assert heading(driver) == first.name("nl")
    assert css(driver, "#step").text == f"Stap 2 van {steps}"
    codes = answer_screen(driver, "4")
    assert no_sideways_scroll(driver)
    shot(driver, "nl-2-dimension")
    full_shot(driver, "nl-2-dimension-full")
    click_next(driver)
    answer_screen(driver, "2")
    css(driver, ".screen:not([hidden]) textarea").send_keys("Goed overleg <b>vet</b>")
    click_next(driver)
    third = heading(driver)

    # A reload (or a phone that locked and dropped the page) keeps answers and screen.
    driver.refresh()
    assert heading(driver) == third
    assert [checked(driver, c) for c in codes] == ["4"] * len(codes)

    click_back(driver)
    assert heading(driver) == INST.dimensions[1].name("nl")
    assert css(driver, ".screen:not([hidden]) textarea").get_attribute("value") == (
        "Goed overleg <b>vet</b>"
    )
    click_next(driver)

    # Answer the rest, leaving one statement open, then find it from the review.
    left_open = INST.risks[0].code
    while visible_screen(driver) not in ("s-about",):
        answer_screen(driver, "3", skip=(left_open,))
        click_next(driver)
    tap(driver, css(driver, 'input[name="sector"][value="public"]').find_element(By.XPATH, ".."))
    shot(driver, "nl-3-about")
    click_next(driver)
    assert heading(driver) == "Nakijken en versturen"
    total = len(INST.items)
    assert f"{total - 1} van de {total}" in css(driver, "#summary").text
    jumps = driver.find_elements(By.CSS_SELECTOR, "#missing button.jump")
    assert len(jumps) == 1 and INST.risks[0].text("nl") in jumps[0].text
    full_shot(driver, "nl-4-review")
    tap(driver, jumps[0])
    assert driver.switch_to.active_element.get_attribute("name") == f"a.{left_open}"
    answer_screen(driver, "5")
    while visible_screen(driver) != "s-review":
        click_next(driver)
    assert "alle stellingen" in css(driver, "#summary").text
    assert not css(driver, "#confirm-label").is_displayed()
    tap(driver, css(driver, "button.send"))

    page_title(driver, "Verstuurd. Dank u wel!")
    shot(driver, "nl-5-thanks")
    assert respondents(*round_db) == 1 and session.count == 1
    assert driver.execute_script("return window.localStorage.length") == 0

    # Changing the answers: the form comes back filled in from the session.
    css(driver, "a.button").click()
    assert checked(driver, codes[0]) == "4"
    assert checked(driver, left_open) == "5"


def test_a_phone_answers_in_english_with_dont_know(session, browser, round_db):
    from selenium.webdriver.common.by import By

    driver = browser()
    driver.get(session.join_url)
    css(driver, 'a[hreflang="en"]').click()
    assert heading(driver) == "Welcome"
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    shot(driver, "en-1-welcome")
    click_next(driver)
    assert heading(driver) == INST.dimensions[0].name("en")
    answer_screen(driver, "dk")
    shot(driver, "en-2-dimension")
    click_next(driver)
    # Switching language midway keeps the answers.
    css(driver, 'a[hreflang="nl"]').click()
    assert heading(driver) == INST.dimensions[1].name("nl")
    css(driver, 'a[hreflang="en"]').click()
    assert checked(driver, INST.dimensions[0].items[0].code) == "dk"
    while visible_screen(driver) != "s-review":
        click_next(driver)
    n = len(INST.dimensions[0].items)
    total = len(INST.items)
    assert f"You answered {n} of the {total} statements." in css(driver, "#summary").text
    full_shot(driver, "en-3-review")
    tap(
        driver, css(driver, "button.send")
    )  # refused by the browser: the "don't know" box is required
    assert visible_screen(driver) == "s-review" and respondents(*round_db) == 0
    tap(driver, css(driver, "#confirm-label"))
    tap(driver, css(driver, "button.send"))
    page_title(driver, "Sent. Thank you!")
    shot(driver, "en-4-thanks")
    assert respondents(*round_db) == 1


def test_an_enlarged_font_still_fits_the_screen(session, browser):
    driver = browser(font_size=26)
    driver.get(session.join_url)
    click_next(driver)
    answer_screen(driver, "3")
    assert no_sideways_scroll(driver)
    shot(driver, "nl-6-large-font")


def test_without_javascript_the_page_is_one_plain_form(session, browser, round_db):
    from selenium.webdriver.common.by import By

    driver = browser()
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    driver.get(session.join_url)
    screens = driver.find_elements(By.CSS_SELECTOR, ".screen")
    assert all(s.is_displayed() for s in screens)
    for item in INST.items:
        label = css(driver, f'input[name="a.{item.code}"][value="3"]').find_element(By.XPATH, "..")
        tap(driver, label)
    tap(driver, css(driver, "button.send"))
    page_title(driver, "Verstuurd")
    assert respondents(*round_db) == 1


def test_after_close_a_late_phone_is_refused(session, browser, round_db):
    driver = browser()
    driver.get(session.join_url)
    click_next(driver)
    answer_screen(driver, "4")
    session.close(linger=30)
    while visible_screen(driver) != "s-review":
        click_next(driver)
    tap(driver, css(driver, "#confirm-label"))
    tap(driver, css(driver, "button.send"))
    page_title(driver, "Deze ronde is gesloten")
    shot(driver, "nl-7-closed")
    driver.get(session.join_url)
    page_title(driver, "Deze ronde is gesloten")
    assert respondents(*round_db) == 0


def test_a_screen_reader_hears_names_groups_and_progress(session, browser):
    driver = browser()
    driver.get(session.join_url)
    click_next(driver)
    code = INST.dimensions[0].items[0].code

    def ax(selector: str) -> dict:
        root = driver.execute_cdp_cmd("DOM.getDocument", {})["root"]["nodeId"]
        node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": selector})
        tree = driver.execute_cdp_cmd(
            "Accessibility.getPartialAXTree", {"nodeId": node["nodeId"], "fetchRelatives": False}
        )
        return tree["nodes"][0]

    radio = ax(f'input[name="a.{code}"][value="1"]')
    assert radio["role"]["value"] == "radio"
    assert radio["name"]["value"] == f"1, {INST.scale_labels[1]('nl')}"
    group = ax(f"#item-{code}")
    assert group["role"]["value"] == "group"
    assert INST.dimensions[0].items[0].text("nl") in group["name"]["value"]
    dont_know = ax(f'input[name="a.{code}"][value="dk"]')
    assert dont_know["name"]["value"] == INST.dont_know("nl")
    assert css(driver, "#step").get_attribute("aria-live") == "polite"
    # After "Next" the focus is on the new screen's heading, so reading starts there.
    assert driver.switch_to.active_element.tag_name == "h2"
