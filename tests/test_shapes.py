"""Dashboard shapes on both engines: `shape=array` on every list and stats endpoint (the items
alone, paging in the `Link` header), and `/stats/contributions` by two dimensions, as long
rows and as a pivoted table (`shape=wide`), checked against the one-dimension answers."""

import csv
import io
import re
from collections import defaultdict
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient

API = "/api/v1"


def _operations(client: TestClient) -> list[tuple[str, dict[str, Any]]]:
    spec = client.get("/openapi.json").json()
    found = []
    for path, item in spec["paths"].items():
        op = item.get("get")
        if op is None or op.get("security"):
            continue
        names = {p["name"] for p in op.get("parameters", [])}
        if "shape" in names:
            found.append((path, op))
    return found


def _url_and_params(path: str, op: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    url = API + path.removeprefix(API)
    params: dict[str, Any] = {}
    for p in op.get("parameters", []):
        example = p.get("example", (p.get("schema", {}).get("examples") or [None])[0])
        if p["in"] == "path":
            url = url.replace("{" + p["name"] + "}", str(example))
        elif p.get("required"):
            params[p["name"]] = example
        elif p["name"] == "limit":
            params["limit"] = 2
    return url, params


def test_every_list_and_stats_endpoint_takes_shape(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    with_shape = {path for path, _ in _operations(client)}
    for path, item in spec["paths"].items():
        op = item.get("get")
        if op is None or op.get("security"):
            continue
        paged = any(p["name"] == "cursor" for p in op.get("parameters", []))
        if paged or path.startswith(f"{API}/stats/"):
            assert path in with_shape, f"{path} takes no shape"


def test_shape_array_is_the_items_alone_with_paging_in_link(client: TestClient) -> None:
    operations = _operations(client)
    assert len(operations) >= 15, [p for p, _ in operations]
    for path, op in operations:
        url, params = _url_and_params(path, op)
        whole = client.get(url, params=params)
        assert whole.status_code == 200, (path, whole.text)
        array = client.get(url, params=params | {"shape": "array"})
        assert array.status_code == 200, (path, array.text)
        body = whole.json()
        rows = array.json()
        assert isinstance(rows, list), path
        if "items" in body:
            assert rows == body["items"], path
        elif "groups" in body:
            assert rows == body["groups"], path
        else:
            assert rows == [body], path  # a single answer (overview): an array of one row
        assert array.headers.get("X-Total-Count") == whole.headers.get("X-Total-Count"), path
        if body.get("next"):
            link = re.fullmatch(r'<([^>]+)>; rel="next"', array.headers["Link"])
            assert link and "shape=array" in link.group(1), path
            following = client.get(link.group(1))
            assert following.status_code == 200, (path, following.text)
            assert following.json() == client.get(body["next"]).json()["items"], path
        else:
            assert "Link" not in array.headers, path


def test_two_dimensions_as_long_rows(client: TestClient) -> None:
    pairs = client.get(f"{API}/stats/contributions", params={"group_by": "contributor,year"})
    assert pairs.status_code == 200, pairs.text
    body = pairs.json()
    assert body["group_by"] == ["contributor", "year"]
    keyed = [(g["key"], g["key2"]) for g in body["groups"]]
    assert len(keyed) == len(set(keyed)), "one row per pair of keys"
    # Summed over the second dimension, each first key's row of the one-dimension answer.
    by_contributor: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
    for g in body["groups"]:
        by_contributor[g["key"]][0] += g["count"]
        by_contributor[g["key"]][1] += g["personnel"] or 0
        assert g["key2"] is None or isinstance(g["key2"], int)
    one = client.get(f"{API}/stats/contributions", params={"group_by": "contributor"}).json()
    assert {g["key"]: [g["count"], g["personnel"] or 0] for g in one["groups"]} == dict(
        by_contributor
    )
    assert body["total"] == one["total"]
    # And over the first, each year's (unnamed groups counted in both: no contributor
    # dimension leaves them out of the years).
    every = client.get(
        f"{API}/stats/contributions",
        params={"group_by": "contributor,year", "include_groups": "true"},
    ).json()
    years = client.get(f"{API}/stats/contributions", params={"group_by": "year"}).json()
    by_year: dict[Any, int] = defaultdict(int)
    for g in every["groups"]:
        by_year[g["key2"]] += g["count"]
    assert {g["key"]: g["count"] for g in years["groups"]} == dict(by_year)
    # Filters apply as with one dimension; labels come from the records.
    ntm = client.get(
        f"{API}/stats/contributions",
        params={"group_by": "type,mission", "mission": "ntm-i", "shape": "array"},
    ).json()
    assert ntm and {g["key2"] for g in ntm} == {"ntm-i"}
    assert all(g["label2"] for g in ntm)


@pytest.mark.parametrize(
    ("pair", "one", "extra"),
    [
        ("contributor,year", "contributor", {}),
        ("mission,status", "mission", {"include_disputed": "true"}),
        ("type,contributor", "type", {"include_groups": "true"}),
        ("contributor_kind,mission", "contributor_kind", {}),
    ],
)
def test_two_dimensions_add_amounts_by_the_one_dimension_rule(
    client: TestClient, pair: str, one: str, extra: dict[str, str]
) -> None:
    """A series' restated or second-source amounts count once (`amount_rule`), also when
    grouped by two dimensions: summed over the second, the amounts of the first's answer."""
    body = client.get(f"{API}/stats/contributions", params={"group_by": pair, **extra}).json()
    single = client.get(f"{API}/stats/contributions", params={"group_by": one, **extra}).json()
    assert body["amount_rule"] == single["amount_rule"]
    summed: dict[Any, dict[str, list[Any]]] = defaultdict(dict)
    for g in body["groups"]:
        for a in g["amounts"]:
            total = summed[g["key"]].setdefault(a["unit"], [Decimal(0), 0])
            total[0] += Decimal(a["amount"])
            total[1] += a["count"]
    expected = {
        g["key"]: {a["unit"]: [Decimal(a["amount"]), a["count"]] for a in g["amounts"]}
        for g in single["groups"]
        if g["amounts"]
    }
    assert expected, "the seed has amounts to add"
    assert dict(summed) == expected


def test_two_dimensions_pivoted(client: TestClient) -> None:
    params = {"group_by": "contributor,year", "mission": "ntm-i"}
    long = client.get(f"{API}/stats/contributions", params=params).json()["groups"]
    for measure in ("count", "personnel"):
        wide = client.get(
            f"{API}/stats/contributions", params=params | {"shape": "wide", "measure": measure}
        )
        assert wide.status_code == 200, wide.text
        rows = wide.json()
        years = sorted({g["key2"] for g in long}, key=lambda k: (k is None, str(k)))
        columns = ["key", "label", *("null" if y is None else str(y) for y in years)]
        assert all(list(r) == columns for r in rows)
        cells = {(r["key"], c): r[c] for r in rows for c in columns[2:] if r[c] is not None}
        expected = {
            (g["key"], "null" if g["key2"] is None else str(g["key2"])): g[measure]
            for g in long
            if g[measure] is not None
        }
        assert cells == expected
    text = client.get(
        f"{API}/stats/contributions", params=params | {"shape": "wide", "format": "csv"}
    ).text
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed[0] == columns
    assert len(parsed) == len(rows) + 1


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"group_by": "contributor,year,type"}, "query.group_by"),
        ({"group_by": "contributor,nation"}, "query.group_by"),
        ({"group_by": "contributor", "shape": "wide"}, "query.shape"),
        ({"group_by": "contributor,year", "measure": "amount"}, "query.measure"),
        ({"shape": "table"}, "query.shape"),
    ],
)
def test_bad_pivots_are_refused_naming_the_field(
    client: TestClient, params: dict[str, str], field: str
) -> None:
    from tests.helpers import assert_problem

    assert_problem(client.get(f"{API}/stats/contributions", params=params), 422, field)


