"""The web view in a real browser (headless Chromium, selenium): sign in, see the drafts,
confirm one and see it confirmed and relayed; a hostile client mail shows as text, runs no
script and loads nothing from its remote host; a wrong password is refused."""

from __future__ import annotations

from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from sqlalchemy import Engine, select

from models import Draft, OutboundMail
from tests.integration.browser import chromium, remote_host, serving
from tests.integration.web_support import PASSWORD, make_site


def shows(browser: object, css: str, text: str) -> None:
    """Wait (at most 10 s) until the element ``css`` holds ``text``: a click loads a page, and
    an element of the page before may vanish while it is read."""

    def holds(driver: object) -> bool:
        try:
            return text in driver.find_element(By.CSS_SELECTOR, css).text  # type: ignore[attr-defined]
        except WebDriverException:
            return False

    WebDriverWait(browser, 10).until(holds)  # type: ignore[arg-type]


def sign_in(browser: object, base: str, password: str = PASSWORD) -> None:
    browser.get(f"{base}/login")  # type: ignore[attr-defined]
    browser.find_element(By.NAME, "password").send_keys(password)  # type: ignore[attr-defined]
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()  # type: ignore[attr-defined]


def test_sign_in_see_the_drafts_and_confirm_one(sqlite_engine: Engine) -> None:
    site = make_site(sqlite_engine)
    with serving(site.web) as base, chromium() as browser:
        sign_in(browser, base, "not the password")
        shows(browser, "[role=alert]", "That password is not right.")
        sign_in(browser, base)
        shows(browser, "h1", "Today")
        assert "Drafts waiting for your decision" in browser.page_source
        browser.find_element(By.LINK_TEXT, "Drafts").click()
        shows(browser, "h1", "Drafts")
        browser.find_element(By.PARTIAL_LINK_TEXT, "Client Contact Report #1").click()
        shows(browser, "h1", "Client Contact Report #1")
        assert "Our budget is $25,000." in browser.page_source
        browser.find_element(By.ID, "confirm").click()
        shows(browser, "[role=status]", "Draft 1 confirmed and relayed.")
        assert "confirmed" in browser.find_element(By.TAG_NAME, "h1").text
    with site.rig.app.factory() as session:
        assert session.get_one(Draft, 1).status == "confirmed"
        assert session.scalars(select(OutboundMail).where(OutboundMail.kind == "relay")).all()


def test_hostile_mail_shows_as_text_runs_nothing_and_loads_nothing(
        sqlite_engine: Engine) -> None:
    with remote_host() as (remote, hits):
        site = make_site(sqlite_engine, remote=remote)
        with serving(site.web) as base, chromium() as browser:
            sign_in(browser, base)
            shows(browser, "h1", "Today")
            browser.get(f"{base}/drafts/2")
            shows(browser, "h1", "#2")
            try:
                alert = browser.switch_to.alert
                raise AssertionError(f"a script ran: {alert.text}")
            except NoAlertPresentException:
                pass
            source = browser.find_element(By.TAG_NAME, "pre").text
            assert "<script>alert('owned')</script>" in source  # shown, as text
            assert f'<img src="{remote}/pixel.png">' in source
            assert browser.find_element(By.TAG_NAME, "main").is_displayed()  # no <style> ran
            assert browser.find_elements(By.CSS_SELECTOR, "main img") == []
            assert browser.find_elements(By.CSS_SELECTOR, "a[href^=javascript]") == []
        assert hits == []  # the remote host was never asked for anything


def test_the_demo_in_the_browser_sign_in_see_its_drafts_confirm_one(tmp_path: object) -> None:
    """What `make demo` tells the user to open: the demo's own mail, drafts and password."""
    import contextlib
    import io
    from pathlib import Path

    from intake.app import build_app
    from intake.clock import FixedClock
    from intake.config import load
    from intake.demo.run import DEMO_NOW, DEMO_PASSWORD, DEMO_SECRET, run_demo
    from intake.web.app import create_web_app
    from intake.web.security import hash_password

    folder = Path(str(tmp_path)) / "demo"
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        assert run_demo(folder) == 0
    assert "intake hash-password" in printed.getvalue() and "web" in printed.getvalue()
    app = build_app(load(folder / "intake.toml"), clock=FixedClock(DEMO_NOW),
                    environ={"INTAKE_SECRET": DEMO_SECRET})
    web = create_web_app(app, password_hash=hash_password(DEMO_PASSWORD),
                         secret=DEMO_SECRET.encode())
    try:
        with serving(web) as base, chromium(390, 844) as browser:  # a phone's width
            sign_in(browser, base, DEMO_PASSWORD)
            shows(browser, "h1", "Today")
            assert "Harbor Foods" in browser.page_source
            browser.get(f"{base}/drafts/1")
            shows(browser, "h1", "Client Contact Report #1")
            browser.find_element(By.ID, "confirm").click()
            shows(browser, "[role=status]", "Draft 1 confirmed and relayed.")
            width = browser.execute_script("return document.documentElement.scrollWidth")
            assert width <= browser.execute_script("return window.innerWidth")  # no sideways
        with app.factory() as session:
            assert session.get_one(Draft, 1).status == "confirmed"
    finally:
        app.close()
