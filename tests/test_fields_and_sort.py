"""Field selection (`fields=`) and multi-key sort (`sort=-personnel,slug`) on every list and
record, through HTTP, checked against the full answers and the database on both engines."""

import csv
import io
import itertools
import json
from datetime import date
from typing import Any
from urllib.parse import parse_qsl

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.pagination import pack_cursor, unpack_cursor
from app.models import Contribution
from tests.helpers import assert_problem, counted_get, walk

API = "/api/v1"
LATE = "9999-12-31"

# Every keyed list, with sorts of several keys: mixed directions, nullable keys (dates,
# personnel) whose NULLs and ties the later keys and the id must order.
MULTI_SORTS = [
    ("/contributions", "-personnel,slug"),
    ("/contributions", "personnel,-start_date"),
    ("/contributions", "-end_date,-personnel"),
    ("/contributions", "start_date,end_date,-slug"),
    ("/missions", "-end_date,name"),
    ("/partner-nations", "-nato_accession_date,name"),
    ("/organizations", "-name,code"),
    ("/contributors", "name,-code"),
    ("/strengths", "-personnel,date"),
    ("/strengths", "date,-personnel,slug"),
    ("/sources", "-published_date,title"),
    ("/lessons", "-title,slug"),
    ("/contribution-types", "-name,slug"),
]

# What a NULL sorts as (app/core/pagination.py): a date late, personnel -1.
NULL_AS: dict[str, Any] = {"personnel": -1}


def _value(item: dict[str, Any], key: str) -> Any:
    value = item[key]
    if value is None:
        return NULL_AS.get(key, LATE)
    return value


def _in_order(items: list[dict[str, Any]], sort: str) -> None:
    """Each pair of neighbours is ordered by the first key on which they differ (string keys
    are left to the database's collation: only numbers and dates are compared here)."""
    keys = [(k.lstrip("-"), k.startswith("-")) for k in sort.split(",")]
    for a, b in itertools.pairwise(items):
        for key, desc in keys:
            va, vb = _value(a, key), _value(b, key)
            if va == vb:
                continue
            if not isinstance(va, int) and not _is_date(va):
                break  # a string key: its collation is the engine's
            assert (va > vb) if desc else (va < vb), (key, va, vb)
            break


def _is_date(value: Any) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _ndjson(response: Any) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    return [json.loads(line) for line in response.text.splitlines() if line]


@pytest.mark.parametrize(("path", "sort"), MULTI_SORTS)
def test_multi_key_sort_pages_exactly_at_any_depth(
    client: TestClient, path: str, sort: str
) -> None:
    """Paged three rows at a time, the list is the unpaged list (one page of 1000, and the
    NDJSON stream read in keyset batches), in the order the keys say."""
    params = {"sort": sort}
    if path in ("/contributions", "/missions", "/strengths", "/lessons"):
        params["include_disputed"] = "true"
    paged = walk(client, API + path, limit=3, **params)
    whole = client.get(API + path, params={**params, "limit": 1000}).json()
    assert whole["next"] is None
    assert paged == whole["items"]
    assert _ndjson(client.get(API + path, params={**params, "format": "ndjson"})) == paged
    assert len(paged) > 3
    _in_order(paged, sort)


def test_multi_key_sort_breaks_ties_by_the_next_key(client: TestClient, db: Session) -> None:
    """Contributions sharing a personnel figure (NULLs included) come in slug order
    descending under `-personnel,-slug`, and the order of the personnel figures is the
    database's."""
    items = walk(
        client, f"{API}/contributions", limit=7, sort="-personnel,-slug", include_disputed="true"
    )
    personnel = [i["personnel"] for i in items]
    known = [p for p in personnel if p is not None]
    assert known == sorted(known, reverse=True)
    assert personnel[len(known) :] == [None] * (len(personnel) - len(known))  # NULLs last
    by_figure: dict[Any, list[str]] = {}
    for item in items:
        by_figure.setdefault(item["personnel"], []).append(item["slug"])
    ties = [slugs for slugs in by_figure.values() if len(slugs) > 1]
    assert ties, "the seed has contributions sharing a personnel figure"
    for slugs in ties:
        assert slugs == _db_desc(db, slugs)


