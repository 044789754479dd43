"""Curators' writes through HTTP, checked against the database, on both engines: every
resource's create, replace, update and delete, the audit entry of each, and every refusal."""

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Citation, Contribution, Lesson, LessonMission, Mission
from tests.curation_support import (
    API,
    Curated,
    audit_rows,
    citation_in,
    count,
    data_version,
    etag,
)
from tests.helpers import assert_problem

SOURCE = "nato-mission-iraq-topic"


def cite(db: Session, **extra: Any) -> dict[str, Any]:
    return citation_in(db, SOURCE) | extra


# One row per resource: path, natural key field, the key, a create body, a PATCH body.
Body = Callable[[Session], dict[str, Any]]
RESOURCES: list[tuple[str, str, str, Body, dict[str, Any]]] = [
    (
        "sources",
        "slug",
        "w-source",
        lambda db: {"title": "A report", "kind": "official"},
        {"author": "A. Author"},
    ),
    (
        "organizations",
        "slug",
        "w-org",
        lambda db: {"name": "Test group", "kind": "group", "citations": [cite(db)]},
        {"acronym": "TG"},
    ),
    (
        "partner-nations",
        "iso3",
        "FJI",
        lambda db: {"name": "Fiji", "citations": [cite(db)]},
        {"partnership_frameworks": ["Partnership for Peace"]},
    ),
    (
        "contribution-types",
        "slug",
        "w-type",
        lambda db: {"name": "Test type", "category": "logistics", "parent": "advisory"},
        {"description": "Something"},
    ),
    (
        "missions",
        "slug",
        "w-mission",
        lambda db: {
            "name": "Test mission",
            "kind": "training",
            "theater": "IRQ",
            "lead_organization": "nato",
            "start_date": "2020-01-01",
            "citations": [cite(db)],
        },
        {"end_date": "2021-06-30"},
    ),
    (
        "contributions",
        "slug",
        "w-contribution",
        lambda db: {
            "contributor": "ITA",
            "mission": "ntm-i",
            "type": "advisory",
            "description": "Advisers",
            "citations": [cite(db)],
        },
        {"personnel": 12, "amount": "3.5", "unit": "EUR"},
    ),
    (
        "strengths",
        "slug",
        "w-strength",
        lambda db: {
            "mission": "mnf-i",
            "contributor": "GBR",
            "date": "2005-01-01",
            "date_precision": "month",
            "personnel": 8930,
            "tally": "wire",
            "citations": [cite(db)],
        },
        {"personnel": 9000, "approx": True},
    ),
    (
        "lessons",
        "slug",
        "w-lesson",
        lambda db: {
            "title": "A lesson",
            "summary": "What was learned",
            "kind": "lesson",
            "category": "coordination",
            "missions": [{"mission": "ntm-i", "citations": [cite(db)]}],
            "citations": [cite(db)],
        },
        {"title": "A better title"},
    ),
    (
        "citations",
        "key",
        "w-citation",
        lambda db: cite(db, subject={"mission": "ntm-i"}),
        {"locator": "third paragraph"},
    ),
]


