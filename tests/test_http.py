"""HTTP caching (ETag, Last-Modified, 304) and CORS, through the real stack on both engines."""

import re
from collections.abc import Iterator
from datetime import timedelta
from email.utils import parsedate_to_datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.state import bump, current
from app.http.caching import http_date
from app.models import Lesson, Mission
from tests.conftest import reset_caches, shared_app, use_database
from tests.helpers import assert_problem
from tests.scratch import scratch_client, scratch_db, scratch_url  # noqa: F401

API = "/api/v1"
CACHED = [
    f"{API}/missions",
    f"{API}/contributions?facets=contributor",
    f"{API}/missions/ntm-i",
    f"{API}/search?q=training",
    f"{API}/stats/contributions?group_by=type",
    f"{API}/stats/overview",
    f"{API}/timeline",
    f"{API}/contributions?format=csv",
]


@pytest.mark.parametrize("url", CACHED)
def test_validators_and_304(client: TestClient, db: Session, url: str) -> None:
    first = client.get(url)
    assert first.status_code == 200
    version = current(db)
    etag = first.headers["ETag"]
    if url.endswith("/missions/ntm-i"):
        # One record: "<record version>.<data version>", the tag If-Match takes too.
        assert re.fullmatch(rf'"\d+\.{version.version}"', etag), etag
    else:
        assert etag.startswith(f'W/"d{version.version}')
    assert parsedate_to_datetime(first.headers["Last-Modified"]) == version.changed_at.replace(
        microsecond=0
    )
    assert first.headers["Cache-Control"] == "public, no-cache"
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    for header in ("ETag", "Last-Modified", "Cache-Control", "Vary"):
        assert again.headers[header] == first.headers[header], header
    assert client.get(url, headers={"If-None-Match": '"other", ' + etag}).status_code == 304
    assert client.get(url, headers={"If-None-Match": "*"}).status_code == 304
    assert client.get(url, headers={"If-None-Match": 'W/"d0"'}).status_code == 200


def test_representations_have_their_own_tags(client: TestClient) -> None:
    url = f"{API}/missions"
    as_json = client.get(url).headers["ETag"]
    as_csv = client.get(url, headers={"Accept": "text/csv"}).headers["ETag"]
    assert as_json != as_csv
    assert (
        client.get(url, headers={"If-None-Match": as_json, "Accept": "text/csv"}).status_code == 200
    )
    assert (
        client.get(url, headers={"If-None-Match": as_csv, "Accept": "text/csv"}).status_code == 304
    )


def test_record_tags_and_if_modified_since(client: TestClient, db: Session) -> None:
    version = current(db)
    # A record's tag, "<record version>.<data version>", validates while the data is unchanged.
    record_tag = f'"1.{version.version}"'
    response = client.get(f"{API}/missions/ntm-i", headers={"If-None-Match": record_tag})
    assert response.status_code == 304 and response.headers["ETag"] == record_tag
    stale = f'"1.{version.version - 1}"'
    assert client.get(f"{API}/missions/ntm-i", headers={"If-None-Match": stale}).status_code == 200
    later = http_date(version.changed_at + timedelta(seconds=1))
    earlier = http_date(version.changed_at - timedelta(days=1))
    assert client.get(f"{API}/missions", headers={"If-Modified-Since": later}).status_code == 304
    assert client.get(f"{API}/missions", headers={"If-Modified-Since": earlier}).status_code == 200
    garbage = client.get(f"{API}/missions", headers={"If-Modified-Since": "yesterday"})
    assert garbage.status_code == 200
    # Errors are not cached validators.
    missing = client.get(f"{API}/missions/nowhere")
    assert missing.status_code == 404 and "ETag" not in missing.headers


