"""The audit log: filters, who and when, request ids; and two curators on one mission."""

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.curation_support import API, Curated, citation_in, etag
from tests.helpers import assert_problem


def walk(
    client: TestClient, url: str, headers: dict[str, str], **params: str
) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    response = client.get(url, params=params | {"limit": "3"}, headers=headers)
    while True:
        assert response.status_code == 200, response.text
        items.extend(response.json()["items"])
        if response.json()["next"] is None:
            return items
        response = client.get(response.json()["next"], headers=headers)


def test_two_curators_on_one_mission_the_second_gets_412(api: TestClient, curated: Curated) -> None:
    url = f"{API}/missions/nmi"
    original = api.get(url, params={"include_disputed": "true"}).json()
    first_tag = second_tag = etag(api, url)
    first = api.patch(
        url,
        json={"summary": "First curator's summary."},
        headers=curated.auth() | {"If-Match": first_tag},
    )
    assert first.status_code == 200
    second = api.patch(
        url,
        json={"name": "Second curator's name"},
        headers=curated.auth() | {"If-Match": second_tag},
    )
    assert_problem(second, 412)
    now = api.get(url, params={"include_disputed": "true"}).json()
    assert now["summary"] == "First curator's summary."
    assert now["name"] == original["name"]
    assert now["version"] == original["version"] + 1


def test_audit_log_filters(api: TestClient, kb_db: Session, curated: Curated) -> None:
    admin = curated.auth("admin")
    started = datetime.now(UTC) - timedelta(seconds=1)
    body = {
        "slug": "audit-mission",
        "name": "Audited",
        "kind": "other",
        "theater": "IRQ",
        "citations": [citation_in(kb_db, "nato-mission-iraq-topic")],
    }
    created = api.post(
        f"{API}/missions", json=body, headers=curated.auth() | {"X-Request-ID": "req-audit-1"}
    )
    assert created.status_code == 201
    url = f"{API}/missions/audit-mission"
    api.patch(url, json={"acronym": "AM"}, headers=curated.auth() | {"If-Match": etag(api, url)})

    entries = walk(api, f"{API}/audit", headers=admin, resource="missions", key="audit-mission")
    assert [e["action"] for e in entries] == ["update", "create"]
    assert entries[1]["request_id"] == "req-audit-1"
    assert all(e["actor"] == "editor-key" for e in entries)
    # The citation created with it shares its request id.
    cits = walk(api, f"{API}/audit", headers=admin, resource="citations", since=started.isoformat())
    assert "req-audit-1" in {e["request_id"] for e in cits}
    assert walk(api, f"{API}/audit", headers=admin, actor="nobody") == []
    later = (datetime.now(UTC) + timedelta(minutes=5)).isoformat()
    assert walk(api, f"{API}/audit", headers=admin, since=later) == []
    before = walk(api, f"{API}/audit", headers=admin, until=started.isoformat(), action="create")
    assert "audit-mission" not in {e["record_key"] for e in before}
    assert_problem(api.get(f"{API}/audit", params={"resource": "nope"}, headers=admin), 422)
    assert_problem(api.get(f"{API}/audit", params={"actr": "x"}, headers=admin), 400)
    # Every filter takes "any of": comma-separated and repeated alike, the union of each.
    for name, a, b in (
        ("resource", "missions", "citations"),
        ("action", "create", "update"),
        ("key", "audit-mission", cits[0]["record_key"]),
        ("actor", "editor-key", "nobody"),
    ):
        one = {e["id"] for e in walk(api, f"{API}/audit", headers=admin, **{name: a})}
        other = {e["id"] for e in walk(api, f"{API}/audit", headers=admin, **{name: b})}
        both = {e["id"] for e in walk(api, f"{API}/audit", headers=admin, **{name: f"{a},{b}"})}
        assert one and both == one | other, name
        repeated = api.get(f"{API}/audit", params=[(name, a), (name, b)], headers=admin)
        assert repeated.json()["total"] == len(both), name
        assert_problem(api.get(f"{API}/audit", params={name: ""}, headers=admin), 422)
    history = api.get(f"{API}/missions/audit-mission/history").json()
    assert [e["action"] for e in history["items"]] == ["update", "create"]
    assert history["items"][0]["before"]["acronym"] is None
    assert history["items"][0]["after"]["acronym"] == "AM"


def test_writes_to_unknown_records_are_404(api: TestClient, curated: Curated) -> None:
    editor = curated.auth() | {"If-Match": '"1"'}
    assert_problem(api.patch(f"{API}/missions/no-such", json={"name": "x"}, headers=editor), 404)
    assert_problem(api.delete(f"{API}/citations/no-such", headers=editor), 404)
    assert_problem(api.put(f"{API}/partner-nations/ZZZ", json={"name": "x"}, headers=editor), 404)


def test_if_match_star_and_bare_versions_are_accepted(api: TestClient, curated: Curated) -> None:
    url = f"{API}/contribution-types/advisory"
    response = api.patch(
        url, json={"description": "Any"}, headers=curated.auth() | {"If-Match": "*"}
    )
    assert response.status_code == 200, response.text
    bare = f'"{response.json()["version"]}"'  # the record version alone, without the data version
    response = api.patch(
        url, json={"description": "Bare"}, headers=curated.auth() | {"If-Match": bare}
    )
    assert response.status_code == 200, response.text