@pytest.mark.parametrize(
    ("resource", "key_field", "key", "make_body", "patch"), RESOURCES, ids=[r[0] for r in RESOURCES]
)
def test_every_write_path_of_every_resource(
    api: TestClient,
    kb_db: Session,
    curated: Curated,
    resource: str,
    key_field: str,
    key: str,
    make_body: Body,
    patch: dict[str, Any],
) -> None:
    url = f"{API}/{resource}/{key}"
    body = make_body(kb_db) | {key_field: key}
    editor = curated.auth("editor")

    # Who may write.
    assert_problem(api.post(f"{API}/{resource}", json=body), 401)
    assert_problem(api.post(f"{API}/{resource}", json=body, headers=curated.auth("reader")), 403)

    # Create: 201, Location, ETag; the stored record reads back; an audit entry with it.
    version = data_version(kb_db)
    created = api.post(f"{API}/{resource}", json=body, headers=editor)
    assert created.status_code == 201, created.text
    assert created.headers["Location"] == url
    body_key = {"partner-nations": "code", "organizations": "code"}.get(resource, key_field)
    assert created.json()[body_key] == key
    assert etag(api, url) == created.headers["ETag"]
    assert data_version(kb_db) > version
    (entry,) = audit_rows(kb_db, resource=resource, record_key=key)
    assert (entry.actor, entry.action, entry.before) == ("editor-key", "create", None)
    assert entry.after[key_field] == key

    # PATCH: If-Match required, a stale one refused, the right one accepted.
    assert_problem(api.patch(url, json=patch, headers=editor), 428)
    assert_problem(api.patch(url, json=patch, headers=editor | {"If-Match": '"999"'}), 412)
    tag = etag(api, url)
    patched = api.patch(url, json=patch, headers=editor | {"If-Match": tag})
    assert patched.status_code == 200, patched.text
    assert patched.headers["ETag"] != tag
    entry = audit_rows(kb_db, resource=resource, record_key=key)[-1]
    assert entry.action == "update"
    for name, value in patch.items():
        # The audit keeps the export shape: an amount sent as "3.5" is the number 3.5.
        expected = float(value) if name == "amount" else value
        assert entry.after[name] == expected and entry.before[name] != expected
    # The old ETag is stale now: nothing of the first change can be overwritten with it.
    assert_problem(api.patch(url, json=patch, headers=editor | {"If-Match": tag}), 412)

    # PUT: the whole record in the export shape, without its key: here, as it was before.
    full = {k: v for k, v in entry.before.items() if k not in (key_field, "subject")}
    replaced = api.put(url, json=full, headers=editor | {"If-Match": etag(api, url)})
    assert replaced.status_code == 200, replaced.text
    last = audit_rows(kb_db, resource=resource, record_key=key)[-1]
    assert (last.action, last.before, last.after) == ("replace", entry.after, entry.before)
    # The same PUT again changes nothing, and so records nothing.
    again = api.put(url, json=full, headers=editor | {"If-Match": etag(api, url)})
    assert again.status_code == 200
    assert again.headers["ETag"].split(".")[0] == replaced.headers["ETag"].split(".")[0]

    # History, newest first.
    history = api.get(f"{API}/{resource}/{key}/history").json()["items"]
    assert [h["action"] for h in history] == ["replace", "update", "create"]

    # DELETE: If-Match required; then gone, and its history says so.
    assert_problem(api.delete(url, headers=editor), 428)
    deleted = api.delete(url, headers=editor | {"If-Match": etag(api, url)})
    assert deleted.status_code == 204, deleted.text
    assert_problem(api.get(url), 404)
    last = api.get(f"{API}/{resource}/{key}/history").json()["items"][0]
    assert (last["action"], last["after"]) == ("delete", None)
    assert last["before"][key_field] == key


def test_created_citations_are_audited_and_derive_the_record_status(
    api: TestClient, kb_db: Session, curated: Curated
) -> None:
    editor = curated.auth()
    corroborated = cite(kb_db, key="w-status-c", status="corroborated", note="NATO's own page")
    created = api.post(
        f"{API}/missions",
        json={
            "slug": "w-status",
            "name": "Status mission",
            "kind": "advisory",
            "theater": "IRQ",
            "citations": [corroborated],
        },
        headers=editor,
    )
    assert created.status_code == 201, created.text
    assert created.json()["status"] == "corroborated"
    assert [e.action for e in audit_rows(kb_db, resource="citations", record_key="w-status-c")] == [
        "create"
    ]
    # A second citation, disputed and corrected by the first: the record is still corroborated
    # (a corroborated citation wins) and counts one disputed claim.
    disputed = cite(
        kb_db,
        key="w-status-d",
        subject={"mission": "w-status"},
        status="disputed",
        note="contradicted",
        corrected_by="w-status-c",
    )
    assert api.post(f"{API}/citations", json=disputed, headers=editor).status_code == 201
    mission = api.get(f"{API}/missions/w-status", params={"include_disputed": "true"}).json()
    assert (mission["status"], mission["disputed_claims"]) == ("corroborated", 1)
    # The corroborated citation is someone's correction: it cannot stop being corroborated,
    # nor be deleted.
    tag = etag(api, f"{API}/citations/w-status-c")
    body = assert_problem(
        api.patch(
            f"{API}/citations/w-status-c",
            json={"status": "asserted"},
            headers=editor | {"If-Match": tag},
        ),
        409,
    )
    assert "w-status-d" in body["detail"]
    assert_problem(
        api.delete(f"{API}/citations/w-status-c", headers=editor | {"If-Match": tag}), 409
    )
    # Dropping the disputed one: status back to corroborated with no disputed claim.
    tag_d = etag(api, f"{API}/citations/w-status-d")
    assert (
        api.delete(f"{API}/citations/w-status-d", headers=editor | {"If-Match": tag_d}).status_code
        == 204
    )
    # Now the last citation of the mission: refused, nothing uncited.
    body = assert_problem(
        api.delete(f"{API}/citations/w-status-c", headers=editor | {"If-Match": tag}), 409
    )
    assert "only citation" in body["detail"]