def test_a_write_changes_the_etag(
    scratch_client: TestClient,  # noqa: F811
    scratch_db: Session,  # noqa: F811
) -> None:
    client, db = scratch_client, scratch_db
    urls = [f"{API}/lessons", f"{API}/missions/ntm-i", f"{API}/stats/overview"]
    before = {url: client.get(url) for url in urls}
    for url, response in before.items():
        assert (
            client.get(url, headers={"If-None-Match": response.headers["ETag"]}).status_code == 304
        )
    lesson = db.scalars(
        select(Lesson).where(Lesson.status != "disputed").order_by(Lesson.slug)
    ).first()
    assert lesson is not None
    lesson.title = "A title changed by a curator"
    bump(db)
    db.commit()
    for url, response in before.items():
        after = client.get(url, headers={"If-None-Match": response.headers["ETag"]})
        assert after.status_code == 200, url
        assert after.headers["ETag"] != response.headers["ETag"]
        assert client.get(url, headers={"If-None-Match": after.headers["ETag"]}).status_code == 304
    titles = {
        i["title"] for i in client.get(f"{API}/lessons", params={"limit": 500}).json()["items"]
    }
    assert "A title changed by a curator" in titles
    mission = db.scalars(select(Mission).where(Mission.slug == "ntm-i")).one()
    assert mission is not None


# --- CORS ---------------------------------------------------------------------------------


def test_cors_headers_on_a_404(client: TestClient) -> None:
    for url in (f"{API}/missions/nowhere", "/api/v1/no-such-endpoint"):
        response = client.get(url, headers={"Origin": "https://dashboard.example"})
        assert_problem(response, 404)
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        exposed = {h.strip() for h in response.headers["Access-Control-Expose-Headers"].split(",")}
        assert {"Link", "ETag", "X-Total-Count"} <= exposed


def test_any_origin_may_read_by_default(client: TestClient) -> None:
    origin = {"Origin": "https://grafana.example"}
    response = client.get(f"{API}/contributions?limit=1", headers=origin)
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    bad = client.get(f"{API}/contributions?limit=0", headers=origin)
    assert bad.status_code == 422 and bad.headers["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        f"{API}/contributions",
        headers={
            **origin,
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "If-None-Match, Accept",
        },
    )
    assert preflight.status_code == 204
    assert "GET" in preflight.headers["Access-Control-Allow-Methods"]
    assert "POST" not in preflight.headers["Access-Control-Allow-Methods"]
    assert "If-None-Match" in preflight.headers["Access-Control-Allow-Headers"]
    # No one may write from a browser unless listed.
    write = client.options(
        f"{API}/missions", headers={**origin, "Access-Control-Request-Method": "POST"}
    )
    assert write.status_code == 403
    post = client.post(f"{API}/missions", headers=origin, json={})
    assert_problem(post, 403)
    assert post.headers["Access-Control-Allow-Origin"] == "*"
    # Not cross-origin at all: the API's own pages, and clients that send no Origin.
    # They pass CORS and meet authentication: no key, 401.
    same = client.post(f"{API}/missions", headers={"Origin": "http://testserver"}, json={})
    assert_problem(same, 401)
    assert_problem(client.post(f"{API}/missions", json={}), 401)


