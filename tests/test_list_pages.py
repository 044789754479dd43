"""The list pages (issue 15) against their API lists, through HTTP on both engines: every page
shows the API's rows in the API's order, its facets with the API's counts as links that list
exactly that many rows, sort links that sort as the API does, cursor paging through every row,
and the API's CSV and NDJSON under the same filters."""

import html
import re
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.core.filters import filter_value, values_of
from tests.curation_support import Curated, citation_in

API = "/api/v1"
# page, its API list, the facets the page shows (those the API counts when `api` is True), the
# field of an API item the page links each row by.
LISTS = [
    ("/kb/missions", "/missions", "organization,kind,theater,year,status", True, "slug"),
    (
        "/kb/missions?include_disputed=true",
        "/missions?include_disputed=true",
        "kind,status",
        True,
        "slug",
    ),
    (
        "/kb/contributions?mission=ntm-i",
        "/contributions?mission=ntm-i",
        "contributor,contributor_kind,type,category,mission,year,status",
        True,
        "slug",
    ),
    ("/kb/lessons", "/lessons", "kind,category,mission,status", True, "slug"),
    ("/kb/sources", "/sources", "kind,publisher,year", True, "slug"),
    ("/kb/nations", "/partner-nations", "nato_member,framework", True, "code"),
]
ROW = re.compile(r'<th scope="row"><a href="/kb/[a-z]+/([^"]+)">')
FACET_LINK = re.compile(
    r'<a class="facet-link" href="([^"]+)">([^<]+)</a> <span class="count">([\d,]+)</span>'
)


def rows(text: str) -> list[str]:
    return ROW.findall(text)


def with_param(url: str, **params: str) -> str:
    query = "&".join(f"{k}={quote(v, safe='')}" for k, v in params.items())
    return url + ("&" if "?" in url else "?") + query


def api_all(client: TestClient, url: str, key: str) -> list[str]:
    """Every row of an API list, in its order, a page of 1000 at a time."""
    out: list[str] = []
    next_url: str | None = with_param(url, limit="1000")
    while next_url:
        body = client.get(next_url).json()
        out += [str(item[key]) for item in body["items"]]
        next_url = body["next"]
    return out


def total_of(text: str) -> int:
    found = re.search(r"<p>([\d,]+) [a-z]+", text)
    assert found, "no total"
    return int(found.group(1).replace(",", ""))


@pytest.mark.parametrize(("page", "api", "names", "api_facets", "key"), LISTS)
def test_a_list_page_shows_the_apis_rows_and_facets(
    client: TestClient, page: str, api: str, names: str, api_facets: bool, key: str
) -> None:
    text = client.get(page).text
    body = client.get(with_param(f"{API}{api}", limit="50")).json()
    assert rows(text) == [str(item[key]) for item in body["items"]]
    assert total_of(text) == body["total"]
    links = {html.unescape(h): int(n.replace(",", "")) for h, _, n in FACET_LINK.findall(text)}
    assert links, "no facet links"
    base = page.split("?", 1)
    if api_facets:
        counted = client.get(with_param(f"{API}{api}", facets=names, limit="1")).json()["facets"]
        for name in names.split(","):
            for value in counted[name]["values"]:
                if value["value"] is None or (len(base) > 1 and f"{name}=" in base[1]):
                    continue
                href = with_param(page, **{name: filter_value(str(value["value"]))})
                assert links[href] == value["count"], href
    # Every facet link lists as many rows as its count says, on the page and in the API; but
    # `type=` takes in the type's sub-types, which its facet counts under their own slugs.
    for href, count in links.items():
        followed = client.get(href)
        assert followed.status_code == 200, href
        query = href.split("?", 1)[1]
        listed = client.get(f"{API}{api.split('?')[0]}?{query}&limit=1").json()["total"]
        assert total_of(followed.text) == listed, href
        assert listed >= count if "&type=" in href else listed == count, href


@pytest.mark.parametrize(("page", "api", "names", "api_facets", "key"), LISTS)
def test_a_list_pages_sort_links_sort_as_the_api_does(
    client: TestClient, page: str, api: str, names: str, api_facets: bool, key: str
) -> None:
    text = client.get(page).text
    nav = re.search(r'<nav class="sorts"[^>]*>(.*?)</nav>', text, re.DOTALL)
    assert nav
    hrefs = [html.unescape(h) for h in re.findall(r'<a href="([^"]+)">', nav.group(1))]
    assert hrefs, "no sort links"
    for href in hrefs:
        sort = re.search(r"[?&]sort=([^&]+)", href)
        assert sort, href
        api_rows = client.get(with_param(f"{API}{api}", sort=sort.group(1), limit="50")).json()
        assert rows(client.get(href).text) == [str(i[key]) for i in api_rows["items"]], href