# --- validation: every bad field named, nothing written ------------------------------------


def _mission(db: Session, **changes: Any) -> dict[str, Any]:
    body = {
        "slug": "w-valid",
        "name": "Valid",
        "kind": "training",
        "theater": "IRQ",
        "citations": [cite(db)],
    }
    return body | changes


INVALID: list[tuple[str, str, Callable[[Session], dict[str, Any]], str]] = [
    (
        "end before start",
        "missions",
        lambda db: _mission(db, start_date="2010-01-01", end_date="2009-12-31"),
        "body.end_date",
    ),
    ("unknown ISO code", "missions", lambda db: _mission(db, theater="XYZ"), "body.theater"),
    ("lower-case ISO code", "missions", lambda db: _mission(db, theater="irq"), "body.theater"),
    (
        "unknown nation",
        "partner-nations",
        lambda db: {"iso3": "ZZZ", "name": "Nowhere", "citations": [cite(db)]},
        "body.iso3",
    ),
    ("malformed slug", "missions", lambda db: _mission(db, slug="Bad Slug"), "body.slug"),
    (
        "slug with double hyphen",
        "sources",
        lambda db: {"slug": "a--b", "title": "T", "kind": "other"},
        "body.slug",
    ),
    ("over-long name", "missions", lambda db: _mission(db, name="x" * 301), "body.name"),
    (
        "over-long acronym",
        "organizations",
        lambda db: {
            "slug": "w-long",
            "name": "N",
            "kind": "group",
            "acronym": "A" * 41,
            "citations": [cite(db)],
        },
        "body.acronym",
    ),
    (
        "missing lead organization",
        "missions",
        lambda db: _mission(db, lead_organization="no-such-org"),
        "body.lead_organization",
    ),
    (
        "missing mission",
        "contributions",
        lambda db: {
            "slug": "w-c",
            "contributor": "ITA",
            "mission": "nope",
            "type": "advisory",
            "description": "d",
            "citations": [cite(db)],
        },
        "body.mission",
    ),
    (
        "missing contributor",
        "contributions",
        lambda db: {
            "slug": "w-c",
            "contributor": "XXX",
            "mission": "ntm-i",
            "type": "advisory",
            "description": "d",
            "citations": [cite(db)],
        },
        "body.contributor",
    ),
    (
        "missing type",
        "contributions",
        lambda db: {
            "slug": "w-c",
            "contributor": "ITA",
            "mission": "ntm-i",
            "type": "nope",
            "description": "d",
            "citations": [cite(db)],
        },
        "body.type",
    ),
    (
        "amount without unit",
        "contributions",
        lambda db: {
            "slug": "w-c",
            "contributor": "ITA",
            "mission": "ntm-i",
            "type": "advisory",
            "description": "d",
            "amount": 5,
            "citations": [cite(db)],
        },
        "body.unit",
    ),
    (
        "negative personnel",
        "contributions",
        lambda db: {
            "slug": "w-c",
            "contributor": "ITA",
            "mission": "ntm-i",
            "type": "advisory",
            "description": "d",
            "personnel": -1,
            "citations": [cite(db)],
        },
        "body.personnel",
    ),
    ("uncited mission", "missions", lambda db: _mission(db, citations=[]), "body.citations"),
    (
        "quote not verbatim",
        "missions",
        lambda db: _mission(db, citations=[cite(db, quote="NATO won every war")]),
        "body.citations[0].quote",
    ),
    (
        "section not in text",
        "missions",
        lambda db: _mission(db, citations=[cite(db, section="No such heading")]),
        "body.citations[0].section",
    ),
    (
        "missing source",
        "missions",
        lambda db: _mission(db, citations=[cite(db, source="no-such-source")]),
        "body.citations[0].source",
    ),
    (
        "disputed without note",
        "missions",
        lambda db: _mission(db, citations=[cite(db, status="disputed", corrected_by="w-x")]),
        "body.citations[0].note",
    ),
    (
        "disputed without correction",
        "missions",
        lambda db: _mission(db, citations=[cite(db, status="disputed", note="wrong")]),
        "body.citations[0].corrected_by",
    ),
    ("unknown field", "missions", lambda db: _mission(db, commander="General X"), "body.commander"),
    ("unknown kind", "missions", lambda db: _mission(db, kind="invasion"), "body.kind"),
    (
        "unknown parent type",
        "contribution-types",
        lambda db: {"slug": "w-t", "name": "T", "category": "other", "parent": "nope"},
        "body.parent",
    ),
    (
        "link to a missing mission",
        "lessons",
        lambda db: {
            "slug": "w-l",
            "title": "T",
            "summary": "S",
            "kind": "lesson",
            "category": "other",
            "citations": [cite(db)],
            "missions": [{"mission": "nope", "citations": [cite(db)]}],
        },
        "body.missions[0].mission",
    ),
    (
        "uncited link",
        "lessons",
        lambda db: {
            "slug": "w-l",
            "title": "T",
            "summary": "S",
            "kind": "lesson",
            "category": "other",
            "citations": [cite(db)],
            "missions": [{"mission": "ntm-i"}],
        },
        "body.missions[0].citations",
    ),
    (
        "citation of a missing record",
        "citations",
        lambda db: cite(db, subject={"mission": "nope"}),
        "body.subject.mission",
    ),
    (
        "citation of two records",
        "citations",
        lambda db: cite(db, subject={"mission": "ntm-i", "lesson": "x"}),
        "body.subject",
    ),
]