def _db_desc(db: Session, slugs: list[str]) -> list[str]:
    """The slugs in the database's own descending order (its collation)."""
    return list(
        db.scalars(
            select(Contribution.slug)
            .where(Contribution.slug.in_(slugs))
            .order_by(Contribution.slug.desc())
        )
    )


def test_a_key_named_twice_adds_nothing(client: TestClient) -> None:
    once = client.get(f"{API}/contributions", params={"sort": "-personnel,slug", "limit": 1000})
    twice = client.get(
        f"{API}/contributions", params={"sort": "-personnel, personnel ,slug,-slug", "limit": 1000}
    )
    assert once.json()["items"] == twice.json()["items"]


@pytest.mark.parametrize(
    "url",
    [
        "/contributions?sort=-personnel,bogus",
        "/contributions?sort=name",
        "/contributions?sort=--slug",
        "/contributions?sort=",
        "/organizations?sort=nato_accession_date",
        "/missions?sort=slug;name",
        "/citations?sort=key",
    ],
)
def test_an_unknown_sort_key_is_a_problem_naming_sort(client: TestClient, url: str) -> None:
    response = client.get(API + url)
    if url.startswith("/citations"):
        # Citations take no sort: an unknown parameter, named.
        assert_problem(response, 400)
        assert "sort" in response.text
        return
    assert_problem(response, 422, "query.sort")


def test_a_cursor_serves_its_own_sort_only(client: TestClient) -> None:
    first = client.get(
        f"{API}/contributions", params={"sort": "-personnel,slug", "limit": 2}
    ).json()
    cursor = first["next_cursor"]
    other = client.get(
        f"{API}/contributions", params={"sort": "-personnel,-slug", "limit": 2, "cursor": cursor}
    )
    assert_problem(other, 400, "query.cursor")
    # A cursor holding the wrong number of values is not ours.
    sort, filters, values, last_id = unpack_cursor(cursor, 4)
    assert isinstance(values, list) and len(values) == 2
    forged = pack_cursor([sort, filters, values[:1], last_id])
    response = client.get(
        f"{API}/contributions", params={"sort": "-personnel,slug", "limit": 2, "cursor": forged}
    )
    assert_problem(response, 400, "query.cursor")


# --- fields ---------------------------------------------------------------------------------

LISTS = [
    "/missions",
    "/contributions",
    "/partner-nations",
    "/organizations",
    "/contributors",
    "/strengths",
    "/sources",
    "/lessons",
    "/contribution-types",
    "/citations",
    "/sources/role-of-nato-and-partners-in-iraq/claims",
    # Offset-paged lists.
    "/timeline",
    "/search?q=training",
]


