"""Export and import: a stable document, all-or-nothing upserts, byte-identical round trips."""

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.models import AuditEntry, Mission
from tests.conftest import TempDatabases, shared_app, use_database
from tests.curation_support import API, Curated, audit_rows, citation_in, count, data_version, etag
from tests.helpers import assert_problem


def _client() -> TestClient:
    return TestClient(shared_app(), raise_server_exceptions=False)


def _empty(databases: TempDatabases, backend: str) -> tuple[str, dict[str, str]]:
    """A migrated, empty database and an editor key for it."""
    from app.auth.keys import create_key
    from app.core.db import get_sessionmaker
    from app.core.migrations import upgrade

    url = databases.new(backend)
    upgrade(url)
    use_database(url)
    with get_sessionmaker()() as session:
        _, key = create_key(session, name="importer", role="editor")
        session.commit()
    return url, {"Authorization": f"Bearer {key}"}


def test_export_is_stable_sorted_and_complete(api: TestClient, kb_db: Session) -> None:
    first = api.get(f"{API}/export")
    assert first.status_code == 200
    assert first.headers["content-type"].startswith("application/json")
    assert api.get(f"{API}/export").content == first.content
    doc = first.json()
    assert doc["format"] == 1
    assert list(doc) == sorted(doc)
    keys = {
        "sources": "slug",
        "organizations": "slug",
        "nations": "iso3",
        "contribution_types": "slug",
        "missions": "slug",
        "contributions": "slug",
        "lessons": "slug",
        "citations": "key",
    }
    for section, key in keys.items():
        values = [r[key] for r in doc[section]]
        assert values == sorted(values), section
        assert values, section
    assert len(doc["missions"]) == count(kb_db, Mission)
    # The text is UTF-8 with the source's own characters, not \\u escapes.
    assert "\u2019" in first.text and "\\u2019" not in first.text


def test_round_trip_through_an_empty_database_is_byte_identical(
    api: TestClient, curated: Curated, databases: TempDatabases, kb_db: Session
) -> None:
    # Edits first, so the round trip carries more than the seed: decimals, lists, links.
    editor = curated.auth()
    contribution = {
        "slug": "rt-contribution",
        "contributor": "FRA",
        "mission": "nmi",
        "type": "advisory",
        "amount": "1234.5",
        "unit": "EUR",
        "personnel": 7,
        "description": "Round trip",
        "citations": [citation_in(kb_db, "nato-mission-iraq-topic")],
    }
    assert api.post(f"{API}/contributions", json=contribution, headers=editor).status_code == 201
    url = f"{API}/partner-nations/ITA"
    patch = {"partnership_frameworks": ["Mediterranean Dialogue", "Partnership for Peace"]}
    assert (
        api.patch(url, json=patch, headers=editor | {"If-Match": etag(api, url)}).status_code == 200
    )
    exported = api.get(f"{API}/export").content

    _, headers = _empty(databases, curated.backend)
    with _client() as fresh:
        response = fresh.post(
            f"{API}/import",
            content=exported,
            headers=headers | {"Content-Type": "application/json"},
        )
        assert response.status_code == 200, response.text
        report = response.json()
        doc = json.loads(exported)
        assert report["created"] == sum(len(v) for k, v in doc.items() if k != "format")
        assert report["changed"] == 0
        assert fresh.get(f"{API}/export").content == exported
        # Importing it again writes nothing.
        again = fresh.post(
            f"{API}/import",
            content=exported,
            headers=headers | {"Content-Type": "application/json"},
        ).json()
        assert (again["created"], again["changed"]) == (0, 0)


def test_the_same_knowledge_base_exports_the_same_bytes_on_both_engines(
    databases: TempDatabases,
) -> None:
    from tests.curation_support import make_curated

    exports = []
    for backend in ("sqlite", "postgresql"):
        make_curated(databases, backend)
        with _client() as c:
            exports.append(c.get(f"{API}/export").content)
    assert exports[0] == exports[1]


def _doc(api: TestClient) -> dict[str, Any]:
    return dict(api.get(f"{API}/export").json())


