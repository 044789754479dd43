"""CSV and NDJSON: what pandas reads back equals the JSON, on every list, stats and search."""

import io
import json
import math
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pandas as pd
import pytest
import uvicorn
from fastapi.testclient import TestClient

from tests.helpers import walk

API = "/api/v1"
NUMBER = re.compile(r"-?\d+(\.\d+)?")

# Paginated endpoints: path and query, JSON walked page by page, CSV streamed whole.
LISTS = [
    ("/missions", {"include_disputed": "true"}),
    ("/contributions", {"include_disputed": "true"}),
    ("/contributions", {"mission": "ntm-i", "sort": "-personnel"}),
    ("/lessons", {}),
    ("/contribution-types", {}),
    ("/sources", {}),
    ("/sources/role-of-nato-and-partners-in-iraq/claims", {}),
    ("/partner-nations", {}),
    ("/organizations", {}),
    ("/contributors", {}),
    ("/citations", {}),
    ("/search", {"q": "training"}),
    ("/timeline", {}),
]


def flatten(item: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in item.items():
        if isinstance(value, dict):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[prefix + key] = value
    return flat


def norm(value: Any) -> Any:
    """One spelling per value, whichever side it comes from (pandas types its columns)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        if value.startswith("["):
            return json.loads(value)
        if NUMBER.fullmatch(value):
            return float(value)
    return value


def assert_same_rows(frame: pd.DataFrame, items: list[dict[str, Any]]) -> None:
    assert len(frame) == len(items)
    flat = [flatten(i) for i in items]
    columns = list(frame.columns)
    for row in flat:
        present = {k for k, v in row.items() if v is not None}
        assert present <= set(columns), present - set(columns)
    records = frame.to_dict(orient="records")
    for got, want in zip(records, flat, strict=True):
        for column in columns:
            assert norm(got[column]) == norm(want.get(column)), (column, got, want)


def csv_frame(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text))


@pytest.mark.parametrize(("path", "params"), LISTS, ids=[p + str(q) for p, q in LISTS])
def test_csv_read_by_pandas_equals_the_json(
    client: TestClient, path: str, params: dict[str, str]
) -> None:
    items = walk(client, API + path, limit=40, **params)
    assert items
    response = client.get(API + path, params={**params, "format": "csv"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv; charset=utf-8")
    assert response.headers["X-Total-Count"] == str(len(items))
    assert "Link" not in response.headers, "without limit, CSV is every row"
    assert_same_rows(csv_frame(response.text), items)
    # RFC 4180: CRLF after every record, the header included (a quoted field may hold \n).
    assert response.text.endswith("\r\n")
    assert response.text.split("\n", 1)[0].endswith("\r")
    assert response.text.count("\r\n") >= len(items) + 1


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("/stats/contributions", {"group_by": "contributor"}, "groups"),
        ("/stats/contributions", {"group_by": "year", "mission": "ntm-i"}, "groups"),
        ("/stats/overview", {}, None),
    ],
)
def test_stats_csv_equals_the_json(
    client: TestClient, path: str, params: dict[str, str], field: str | None
) -> None:
    body = client.get(API + path, params=params).json()
    items = body[field] if field else [body]
    response = client.get(API + path, params={**params, "format": "csv"})
    assert response.status_code == 200
    assert_same_rows(csv_frame(response.text), items)


def test_a_csv_page_when_limit_is_given(client: TestClient) -> None:
    first = client.get(f"{API}/contributions", params={"limit": 10}).json()
    response = client.get(f"{API}/contributions", params={"limit": 10, "format": "csv"})
    assert_same_rows(csv_frame(response.text), first["items"])
    link = response.headers["Link"]
    assert link.endswith('>; rel="next"') and "format=csv" in link and "cursor=" in link
    following = client.get(link[1 : link.index(">")])
    assert following.headers["content-type"].startswith("text/csv")
    second = client.get(first["next"]).json()
    assert_same_rows(csv_frame(following.text), second["items"])


def test_accept_header_chooses_the_format(client: TestClient) -> None:
    url = f"{API}/missions"
    csv = client.get(url, headers={"Accept": "text/csv"})
    assert csv.headers["content-type"].startswith("text/csv")
    ndjson = client.get(url, headers={"Accept": "application/x-ndjson"})
    assert ndjson.headers["content-type"].startswith("application/x-ndjson")
    browser = client.get(url, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert browser.headers["content-type"].startswith("application/json")
    preferred = client.get(url, headers={"Accept": "application/json;q=0.5, text/csv"})
    assert preferred.headers["content-type"].startswith("text/csv")
    # ?format= wins over Accept.
    forced = client.get(url, params={"format": "json"}, headers={"Accept": "text/csv"})
    assert forced.headers["content-type"].startswith("application/json")
    assert "Accept" in csv.headers["Vary"]


def test_ndjson_is_one_json_object_per_item(client: TestClient) -> None:
    items = walk(client, f"{API}/contributions", limit=50, include_disputed="true")
    response = client.get(
        f"{API}/contributions", params={"include_disputed": "true", "format": "ndjson"}
    )
    lines = response.text.splitlines()
    assert [json.loads(line) for line in lines] == items
    hits = client.get(f"{API}/search", params={"q": "Carabinieri", "format": "ndjson"}).text
    assert all(json.loads(line)["snippet"] for line in hits.splitlines())


def test_csv_keeps_unicode_and_quotes_what_needs_it(client: TestClient) -> None:
    text = client.get(f"{API}/citations", params={"format": "csv"}).text
    assert "\u2019" in text  # the sources' curly apostrophes, in UTF-8
    frame = csv_frame(text)
    assert frame["quote"].str.contains(",").any()
    assert frame["quote"].str.contains('"').any() or '""' not in text
    empty = client.get(f"{API}/contributions", params={"year": "1900", "format": "csv"})
    assert empty.text.startswith("slug,contributor.code,contributor.name")
    assert empty.text.count("\r\n") == 1, "an empty result still has its header"


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """The app behind a real socket, so pandas fetches URLs as a dashboard would."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        for _ in range(1000):
            if server.started:
                break
            time.sleep(0.01)
        assert server.started, "the test server did not start"
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join()
        sock.close()


def test_pandas_read_csv_of_a_url(client: TestClient) -> None:
    with serving(client.app) as base:
        for path, params in [
            ("/contributions", {"include_disputed": "true"}),
            ("/search", {"q": "logistics"}),
            ("/timeline", {"organization": "nato"}),
        ]:
            items = walk(client, API + path, limit=100, **params)
            query = "&".join(f"{k}={v}" for k, v in {**params, "format": "csv"}.items())
            frame = pd.read_csv(f"{base}{API}{path}?{query}")
            assert_same_rows(frame, items)
        stats = client.get(f"{API}/stats/contributions", params={"group_by": "type"}).json()
        frame = pd.read_csv(f"{base}{API}/stats/contributions?group_by=type&format=csv")
        assert_same_rows(frame, stats["groups"])


# --- numbers are JSON numbers, everywhere they are read -------------------------------------

NUMERIC = {"amount", "personnel", "count", "total", "version", "disputed_claims"}


def _numeric_values(value: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _numeric_values(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _numeric_values(v, key)
    elif key in NUMERIC:
        yield key, value


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/contributions?contributor=HUN,nato&limit=500",
        "/api/v1/contributions/hun-ntm-i-t72-tanks",
        "/api/v1/missions/ntm-i",
        "/api/v1/stats/contributions?group_by=contributor",
        "/api/v1/stats/overview",
        "/api/v1/export",
    ],
)
def test_amounts_and_counts_are_json_numbers(client: TestClient, url: str) -> None:
    """`amount` was the string "77.00" in lists and records (pandas, Grafana and generated
    clients read it as text) and the number 77.0 in stats."""
    response = client.get(url)
    assert response.status_code == 200, response.text
    found = list(_numeric_values(response.json()))
    for key, value in found:
        assert value is None or (type(value) in (int, float)), (key, value)
    assert any(k in ("count", "total") for k, _ in found) or url.endswith(("/export", "-tanks"))
    if url.endswith("/overview"):
        return
    amounts = [v for k, v in found if k == "amount" and v is not None]
    assert 77 in amounts  # Hungary's T-72 tanks, written 77 (not "77.00", not 77.0)
    assert re.search(r'"amount":\s*77[,}\s]', response.text), "77, not 77.0"


def test_ndjson_and_csv_write_the_same_digits_as_json(client: TestClient) -> None:
    params = {"contributor": "HUN,nato", "limit": "500"}
    items = client.get("/api/v1/contributions", params=params).json()["items"]
    lines = client.get("/api/v1/contributions", params={**params, "format": "ndjson"}).text
    ndjson = [json.loads(line) for line in lines.splitlines()]
    assert [i["amount"] for i in ndjson] == [i["amount"] for i in items]
    text = client.get("/api/v1/contributions", params={**params, "format": "csv"}).text
    column = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)["amount"]
    assert list(column) == ["" if i["amount"] is None else json.dumps(i["amount"]) for i in items]
    assert pd.read_csv(io.StringIO(text))["amount"].dtype.kind == "f"  # numbers to pandas