@pytest.fixture
def configured_cors(seeded_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setenv("CORS_ORIGINS", "https://dash.example, https://curate.example")
    monkeypatch.setenv("CORS_WRITE_ORIGINS", "https://curate.example")
    use_database(seeded_url)
    with TestClient(shared_app(), raise_server_exceptions=False) as c:
        yield c
    monkeypatch.undo()
    reset_caches()


def test_origins_from_the_environment(configured_cors: TestClient) -> None:
    client = configured_cors
    reader = client.get(f"{API}/missions", headers={"Origin": "https://dash.example"})
    assert reader.headers["Access-Control-Allow-Origin"] == "https://dash.example"
    assert "Origin" in reader.headers["Vary"]
    stranger = client.get(f"{API}/missions", headers={"Origin": "https://evil.example"})
    assert stranger.status_code == 200
    assert "Access-Control-Allow-Origin" not in stranger.headers

    def preflight(origin: str, method: str) -> int:
        return client.options(
            f"{API}/missions",
            headers={"Origin": origin, "Access-Control-Request-Method": method},
        ).status_code

    assert preflight("https://curate.example", "PATCH") == 204
    assert preflight("https://dash.example", "PATCH") == 403
    assert preflight("https://dash.example", "GET") == 204
    assert preflight("https://evil.example", "GET") == 403
    allowed = client.options(
        f"{API}/missions",
        headers={"Origin": "https://curate.example", "Access-Control-Request-Method": "DELETE"},
    )
    assert {"POST", "PATCH", "DELETE"} <= {
        m.strip() for m in allowed.headers["Access-Control-Allow-Methods"].split(",")
    }
    write = client.post(f"{API}/missions", headers={"Origin": "https://curate.example"}, json={})
    assert write.status_code == 401  # CORS let it through; authentication refuses it
    assert write.headers["Access-Control-Allow-Origin"] == "https://curate.example"
    refused = client.post(f"{API}/missions", headers={"Origin": "https://dash.example"}, json={})
    assert_problem(refused, 403)
    missing = client.get(f"{API}/lessons/nowhere", headers={"Origin": "https://dash.example"})
    assert missing.status_code == 404
    assert missing.headers["Access-Control-Allow-Origin"] == "https://dash.example"


def test_cors_headers_on_a_server_error(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.stats import service

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(service, "overview", broken)
    response = client.get(f"{API}/stats/overview", headers={"Origin": "https://x.example"})
    assert_problem(response, 500)
    assert response.headers["Access-Control-Allow-Origin"] == "*"


# --- HEAD: GET's status and headers, no body, on every GET route ------------------------------

# Headers that legitimately differ between two answers to the same request.
_PER_REQUEST = {"date", "x-request-id"}


def _get_urls(client: TestClient) -> list[str]:
    """Every GET route: each operation of the description (path parameters from its examples;
    CSV and NDJSON too where it takes `format`) and the routes outside it (/, the docs pages)."""
    spec = client.app.openapi()  # type: ignore[attr-defined]
    urls = []
    for path, operations in spec["paths"].items():
        get = operations.get("get")
        if get is None:
            continue
        url = path
        params = get.get("parameters", [])
        for param in params:
            if param["in"] == "path":
                example = param.get("example", (param.get("examples") or [None])[0])
                if example is None:
                    example = next(iter(param["schema"].get("examples", [])), None)
                assert example is not None, (path, param["name"])
                url = url.replace("{" + param["name"] + "}", str(example))
        urls.append(url)
        if any(p["name"] == "format" for p in params):
            urls += [f"{url}?format=csv", f"{url}?format=ndjson"]
    for route in client.app.routes:  # type: ignore[attr-defined]
        methods = getattr(route, "methods", None) or set()
        if "GET" in methods and "{" not in route.path and route.path not in spec["paths"]:
            urls.append(route.path)
    return urls


def test_head_answers_like_get_on_every_get_route(client: TestClient) -> None:
    urls = _get_urls(client)
    assert {"/", "/docs", "/redoc", "/openapi.json", f"{API}/contributions?format=csv"} <= set(urls)
    for url in urls:
        got = client.get(url)
        head = client.head(url)
        assert head.status_code == got.status_code, url
        assert head.content == b"", url
        expected = {k: v for k, v in got.headers.items() if k not in _PER_REQUEST}
        assert {k: v for k, v in head.headers.items() if k not in _PER_REQUEST} == expected, url


@pytest.mark.parametrize("url", CACHED)
def test_head_with_a_matching_if_none_match_is_304(client: TestClient, url: str) -> None:
    etag = client.get(url).headers["ETag"]
    head = client.head(url, headers={"If-None-Match": etag})
    assert head.status_code == 304 and head.content == b""
    assert head.headers["ETag"] == etag


def test_head_is_405_where_get_is(client: TestClient) -> None:
    # /api/v1/import takes only POST: HEAD is refused as GET is, and Allow does not offer it.
    get, head = client.get(f"{API}/import"), client.head(f"{API}/import")
    assert get.status_code == head.status_code == 405
    assert head.headers["Allow"] == get.headers["Allow"]
    assert "HEAD" not in head.headers["Allow"]


def test_cors_allows_only_headers_the_api_reads(client: TestClient) -> None:
    """X-API-Key was allowed by the preflight, then refused by authentication with a 401."""
    preflight = client.options(
        f"{API}/missions",
        headers={"Origin": "https://dash.example", "Access-Control-Request-Method": "GET"},
    )
    allowed = {
        h.strip().lower() for h in preflight.headers["Access-Control-Allow-Headers"].split(",")
    }
    assert "authorization" in allowed and "x-api-key" not in allowed
