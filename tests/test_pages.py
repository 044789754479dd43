"""The HTML pages (issue 15), through HTTP on both engines: every page answers HTML under a
script-free policy, its links resolve, it links to its JSON twin, disputed claims are shown as
such with their correction, a source's text highlights exactly its claimed passages, unknown
keys are an HTML 404, and nothing a user sends is rendered as markup."""

import html
import re
from collections import deque
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Citation, Contribution, Mission
from tests.helpers import walk

API = "/api/v1"
ARTICLE = "role-of-nato-and-partners-in-iraq"
PAGES = [
    "/",
    "/kb/missions",
    "/kb/missions/ntm-i",
    "/kb/nations",
    "/kb/nations/ITA",
    "/kb/sources",
    f"/kb/sources/{ARTICLE}",
    "/kb/search",
    "/kb/search?q=Carabinieri",
    "/kb/missions/mnf-i",
    "/kb/organizations/nato",
    "/kb/contributions/alb-mnf-i-deployment",
    "/kb/lessons/coordination-complexities",
    "/kb/contributions",
    "/kb/lessons",
    "/kb/missions?kind=training&sort=-start_date",
    "/kb/contributions?mission=ntm-i&sort=-personnel",
]
SEVERITY = ("disputed", "misleading", "unverifiable", "asserted", "opinion", "corroborated")
STATUS_LABEL = {s: s for s in SEVERITY} | {"asserted": "asserted (not reviewed)"}


