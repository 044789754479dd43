"""Swagger UI and ReDoc in a real headless Chromium, with every non-local request blocked.

Uses Debian's `chromium` (apt-get install -y chromium chromium-driver), driven by Playwright
for Python; Playwright's own browser download is never used. Every request the browser makes
goes through a route handler that lets localhost/127.0.0.1 through and aborts, and records,
anything else: the docs must work on a network with no internet, and the test proves no
request even tried to leave the machine.
"""

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.e2e.conftest import LiveServer, artifact, require_tool

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}
TIMEOUT_MS = 30_000
SCROLL_TO_NTM_I = """el => {
  const text = el.textContent;
  const line = text.slice(0, text.indexOf('"slug": "ntm-i"')).split("\\n").length - 1;
  const height = parseFloat(getComputedStyle(el).lineHeight) || 14;
  let box = el;
  while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
  if (box) box.scrollTop = Math.max(0, (line - 2) * height);
}"""


class Browser:
    """One Chromium profile (new and empty) whose non-local requests are blocked and recorded."""

    def __init__(self, context: "object") -> None:
        self.context = context
        self.local: list[str] = []
        self.blocked: list[str] = []


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    require_tool(
        Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is not None,
        f"Chromium ({CHROMIUM})",
        "apt-get install -y chromium chromium-driver",
    )
    try:
        from playwright import sync_api
    except ImportError:  # pragma: no cover - dev extras not installed
        require_tool(False, "Playwright for Python", "pip install -e '.[dev]'")
        raise
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=LAUNCH_ARGS,
            viewport={"width": 1280, "height": 900},
            service_workers="block",
        )
        state = Browser(context)

        def gate(route: "object", request: "object") -> None:
            url = request.url  # type: ignore[attr-defined]
            parts = urlsplit(url)
            if parts.scheme in {"data", "blob", "about"} or parts.hostname in LOCAL_HOSTS:
                state.local.append(url)
                route.continue_()  # type: ignore[attr-defined]
            else:
                state.blocked.append(url)
                route.abort("blockedbyclient")  # type: ignore[attr-defined]

        context.route("**/*", gate)
        # Requests that bypass routing (there should be none) are still seen here.
        context.on(
            "request",
            lambda r: (
                None
                if urlsplit(r.url).scheme in {"data", "blob", "about"}
                or urlsplit(r.url).hostname in LOCAL_HOSTS
                or r.url in state.blocked
                else state.blocked.append(r.url)
            ),
        )
        try:
            yield state
        finally:
            context.close()


def open_page(browser: Browser, url: str) -> tuple["object", list[str]]:
    """A new tab at `url`; the list collects script errors and console errors (CSP too)."""
    from playwright.sync_api import expect

    page = browser.context.new_page()  # type: ignore[attr-defined]
    page.set_default_timeout(TIMEOUT_MS)
    # expect() waits 5 s by default: too short on a loaded 2-core machine (a CI failure).
    expect.set_options(timeout=TIMEOUT_MS)
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on(
        "console",
        lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
    )
    page.goto(url, wait_until="networkidle")
    return page, problems


def test_swagger_ui_lists_operations_and_tries_list_missions(
    live_server: LiveServer, browser: Browser
) -> None:
    from playwright.sync_api import expect

    page, errors = open_page(browser, f"{live_server.base_url}/docs")

    # The operations list renders: every tag section and the missions operations.
    expect(page.locator(".opblock-tag-section").first).to_be_visible()
    op = page.locator("#operations-missions-list_missions")
    expect(op).to_be_visible()
    spec = page.request.get(f"{live_server.base_url}/openapi.json").json()
    operations = sum(len(item) for item in spec["paths"].values())
    # expect() retries until Swagger UI has rendered them all (slow on a loaded machine).
    expect(page.locator(".opblock")).to_have_count(operations)
    expect(page.locator(".opblock-tag-section")).to_have_count(len(spec["tags"]))
    overview = artifact("swagger-ui.png")
    page.screenshot(path=str(overview))

    # Try it out: GET /api/v1/missions, executed by the page itself.
    op.locator(".opblock-summary").click()
    op.get_by_role("button", name="Try it out").click()
    op.get_by_role("button", name="Execute").click()
    status = op.locator(".live-responses-table .response .response-col_status").first
    expect(status).to_have_text(re.compile(r"^\s*200"))
    body = op.locator(".live-responses-table .response-col_description pre").first
    expect(body).to_contain_text("NTM-I")
    expect(body).to_contain_text('"slug": "ntm-i"')
    # Frame the answer: the request URL, the 200 and the start of the body.
    op.locator(".request-url").scroll_into_view_if_needed()
    page.evaluate(
        "y => window.scrollBy(0, y)", op.locator(".request-url").bounding_box()["y"] - 120
    )
    # ... and scroll the body to NTM-I.
    body.evaluate(SCROLL_TO_NTM_I)
    shot = artifact("swagger-ui-try-list-missions.png")
    page.screenshot(path=str(shot), full_page=False)
    print(f"screenshot: {shot}")

    # A detail: Try it out starts with the documented example key, which exists.
    detail = page.locator("#operations-missions-get_mission")
    detail.locator(".opblock-summary").click()
    detail.get_by_role("button", name="Try it out").click()
    expect(detail.locator("tr[data-param-name='slug'] input")).to_have_value("ntm-i")
    detail.get_by_role("button", name="Execute").click()
    expect(
        detail.locator(".live-responses-table .response .response-col_status").first
    ).to_have_text(re.compile(r"^\s*200"))
    expect(
        detail.locator(".live-responses-table .response-col_description pre").first
    ).to_contain_text("NATO Training Mission-Iraq")

    assert not errors, errors
    assert not browser.blocked, f"requests tried to leave localhost: {browser.blocked}"
    assert any(u.endswith("/api/v1/missions") or "/api/v1/missions?" in u for u in browser.local)
    assert any("/api/v1/missions/ntm-i" in u for u in browser.local)
    page.close()


def test_redoc_renders_every_operation(live_server: LiveServer, browser: Browser) -> None:
    from playwright.sync_api import expect

    page, errors = open_page(browser, f"{live_server.base_url}/redoc")
    expect(page.locator("h1").first).to_contain_text("coalition-kb")
    expect(page.locator(".menu-content")).to_contain_text("List missions")
    expect(
        page.get_by_role("button", name="get /api/v1/missions/{slug}", exact=True)
    ).to_be_attached()
    assert page.locator("[data-section-id^='tag/']").count() >= 7
    shot = artifact("redoc.png")
    page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")
    assert not errors, errors
    assert not browser.blocked, f"requests tried to leave localhost: {browser.blocked}"
    page.close()


def test_home_page_points_to_docs_spec_and_sources(
    live_server: LiveServer, browser: Browser
) -> None:
    page, errors = open_page(browser, f"{live_server.base_url}/")
    hrefs = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
    for target in ("/docs", "/redoc", "/openapi.json", "/api/v1/sources"):
        assert target in hrefs
    for href in hrefs:
        assert page.request.get(f"{live_server.base_url}{href}").status == 200, href
    assert not errors, errors
    assert not browser.blocked, f"requests tried to leave localhost: {browser.blocked}"
    page.close()
