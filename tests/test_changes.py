"""The public change feed on both engines: a mirror built only from `/export` and
`/changes?since=` equals a fresh export after a series of random writes (creates, updates,
deletes with cascades, an import, refused writes), paged by cursor, with no author or API key
in it; bad parameters are problems naming the field."""

import json
import random
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.audit.snapshots import KINDS
from app.transfer.service import RESOURCES as SECTIONS
from tests.curation_support import API, Curated, etag
from tests.helpers import assert_problem
from tests.test_writes import RESOURCES as WRITABLE

pytest_plugins = ["tests.curation_support"]

# Resource in URLs -> (export section, natural key field).
SECTION_OF = {resource: (section, KINDS[section][1]) for section, resource in SECTIONS.items()}
# Resources created afresh by the random writes (partner nations need a real ISO code).
MADE = [r for r in WRITABLE if r[0] != "partner-nations"]


@pytest.fixture(autouse=True)
def no_write_limit(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Dozens of writes in a second: the per-client write limit is not what is tested here."""
    from app.core.config import get_settings

    monkeypatch.setenv("RATE_LIMIT_WRITES_PER_MINUTE", "0")
    get_settings.cache_clear()
    yield
    monkeypatch.delenv("RATE_LIMIT_WRITES_PER_MINUTE")
    get_settings.cache_clear()


def exported(api: TestClient) -> tuple[int, dict[str, dict[str, Any]]]:
    response = api.get(f"{API}/export")
    assert response.status_code == 200, response.text
    version = re.fullmatch(r'W/"d(\d+)"', response.headers["ETag"])
    assert version, response.headers["ETag"]
    doc = response.json()
    sections = {s: {str(r[KINDS[s][1]]): r for r in doc[s]} for s in KINDS}
    return int(version.group(1)), sections


def feed(api: TestClient, since: int, limit: int) -> tuple[list[dict[str, Any]], int]:
    """Every entry after `since`, following `next` page by page; and the version reached."""
    entries: list[dict[str, Any]] = []
    page = api.get(f"{API}/changes", params={"since": since, "limit": limit})
    while True:
        assert page.status_code == 200, page.text
        body = page.json()
        assert len(body["items"]) <= limit
        entries += body["items"]
        if body["next"] is None:
            assert "Link" not in page.headers
            return entries, int(body["data_version"])
        assert page.headers["Link"] == f'<{body["next"]}>; rel="next"'
        page = api.get(body["next"])


def apply(mirror: dict[str, dict[str, Any]], entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        section, _ = SECTION_OF[entry["resource"]]
        if entry["change"] == "deleted":
            assert entry["record"] is None
            mirror[section].pop(entry["key"], None)
        else:
            mirror[section][entry["key"]] = entry["record"]


class RandomWrites:
    def __init__(self, api: TestClient, curated: Curated, db: Session, seed: int) -> None:
        self.api, self.curated, self.db = api, curated, db
        self.rng = random.Random(seed)
        self.made: list[tuple[str, str, dict[str, Any]]] = []  # (resource, key, patch)
        self.n = 0

    def step(self) -> int:
        choice = self.rng.random()
        if choice < 0.45 or not self.made:
            return self.create()
        if choice < 0.7:
            return self.patch()
        if choice < 0.85:
            return self.delete()
        if choice < 0.9:
            return self.delete_seed_contribution()
        if choice < 0.95:
            return self.refused()
        return self.imported()

    def create(self) -> int:
        resource, key_field, key, make_body, patch = self.rng.choice(MADE)
        self.n += 1
        key = f"{key}-{self.n}"
        response = self.api.post(
            f"{API}/{resource}",
            json=make_body(self.db) | {key_field: key},
            headers=self.curated.auth(),
        )
        assert response.status_code == 201, response.text
        self.made.append((resource, key, patch))
        return response.status_code

    def _pick(self) -> tuple[str, str, dict[str, Any]]:
        return self.made[self.rng.randrange(len(self.made))]

    def patch(self) -> int:
        resource, key, patch = self._pick()
        url = f"{API}/{resource}/{key}"
        if self.api.get(url, params={"include_disputed": "true"}).status_code == 404:
            return 404  # deleted with its mission, say
        body = {k: v for k, v in patch.items()}
        if "title" in body:
            body["title"] = f"{body['title']} {self.n}"
        headers = self.curated.auth() | {"If-Match": etag(self.api, url)}
        response = self.api.patch(url, json=body, headers=headers)
        assert response.status_code == 200, response.text
        return response.status_code

    def delete(self) -> int:
        resource, key, patch = self._pick()
        url = f"{API}/{resource}/{key}"
        if self.api.get(url, params={"include_disputed": "true"}).status_code == 404:
            return 404
        headers = self.curated.auth() | {"If-Match": etag(self.api, url)}
        response = self.api.delete(url, headers=headers)
        # A source still cited, a type still used: refused, and nothing written.
        assert response.status_code in (204, 409, 422), response.text
        if response.status_code == 204:
            self.made.remove((resource, key, patch))
        return response.status_code

    def delete_seed_contribution(self) -> int:
        """A record with citations and observations: the cascade is in the feed too."""
        listed = self.api.get(f"{API}/contributions", params={"mission": "mnf-i", "limit": 50})
        slug = self.rng.choice(listed.json()["items"])["slug"]
        url = f"{API}/contributions/{slug}"
        headers = self.curated.auth() | {"If-Match": etag(self.api, url)}
        response = self.api.delete(url, params={"cascade": "true"}, headers=headers)
        assert response.status_code == 204, response.text
        return response.status_code

    def refused(self) -> int:
        """A write refused by a rule leaves no entry."""
        resource, key_field, key, make_body, _ = self.rng.choice(MADE)
        body = make_body(self.db) | {key_field: key + "-refused", "citations": "not a list"}
        response = self.api.post(f"{API}/{resource}", json=body, headers=self.curated.auth())
        assert response.status_code == 422, response.text
        return response.status_code

    def imported(self) -> int:
        """An import changing one source's title: entries with the imported record."""
        doc = self.api.get(f"{API}/export").json()
        source = dict(self.rng.choice(doc["sources"]))
        source["title"] = f"{source['title']} (imported {self.n})"
        upload = {"format": doc["format"], "sources": [source]}
        response = self.api.post(f"{API}/import", json=upload, headers=self.curated.auth())
        assert response.status_code == 200, response.text
        return response.status_code


def _field_names(value: Any) -> set[str]:
    """Every field name at any depth of a JSON value."""
    if isinstance(value, dict):
        return set(value) | {n for v in value.values() for n in _field_names(v)}
    if isinstance(value, list):
        return {n for v in value for n in _field_names(v)}
    return set()


def test_a_mirror_from_the_export_and_the_feed_equals_a_fresh_export(
    api: TestClient, curated: Curated, kb_db: Session
) -> None:
    version, mirror = exported(api)
    writes = RandomWrites(api, curated, kb_db, seed=16)
    statuses = [writes.step() for _ in range(40)]
    assert statuses.count(201) >= 10 and 204 in statuses, statuses
    # An API key made meanwhile is no record: never in the feed.
    made = api.post(
        f"{API}/keys",
        json={"name": "feed-secret-key", "role": "reader"},
        headers=curated.auth("admin"),
    )
    assert made.status_code == 201, made.text

    entries, reached = feed(api, version, limit=7)
    assert reached > version
    assert [(e["version"]) for e in entries] == sorted(e["version"] for e in entries)
    assert all(version < e["version"] <= reached for e in entries)
    assert {e["change"] for e in entries} == {"created", "changed", "deleted"}
    text = json.dumps(entries)
    # Key names are unique strings; "actor" and "request_id" must not be fields anywhere (as
    # substrings they occur in records' own text: a source's excerpt says "contractors").
    for secret in ("editor-key", "feed-secret-key"):
        assert secret not in text
    assert not {"actor", "request_id", "key_name", "api_key"} & _field_names(entries)
    assert "keys" not in {e["resource"] for e in entries}
    apply(mirror, entries)
    _, fresh = exported(api)
    assert mirror == fresh

    # More writes, then polling again from where the last poll stopped.
    for _ in range(15):
        writes.step()
    more, again = feed(api, reached, limit=1000)
    assert more and again > reached
    apply(mirror, more)
    assert mirror == exported(api)[1]
    # Nothing new: an empty page at the same version.
    assert feed(api, again, limit=5) == ([], again)


def test_bare_array_pages_by_link_header(api: TestClient, curated: Curated) -> None:
    since = int(api.get(f"{API}/changes").json()["data_version"])
    for n in range(3):
        made = api.post(
            f"{API}/sources",
            json={"slug": f"feed-array-{n}", "title": "A report", "kind": "official"},
            headers=curated.auth(),
        )
        assert made.status_code == 201, made.text
    page = api.get(f"{API}/changes", params={"since": since, "limit": 2, "shape": "array"})
    assert page.status_code == 200, page.text
    first = page.json()
    assert isinstance(first, list) and len(first) == 2
    link = re.fullmatch(r'<([^>]+)>; rel="next"', page.headers["Link"])
    assert link and "shape=array" in link.group(1)
    rest = api.get(link.group(1))
    assert [e["key"] for e in first + rest.json()] == [f"feed-array-{n}" for n in range(3)]
    assert "Link" not in rest.headers
    only = api.get(f"{API}/changes", params={"since": since, "resource": "missions"})
    assert only.json()["items"] == []


@pytest.mark.parametrize(
    ("params", "status", "field"),
    [
        ({"since": "-1"}, 422, "query.since"),
        ({"since": "10000000000"}, 422, "query.since"),
        ({"since": "x"}, 422, "query.since"),
        ({"limit": "1001"}, 422, "query.limit"),
        ({"limit": "0"}, 422, "query.limit"),
        ({"cursor": "!!!"}, 400, "query.cursor"),
        ({"resource": "keys"}, 422, "query.resource"),
        ({"shape": "wide"}, 422, "query.shape"),
        ({"fields": "version,actor"}, 400, "query.fields"),
    ],
)
def test_bad_parameters_are_refused_naming_the_field(
    api: TestClient, params: dict[str, str], status: int, field: str
) -> None:
    assert_problem(api.get(f"{API}/changes", params=params), status, field)


def test_grafana_default_page_size_is_accepted(api: TestClient) -> None:
    response = api.get(f"{API}/changes", params={"limit": "1000"})
    assert response.status_code == 200, response.text


def _statements(api: TestClient, url: str, headers: dict[str, str]) -> int:
    """SQL statements one request costs (each URL asked once: never a cached answer)."""
    from sqlalchemy import event

    from app.core.db import get_engine

    count = [0]

    def seen(*_: Any) -> None:
        count[0] += 1

    engine = get_engine()
    event.listen(engine, "before_cursor_execute", seen)
    try:
        response = api.get(url, headers=headers)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert response.status_code == 200, response.text
    return count[0]


def test_the_feed_and_the_audit_log_select_fields(api: TestClient, curated: Curated) -> None:
    """`fields` on `/changes`, `/audit` (admin) and a record's history: the items keep the
    fields asked, in that order, the envelope kept; `shape=array`; `-name` drops; pages
    followed by `next` keep the selection; an unknown name is a 400 naming `query.fields`
    (after the key is checked); a selection costs no statement."""
    since = int(api.get(f"{API}/changes").json()["data_version"])
    for n in range(3):
        made = api.post(
            f"{API}/sources",
            json={"slug": f"feed-fields-{n}", "title": "A report", "kind": "official"},
            headers=curated.auth(),
        )
        assert made.status_code == 201, made.text
    url = f"{API}/sources/feed-fields-0"
    edited = api.patch(
        url,
        json={"title": "A longer report"},
        headers=curated.auth() | {"If-Match": etag(api, url)},
    )
    assert edited.status_code == 200, edited.text

    # The feed: JSON, paged, shape=array, dropped.
    full = api.get(f"{API}/changes", params={"since": since}).json()
    assert len(full["items"]) >= 4 and full["next"] is None
    assert {"created", "changed"} <= {e["change"] for e in full["items"]}
    paths = ["key", "change", "version"]
    expected = [{p: e[p] for p in paths} for e in full["items"]]
    chosen = {"since": since, "fields": ",".join(paths)}
    body = api.get(f"{API}/changes", params=chosen).json()
    assert body["items"] == expected
    assert [list(e) for e in body["items"]] == [paths] * len(expected)
    assert {k: v for k, v in body.items() if k != "items"} == {
        k: v for k, v in full.items() if k != "items"
    }
    paged, page = [], api.get(f"{API}/changes", params={**chosen, "limit": 1})
    while True:
        assert page.status_code == 200, page.text
        paged += page.json()["items"]
        if page.json()["next"] is None:
            break
        assert "fields=" in page.json()["next"]
        page = api.get(page.json()["next"])
    assert paged == expected
    array = api.get(f"{API}/changes", params={**chosen, "shape": "array"})
    assert array.json() == expected
    light = api.get(f"{API}/changes", params={"since": since, "fields": "-record,-at"}).json()
    assert light["items"] == [
        {k: v for k, v in e.items() if k not in ("record", "at")} for e in full["items"]
    ]
    # The feed never had an author: asking for one is an unknown field.
    unknown = assert_problem(
        api.get(f"{API}/changes", params={"fields": "version,actor"}), 400, "query.fields"
    )
    assert "actor" in unknown["detail"]

    # The audit log (admin), and a record's history.
    admin = curated.auth("admin")
    log = api.get(f"{API}/audit", params={"limit": 2}, headers=admin).json()
    paths = ["record_key", "action", "actor"]
    expected = [{p: e[p] for p in paths} for e in log["items"]]
    chosen_log = {"limit": 2, "fields": ",".join(paths)}
    body = api.get(f"{API}/audit", params=chosen_log, headers=admin).json()
    assert body["items"] == expected
    assert [list(e) for e in body["items"]] == [paths] * 2
    assert {k: v for k, v in body.items() if k not in ("items", "next")} == {
        k: v for k, v in log.items() if k not in ("items", "next")
    }
    assert body["next"] and "fields=" in body["next"]
    following = api.get(body["next"], headers=admin).json()["items"]
    assert following and all(list(e) == paths for e in following)
    dropped = api.get(
        f"{API}/audit", params={"limit": 2, "fields": "-before,-after"}, headers=admin
    )
    assert dropped.json()["items"] == [
        {k: v for k, v in e.items() if k not in ("before", "after")} for e in log["items"]
    ]
    history = api.get(f"{API}/sources/feed-fields-0/history")
    assert [e["action"] for e in history.json()["items"]] == ["update", "create"]
    actions = api.get(
        f"{API}/sources/feed-fields-0/history",
        params={"fields": "action,after", "shape": "array"},
    )
    assert actions.json() == [
        {"action": e["action"], "after": e["after"]} for e in history.json()["items"]
    ]
    # A record in the log is free-form JSON (the export format): no names inside it.
    inside = api.get(f"{API}/sources/feed-fields-0/history", params={"fields": "after.title"})
    assert "after.title" in assert_problem(inside, 400, "query.fields")["detail"]
    # The key is checked first: an anonymous caller learns nothing of the field names.
    assert_problem(api.get(f"{API}/audit", params={"fields": "nope"}), 401)
    refused = api.get(f"{API}/audit", params={"fields": "at,nope"}, headers=admin)
    assert "nope" in assert_problem(refused, 400, "query.fields")["detail"]

    # What /audit's schema pattern allows is answered, what it does not is a 400.
    spec = api.get("/openapi.json").json()
    param = next(
        p for p in spec["paths"][f"{API}/audit"]["get"]["parameters"] if p["name"] == "fields"
    )
    for value in ("at , actor", "-before,-after", "record_key"):
        assert re.search(param["schema"]["pattern"], value), value
        assert api.get(f"{API}/audit", params={"fields": value}, headers=admin).status_code == 200
    for value in ("at,,actor", "at,-actor", "", "colour"):
        assert not re.search(param["schema"]["pattern"], value), value
        answer = api.get(f"{API}/audit", params={"fields": value}, headers=admin)
        assert_problem(answer, 400, "query.fields")

    # A selection is applied to the rows read: no statement more.
    for plain, selected, headers in (
        (f"{API}/changes?limit=50", f"{API}/changes?limit=50&fields=key", {}),
        (f"{API}/audit?limit=3", f"{API}/audit?limit=3&fields=-before,-after", admin),
    ):
        assert _statements(api, selected, headers) == _statements(api, plain, headers)