def infinity_rows(
    client: TestClient, url: str, params: dict[str, Any], page_size: int = 1000
) -> list[Any]:
    """Grafana Infinity's cursor pagination as the README sets it up: root selector `items`,
    cursor from `next_cursor`, passed back as `cursor`, page size `limit` 1000 (its default)."""
    rows: list[Any] = []
    cursor = None
    for _ in range(100):
        query = params | {"limit": page_size} | ({"cursor": cursor} if cursor else {})
        response = client.get(url, params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        rows += body["items"]
        cursor = body["next_cursor"]
        if not cursor:
            return rows
    raise AssertionError("Infinity would page for ever")


def test_grafana_infinity_cursor_recipe(client: TestClient) -> None:
    rows = infinity_rows(client, f"{API}/citations", {})
    everything = client.get(f"{API}/citations", params={"format": "ndjson"}).text.splitlines()
    assert len(rows) == len(everything) > 100
    assert len({r["key"] for r in rows}) == len(rows)
    # Several pages (a smaller page size): the same rows, in the same order.
    assert infinity_rows(client, f"{API}/citations", {}, page_size=97) == rows
    # The time series: `start` a date, `personnel` a number, `key` the series, in time order.
    series = client.get(f"{API}/stats/strength", params={"mission": "mnf-i", "interval": "month"})
    items = series.json()["items"]
    assert all(isinstance(r["personnel"], int) for r in items)
    assert [r["start"] for r in items] == sorted(r["start"] for r in items)


def test_superset_recipe_reads_a_bare_array(client: TestClient) -> None:
    response = client.get(
        f"{API}/stats/strength", params={"mission": "mnf-i", "group_by": "total", "shape": "array"}
    )
    rows = response.json()
    # shillelagh's generic JSON adapter: a list of flat objects of scalar values.
    assert isinstance(rows, list) and rows
    assert all(isinstance(v, (str, int, bool)) or v is None for r in rows for v in r.values())
    assert len({tuple(r) for r in rows}) == 1  # the same columns in every row