@pytest.mark.parametrize(
    ("case", "resource", "make_body", "field"), INVALID, ids=[c[0] for c in INVALID]
)
def test_invalid_bodies_name_the_field_and_write_nothing(
    api: TestClient,
    kb_db: Session,
    curated: Curated,
    case: str,
    resource: str,
    make_body: Callable[[Session], dict[str, Any]],
    field: str,
) -> None:
    before = (count(kb_db, AuditEntry), count(kb_db, Citation), data_version(kb_db))
    response = api.post(f"{API}/{resource}", json=make_body(kb_db), headers=curated.auth())
    assert_problem(response, 422, field)
    assert (count(kb_db, AuditEntry), count(kb_db, Citation), data_version(kb_db)) == before


def test_all_bad_fields_are_named_in_one_answer(
    api: TestClient, kb_db: Session, curated: Curated
) -> None:
    body = _mission(
        kb_db,
        theater="XYZ",
        start_date="2010-01-01",
        end_date="2009-01-01",
        lead_organization="nope",
        citations=[cite(kb_db, quote="not there")],
    )
    problem = assert_problem(api.post(f"{API}/missions", json=body, headers=curated.auth()), 422)
    assert {e["field"] for e in problem["errors"]} == {
        "body.theater",
        "body.end_date",
        "body.lead_organization",
        "body.citations[0].quote",
    }