def _project(item: dict[str, Any], paths: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path in paths:
        head, _, rest = path.partition(".")
        if not rest:
            out[head] = item[head]
        elif item[head] is None:
            out[head] = None
        else:
            out.setdefault(head, {}).update(_project(item[head], [rest]))
    return out


@pytest.mark.parametrize("path", LISTS)
def test_every_list_selects_fields_in_every_format(client: TestClient, path: str) -> None:
    path, _, query = path.partition("?")
    extra = dict(parse_qsl(query))
    full = client.get(API + path, params={**extra, "limit": 5})
    assert full.status_code == 200, full.text
    items = full.json()["items"]
    assert items
    names = list(items[0])
    paths = [names[-1], names[0]]  # an order of its own: the answer keeps it
    fields = ",".join(paths)
    expected = [_project(i, paths) for i in items]

    page = client.get(API + path, params={**extra, "limit": 5, "fields": fields})
    assert page.status_code == 200, page.text
    body = page.json()
    assert body["items"] == expected
    assert [list(i) for i in body["items"]] == [paths] * len(items)
    envelope = {k: v for k, v in full.json().items() if k not in ("items", "next")}
    assert {k: v for k, v in body.items() if k not in ("items", "next")} == envelope
    # The next page keeps the selection (and the cursor is the full list's).
    assert (body["next"] is None) == (full.json()["next"] is None)
    assert body["next"] is None or "fields=" in body["next"]
    assert page.headers["X-Total-Count"] == full.headers["X-Total-Count"]

    array = client.get(API + path, params={**extra, "limit": 5, "fields": fields, "shape": "array"})
    assert array.json() == expected
    ndjson = client.get(
        API + path, params={**extra, "limit": 5, "fields": fields, "format": "ndjson"}
    )
    assert _ndjson(ndjson) == expected
    table = client.get(API + path, params={**extra, "limit": 5, "fields": fields, "format": "csv"})
    rows = list(csv.reader(io.StringIO(table.text)))
    assert rows[0] == paths


def test_nested_fields_in_json_csv_and_ndjson(client: TestClient) -> None:
    params = {"limit": 20, "sort": "-personnel,slug"}
    fields = "slug,contributor.code,personnel,mission.slug,contributor.name"
    full = client.get(f"{API}/contributions", params=params).json()["items"]
    expected = [
        {
            "slug": i["slug"],
            "contributor": {"code": i["contributor"]["code"], "name": i["contributor"]["name"]},
            "personnel": i["personnel"],
            "mission": {"slug": i["mission"]["slug"]},
        }
        for i in full
    ]
    body = client.get(f"{API}/contributions", params={**params, "fields": fields}).json()
    assert body["items"] == expected
    ndjson = client.get(
        f"{API}/contributions", params={**params, "fields": fields, "format": "ndjson"}
    )
    assert _ndjson(ndjson) == expected
    table = client.get(f"{API}/contributions", params={**params, "fields": fields, "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(table.text)))
    # CSV columns come in the order asked (JSON groups them by object).
    assert list(rows[0]) == fields.split(",")
    assert [r["contributor.code"] for r in rows] == [i["contributor"]["code"] for i in full]
    assert [r["personnel"] for r in rows] == [
        "" if i["personnel"] is None else str(i["personnel"]) for i in full
    ]


def test_a_whole_object_wins_over_its_fields(client: TestClient) -> None:
    full = client.get(f"{API}/contributions", params={"limit": 3}).json()["items"]
    body = client.get(
        f"{API}/contributions",
        params={"limit": 3, "fields": "contributor.code,contributor,slug,slug"},
    ).json()
    assert body["items"] == [{"contributor": i["contributor"], "slug": i["slug"]} for i in full]


def test_fields_streams_every_row_and_pages_with_the_same_cursor(client: TestClient) -> None:
    """CSV without `limit` streams every row, selected; a cursor ignores `fields`, so the
    pages of a selection are the pages of the full list."""
    everything = walk(client, f"{API}/contributions", limit=50, include_disputed="true")
    stream = client.get(
        f"{API}/contributions",
        params={"include_disputed": "true", "fields": "slug", "format": "ndjson"},
    )
    assert _ndjson(stream) == [{"slug": i["slug"]} for i in everything]
    selected = walk(
        client, f"{API}/contributions", limit=50, include_disputed="true", fields="slug"
    )
    assert selected == [{"slug": i["slug"]} for i in everything]
    first = client.get(f"{API}/contributions", params={"limit": 5}).json()
    cursor = first["next_cursor"]
    second = client.get(
        f"{API}/contributions", params={"limit": 5, "cursor": cursor, "fields": "slug"}
    )
    assert second.status_code == 200, second.text


RECORDS = [
    "/missions/ntm-i",
    "/contributions/hun-ntm-i-t72-tanks",
    "/partner-nations/ITA",
    "/organizations/nato",
    "/contributors/nato",
    "/lessons/coordination-complexities",
    "/sources/role-of-nato-and-partners-in-iraq",
    "/contribution-types/logistics",
    "/citations/doc-isaf-in-iraq",
]


@pytest.mark.parametrize("path", RECORDS)
def test_every_record_selects_fields(client: TestClient, path: str) -> None:
    full = client.get(API + path)
    assert full.status_code == 200, full.text
    record = full.json()
    names = list(record)
    paths = [names[-1], names[0]]
    response = client.get(API + path, params={"fields": ",".join(paths)})
    assert response.status_code == 200, response.text
    assert response.json() == _project(record, paths)
    assert list(response.json()) == paths
    # The record's validators travel with the selection, and revalidate it.
    assert response.headers["ETag"] == full.headers["ETag"]
    again = client.get(
        API + path,
        params={"fields": ",".join(paths)},
        headers={"If-None-Match": response.headers["ETag"]},
    )
    assert again.status_code == 304


def test_a_record_selects_inside_its_lists(client: TestClient) -> None:
    full = client.get(f"{API}/missions/ntm-i").json()
    body = client.get(f"{API}/missions/ntm-i", params={"fields": "slug,citations.key"}).json()
    assert body == {"slug": "ntm-i", "citations": [{"key": c["key"]} for c in full["citations"]]}
    assert body["citations"]


@pytest.mark.parametrize(
    ("path", "lists"),
    [
        ("/missions/ntm-i", ("contributions_by_type", "lessons", "citations")),
        ("/contributions/gbr-mnf-i-deployment", ("citations", "strengths")),
    ],
)
def test_a_record_reads_only_the_lists_its_selection_keeps(
    client: TestClient, path: str, lists: tuple[str, ...]
) -> None:
    """A selection without a record's lists is the full answer projected, and does not read
    them: one statement per list fewer (RecordView.wants)."""
    full, every = counted_get(client, API + path, headers={"Cache-Control": "no-cache"})
    # The first list has items; each list, even an empty one, is read by a statement.
    assert full.status_code == 200 and full.json()[lists[0]] and set(lists) <= set(full.json())
    own = [name for name in full.json() if name not in lists]
    only, fewer = counted_get(
        client, API + path, params={"fields": ",".join(own)}, headers={"Cache-Control": "no-cache"}
    )
    assert only.status_code == 200
    assert only.json() == {name: full.json()[name] for name in own}
    assert fewer <= every - len(lists)
    # Dropping one list keeps the others whole and reads one statement fewer than all.
    dropped, one_less = counted_get(
        client, API + path, params={"fields": f"-{lists[0]}"}, headers={"Cache-Control": "no-cache"}
    )
    assert dropped.json() == {k: v for k, v in full.json().items() if k != lists[0]}
    assert fewer < one_less < every


@pytest.mark.parametrize(
    ("url", "unknown"),
    [
        ("/contributions?fields=slug,bogus", ["bogus"]),
        ("/contributions?fields=contributor.nope,slug.x", ["contributor.nope", "slug.x"]),
        ("/contributions?fields=,", []),
        ("/missions/ntm-i?fields=slug,personnel", ["personnel"]),
        ("/contributions?fields=slug,nope&format=csv", ["nope"]),
        ("/contributions?fields=nope&shape=array", ["nope"]),
    ],
)
def test_unknown_fields_are_a_400_naming_them(
    client: TestClient, url: str, unknown: list[str]
) -> None:
    body = assert_problem(client.get(API + url), 400, "query.fields")
    reason = next(e["reason"] for e in body["errors"] if e["field"] == "query.fields")
    for name in unknown:
        assert name in body["detail"] and name in reason
    assert "one of: " in reason and "slug" in reason


# --- stats ----------------------------------------------------------------------------------


def test_stats_groups_sort_by_several_keys(client: TestClient) -> None:
    url = f"{API}/stats/contributions"
    groups = client.get(url, params={"group_by": "contributor"}).json()["groups"]
    body = client.get(url, params={"group_by": "contributor", "sort": "-personnel,count"})
    assert body.status_code == 200, body.text
    got = body.json()["groups"]
    by_key = sorted(groups, key=lambda g: (g["key"] is None, str(g["key"])))
    expected = sorted(by_key, key=lambda g: (-(g["personnel"] or 0), g["count"]))
    assert [g["key"] for g in got] == [g["key"] for g in expected]
    ties = {(g["personnel"] or 0) for g in got}
    assert len(ties) < len(got), "the seed has contributors with the same personnel"


@pytest.mark.parametrize(
    "params",
    [
        {"group_by": "contributor", "sort": "-count,bogus"},
        {"group_by": "contributor,year", "sort": "nope"},
        {"group_by": "year", "sort": "count;key"},
    ],
)
def test_stats_refuse_an_unknown_sort_key(client: TestClient, params: dict[str, str]) -> None:
    assert_problem(client.get(f"{API}/stats/contributions", params=params), 422, "query.sort")


def test_stats_groups_select_fields(client: TestClient) -> None:
    url = f"{API}/stats/contributions"
    full = client.get(url, params={"group_by": "contributor,year"}).json()
    params = {"group_by": "contributor,year", "fields": "key2,key,count"}
    body = client.get(url, params=params).json()
    expected = [{"key2": g["key2"], "key": g["key"], "count": g["count"]} for g in full["groups"]]
    assert body["groups"] == expected
    assert {k: v for k, v in body.items() if k != "groups"} == {
        k: v for k, v in full.items() if k != "groups"
    }
    assert client.get(url, params={**params, "shape": "array"}).json() == expected
    table = client.get(url, params={**params, "format": "csv"})
    assert table.text.splitlines()[0] == "key2,key,count"
    one = client.get(url, params={"group_by": "year", "fields": "key,personnel"}).json()
    assert all(list(g) == ["key", "personnel"] for g in one["groups"])
    # key2 is a name of the schema's pattern (two dimensions have it): with one dimension
    # the request is well-formed and refused by a rule, a 422 rule-violation.
    refused = client.get(url, params={"group_by": "year", "fields": "key2"})
    assert assert_problem(refused, 422, "query.fields")["type"].endswith("/rule-violation")
    unknown = client.get(url, params={"group_by": "year", "fields": "nope"})
    assert_problem(unknown, 400, "query.fields")
    wide = client.get(url, params={**params, "shape": "wide"})
    assert_problem(wide, 422, "query.fields")


def test_stats_of_one_dimension_drop_fields_as_their_groups_have_them(client: TestClient) -> None:
    """`-name` with one dimension keeps the other fields of a one-dimension group (no `key2`
    or `label2` appear), in CSV too; naming `key2` or `label2` at all is the 422 rule."""
    url = f"{API}/stats/contributions"
    full = client.get(url, params={"group_by": "type"}).json()["groups"]
    body = client.get(url, params={"group_by": "type", "fields": "-amounts,-label"}).json()
    kept = ["key", "count", "personnel", "personnel_reported"]
    assert body["groups"] == [{k: g[k] for k in kept} for g in full]
    table = client.get(
        url, params={"group_by": "type", "fields": "-amounts,-label", "format": "csv"}
    )
    assert table.text.splitlines()[0] == ",".join(kept)
    for fields in ("-label2", "-count,-key2", "count,label2"):
        refused = client.get(url, params={"group_by": "type", "fields": fields})
        assert assert_problem(refused, 422, "query.fields")["type"].endswith("/rule-violation")
    two = client.get(url, params={"group_by": "type,year", "fields": "-amounts,-label2"}).json()
    two_kept = ["key", "label", "key2", "count", "personnel", "personnel_reported"]
    assert list(two["groups"][0]) == two_kept


def test_strength_series_selects_fields_in_every_format(client: TestClient) -> None:
    """`/stats/strength`: the rows keep the fields asked, in that order, in JSON (envelope
    kept), `shape=array`, NDJSON and CSV; `-name` drops; an unknown name is a 400."""
    url = f"{API}/stats/strength"
    params = {"mission": "mnf-i", "interval": "year"}
    full = client.get(url, params=params)
    assert full.status_code == 200, full.text
    rows = full.json()["items"]
    assert len(rows) > 10
    paths = ["personnel", "key", "start"]
    expected = [_project(r, paths) for r in rows]
    chosen = {**params, "fields": ",".join(paths)}
    body = client.get(url, params=chosen)
    assert body.status_code == 200, body.text
    assert body.json()["items"] == expected
    assert [list(r) for r in body.json()["items"]] == [paths] * len(rows)
    envelope = {k: v for k, v in full.json().items() if k != "items"}
    assert {k: v for k, v in body.json().items() if k != "items"} == envelope
    assert "from" in envelope  # the envelope's alias, as the full answer writes it
    assert body.headers["X-Total-Count"] == full.headers["X-Total-Count"] == str(len(rows))
    assert client.get(url, params={**chosen, "shape": "array"}).json() == expected
    assert _ndjson(client.get(url, params={**chosen, "format": "ndjson"})) == expected
    table = client.get(url, params={**chosen, "format": "csv"})
    lines = list(csv.reader(io.StringIO(table.text)))
    assert lines[0] == paths
    assert lines[1:] == [[str(r["personnel"]), r["key"], r["start"]] for r in rows]
    dropped = client.get(url, params={**params, "fields": "-label,-observed_from,-observed_to"})
    gone = ("label", "observed_from", "observed_to")
    assert dropped.json()["items"] == [{k: v for k, v in r.items() if k not in gone} for r in rows]
    unknown = assert_problem(client.get(url, params={**params, "fields": "key,count"}), 400)
    reason = next(e["reason"] for e in unknown["errors"] if e["field"] == "query.fields")
    assert "count" in unknown["detail"] and "one of: " in reason and "personnel" in reason
    assert_problem(client.get(url, params={**params, "fields": "key,count", "format": "csv"}), 400)


@pytest.mark.parametrize(
    ("fields", "detail"),
    [
        ("slug,,url", "`fields` has an empty item."),
        ("slug,", "`fields` has an empty item."),
        (" , ", "`fields` names no field."),
        ("slug\t,url", "`fields` is names separated by commas (and spaces)."),
        ("slug;url", "Unknown fields: slug;url."),
        ("-slug,url", "fields either keeps fields (slug) or drops them (-slug), not both."),
    ],
)
def test_what_the_pattern_refuses_is_a_400_worded_by_its_fault(
    client: TestClient, fields: str, detail: str
) -> None:
    """The schema's pattern alone decides; the 400 says what is wrong, with the names."""
    body = assert_problem(client.get(f"{API}/missions", params={"fields": fields}), 400)
    assert body["detail"] == detail
    assert [e["field"] for e in body["errors"]] == ["query.fields"]


def test_fields_with_a_minus_drop_those_and_keep_the_rest(client: TestClient) -> None:
    params = {"limit": 5, "sort": "-personnel,slug"}
    full = client.get(f"{API}/contributions", params=params).json()["items"]
    dropped = "-description,-contributor.url,-contributor.name,-html_url"
    body = client.get(f"{API}/contributions", params={**params, "fields": dropped}).json()
    expected = []
    for item in full:
        kept = {k: v for k, v in item.items() if k not in ("description", "html_url")}
        kept["contributor"] = {
            k: v for k, v in item["contributor"].items() if k not in ("url", "name")
        }
        expected.append(kept)
    assert body["items"] == expected
    assert [list(i) for i in body["items"]] == [list(i) for i in expected]
    table = client.get(
        f"{API}/contributions", params={**params, "fields": dropped, "format": "csv"}
    )
    header = next(csv.reader(io.StringIO(table.text)))
    every = next(
        csv.reader(
            io.StringIO(client.get(f"{API}/contributions", params={**params, "format": "csv"}).text)
        )
    )
    gone = {"description", "html_url", "contributor.url", "contributor.name"}
    assert header == [c for c in every if c not in gone]
    record = client.get(f"{API}/missions/ntm-i", params={"fields": "-citations,-lessons"}).json()
    assert "citations" not in record and "lessons" not in record and record["slug"] == "ntm-i"
    mixed = client.get(f"{API}/contributions", params={"fields": "slug,-description"})
    assert_problem(mixed, 400, "query.fields")


def test_fields_take_exactly_what_their_schema_pattern_says(client: TestClient) -> None:
    """Every `fields` parameter states its names in a pattern (all kept or all dropped):
    what the pattern allows is answered, what it does not is a 400 naming `query.fields`.
    Schemathesis found the unconstrained string refused as schema-valid input."""
    import re

    spec = client.get("/openapi.json").json()
    checked = 0
    for path, operations in spec["paths"].items():
        if "{" in path or "get" not in operations or path.endswith("/audit"):
            continue  # /audit is admin-only: tests/test_changes.py checks it with a key
        for param in operations["get"].get("parameters", []):
            if param["name"] != "fields":
                continue
            pattern = param["schema"]["pattern"]
            extra = {"q": "nato"} if path.endswith("/search") else {}
            if path.endswith("/stats/contributions"):
                extra = {"group_by": "contributor,year"}
            if path.endswith("/stats/strength"):
                extra = {"mission": "mnf-i"}
            for value in ("slug , url", "-slug,-url", "key, count", "key2,label2", "type,key"):
                if re.search(pattern, value):
                    answer = client.get(path, params={**extra, "fields": value})
                    assert answer.status_code == 200, (path, value, answer.text)
                    checked += 1
            for value in ("slug,,url", "slug,-url", "", "colour", "slug;url"):
                assert not re.search(pattern, value), (path, value)
                answer = client.get(path, params={**extra, "fields": value})
                assert_problem(answer, 400, "query.fields")
    assert checked >= 10
