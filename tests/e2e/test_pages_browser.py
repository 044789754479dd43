"""The HTML pages (issue 15) in headless Chromium, every non-local request blocked: the
mission page renders with its stylesheet under its script-free policy, and a screenshot of it
and of the highlighted article is saved under artifacts/ for a person to look at."""

import pytest

from tests.e2e.conftest import LiveServer, artifact
from tests.e2e.test_docs_browser import Browser, browser, open_page

pytestmark = [pytest.mark.e2e, pytest.mark.browser]
__all__ = ["browser"]  # the fixture, shared with the docs tests


def test_mission_page_renders_styled_with_nothing_blocked(
    live_server: LiveServer, browser: Browser
) -> None:
    from playwright.sync_api import expect

    page, errors = open_page(browser, f"{live_server.base_url}/kb/missions/ntm-i")
    expect(page.locator("h1")).to_contain_text("NATO Training Mission")
    expect(page.locator("#contributions")).to_be_visible()
    # The stylesheet applied (a CSP refusal would leave the header unstyled and log an error).
    header = page.eval_on_selector("header.site", "e => getComputedStyle(e).backgroundColor")
    assert header == "rgb(18, 38, 63)"
    shot = artifact("page-mission-ntm-i.png")
    page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")
    assert not errors, errors
    assert not browser.blocked, f"requests tried to leave localhost: {browser.blocked}"
    page.close()


def test_disputed_claims_show_struck_through_beside_the_correction(
    live_server: LiveServer, browser: Browser
) -> None:
    from playwright.sync_api import expect

    page, errors = open_page(browser, f"{live_server.base_url}/kb/missions/isaf")
    section = page.locator("#disputed")
    expect(section).to_be_visible()
    first = page.locator(".disputed-list > li").first
    expect(first.locator("del").first).to_be_visible()
    expect(first.locator(".correction").first).to_be_visible()
    section.scroll_into_view_if_needed()
    shot = artifact("page-mission-isaf-disputed.png")
    page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")
    assert not errors, errors
    assert not browser.blocked, f"requests tried to leave localhost: {browser.blocked}"
    page.close()


def test_home_page_timeline(live_server: LiveServer, browser: Browser) -> None:
    from playwright.sync_api import expect

    page, errors = open_page(browser, f"{live_server.base_url}/")
    chart = page.locator("#timeline ~ figure svg")
    expect(chart).to_be_visible()
    assert page.locator("#timeline ~ figure svg rect.bar").count() >= 5
    chart.scroll_into_view_if_needed()
    shot = artifact("page-home-timeline.png")
    page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")
    assert not errors, errors
    assert not browser.blocked, f"requests tried to leave localhost: {browser.blocked}"
    page.close()


def test_article_page_highlights_its_claims(live_server: LiveServer, browser: Browser) -> None:
    from playwright.sync_api import expect

    url = f"{live_server.base_url}/kb/sources/role-of-nato-and-partners-in-iraq"
    page, errors = open_page(browser, url)
    marks = page.locator(".fulltext mark.claim")
    expect(marks.first).to_be_visible()
    assert page.locator(".fulltext mark.claim.status-disputed").count() > 0
    page.locator("#report-card").scroll_into_view_if_needed()
    artifact_path = artifact("page-source-report-card.png")
    page.screenshot(path=str(artifact_path))
    page.locator(".fulltext mark.claim.status-disputed").first.scroll_into_view_if_needed()
    shot = artifact("page-source-highlighted-text.png")
    page.screenshot(path=str(shot))
    print(f"screenshots: {artifact_path}, {shot}")
    assert not errors, errors
    assert not browser.blocked, f"requests tried to leave localhost: {browser.blocked}"
    page.close()