def test_patch_is_validated_against_the_stored_record(
    api: TestClient, kb_db: Session, curated: Curated
) -> None:
    url = f"{API}/missions/ntm-i"
    tag = etag(api, url)
    stored = api.get(url).json()
    # The stored start is 2004: an end in 2003 is before it, though the body has no start.
    body = assert_problem(
        api.patch(url, json={"end_date": "2003-01-01"}, headers=curated.auth() | {"If-Match": tag}),
        422,
        "body.end_date",
    )
    assert "before start_date" in str(body["errors"])
    assert_problem(
        api.patch(url, json={"name": None}, headers=curated.auth() | {"If-Match": tag}),
        422,
        "body.name",
    )
    assert_problem(
        api.patch(url, json={"slug": "renamed"}, headers=curated.auth() | {"If-Match": tag}),
        422,
        "body.slug",
    )
    assert api.get(url).json() == stored


def test_type_cannot_become_its_own_ancestor(
    api: TestClient, kb_db: Session, curated: Curated
) -> None:
    editor = curated.auth()
    for slug, parent in (("w-root", None), ("w-child", "w-root")):
        body = {"slug": slug, "name": slug, "category": "other", "parent": parent}
        assert api.post(f"{API}/contribution-types", json=body, headers=editor).status_code == 201
    url = f"{API}/contribution-types/w-root"
    assert_problem(
        api.patch(url, json={"parent": "w-child"}, headers=editor | {"If-Match": etag(api, url)}),
        422,
        "body.parent",
    )


# --- conflicts ------------------------------------------------------------------------------


def test_duplicate_natural_keys_are_409(api: TestClient, kb_db: Session, curated: Curated) -> None:
    editor = curated.auth()
    assert_problem(
        api.post(f"{API}/missions", json=_mission(kb_db, slug="ntm-i"), headers=editor),
        409,
        "body.slug",
    )
    assert_problem(
        api.post(
            f"{API}/partner-nations",
            json={"iso3": "ITA", "name": "Italy", "citations": [cite(kb_db)]},
            headers=editor,
        ),
        409,
        "body.iso3",
    )
    existing = kb_db.scalars(select(Citation.key)).first()
    assert_problem(
        api.post(
            f"{API}/citations",
            json=cite(kb_db, key=existing, subject={"mission": "ntm-i"}),
            headers=editor,
        ),
        409,
        "body.key",
    )
    # An organization slug equal to a nation's code would make ?contributor=ita ambiguous.
    assert_problem(
        api.post(
            f"{API}/organizations",
            json={"slug": "ita", "name": "N", "kind": "group", "citations": [cite(kb_db)]},
            headers=editor,
        ),
        422,
        "body.slug",
    )


def test_deleting_a_referenced_record_says_what_references_it(
    api: TestClient, kb_db: Session, curated: Curated
) -> None:
    editor = curated.auth()
    assert (
        api.post(f"{API}/missions", json=_mission(kb_db, slug="w-ref"), headers=editor).status_code
        == 201
    )
    contribution = {
        "slug": "w-ref-contribution",
        "contributor": "ITA",
        "mission": "w-ref",
        "type": "advisory",
        "description": "d",
        "citations": [cite(kb_db)],
    }
    assert api.post(f"{API}/contributions", json=contribution, headers=editor).status_code == 201
    lesson = {
        "slug": "w-ref-lesson",
        "title": "T",
        "summary": "S",
        "kind": "lesson",
        "category": "other",
        "citations": [cite(kb_db)],
        "missions": [{"mission": "w-ref", "citations": [cite(kb_db)]}],
    }
    assert api.post(f"{API}/lessons", json=lesson, headers=editor).status_code == 201

    url = f"{API}/missions/w-ref"
    tag = etag(api, url)
    body = assert_problem(api.delete(url, headers=editor | {"If-Match": tag}), 409)
    assert {e["field"] for e in body["errors"]} == {
        "contributions/w-ref-contribution",
        "lesson-links/w-ref-lesson/w-ref",
    }
    assert "cascade=true" in body["detail"]

    citations_before = count(kb_db, Citation)
    response = api.delete(url, params={"cascade": "true"}, headers=editor | {"If-Match": tag})
    assert response.status_code == 204, response.text
    kb_db.expire_all()
    assert kb_db.scalar(select(Mission.id).where(Mission.slug == "w-ref")) is None
    assert (
        kb_db.scalar(select(Contribution.id).where(Contribution.slug == "w-ref-contribution"))
        is None
    )
    lesson_id = kb_db.scalar(select(Lesson.id).where(Lesson.slug == "w-ref-lesson"))
    assert lesson_id is not None  # the lesson stays, without the link
    assert (
        kb_db.scalar(select(LessonMission.id).where(LessonMission.lesson_id == lesson_id)) is None
    )
    # The mission's, the contribution's and the link's citations went with them.
    assert count(kb_db, Citation) == citations_before - 3
    actions = {(e.resource, e.record_key, e.action) for e in audit_rows(kb_db)}
    assert {
        ("missions", "w-ref", "delete"),
        ("contributions", "w-ref-contribution", "delete"),
        ("lessons", "w-ref-lesson", "update"),
    } <= actions