class Page(HTMLParser):
    """What the tests read off a page: links, headings, marks, and the outline of tags."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.headings: list[int] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "a" and attributes.get("href"):
            self.hrefs.append(str(attributes["href"]))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    return page


def json_twin(text: str) -> str:
    found = re.search(r'<a class="json-twin" href="([^"]+)"', text)
    assert found, "no link to the JSON twin"
    return html.unescape(found.group(1))


@pytest.mark.parametrize("url", PAGES)
def test_every_page_is_html_under_a_script_free_policy(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    csp = dict(
        d.strip().split(" ", 1) for d in response.headers["Content-Security-Policy"].split(";")
    )
    assert csp["default-src"] == "'none'" and "script-src" not in csp  # no script may run
    assert csp["style-src"] == "'self'" and csp["frame-ancestors"] == "'none'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    text = response.text
    assert "<script" not in text and " style=" not in text and "<style" not in text
    page = parse(text)
    assert text.startswith("<!doctype html>") and '<html lang="en">' in text
    # Headings in order: one h1 first, no level skipped on the way down.
    assert page.headings[0] == 1 and page.headings.count(1) == 1, url
    for before, after in zip(page.headings, page.headings[1:], strict=False):
        assert after <= before + 1, (url, page.headings)
    # Every form field has its label; every chart its title, description and data table.
    for tag, attrs in page.tags:
        if tag == "input":
            assert f'<label for="{attrs["id"]}"' in text, url
    assert text.count("<svg") == text.count("<title id=") == text.count("<desc id=")
    assert text.count("<svg") <= text.count('<table class="data')
    # Every asset comes from this service.
    for tag, attrs in page.tags:
        for name in ("src", "href"):
            value = attrs.get(name)
            if value and tag in ("link", "img", "script"):
                assert value.startswith("/"), (url, value)


@pytest.mark.parametrize("url", PAGES)
def test_each_page_links_to_its_json_twin(client: TestClient, url: str) -> None:
    twin = json_twin(client.get(url).text)
    assert twin.startswith(API + "/")
    response = client.get(twin)
    assert response.status_code == 200, twin
    assert response.headers["content-type"].startswith("application/json")


RECORD_PAGES = [p for p in PAGES if "?" not in p and p.count("/") == 3]


@pytest.mark.parametrize("url", RECORD_PAGES)
def test_a_records_json_twin_links_back_to_its_page(client: TestClient, url: str) -> None:
    twin = client.get(json_twin(client.get(url).text)).json()
    assert twin["html_url"] == url


def h1_text(text: str) -> str:
    found = re.search(r"<h1>(.*?)</h1>", text, re.DOTALL)
    assert found, "no h1"
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(1)))


# A list of records, and what of a record its page's h1 must name.
RECORD_LISTS = [
    ("/missions", lambda r: [r["name"]]),
    ("/partner-nations", lambda r: [r["name"], r["code"]]),
    ("/organizations", lambda r: [r["name"]]),
    ("/contributions", lambda r: [r["contributor"]["name"], r["type"]["name"]]),
    ("/lessons", lambda r: [r["title"]]),
    ("/sources", lambda r: [r["title"]]),
]


@pytest.mark.parametrize(("path", "names"), RECORD_LISTS, ids=[p for p, _ in RECORD_LISTS])
def test_every_records_html_url_is_its_page(client: TestClient, path: str, names: Any) -> None:
    """Each record of a list, disputed ones too, links to its page (the same link as its
    detail's); the page is HTML and its heading names the record."""
    params: dict[str, Any] = {"limit": 500}
    if path in ("/missions", "/contributions", "/lessons"):
        params["include_disputed"] = "true"
    items = walk(client, API + path, **params)
    assert items
    for item in items:
        page_url = item["html_url"]
        assert page_url.startswith("/kb/"), page_url
        detail = client.get(item["href"] if path == "/sources" else item["url"])
        assert detail.json()["html_url"] == page_url
        page = client.get(page_url)
        assert page.status_code == 200, page_url
        assert page.headers["content-type"] == "text/html; charset=utf-8"
        heading = h1_text(page.text)
        for name in names(item):
            assert name in heading, (page_url, name, heading)


def test_the_mission_details_contributions_link_to_their_pages(client: TestClient) -> None:
    groups = client.get(f"{API}/missions/ntm-i").json()["contributions_by_type"]
    briefs = [b for g in groups for b in g["contributions"]]
    assert briefs
    for brief in briefs:
        assert brief["html_url"] == f"/kb/contributions/{brief['slug']}"
    assert client.get(briefs[0]["html_url"]).status_code == 200


def test_links_resolve_from_home_to_depth_two(client: TestClient) -> None:
    """Every internal link on the home page, and on the pages it links to, answers 200."""
    seen = {"/"}
    queue = deque([("/", 0)])
    checked = 0
    while queue:
        url, depth = queue.popleft()
        response = client.get(url)
        checked += 1
        assert response.status_code == 200, url
        if depth == 2 or not response.headers["content-type"].startswith("text/html"):
            continue
        for href in parse(response.text).hrefs:
            target = href.split("#", 1)[0]
            if not target or urlsplit(target).scheme or not target.startswith("/"):
                assert not urlsplit(href).scheme, f"{url} links away: {href}"
                continue
            if target not in seen:
                seen.add(target)
                queue.append((target, depth + 1))
    assert checked > 100  # every mission, nation and source page from the lists


def test_json_urls_stay_as_they_are(client: TestClient) -> None:
    listed = client.get(f"{API}/missions?limit=1").json()["items"][0]
    assert listed["url"].startswith(f"{API}/missions/")


def test_disputed_claims_are_struck_through_with_their_correction(
    client: TestClient, db: Session
) -> None:
    disputed = db.scalars(
        select(Citation)
        .where(Citation.status == "disputed", Citation.mission_id.is_not(None))
        .order_by(Citation.key)
    ).all()
    assert disputed, "the seed has disputed claims about missions"
    for citation in disputed:
        slug = db.scalar(select(Mission.slug).where(Mission.id == citation.mission_id))
        text = client.get(f"/kb/missions/{slug}").text
        assert f"<del>“{escape(citation.quote)}”</del>" in text, citation.key
        if citation.corrected_by_id:
            fix = db.get(Citation, citation.corrected_by_id)
            assert fix is not None
            shown = escape(fix.quote)
            assert f"<strong>Correction:</strong> “{shown}”" in text, citation.key


def test_disputed_contributions_are_listed_struck_through(client: TestClient, db: Session) -> None:
    row = db.execute(
        select(Contribution.slug, Mission.slug)
        .join(Mission, Mission.id == Contribution.mission_id)
        .where(Contribution.status == "disputed")
        .order_by(Contribution.slug)
    ).first()
    assert row, "the seed has disputed contributions"
    contribution, mission = row
    text = client.get(f"/kb/missions/{mission}").text
    section = text[text.index('id="disputed"') :]
    assert f'href="/kb/contributions/{contribution}"' in section
    assert "<del>" in section and "Disputed:" in section
    # Its own page says so, strikes its numbers through and lists every claim with its verdict.
    page = client.get(f"/kb/contributions/{contribution}")
    assert page.status_code == 200
    assert '<p class="warning" role="note">' in page.text and "<del>" in page.text
    record = client.get(f"{API}/contributions/{contribution}?include_disputed=true").json()
    for claim in record["citations"]:
        assert f'id="citation-{claim["key"]}"' in page.text
        assert f"status-{claim['status']}" in page.text


def _claims(client: TestClient, slug: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    url: str | None = f"{API}/sources/{slug}/claims?limit=500"
    while url:
        body = client.get(url).json()
        items += body["items"]
        url = body.get("next")
    return items


def _full_text_block(text: str) -> str:
    start = text.index('<div class="fulltext">') + len('<div class="fulltext">')
    return text[start : text.index("</div>", start)]


@pytest.mark.parametrize("slug", [ARTICLE, "nato-assistance-to-iraq-2004-2011"])
def test_the_text_highlights_exactly_its_claimed_passages(client: TestClient, slug: str) -> None:
    source = client.get(f"{API}/sources/{slug}").json()
    full_text = source["full_text"]
    assert full_text
    by_quote: dict[str, set[str]] = {}
    for claim in _claims(client, slug):
        by_quote.setdefault(claim["quote"], set()).add(claim["status"])
    found = {q: s for q, s in by_quote.items() if q in full_text}
    assert found
    block = _full_text_block(client.get(f"/kb/sources/{slug}").text)
    marks = re.findall(r'<mark class="claim status-(\w+)" id="mark-(\d+)" title="([^"]*)">', block)
    assert len(marks) == len(found)
    # Each mark's status is the weakest verdict of the claims on its passage, and its title
    # says so; in document order, the marks are the quotes by where they first occur.
    expected = sorted(found, key=lambda q: (full_text.index(q), -len(q)))
    for (status, number, title), quote_ in zip(marks, expected, strict=True):
        worst = next(s for s in SEVERITY if s in found[quote_])
        assert status == worst, quote_
        assert html.unescape(title).startswith(f"Claim {number}: ")
    # The page's text is the source's text, word for word, once the marks are taken away.
    plain = re.sub(r'<a class="claim-ref"[^>]*>.*?</a>', "", block, flags=re.S)
    # What a passage shows on hover or focus: each claim's verdict, note and correction.
    pops = re.findall(r'<span class="claim-pop" id="pop-(\d+)" role="note">(.*?)</span>', plain)
    assert len(pops) == len(marks)
    quote_of = {number: q for (_, number, _), q in zip(marks, expected, strict=True)}
    for number, pop_text in pops:
        for status in found[quote_of[number]]:
            assert f"<b>{html.escape(STATUS_LABEL[status])}</b>" in pop_text, number
    plain = re.sub(r'<span class="claim-pop"[^>]*>.*?</span>', "", plain, flags=re.S)
    assert html.unescape(re.sub(r"<[^>]+>", "", plain)) == full_text
    card = source["report_card"]
    text = client.get(f"/kb/sources/{slug}").text
    from app.models.base import STATUS_VALUES

    for status in STATUS_VALUES:
        assert f'<td class="num">{card[status]}</td>' in text


@pytest.mark.parametrize(
    "url",
    [
        "/kb/missions/no-such-mission",
        "/kb/nations/XXX",
        "/kb/sources/no-such-source",
        "/kb/organizations/no-such-organization",
        "/kb/organizations/ITA",  # a nation is not an organization
        "/kb/contributions/no-such-contribution",
        "/kb/lessons/no-such-lesson",
    ],
)
def test_unknown_keys_are_an_html_404(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["Cache-Control"] == "no-store"
    assert "<h1>Not found</h1>" in response.text
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize("url", [*PAGES, "/kb/missions/no-such-mission"])
def test_head_answers_like_get(client: TestClient, url: str) -> None:
    got, head = client.get(url), client.head(url)
    assert head.status_code == got.status_code
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-length"] == got.headers["content-length"]


HOSTILE = '"><img src=x onerror=alert(1)><svg onload=alert(2)>'  # no slash: one path segment


def test_a_hostile_slug_or_query_is_escaped(client: TestClient) -> None:
    for url in (f"/kb/missions/{quote(HOSTILE, safe='')}", f"/kb/sources/{quote(HOSTILE)}"):
        response = client.get(url)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("text/html")
        assert "<img" not in response.text and "<svg onload" not in response.text
        assert escape(HOSTILE) in response.text
    response = client.get("/kb/search", params={"q": HOSTILE})
    assert response.status_code == 200
    assert "<img" not in response.text and "<svg onload" not in response.text
    assert f'value="{escape(HOSTILE)}"' in response.text


def test_search_shows_highlighted_hits_linking_to_pages(client: TestClient) -> None:
    text = client.get("/kb/search", params={"q": "Carabinieri"}).text
    assert '<p class="snippet">' in text and "<mark>" in text
    assert re.search(r'<a href="/kb/(missions|sources|nations)/', text)
    bad = client.get("/kb/search", params={"q": "x" * 600})
    assert bad.status_code == 400 and bad.headers["content-type"].startswith("text/html")


def test_the_stylesheet_is_served_from_the_app(client: TestClient) -> None:
    response = client.get("/static/pages/pages.css")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/css")


def test_pages_stay_out_of_the_openapi_description(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert not [p for p in paths if p == "/" or p.startswith("/kb")]


def test_pages_revalidate_with_their_etag(client: TestClient) -> None:
    first = client.get("/kb/missions/ntm-i")
    etag = first.headers["ETag"]
    assert etag.startswith('W/"d') and "-html-" in etag
    again = client.get("/kb/missions/ntm-i", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["ETag"] == etag
    assert "default-src 'none'" in again.headers["Content-Security-Policy"]
    # A JSON tag of the same data does not validate the page, nor the page's the JSON.
    json_tag = client.get(f"{API}/missions/ntm-i").headers["ETag"]
    assert client.get("/kb/missions/ntm-i", headers={"If-None-Match": json_tag}).status_code == 200
    assert client.get(f"{API}/missions/ntm-i", headers={"If-None-Match": etag}).status_code == 200
    assert "ETag" not in client.get("/kb/missions/no-such-mission").headers


def _cells(row: str) -> list[str]:
    return [
        html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
        for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, flags=re.S)
    ]


def _table(text: str, caption: str) -> tuple[list[str], list[list[str]]]:
    start = text.index(f"<caption>{caption}")
    block = text[start : text.index("</table>", start)]
    rows = re.findall(r"<tr>(.*?)</tr>", block, flags=re.S)
    return _cells(rows[0]), [_cells(r) for r in rows[1:]]


@pytest.mark.parametrize("slug", ["ntm-i", "mnf-i", "nmi"])
def test_the_strength_chart_shows_the_apis_numbers(client: TestClient, slug: str) -> None:
    """The stacked chart's table (its text alternative) holds, at each date a contributor's
    strength is stated, the figure `/missions/{slug}/strength` gives for it, and each row's
    sum is the sum of its cells; the SVG has one band per column."""
    rows = client.get(f"{API}/missions/{slug}/strength").json()["items"]
    text = client.get(f"/kb/missions/{slug}").text
    head, body = _table(text, "Personnel by contributor at each stated date")
    names = head[1:-1]
    by_day = {r[0]: r[1:] for r in body}
    contributor_rows = [r for r in rows if r["series"] == "contributor"]
    # A date is labelled as precisely as the sources state it: "2003" for a figure known only
    # to the year (stored on 1 January), the day itself if any figure on it is day-precise.
    label = {r["date"]: r["date_label"] for r in contributor_rows}
    label |= {r["date"]: r["date"] for r in contributor_rows if r["date_precision"] == "day"}
    assert sorted(by_day) == sorted(set(label.values()))
    if slug == "mnf-i":
        assert any(r["date_precision"] == "year" for r in contributor_rows)
        assert any(len(day) == 4 for day in by_day), "a year-precise date shown as 1 January"
    for cells in by_day.values():
        numbers = [int(c.replace(",", "")) for c in cells if c]
        assert sum(numbers[:-1]) == numbers[-1]
    checked = 0
    for r in contributor_rows:
        if r["contributor_name"] in names:
            cell = by_day[label[r["date"]]][names.index(r["contributor_name"])]
            assert cell in ("", f"{r['personnel']:,}"), r  # blank: its contributions ended
            checked += cell != ""
    assert checked
    svg = text[text.index('aria-labelledby="strength-title') :]
    svg = svg[: svg.index("</svg>")]
    assert svg.count("<polygon") == len(names)
    assert "<title" in svg and ">Personnel</text>" in svg and ">Date</text>" in svg
    for total in (r for r in rows if r["series"] == "total"):
        assert f"total {total['personnel']:,}" in svg


def test_a_chart_of_many_contributors_groups_the_small_ones() -> None:
    """At 1M contributions the chart stays bounded: 400 contributors make ten bands, the
    nine largest and "others", whose figures add up to the rest."""
    from datetime import date, timedelta

    from app.pages import service

    rows = [
        {
            "date": date(2005, 1, 1) + timedelta(days=i % 50),
            "series": "contributor",
            "contributor": f"C{i:03d}",
            "contributor_name": f"Contributor {i}",
            "personnel": 1000 - i,
        }
        for i in range(400)
    ]
    stack = service.strength_stack(rows, {}, date(2006, 1, 1))
    assert stack is not None
    assert len(stack.columns) == len(stack.bands) == 10
    assert stack.columns[-1] == ("others", "391 others")
    _day, _label, values, total = stack.table[-1]
    assert total == sum(1000 - i for i in range(400))
    assert values[-1] == sum(1000 - i for i in range(9, 400))


def test_a_chart_of_ten_contributors_draws_each_in_its_own_band() -> None:
    """Ten contributors fit the chart (nine bands and "others" would hold just one): each is
    drawn in its own band, none in an "others" band."""
    from datetime import date

    from app.pages import service

    rows = [
        {
            "date": date(2005, 1, 1),
            "series": "contributor",
            "contributor": f"C{i}",
            "contributor_name": f"Contributor {i}",
            "personnel": 100 - i,
        }
        for i in range(10)
    ]
    stack = service.strength_stack(rows, {}, date(2006, 1, 1))
    assert stack is not None
    assert [key for key, _ in stack.columns] == [f"C{i}" for i in range(10)]
    assert stack.table[0][2] == [100 - i for i in range(10)]


def test_a_timeline_of_many_missions_groups_the_rest() -> None:
    """At 1M contributions (2,000 missions) a timeline stays bounded: the first 39 missions
    it is given (the caller's most important) get a bar, the rest one bar spanning them."""
    from datetime import date

    from app.models import Mission
    from app.pages import service

    missions = [
        Mission(
            slug=f"m-{i:04d}",
            name=f"Mission {i}",
            start_date=date(2000 + i % 20, 1 + i % 12, 1),
            end_date=None if i == 1999 else date(2021 + i % 3, 6, 30),
            status="corroborated",
        )
        for i in range(2000)
    ]
    chart = service.timeline(missions, date(2026, 12, 1))
    assert chart is not None and len(chart.bars) == service.TIMELINE_BARS
    kept = sorted(missions[:39], key=lambda m: (m.start_date, m.slug))
    assert [b.href for b in chart.bars[:-1]] == [f"/kb/missions/{m.slug}" for m in kept]
    others = chart.bars[-1]
    assert others.label == "1,961 other missions" and others.href == "/kb/missions"
    assert others.start == date(2000, 1, 1) and others.end is None and others.ongoing
    assert chart.first == date(2000, 1, 1) and chart.last == date(2026, 12, 1)
    few = service.timeline(missions[:40], date(2026, 12, 1))
    assert few is not None and len(few.bars) == 40 and "other" not in few.bars[-1].label


def test_the_home_page_accounts_for_every_claim_by_status(client: TestClient) -> None:
    """No verdict is left out of the claims sentence: its counts are the overview's and add up
    to every cited claim."""
    counts = client.get(f"{API}/stats/overview").json()["citations"]
    text = client.get("/").text
    sentence = re.search(r"<p>Claims: (.*?)\.", text, re.DOTALL)
    assert sentence
    stated = {
        status: int(n.replace(",", ""))
        for n, status in re.findall(
            r"([\d,]+) (corroborated|asserted|opinion|unverifiable|misleading|disputed)",
            sentence.group(1),
        )
    }
    assert stated == {k: v for k, v in counts.items() if k != "total"}
    assert sum(stated.values()) == counts["total"]


def test_the_home_timeline_marks_nato_accessions(client: TestClient) -> None:
    nations = client.get(f"{API}/partner-nations?limit=500").json()["items"]
    missions = client.get(f"{API}/missions").json()["items"]
    first = min(m["start_date"] for m in missions if m["start_date"])
    text = client.get("/").text
    _, body = _table(text, "NATO accessions marked on the timeline")
    marked = {day: set(who.split(", ")) for day, who in body}
    expected: dict[str, set[str]] = {}
    for n in nations:
        day = n["nato_accession_date"]
        if day and day >= first[:4]:
            expected.setdefault(day, set()).add(n["name"])
    assert marked == expected
    assert text.count('class="accession-mark"') == len(expected)


def test_a_nation_page_has_its_missions_on_a_time_axis(client: TestClient) -> None:
    text = client.get("/kb/nations/BGR").text
    svg = text[text.index('aria-labelledby="axis-title') :]
    svg = svg[: svg.index("</svg>")]
    nation = client.get(f"{API}/partner-nations/BGR").json()
    assert "NATO " + nation["nato_accession_date"][:4] in svg
    for m in re.findall(r'<a href="/kb/missions/([^"]+)"', svg):
        assert client.get(f"{API}/missions/{m}").status_code == 200


def test_an_organization_page_names_the_missions_it_leads(client: TestClient) -> None:
    """NATO leads NATO Mission Iraq, to which it has no contribution of its own: the page names
    every mission the API lists under `organization=nato`."""
    text = client.get("/kb/organizations/nato").text
    leads = re.search(r"<dt>Leads</dt><dd>(.*?)</dd>", text)
    assert leads, "no Leads row"
    led = client.get(f"{API}/missions?organization=nato&limit=100").json()["items"]
    assert re.findall(r'href="/kb/missions/([^"]+)"', leads.group(1)) == [
        m["slug"]
        for m in sorted(
            led, key=lambda m: (m["start_date"] is None, m["start_date"] or "", m["slug"])
        )
    ]
    assert "nmi" in {m["slug"] for m in led}
    assert "<dt>Leads</dt>" not in client.get("/kb/nations/ITA").text


def test_a_lesson_page_shows_its_missions_and_claims(client: TestClient) -> None:
    lesson = client.get(f"{API}/lessons/coordination-complexities").json()
    text = client.get("/kb/lessons/coordination-complexities").text
    assert escape(lesson["title"]) in text
    for link in lesson["missions"]:
        assert f'href="/kb/missions/{link["mission"]["slug"]}"' in text
        for claim in link["citations"]:
            assert f'id="citation-{claim["key"]}"' in text
    for claim in lesson["citations"]:
        assert f'id="citation-{claim["key"]}"' in text


def _rows(text: str) -> list[str]:
    """The contribution slugs a list page shows, in order."""
    return re.findall(r'<th scope="row"><a href="/kb/contributions/([^"]+)">', text)


def test_the_contribution_list_pages_through_every_row_by_cursor(client: TestClient) -> None:
    expected: list[str] = []
    url: str | None = f"{API}/contributions?sort=-start_date&limit=200"
    while url:
        body = client.get(url).json()
        expected += [c["slug"] for c in body["items"]]
        url = body["next"]
    seen: list[str] = []
    page: str | None = "/kb/contributions?sort=-start_date&limit=40"
    pages = 0
    while page:
        text = client.get(page).text
        seen += _rows(text)
        pages += 1
        found = re.search(r'<a href="([^"]+)" rel="next">', text)
        page = html.unescape(found.group(1)) if found else None
    assert seen == expected and pages == -(-len(expected) // 40)


def test_the_contribution_list_facets_are_the_apis_with_links(client: TestClient) -> None:
    """Each facet value is the API's, with its count, and its link lists exactly that many
    rows; the download links are the API's list in CSV and NDJSON under the same filters."""
    names = "contributor,type,year,status"
    api = client.get(f"{API}/contributions?mission=ntm-i&facets={names}&limit=1").json()
    text = client.get("/kb/contributions?mission=ntm-i").text
    assert f"{api['total']:,} contribution" in text
    links = {
        html.unescape(href): (label, int(count.replace(",", "")))
        for href, label, count in re.findall(
            r'<a class="facet-link" href="([^"]+)">([^<]+)</a> <span class="count">([\d,]+)</span>',
            text,
        )
    }
    for name in names.split(","):
        for value in api["facets"][name]["values"]:
            if value["value"] is None:
                continue
            href = f"/kb/contributions?mission=ntm-i&{name}={quote(str(value['value']), safe='')}"
            assert links[href][1] == value["count"], href
    # Following one: the count beside the link is the number of rows it lists.
    href, (_, count) = next((h, v) for h, v in links.items() if "&type=" in h)
    followed = client.get(href).text
    assert f"{count:,} contribution" in followed and len(_rows(followed)) == min(count, 50)
    for fmt, media in (("csv", "text/csv"), ("ndjson", "application/x-ndjson")):
        found = re.search(rf'<a href="([^"]+format={fmt})">', text)
        assert found, fmt
        download = client.get(html.unescape(found.group(1)))
        assert download.status_code == 200 and download.headers["content-type"].startswith(media)
        rows = download.text.strip().splitlines()
        assert len(rows) == api["total"] + (fmt == "csv")


def test_bad_input_is_a_page_for_browsers_and_a_problem_for_api_clients(
    client: TestClient,
) -> None:
    url = "/kb/contributions?year=abc&sort=sideways"
    browser = client.get(url, headers={"Accept": "text/html,application/xhtml+xml"})
    assert browser.status_code == 422
    assert browser.headers["content-type"] == "text/html; charset=utf-8"
    assert "default-src 'none'" in browser.headers["Content-Security-Policy"]
    assert "style-src 'self'" in browser.headers["Content-Security-Policy"]
    assert "<code>query.year</code>" in browser.text and "<code>query.sort</code>" in browser.text
    program = client.get(url)
    assert program.status_code == 422
    assert program.headers["content-type"] == "application/problem+json"
    fields = {e["field"] for e in program.json()["errors"]}
    assert fields == {"query.year", "query.sort"}
    head = client.head(url, headers={"Accept": "text/html"})
    assert head.status_code == 422 and head.content == b""
