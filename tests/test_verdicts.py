"""Claim verdicts (issue 13): every claim of the article reviewed, one sentence one verdict,
nothing wrong shown by default, the verdicts as schema.org ClaimReview. On both engines."""

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Citation, Contribution, Contributor, Lesson, Mission, Source
from app.seed.bundle import load_bundle, one_verdict_per_sentence
from tests.curation_support import api, curated, etag, kb_db  # noqa: F401 - fixtures
from tests.helpers import assert_problem, walk

API = "/api/v1"
DOC = "role-of-nato-and-partners-in-iraq"
VERDICTS = ("corroborated", "disputed", "misleading", "unverifiable", "opinion")


# --- the report card -------------------------------------------------------------------------


def test_the_article_is_reviewed_with_no_claim_left_unreviewed(client: TestClient) -> None:
    body = client.get(f"{API}/sources/{DOC}").json()
    card = body["report_card"]
    assert body["reviewed_date"] is not None and card["reviewed"] is True
    assert card["unreviewed"] == card["asserted"] == 0
    assert card["claims"] == sum(card[v] for v in VERDICTS)
    assert all(card[v] > 0 for v in VERDICTS), card
    for verdict in VERDICTS:
        claims = walk(client, f"{API}/sources/{DOC}/claims", status=verdict, limit=500)
        assert len(claims) == card[verdict]
        assert {c["status"] for c in claims} == {verdict}
        for c in claims:
            if verdict != "opinion":
                assert c["note"], c["key"]
            if verdict in ("disputed", "misleading"):
                corrected = client.get(c["corrected_by_url"]).json()
                assert corrected["status"] == "corroborated"
                assert corrected["source"]["slug"] != DOC
            else:
                assert c["corrected_by"] is None


def test_every_citation_in_the_database_obeys_the_verdict_rules(db: Session) -> None:
    for status, note, corrected_by in db.execute(
        select(Citation.status, Citation.note, Citation.corrected_by_id)
    ):
        if status in ("corroborated", "disputed", "misleading", "unverifiable"):
            assert note
        assert (corrected_by is not None) == (status in ("disputed", "misleading"))


# --- one sentence, one verdict -----------------------------------------------------------------


def test_one_sentence_one_verdict_over_the_whole_seed() -> None:
    assert one_verdict_per_sentence(load_bundle()) == []


def test_two_verdicts_on_one_sentence_fail_the_seed_unless_a_note_says_why() -> None:
    bundle = load_bundle()
    (subject, first) = next(
        (s, c) for s, c in bundle.attached if c["key"] == "doc-nato-facilitated-medical"
    )
    twin = copy.deepcopy(first)
    twin.update(key="doc-twin", status="corroborated", note="Confirmed.", corrected_by=None)
    twin["quote"] = first["quote"][:60]  # overlapping, not identical
    bundle.attached.append((subject, twin))
    errors = one_verdict_per_sentence(bundle)
    assert len(errors) == 1 and "doc-twin" in errors[0], errors
    # A note naming the other citation says why they differ: accepted.
    twin["note"] = "Confirmed; doc-nato-facilitated-medical quotes the rest of the sentence."
    assert one_verdict_per_sentence(bundle) == []
    # The same verdict needs no note; quotes that do not overlap are not compared.
    twin.update(note=None, quote="NATO", status=first["status"])
    assert one_verdict_per_sentence(bundle) == []


# --- what readers see by default ----------------------------------------------------------------


def _support(db: Session, column: Any, ids: set[int]) -> dict[int, set[tuple[str, bool]]]:
    """(status, source reviewed) of every citation of these records."""
    rows = db.execute(
        select(column, Citation.status, Source.reviewed_date.is_not(None))
        .join(Source, Citation.source_id == Source.id)
        .where(column.in_(ids))
    )
    found: dict[int, set[tuple[str, bool]]] = {i: set() for i in ids}
    for rid, status, reviewed in rows:
        found[rid].add((status, bool(reviewed)))
    return found