@pytest.mark.parametrize(
    ("url", "referrer"),
    [
        (f"{API}/sources/{SOURCE}", "citations/"),
        (f"{API}/organizations/nato", "missions/"),
        (f"{API}/contribution-types/advisory", "contribution-types/"),
    ],
)
def test_references_that_no_cascade_removes(
    api: TestClient, curated: Curated, url: str, referrer: str
) -> None:
    tag = etag(api, url)
    for params in ({}, {"cascade": "true"}):
        body = assert_problem(
            api.delete(url, params=params, headers=curated.auth() | {"If-Match": tag}), 409
        )
        assert any(e["field"].startswith(referrer) for e in body["errors"])
    assert api.get(url).status_code == 200


def test_a_failed_request_changes_nothing(
    api: TestClient, kb_db: Session, curated: Curated
) -> None:
    """The lesson's title is written before its dropped link turns out to hold a citation
    another names as its correction: the 409 rolls the title back too."""
    editor = curated.auth()
    lesson = {
        "slug": "w-atomic",
        "title": "Before",
        "summary": "S",
        "kind": "lesson",
        "category": "other",
        "citations": [cite(kb_db)],
        "missions": [
            {
                "mission": "nmi",
                "citations": [cite(kb_db, key="w-atomic-link", status="corroborated", note="ok")],
            }
        ],
    }
    assert api.post(f"{API}/lessons", json=lesson, headers=editor).status_code == 201
    disputed = cite(
        kb_db,
        subject={"lesson": "w-atomic"},
        status="disputed",
        note="contradicted",
        corrected_by="w-atomic-link",
    )
    assert api.post(f"{API}/citations", json=disputed, headers=editor).status_code == 201
    url = f"{API}/lessons/w-atomic"
    before = api.get(url, params={"include_disputed": "true"}).json()
    state = (count(kb_db, AuditEntry), count(kb_db, Citation), data_version(kb_db))
    response = api.put(
        url,
        json={
            "title": "After",
            "summary": "S",
            "kind": "lesson",
            "category": "other",
            "missions": [],
        },
        headers=editor | {"If-Match": etag(api, url)},
    )
    assert_problem(response, 409)
    assert api.get(url, params={"include_disputed": "true"}).json() == before
    assert (count(kb_db, AuditEntry), count(kb_db, Citation), data_version(kb_db)) == state


# --- request bodies ---------------------------------------------------------------------------


