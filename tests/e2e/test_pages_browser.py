"""The HTML pages (issue 15) in headless Chromium, every non-local request blocked and
recorded (none is allowed): every page type renders with its stylesheet under its script-free
policy, shows what the API answers, passes axe-core with no serious or critical violation, and
is saved as a screenshot under artifacts/ for a person to look at; the list's facet and paging
links are followed.

axe-core is pinned in tools/axe (package.json + package-lock.json; `npm ci --ignore-scripts
--prefix tools/axe`, as .ci/run does) and evaluated in the page by the test itself: the pages'
policy lets no script of theirs run, and axe is no part of what they serve."""

import re
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import ROOT, LiveServer, artifact, require_tool
from tests.e2e.test_docs_browser import Browser, browser, open_page

pytestmark = [pytest.mark.e2e, pytest.mark.browser]
__all__ = ["browser"]  # the fixture, shared with the docs tests

AXE = ROOT / "tools" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
RUN_AXE = """() => axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(
  v => ({id: v.id, impact: v.impact, help: v.help,
         nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))})))"""


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page (moderate and minor ones are
    printed, not failed)."""
    require_tool(AXE.exists(), "axe-core (tools/axe)", "npm ci --ignore-scripts --prefix tools/axe")
    page.evaluate(Path(AXE).read_text())
    found = page.evaluate(RUN_AXE)
    for v in found:
        print(f"axe {v['impact']}: {v['id']} ({v['help']}) at {v['nodes']}")
    return [v for v in found if v["impact"] in ("serious", "critical")]


# Each page type: its URL, the API answer it shows, and the field its heading names.
PAGE_TYPES = [
    ("home", "/", None, None),
    ("mission-ntm-i", "/kb/missions/ntm-i", "/api/v1/missions/ntm-i", "name"),
    ("mission-mnf-i", "/kb/missions/mnf-i", "/api/v1/missions/mnf-i", "name"),
    ("nation-ita", "/kb/nations/ITA", "/api/v1/partner-nations/ITA", "name"),
    ("organization-nato", "/kb/organizations/nato", "/api/v1/organizations/nato", "name"),
    (
        "contribution",
        "/kb/contributions/hun-ntm-i-t72-tanks",
        "/api/v1/contributions/hun-ntm-i-t72-tanks",
        "description",
    ),
    (
        "lesson",
        "/kb/lessons/coordination-complexities",
        "/api/v1/lessons/coordination-complexities",
        "title",
    ),
    (
        "source",
        "/kb/sources/role-of-nato-and-partners-in-iraq",
        "/api/v1/sources/role-of-nato-and-partners-in-iraq",
        "title",
    ),
    ("missions", "/kb/missions", None, None),
    ("nations", "/kb/nations", None, None),
    ("sources", "/kb/sources", None, None),
    ("lessons", "/kb/lessons", None, None),
    ("contributions", "/kb/contributions", None, None),
    ("search", "/kb/search?q=Carabinieri", None, None),
]


@pytest.mark.parametrize(
    ("name", "url", "api", "field"), PAGE_TYPES, ids=[p[0] for p in PAGE_TYPES]
)
def test_every_page_type_renders_accessible_with_nothing_blocked(
    live_server: LiveServer,
    browser: Browser,
    name: str,
    url: str,
    api: str | None,
    field: str | None,
) -> None:
    from playwright.sync_api import expect

    page, errors = open_page(browser, f"{live_server.base_url}{url}")
    expect(page.locator("h1")).to_be_visible()
    if api is not None and field is not None:
        record = page.request.get(f"{live_server.base_url}{api}").json()
        expect(page.locator("main")).to_contain_text(record[field])
    header = page.eval_on_selector("header.site", "e => getComputedStyle(e).backgroundColor")
    assert header == "rgb(18, 38, 63)"  # the stylesheet applied
    serious = axe_violations(page)
    shot = artifact(f"page-{name}.png")
    page.screenshot(path=str(shot), full_page=True, timeout=120_000)  # long pages, busy machine
    print(f"screenshot: {shot}")
    assert not serious, serious
    assert not errors, errors
    assert not browser.blocked, f"requests tried to leave localhost: {browser.blocked}"
    page.close()


def test_facet_and_paging_links_lead_where_they_say(
    live_server: LiveServer, browser: Browser
) -> None:
    from playwright.sync_api import expect

    base = live_server.base_url
    page, errors = open_page(browser, f"{base}/kb/contributions?limit=20")
    total = page.request.get(f"{base}/api/v1/contributions?limit=1").json()["total"]
    expect(page.locator("main > p").first).to_contain_text(f"{total:,} contribution")
    # A facet link: the count beside it is the number of contributions the next page lists.
    facet = page.locator('section[aria-labelledby="facet-mission"] a.facet-link').first
    count = int(facet.locator("xpath=following-sibling::span[1]").inner_text().replace(",", ""))
    facet.click()
    page.wait_for_load_state("networkidle")
    expect(page.locator("main > p").first).to_contain_text(f"{count:,} contribution")
    assert "mission=" in page.url
    first_rows = page.locator("tbody th a").all_inner_texts()
    assert len(first_rows) == min(count, 20)
    shot = artifact("page-contributions-faceted.png")
    page.screenshot(path=str(shot), full_page=True, timeout=120_000)  # long pages, busy machine
    # Paging: next pages until the last, every row once, as many as the count.
    seen = page.locator("tbody th a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    while page.locator('a[rel="next"]').count():
        page.locator('a[rel="next"]').click()
        page.wait_for_load_state("networkidle")
        seen += page.locator("tbody th a").evaluate_all(
            "els => els.map(e => e.getAttribute('href'))"
        )
    assert len(seen) == len(set(seen)) == count
    assert re.search(r"cursor=", page.url) or count <= 20
    assert not axe_violations(page)
    print(f"screenshot: {shot}")
    assert not errors, errors
    assert not browser.blocked, f"requests tried to leave localhost: {browser.blocked}"
    page.close()


# Each list page but the contributions (above): a facet to follow, by its position.
LIST_FACETS = [
    ("missions", "/kb/missions", "/api/v1/missions", "kind", 0),
    ("lessons", "/kb/lessons", "/api/v1/lessons", "category", 0),
    ("sources", "/kb/sources", "/api/v1/sources", "publisher", 0),
    ("nations", "/kb/nations", "/api/v1/partner-nations", "nato_member", 0),
]


@pytest.mark.parametrize(
    ("name", "url", "api", "facet", "index"), LIST_FACETS, ids=[f[0] for f in LIST_FACETS]
)
def test_each_list_pages_facet_and_paging_links_lead_where_they_say(
    live_server: LiveServer,
    browser: Browser,
    name: str,
    url: str,
    api: str,
    facet: str,
    index: int,
) -> None:
    """A facet link lists as many rows as the count beside it, the API's total under that
    filter; the pages that follow by `Next page` list each of them once."""
    from playwright.sync_api import expect

    base = live_server.base_url
    page, errors = open_page(browser, f"{base}{url}?limit=5")
    link = page.locator(f'section[aria-labelledby="facet-{facet}"] a.facet-link').nth(index)
    count = int(link.locator("xpath=following-sibling::span[1]").inner_text().replace(",", ""))
    link.click()
    page.wait_for_load_state("networkidle")
    query = page.url.split("?", 1)[1]
    assert f"{facet}=" in query
    total = page.request.get(f"{base}{api}?{query}").json()["total"]
    assert total == count
    expect(page.locator("main > p").first).to_contain_text(f"{count:,} ")
    # The chosen value is shown with a link that removes it.
    expect(page.locator(f'section[aria-labelledby="facet-{facet}"] ul.chosen a')).to_have_count(1)
    shot = artifact(f"page-{name}-faceted.png")
    page.screenshot(path=str(shot), full_page=True, timeout=120_000)
    print(f"screenshot: {shot}")
    assert not axe_violations(page)
    seen = page.locator("tbody th a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    while page.locator('a[rel="next"]').count():
        page.locator('a[rel="next"]').click()
        page.wait_for_load_state("networkidle")
        seen += page.locator("tbody th a").evaluate_all(
            "els => els.map(e => e.getAttribute('href'))"
        )
    assert len(seen) == len(set(seen)) == count
    assert not errors, errors
    assert not browser.blocked, f"requests tried to leave localhost: {browser.blocked}"
    page.close()


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
    # Focusing a disputed passage's number shows its verdict, note and correction (CSS only).
    ref = page.locator(
        ".fulltext mark.claim.status-disputed + a.claim-ref:has(+ .claim-pop a)"
    ).first
    pop = ref.locator("xpath=following-sibling::span[1]")
    expect(pop).to_be_hidden()
    ref.focus()
    expect(pop).to_be_visible()
    expect(pop).to_contain_text("disputed")
    expect(pop.locator("a").first).to_contain_text("Correction in")
    focused = artifact("page-source-focused-claim.png")
    page.screenshot(path=str(focused))
    print(f"screenshots: {artifact_path}, {shot}, {focused}")
    assert not errors, errors
    assert not browser.blocked, f"requests tried to leave localhost: {browser.blocked}"
    page.close()