def _supported(claims: set[tuple[str, bool]], *, lesson: bool = False) -> bool:
    """At least one corroborated claim, or one asserted by a reviewed source; a lesson (a
    judgement) may stand on opinion: it is shown, flagged `status: opinion`."""
    ok = {("corroborated", True), ("corroborated", False), ("asserted", True)}
    if lesson:
        ok |= {("opinion", True), ("opinion", False)}
    return bool(claims & ok)


def _ids(db: Session, model: Any, key: Any, keys: set[str]) -> set[int]:
    return set(db.scalars(select(model.id).where(key.in_(keys)))) if keys else set()


def _check(db: Session, model: Any, key: Any, column: Any, keys: set[str], lesson: bool) -> None:
    ids = _ids(db, model, key, keys)
    assert len(ids) == len(keys)
    for rid, claims in _support(db, column, ids).items():
        assert _supported(claims, lesson=lesson), (model.__name__, rid, claims)


def _slugs(items: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> set[str]:
    return {i["slug"] for i in items}


def test_every_record_a_default_answer_returns_is_supported(
    client: TestClient, db: Session
) -> None:
    missions = _slugs(walk(client, f"{API}/missions", limit=500))
    contributions = _slugs(walk(client, f"{API}/contributions", limit=500))
    lessons = _slugs(walk(client, f"{API}/lessons", limit=500))
    _check(db, Mission, Mission.slug, Citation.mission_id, missions, lesson=False)
    _check(db, Contribution, Contribution.slug, Citation.contribution_id, contributions, False)
    _check(db, Lesson, Lesson.slug, Citation.lesson_id, lessons, lesson=True)

    # Details list only shown records: a mission's contributions and lessons, a type's count.
    for slug in missions:
        body = client.get(f"{API}/missions/{slug}").json()
        for group in body["contributions_by_type"]:
            for item in group["contributions"]:
                assert item["slug"] in contributions, (slug, item["slug"])
        for lesson in body["lessons"]:
            assert lesson["slug"] in lessons
            assert lesson["link_status"] not in ("disputed", "misleading", "unverifiable")

    # The timeline, search and facets: the same records, nothing more.
    events = walk(client, f"{API}/timeline", limit=500)
    assert {e["key"] for e in events if e["kind"] == "mission"} <= missions
    assert {e["key"] for e in events if e["kind"] == "contribution"} <= contributions
    for q in ("NATO", "medical", "logistics", "training", "stabilization", "partners"):
        hits = client.get(f"{API}/search", params={"q": q, "limit": 500}).json()["items"]
        for kind, shown in (
            ("mission", missions),
            ("contribution", contributions),
            ("lesson", lessons),
        ):
            assert {h["key"] for h in hits if h["type"] == kind} <= shown, (q, kind)
    facets = client.get(
        f"{API}/contributions", params={"facets": "mission,contributor,type", "facet_size": 100}
    ).json()["facets"]
    listed = {i["mission"]["slug"] for i in walk(client, f"{API}/contributions", limit=500)}
    assert {v["value"] for v in facets["mission"]["values"]} == listed

    # Stats count exactly the listed contributions; the overview the listed records.
    stats = client.get(f"{API}/stats/contributions", params={"group_by": "type"}).json()
    assert stats["total"] == len(contributions)
    overview = client.get(f"{API}/stats/overview").json()
    assert (overview["missions"], overview["contributions"], overview["lessons"]) == (
        len(missions),
        len(contributions),
        len(lessons),
    )
    # Each type's count on its detail page is of listed contributions too.
    medical = client.get(f"{API}/contribution-types/medical").json()
    listed_medical = walk(client, f"{API}/contributions", type="medical")
    assert medical["contributions"] == len(listed_medical)


def test_include_disputed_shows_the_hidden_records_flagged(client: TestClient) -> None:
    shown = _slugs(walk(client, f"{API}/contributions", limit=500))
    every = walk(client, f"{API}/contributions", limit=500, include_disputed="true")
    hidden = [c for c in every if c["slug"] not in shown]
    assert hidden
    assert {c["status"] for c in hidden} <= {"disputed", "misleading", "unverifiable", "opinion"}
    assert {c["status"] for c in hidden} >= {"disputed", "misleading", "unverifiable"}
    # ?status= names hidden statuses directly
    for verdict in ("misleading", "unverifiable"):
        named = walk(client, f"{API}/contributions", status=verdict)
        assert named and {c["status"] for c in named} == {verdict}
    # A detail still shows a weak record, with its weak claims flagged.
    detail = client.get(f"{API}/contributions/nato-iwo-medical-services").json()
    assert detail["status"] == "disputed" and detail["disputed_claims"] >= 1
    assert {c["status"] for c in detail["citations"]} == {"disputed"}


def test_opinion_rated_lessons_show_by_default_flagged(client: TestClient) -> None:
    lessons = walk(client, f"{API}/lessons", limit=500)
    opinion = [ls for ls in lessons if ls["status"] == "opinion"]
    assert opinion, "lessons standing on opinion are listed, flagged"
    hidden = walk(client, f"{API}/lessons", limit=500, status="disputed,misleading,unverifiable")
    assert hidden and not ({ls["slug"] for ls in hidden} & {ls["slug"] for ls in lessons})


def test_medical_ddr_and_the_nato_multinational_force_return_only_what_sources_support(
    client: TestClient,
) -> None:
    medical = walk(client, f"{API}/contributions", type="medical")
    assert [(c["slug"], c["contributor"]["code"]) for c in medical] == [
        ("cze-field-hospital-basra", "CZE")
    ]
    assert medical[0]["status"] == "corroborated"
    assert walk(client, f"{API}/contributions", type="ddr-support") == []
    assert walk(client, f"{API}/contributions", mission="nato-multinational-force-iraq") == []
    # The evidence is kept: the NATO medical services claim is there, disputed.
    every = walk(client, f"{API}/contributions", type="medical", include_disputed="true")
    assert {"nato-iwo-medical-services"} <= _slugs(every)
    every = walk(
        client,
        f"{API}/contributions",
        mission="nato-multinational-force-iraq",
        include_disputed="true",
    )
    assert every and {c["status"] for c in every} <= {"disputed", "misleading", "unverifiable"}


def test_unnamed_groups_are_not_ranked_beside_nations(client: TestClient, db: Session) -> None:
    groups = set(
        db.scalars(select(Contributor.code).where(Contributor.organization_kind == "group"))
    )
    assert {"international-partners", "nato-member-countries"} <= groups
    # ... yet some of their contributions are listed (they are corroborated)
    listed = walk(client, f"{API}/contributions", contributor="international-partners")
    assert listed
    ranked = client.get(f"{API}/stats/contributions", params={"group_by": "contributor"}).json()
    assert not groups & {g["key"] for g in ranked["groups"]}
    with_groups = client.get(
        f"{API}/stats/contributions", params={"group_by": "contributor", "include_groups": "true"}
    ).json()
    assert "international-partners" in {g["key"] for g in with_groups["groups"]}
    assert with_groups["total"] == ranked["total"] + len(listed)
    overview = client.get(f"{API}/stats/overview").json()
    more = client.get(f"{API}/stats/overview", params={"include_groups": "true"}).json()
    assert more["contributors"]["organizations"] == overview["contributors"]["organizations"] + 1


def test_no_double_counting_of_merged_duplicates(client: TestClient) -> None:
    for gone in (
        "nato-iwo-training-iraqi-security-forces",
        "nato-iwo-capacity-building",
        "nato-ntm-i-security-sector-reform",
        "nato-iwo-logistics-support",
        "nato-iwo-intelligence-sharing",
        "nato-iwo-communication-networks",
    ):
        assert client.get(f"{API}/contributions/{gone}").status_code == 404
    assert client.get(f"{API}/organizations/coalition-forces").status_code == 404
    # Their claims support the public records now.
    ntm_i = client.get(f"{API}/missions/ntm-i").json()
    keys = {c["key"] for c in ntm_i["citations"]}
    assert {"doc-nato-capacity-building-integral", "doc-ntm-i-ssr"} <= keys
    logistics = client.get(f"{API}/contributions/nato-mnd-cs-logistics").json()
    assert "doc-nato-allied-forces-logistics" in {c["key"] for c in logistics["citations"]}


# --- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/contributions", "/missions", "/lessons", "/citations", f"/sources/{DOC}/claims"]
)
def test_status_takes_the_verdicts_and_refuses_others(client: TestClient, path: str) -> None:
    for verdict in (*VERDICTS, "asserted"):
        assert client.get(f"{API}{path}", params={"status": verdict}).status_code == 200
    assert_problem(client.get(f"{API}{path}", params={"status": "false"}), 422, "query.status")