def test_bodies_must_be_json(api: TestClient, curated: Curated) -> None:
    response = api.post(
        f"{API}/missions",
        content=b"slug=x",
        headers=curated.auth() | {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert_problem(response, 415)


def test_bodies_over_the_limit_are_413(
    api: TestClient, curated: Curated, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.config import get_settings

    big = b'{"name": "' + b"x" * (1024 * 1024) + b'"}'
    assert_problem(
        api.post(
            f"{API}/missions",
            content=big,
            headers=curated.auth() | {"Content-Type": "application/json"},
        ),
        413,
    )
    # Streamed without Content-Length: counted as it arrives.
    chunks = iter([big[:1000], big[1000:]])
    assert_problem(
        api.post(
            f"{API}/missions",
            content=chunks,
            headers=curated.auth() | {"Content-Type": "application/json"},
        ),
        413,
    )
    # The import takes more (20 MiB by default): the same body gets past the size check.
    response = api.post(
        f"{API}/import", content=big, headers=curated.auth() | {"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    # The limit is a setting.
    monkeypatch.setenv("MAX_BODY_BYTES", "2048")
    get_settings.cache_clear()
    try:
        assert_problem(
            api.post(
                f"{API}/sources",
                json={"slug": "w-big", "title": "t" * 3000, "kind": "other"},
                headers=curated.auth(),
            ),
            413,
        )
    finally:
        monkeypatch.delenv("MAX_BODY_BYTES")
        get_settings.cache_clear()


def test_a_lessons_links_follow_its_missions_list(
    api: TestClient, kb_db: Session, curated: Curated
) -> None:
    editor = curated.auth()
    lesson = {
        "slug": "w-links",
        "title": "Links",
        "summary": "S",
        "kind": "challenge",
        "category": "other",
        "citations": [cite(kb_db)],
        "missions": [{"mission": "nmi", "citations": [cite(kb_db, key="w-links-nmi")]}],
    }
    assert api.post(f"{API}/lessons", json=lesson, headers=editor).status_code == 201
    url = f"{API}/lessons/w-links"

    # A citation for the link itself, by its [lesson, mission] subject.
    extra = cite(kb_db, key="w-links-nmi-2", subject={"lesson_mission": ["w-links", "nmi"]})
    assert api.post(f"{API}/citations", json=extra, headers=editor).status_code == 201

    # An existing link takes no citations here; a new one must have them.
    assert_problem(
        api.patch(
            url,
            json={"missions": [{"mission": "nmi", "citations": [cite(kb_db)]}]},
            headers=editor | {"If-Match": etag(api, url)},
        ),
        422,
        "body.missions[0].citations",
    )
    response = api.patch(
        url,
        json={"missions": [{"mission": "isaf", "citations": [cite(kb_db, key="w-links-isaf")]}]},
        headers=editor | {"If-Match": etag(api, url)},
    )
    assert response.status_code == 200, response.text
    assert [m["mission"]["slug"] for m in response.json()["missions"]] == ["isaf"]
    # The dropped link's citations went with it, audited; the new one's were created.
    kb_db.expire_all()
    keys = set(kb_db.scalars(select(Citation.key).where(Citation.key.like("w-links-%"))))
    assert keys == {"w-links-isaf"}
    deleted = {e.record_key for e in audit_rows(kb_db, resource="citations", action="delete")}
    assert {"w-links-nmi", "w-links-nmi-2"} <= deleted
    entry = audit_rows(kb_db, resource="lessons", record_key="w-links")[-1]
    assert (entry.before["missions"], entry.after["missions"]) == (
        [{"mission": "nmi"}],
        [{"mission": "isaf"}],
    )


def test_a_sources_new_text_must_keep_its_quotes(
    api: TestClient, kb_db: Session, curated: Curated
) -> None:
    url = f"{API}/sources/{SOURCE}"
    problem = assert_problem(
        api.patch(
            url,
            json={"full_text": "A different document."},
            headers=curated.auth() | {"If-Match": etag(api, url)},
        ),
        422,
        "body.full_text",
    )
    assert "quote of citation" in problem["errors"][0]["reason"]


def _contribution(db: Session, **changes: Any) -> dict[str, Any]:
    body = {
        "slug": "w-typed",
        "contributor": "ITA",
        "mission": "ntm-i",
        "type": "advisory",
        "description": "d",
        "citations": [cite(db)],
    }
    return body | changes


TYPED: list[tuple[str, str, Callable[[Session], dict[str, Any]], str, str]] = [
    # A body the schema allows, refused by a rule only the data can check.
    (
        "source that does not exist",
        "missions",
        lambda db: _mission(db, citations=[cite(db, source="no-such-source")]),
        "body.citations[0].source",
        "rule-violation",
    ),
    (
        "type that does not exist",
        "contributions",
        lambda db: _contribution(db, type="nope"),
        "body.type",
        "rule-violation",
    ),
    (
        "quote not in the source",
        "missions",
        lambda db: _mission(db, citations=[cite(db, quote="NATO won every war")]),
        "body.citations[0].quote",
        "rule-violation",
    ),
    # A body the schema itself refuses.
    (
        "personnel as a string",
        "contributions",
        lambda db: _contribution(db, personnel="12"),
        "body.personnel",
        "validation",
    ),
    (
        "personnel as a boolean",
        "contributions",
        lambda db: _contribution(db, personnel=True),
        "body.personnel",
        "validation",
    ),
    (
        "date as a number",
        "sources",
        lambda db: {"slug": "w-typed", "title": "T", "kind": "official", "accessed_date": 0},
        "body.accessed_date",
        "validation",
    ),
    (
        "amount with three decimals",
        "contributions",
        lambda db: _contribution(db, amount="1.125", unit="EUR"),
        "body.amount",
        "validation",
    ),
    (
        "amount that is not a number",
        "contributions",
        lambda db: _contribution(db, amount="a lot", unit="EUR"),
        "body.amount",
        "validation",
    ),
]


@pytest.mark.parametrize(
    ("case", "resource", "make_body", "field", "kind"), TYPED, ids=[c[0] for c in TYPED]
)
def test_broken_rules_and_schema_failures_have_their_own_problem_types(
    api: TestClient,
    kb_db: Session,
    curated: Curated,
    case: str,
    resource: str,
    make_body: Callable[[Session], dict[str, Any]],
    field: str,
    kind: str,
) -> None:
    before = (count(kb_db, AuditEntry), data_version(kb_db))
    response = api.post(f"{API}/{resource}", json=make_body(kb_db), headers=curated.auth())
    problem = assert_problem(response, 422, field)
    assert problem["type"].endswith(f"/problems/{kind}"), problem
    assert (count(kb_db, AuditEntry), data_version(kb_db)) == before


def test_a_whole_number_written_as_a_float_is_a_count(
    api: TestClient, kb_db: Session, curated: Curated
) -> None:
    # JSON Schema's integer includes 12.0; the service takes it as 12, not as "12".
    body = _contribution(kb_db, slug="w-float-count", personnel=12.0)
    created = api.post(f"{API}/contributions", json=body, headers=curated.auth())
    assert created.status_code == 201, created.text
    assert created.json()["personnel"] == 12
    row = kb_db.scalar(select(Contribution).where(Contribution.slug == "w-float-count"))
    assert row is not None and row.personnel == 12


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("lessons/coordination-complexities", {"title": None}, "body.title"),
        ("contributions/hun-ntm-i-t72-tanks", {"date_precision": None}, "body.date_precision"),
        ("citations/doc-isaf-in-iraq", {"source": None}, "body.source"),
        ("citations/doc-isaf-in-iraq", {"quote": None}, "body.quote"),
    ],
)
def test_patch_may_leave_a_required_field_out_but_not_null_it(
    api: TestClient, curated: Curated, path: str, body: dict[str, Any], field: str
) -> None:
    url = f"{API}/{path}"
    before = api.get(url, params={"include_disputed": "true"} if "citations" in path else None)
    response = api.patch(url, json=body, headers=curated.auth() | {"If-Match": etag(api, url)})
    problem = assert_problem(response, 422, field)
    assert problem["type"].endswith("/problems/validation")
    after = api.get(url, params={"include_disputed": "true"} if "citations" in path else None)
    assert after.json() == before.json()
    # The OpenAPI description says so too: the field is optional and not nullable.
    spec = api.get("/openapi.json").json()
    resource = path.split("/")[0]
    operation = spec["paths"][
        f"/api/v1/{resource}/{{{'key' if resource == 'citations' else 'slug'}}}"
    ]
    ref = operation["patch"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema = spec["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    name = field.split(".", 1)[1]
    assert name not in schema.get("required", [])
    assert "null" not in str(schema["properties"][name])