def test_dry_run_reports_and_writes_nothing_then_the_import_does(
    api: TestClient, curated: Curated, kb_db: Session
) -> None:
    doc = _doc(api)
    changed = next(m for m in doc["missions"] if m["slug"] == "ntm-i")
    changed["summary"] = "Changed by an import."
    new = dict(changed, slug="imported-mission", name="Imported")
    quote = citation_in(kb_db, "nato-mission-iraq-topic")
    upload = {
        "format": 1,
        "missions": [changed, new],
        "citations": [
            quote
            | {
                "key": "imported-mission-1",
                "subject": {"mission": "imported-mission"},
                "status": "asserted",
                "note": None,
                "corrected_by": None,
                "locator": None,
            }
        ],
    }
    state = (count(kb_db, AuditEntry), data_version(kb_db))
    dry = api.post(f"{API}/import", params={"dry_run": "true"}, json=upload, headers=curated.auth())
    assert dry.status_code == 200, dry.text
    report = dry.json()
    assert report["dry_run"] is True
    assert report["kinds"]["missions"] == {
        "created": ["imported-mission"],
        "changed": ["ntm-i"],
        "unchanged": 0,
    }
    assert report["kinds"]["citations"]["created"] == ["imported-mission-1"]
    assert (count(kb_db, AuditEntry), data_version(kb_db)) == state
    assert api.get(f"{API}/missions/imported-mission").status_code == 404

    real = api.post(f"{API}/import", json=upload, headers=curated.auth())
    assert real.status_code == 200, real.text
    assert real.json()["kinds"]["missions"] == report["kinds"]["missions"]
    assert api.get(f"{API}/missions/ntm-i").json()["summary"] == "Changed by an import."
    assert api.get(f"{API}/missions/imported-mission").status_code == 200
    entries = audit_rows(kb_db, action="import")
    assert {(e.resource, e.record_key) for e in entries} >= {
        ("missions", "ntm-i"),
        ("missions", "imported-mission"),
        ("citations", "imported-mission-1"),
    }
    assert data_version(kb_db) > state[1]


def test_an_invalid_import_writes_nothing(
    api: TestClient, curated: Curated, kb_db: Session
) -> None:
    doc = _doc(api)
    good = dict(doc["missions"][0], slug="good-new-mission")
    bad_contribution = dict(
        doc["contributions"][0], slug="bad-contribution", mission="no-such-mission"
    )
    upload = {
        "format": 1,
        "missions": [good],
        "contributions": [bad_contribution],
        "citations": [
            dict(
                doc["citations"][0],
                key="good-new-mission-1",
                subject={"mission": "good-new-mission"},
            ),
            dict(
                doc["citations"][0],
                key="bad-contribution-1",
                subject={"contribution": "bad-contribution"},
            ),
            dict(
                doc["citations"][0],
                key="not-verbatim",
                quote="Nobody ever wrote this.",
                subject={"mission": "good-new-mission"},
            ),
        ],
    }
    state = (count(kb_db, AuditEntry), count(kb_db, Mission), data_version(kb_db))
    problem = assert_problem(api.post(f"{API}/import", json=upload, headers=curated.auth()), 422)
    reasons = " ".join(e["reason"] for e in problem["errors"])
    assert "no-such-mission" in reasons and "not verbatim" in reasons
    assert (count(kb_db, AuditEntry), count(kb_db, Mission), data_version(kb_db)) == state
    # Malformed records are named by field before any of that.
    upload = {"format": 1, "missions": [dict(good, start_date="not a date")]}
    assert_problem(
        api.post(f"{API}/import", json=upload, headers=curated.auth()),
        422,
        "body.missions.0.start_date",
    )
    assert_problem(
        api.post(f"{API}/import", json={"format": 2}, headers=curated.auth()), 422, "body.format"
    )


def test_import_needs_an_editor_key(api: TestClient, curated: Curated) -> None:
    assert_problem(api.post(f"{API}/import", json={"format": 1}), 401)
    assert_problem(
        api.post(f"{API}/import", json={"format": 1}, headers=curated.auth("reader")), 403
    )


def test_cli_export_and_import(
    api: TestClient,
    curated: Curated,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kb_db: Session,
) -> None:
    from app.cli import main

    path = tmp_path / "kb.json"
    assert main(["export", "-o", str(path)]) == 0
    assert path.read_bytes() == api.get(f"{API}/export").content
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["sources"][0]["reliability"] = "Checked again by the CLI test."
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["import", str(path), "--dry-run"]) == 0
    assert "1 changed" in capsys.readouterr().out
    assert main(["import", str(path)]) == 0
    slug = doc["sources"][0]["slug"]
    assert (
        api.get(f"{API}/sources/{slug}").json()["reliability"] == "Checked again by the CLI test."
    )
    assert audit_rows(kb_db, resource="sources", record_key=slug)[-1].actor == "cli"