def test_curated_verdicts_need_their_note_and_correction(
    api: TestClient,  # noqa: F811
    curated: Any,  # noqa: F811
) -> None:
    auth = curated.auth()
    base = {
        "subject": {"mission": "ntm-i"},
        "source": DOC,
        "quote": "NATO\u2019s International Security Assistance Force (ISAF)",
    }
    for status, field in (
        ("misleading", "body.corrected_by"),
        ("unverifiable", "body.note"),
        ("disputed", "body.note"),
    ):
        response = api.post(f"{API}/citations", json={**base, "status": status}, headers=auth)
        assert_problem(response, 422, field)
    response = api.post(
        f"{API}/citations",
        json={**base, "status": "opinion", "corrected_by": "pub-isaf-afghanistan-2003-2014"},
        headers=auth,
    )
    assert_problem(response, 422, "body.corrected_by")
    response = api.post(
        f"{API}/citations",
        json={
            **base,
            "key": "doc-test-misleading",
            "status": "misleading",
            "note": "True of ISAF, misleading about Iraq.",
            "corrected_by": "pub-isaf-afghanistan-2003-2014",
        },
        headers=auth,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "misleading" and body["corrected_by"].startswith("pub-isaf")
    opinion = api.post(
        f"{API}/citations",
        json={**base, "key": "doc-test-opinion", "status": "opinion"},
        headers=auth,
    )
    assert opinion.status_code == 201, opinion.text
    tag = etag(api, f"{API}/citations/doc-test-misleading")
    response = api.patch(
        f"{API}/citations/doc-test-misleading",
        json={"status": "unverifiable", "corrected_by": None},
        headers={**auth, "If-Match": tag},
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "unverifiable"


def test_a_source_records_its_review_date(api: TestClient, curated: Any) -> None:  # noqa: F811
    auth = curated.auth()
    response = api.post(
        f"{API}/sources",
        json={"slug": "x-reviewed", "title": "X", "kind": "article", "reviewed_date": "2026-12-01"},
        headers=auth,
    )
    assert response.status_code == 201, response.text
    assert response.json()["reviewed_date"] == "2026-12-01"
    assert response.json()["report_card"]["reviewed"] is True
    bad = api.post(
        f"{API}/sources",
        json={"slug": "x-bad", "title": "X", "kind": "article", "reviewed_date": "yesterday"},
        headers=auth,
    )
    assert_problem(bad, 422, "body.reviewed_date")


def test_export_import_keeps_the_verdicts(api: TestClient, curated: Any, kb_db: Session) -> None:  # noqa: F811
    exported = api.get(f"{API}/export").json()
    statuses = {c["status"] for c in exported["citations"]}
    assert set(VERDICTS) <= statuses
    source = next(s for s in exported["sources"] if s["slug"] == DOC)
    assert source["reviewed_date"] == "2026-12-01"
    report = api.post(
        f"{API}/import", params={"dry_run": "true"}, json=exported, headers=curated.auth()
    )
    assert report.status_code == 200, report.text
    assert report.json()["changed"] == 0


# --- ClaimReview ---------------------------------------------------------------------------------

# schema.org properties each type used may carry (https://schema.org/ClaimReview etc.).
SCHEMA_ORG = {
    "ClaimReview": {
        "claimReviewed",
        "itemReviewed",
        "reviewRating",
        "author",
        "url",
        "datePublished",
        "isBasedOn",
    },
    "Claim": {"appearance", "author", "firstAppearance", "datePublished"},
    "CreativeWork": {"url", "name", "datePublished", "publisher", "author"},
    "Rating": {"ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation"},
    "Organization": {"name", "url"},
    "Person": {"name", "url"},
}


def _schema_org(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _schema_org(item)
        return
    if not isinstance(node, dict):
        return
    kind = node["@type"]
    assert kind in SCHEMA_ORG, kind
    assert set(node) - {"@type", "@id"} <= SCHEMA_ORG[kind], (kind, set(node))
    for value in node.values():
        _schema_org(value)


def _matches(value: Any, schema: dict[str, Any], schemas: dict[str, Any]) -> None:
    """`value` has the documented structure: required properties, no undocumented ones, types."""
    if "$ref" in schema:
        schema = schemas[schema["$ref"].split("/")[-1]]
    if "anyOf" in schema:
        errors = []
        for option in schema["anyOf"]:
            try:
                _matches(value, option, schemas)
                return
            except AssertionError as e:
                errors.append(e)
        raise AssertionError(errors)
    kind = schema.get("type")
    if kind == "object":
        assert isinstance(value, dict)
        assert set(schema.get("required", [])) <= set(value), (schema.get("title"), value)
        assert set(value) <= set(schema["properties"]), (schema.get("title"), set(value))
        for name, item in value.items():
            _matches(item, schema["properties"][name], schemas)
    elif kind == "array":
        assert isinstance(value, list)
        for item in value:
            _matches(item, schema["items"], schemas)
    elif kind is not None:
        python = {"string": str, "integer": int, "null": type(None), "boolean": bool}[kind]
        assert isinstance(value, python), (value, kind)


def test_claims_as_schema_org_claim_review(client: TestClient) -> None:
    response = client.get(f"{API}/sources/{DOC}/claims", headers={"Accept": "application/ld+json"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/ld+json")
    assert response.headers["etag"].endswith('-ld"') and response.headers["vary"] == "Accept"
    doc = response.json()
    assert doc["@context"] == "https://schema.org"
    card = client.get(f"{API}/sources/{DOC}").json()["report_card"]
    reviews = doc["@graph"]
    assert len(reviews) == card["claims"] - card["unreviewed"]
    ratings = {}
    for review in reviews:
        _schema_org(review)
        assert review["@type"] == "ClaimReview"
        assert review["url"].startswith("http") and review["url"].endswith(
            review["@id"].split("/")[-1].removesuffix("#review")
        )
        assert isinstance(review["claimReviewed"], str) and review["claimReviewed"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["appearance"]["url"].startswith("http")
        assert item["author"]["name"]
        assert review["author"] == {
            "@type": "Organization",
            "name": "coalition-kb",
            "url": "http://testserver/",
        }
        rating = review["reviewRating"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        ratings[rating["alternateName"]] = rating["ratingValue"]
    assert ratings == {
        "Corroborated": 5,
        "Misleading": 2,
        "Disputed (false)": 1,
        "Unverifiable": 3,
        "Opinion": 3,
    }
    # Each review is its citation: the quote and the verdict agree with the JSON.
    claim = client.get(f"{API}/citations/doc-nato-facilitated-medical").json()
    review = next(r for r in reviews if r["url"].endswith("/doc-nato-facilitated-medical"))
    assert review["claimReviewed"] == claim["quote"]
    assert review["reviewRating"]["ratingExplanation"] == claim["note"]
    assert review["isBasedOn"].endswith(f"/citations/{claim['corrected_by']}")
    # The OpenAPI description offers it; its structure is the service's ClaimReviews model.
    spec = client.get("/openapi.json").json()
    op = spec["paths"]["/api/v1/sources/{slug}/claims"]["get"]
    assert "application/ld+json" in op["responses"]["200"]["content"]
    from app.sources.claim_review import ClaimReviews

    model = ClaimReviews.model_json_schema(
        by_alias=True, ref_template="#/$defs/{model}", mode="serialization"
    )
    _matches(doc, model, model.get("$defs", {}))
    # status filters the reviews; plain JSON is unchanged
    only = client.get(
        f"{API}/sources/{DOC}/claims",
        params={"status": "disputed"},
        headers={"Accept": "application/ld+json"},
    ).json()["@graph"]
    assert len(only) == card["disputed"]
    assert {r["reviewRating"]["alternateName"] for r in only} == {"Disputed (false)"}
    plain = client.get(f"{API}/sources/{DOC}/claims", headers={"Accept": "application/json"})
    assert plain.headers["content-type"].startswith("application/json") and "items" in plain.json()