@pytest.mark.parametrize(("page", "api", "names", "api_facets", "key"), LISTS)
def test_a_list_page_pages_through_every_row_by_cursor(
    client: TestClient, page: str, api: str, names: str, api_facets: bool, key: str
) -> None:
    expected = api_all(client, f"{API}{api}", key)
    size = max(len(expected) // 3, 1)  # three or four pages
    seen: list[str] = []
    url: str | None = with_param(page, limit=str(size))
    pages = 0
    while url:
        text = client.get(url).text
        seen += rows(text)
        pages += 1
        assert pages == 1 or 'rel="first"' in text
        found = re.search(r'<a href="([^"]+)" rel="next">', text)
        url = html.unescape(found.group(1)) if found else None
    assert seen == expected and pages == max(-(-len(expected) // size), 1)


@pytest.mark.parametrize(("page", "api", "names", "api_facets", "key"), LISTS)
def test_a_list_pages_downloads_are_the_apis_list(
    client: TestClient, page: str, api: str, names: str, api_facets: bool, key: str
) -> None:
    text = client.get(page).text
    total = client.get(f"{API}{api}").json()["total"]
    for fmt, media in (("csv", "text/csv"), ("ndjson", "application/x-ndjson")):
        found = re.search(rf'<a href="([^"]+format={fmt})">', text)
        assert found, fmt
        url = html.unescape(found.group(1))
        assert url.startswith(f"{API}{api.split('?')[0]}")
        download = client.get(url)
        assert download.status_code == 200 and download.headers["content-type"].startswith(media)
        assert len(download.text.strip().splitlines()) == total + (fmt == "csv")
    twin = re.search(r'<a class="json-twin" href="([^"]+)"', text)
    assert twin
    answer: dict[str, Any] = client.get(html.unescape(twin.group(1))).json()
    assert answer["total"] == total
    if api_facets:
        assert sorted(answer["facets"]) == sorted(names.split(",")) or set(names.split(",")) <= set(
            answer["facets"]
        )


@pytest.mark.parametrize(
    "value", ["NATO", "Government of Canada, Department of National Defence", 'say "hi"', " x "]
)
def test_a_facet_value_makes_a_filter_that_reads_back_as_itself(value: str) -> None:
    assert values_of([filter_value(value)], "publisher") == [value.strip(" ")]


def test_the_framework_facet_counts_a_nation_once_whatever_the_case(
    api: TestClient, kb_db: Session, curated: Curated
) -> None:
    """`framework` takes any case, so its facet counts spellings that differ only in case as
    one value, and a nation once, whatever it lists: each count is what the filter lists."""
    pfp = f"{API}/partner-nations?framework=partnership%20for%20peace&limit=1"
    before = api.get(pfp).json()["total"]
    quote_ = citation_in(kb_db, "role-of-nato-and-partners-in-iraq")
    for iso3, frameworks in (
        ("BTN", ["partnership for peace", "Partnership for Peace"]),
        ("NPL", ["PARTNERSHIP FOR PEACE", "Mediterranean Dialogue"]),
    ):
        body = {"iso3": iso3, "name": f"Test {iso3}", "partnership_frameworks": frameworks}
        created = api.post(
            f"{API}/partner-nations",
            json={**body, "citations": [{**quote_, "key": f"t-{iso3.lower()}"}]},
            headers=curated.auth(),
        )
        assert created.status_code == 201, created.text
    facet = api.get(f"{API}/partner-nations?facets=framework&limit=1").json()["facets"]
    counts = {v["value"].lower(): v["count"] for v in facet["framework"]["values"]}
    assert counts["partnership for peace"] == before + 2 == api.get(pfp).json()["total"]
    for value in facet["framework"]["values"]:
        listed = api.get(
            f"{API}/partner-nations", params={"framework": filter_value(value["value"]), "limit": 1}
        ).json()["total"]
        assert listed == value["count"], value
    page = api.get("/kb/nations").text
    assert '<h3 id="facet-framework">Partnership framework</h3>' in page
    links = {html.unescape(h): int(n.replace(",", "")) for h, _, n in FACET_LINK.findall(page)}
    assert links[with_param("/kb/nations", framework="Mediterranean Dialogue")] == 1
