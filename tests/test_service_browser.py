"""The viewer in headless Chromium against a real server: search, open a series, open a redline, follow
a change to its clause; by keyboard and on a phone-sized screen.  A screenshot of each page is kept under
``tests/artefacts/`` (not committed).  Skipped only when Chromium is absent, as the redline's own browser
test is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import needs_browser, start_chromium
from service_server import Server, running_server
from service_support import build_store

ARTEFACTS = Path(__file__).parent / "artefacts" / "service"

pytestmark = [needs_browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    store = build_store(tmp_path_factory.mktemp("browser"))
    with running_server(Path(store.location)) as running:
        yield running


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    browser = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    try:
        yield browser
    finally:
        browser.quit()


def shot(driver: Any, name: str) -> None:
    driver.save_screenshot(str(ARTEFACTS / f"{name}.png"))
    assert (ARTEFACTS / f"{name}.png").stat().st_size > 1000
    errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors, errors


def loaded_text(driver: Any, tag: str, wanted: str, seconds: float = 20.0) -> str:
    """The text of the first ``tag`` element once ``wanted`` (a regular expression) is found in it: a form
    submitted or a link followed loads a new page, which a loaded machine may not have shown by the next
    command."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def found(browser: Any) -> str | None:
        elements = browser.find_elements(By.TAG_NAME, tag)
        text = elements[0].text if elements else ""
        return text if re.search(wanted, text) else None

    wait = WebDriverWait(driver, seconds, ignored_exceptions=(StaleElementReferenceException,))
    text: str = wait.until(found)
    return text


def test_search_series_redline_and_clause(driver: Any, server: Server) -> None:
    from selenium.webdriver.common.by import By

    driver.set_window_size(1280, 1000)
    driver.get(server.url + "/")
    shot(driver, "1-list")
    box = driver.find_element(By.NAME, "q")
    box.send_keys("collective security")
    session = driver.find_element(By.NAME, "session")
    session.send_keys("79")
    session.submit()
    assert "1 resolution(s)" in loaded_text(driver, "main", r"(?<!\d)1 resolution\(s\)")
    shot(driver, "2-search")

    driver.find_element(By.LINK_TEXT, "A/RES/79/10").click()
    gaps = [gap.text for gap in driver.find_elements(By.CSS_SELECTOR, "ol.timeline li.gap")]
    assert any("A/RES/77/13" in gap and "not held" in gap for gap in gaps)
    shot(driver, "3-series")

    driver.find_elements(By.LINK_TEXT, "redline from previous")[-1].click()
    assert driver.find_elements(By.CSS_SELECTOR, "del") and driver.find_elements(By.CSS_SELECTOR, "ins")
    shot(driver, "4-redline")

    link = driver.find_element(By.CSS_SELECTOR, "#redline-inline a.clause-link.side-new")
    clause = link.get_attribute("href").rsplit("#", 1)[1]
    link.click()
    target = driver.find_element(By.ID, clause)
    assert driver.execute_script("return document.querySelector(':target') === arguments[0]", target)
    assert target.is_displayed()
    shot(driver, "5-clause")


def test_the_viewer_works_by_keyboard(driver: Any, server: Server) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver.set_window_size(1280, 1000)
    driver.get(server.url + "/")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    focused = driver.switch_to.active_element
    assert focused.text == "Skip to the content"
    for _ in range(20):  # tab on to the first resolution and open it with Enter
        driver.switch_to.active_element.send_keys(Keys.TAB)
        if driver.switch_to.active_element.text == "A/RES/67/6":
            break
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    assert driver.current_url.endswith("/view/resolutions/A%2FRES%2F67%2F6")
    shot(driver, "6-keyboard")


def test_the_redline_fits_a_phone(driver: Any, server: Server) -> None:
    driver.set_window_size(390, 844)
    driver.get(server.url + "/view/redline?old=A/RES/73/331&new=A/RES/75/276")
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 1
    shot(driver, "7-phone-redline")
