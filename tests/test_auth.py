"""API keys: made by CLI or admin endpoint, shown once, stored hashed, checked on every write."""

import hashlib
import logging

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ApiKey
from tests.curation_support import API, Curated, audit_rows
from tests.helpers import assert_problem


def test_cli_creates_a_key_shown_once_and_stored_hashed(
    api: TestClient, kb_db: Session, curated: Curated, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    assert main(["keys", "create", "--name", "cli-curator", "--role", "editor"]) == 0
    key = capsys.readouterr().out.strip()
    assert key.startswith("ckb_")
    row = kb_db.scalars(select(ApiKey).where(ApiKey.name == "cli-curator")).one()
    assert row.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key not in (row.key_hash, row.prefix, row.name)

    assert main(["keys", "list"]) == 0
    listing = capsys.readouterr().out
    assert "cli-curator" in listing and key not in listing and row.key_hash not in listing

    # The key works, is remembered as used, then stops working once revoked.
    headers = {"Authorization": f"Bearer {key}"}
    body = {"slug": "cli-source", "title": "T", "kind": "other"}
    assert api.post(f"{API}/sources", json=body, headers=headers).status_code == 201
    kb_db.expire_all()
    assert row.last_used_at is not None
    assert main(["keys", "revoke", "cli-curator"]) == 0
    response = api.post(f"{API}/sources", json=body | {"slug": "cli-source-2"}, headers=headers)
    assert_problem(response, 401)
    assert main(["keys", "create", "--name", "cli-curator", "--role", "editor"]) == 1


def test_admin_endpoints_create_list_and_revoke_keys(
    api: TestClient, kb_db: Session, curated: Curated
) -> None:
    admin = curated.auth("admin")
    for role in ("editor", "reader"):
        assert_problem(api.get(f"{API}/keys", headers=curated.auth(role)), 403)
    assert_problem(api.get(f"{API}/keys"), 401)

    created = api.post(
        f"{API}/keys", json={"name": "http-curator", "role": "editor"}, headers=admin
    )
    assert created.status_code == 201, created.text
    key = created.json()["key"]
    listed = api.get(f"{API}/keys", headers=admin).json()
    assert "http-curator" in [k["name"] for k in listed]
    assert all("key" not in k and "key_hash" not in k for k in listed)
    assert_problem(
        api.post(f"{API}/keys", json={"name": "http-curator", "role": "editor"}, headers=admin),
        409,
        "body.name",
    )
    assert_problem(
        api.post(f"{API}/keys", json={"name": "x", "role": "owner"}, headers=admin),
        422,
        "body.role",
    )

    headers = {"Authorization": f"Bearer {key}"}
    assert (
        api.post(
            f"{API}/sources",
            json={"slug": "http-src", "title": "T", "kind": "other"},
            headers=headers,
        ).status_code
        == 201
    )
    assert api.delete(f"{API}/keys/http-curator", headers=admin).status_code == 204
    assert_problem(api.delete(f"{API}/keys/nobody", headers=admin), 404)
    assert_problem(
        api.post(
            f"{API}/sources",
            json={"slug": "http-src-2", "title": "T", "kind": "other"},
            headers=headers,
        ),
        401,
    )
    revoked = next(
        k for k in api.get(f"{API}/keys", headers=admin).json() if k["name"] == "http-curator"
    )
    assert revoked["revoked_at"] is not None
    # Key management is audited, never with the key or its hash.
    entries = audit_rows(kb_db, resource="keys", record_key="http-curator")
    assert [(e.actor, e.action) for e in entries] == [
        ("admin-key", "create"),
        ("admin-key", "revoke"),
    ]
    assert all(key not in str(e.after) and "hash" not in str(e.after) for e in entries)


BAD_CREDENTIALS = [
    ("missing", {}),
    ("not bearer", {"Authorization": "Basic dXNlcjpwYXNz"}),
    ("malformed", {"Authorization": "Bearer not-a-key"}),
    ("unknown", {"Authorization": "Bearer ckb_000000000000_" + "A" * 43}),
    ("empty", {"Authorization": "Bearer "}),
]


@pytest.mark.parametrize(("case", "headers"), BAD_CREDENTIALS, ids=[c[0] for c in BAD_CREDENTIALS])
def test_bad_credentials_are_401_with_www_authenticate_and_logged_without_the_key(
    api: TestClient, caplog: pytest.LogCaptureFixture, case: str, headers: dict[str, str]
) -> None:
    with caplog.at_level(logging.WARNING, logger="app.auth"):
        response = api.patch(f"{API}/missions/ntm-i", json={"name": "x"}, headers=headers)
    assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"].startswith('Bearer realm="coalition-kb"')
    logged = " ".join(r.getMessage() for r in caplog.records if r.name == "app.auth")
    assert "PATCH /api/v1/missions/ntm-i" in logged
    secret = headers.get("Authorization", "").partition(" ")[2]
    if secret:
        assert secret not in logged


def test_a_key_of_the_wrong_role_is_403(api: TestClient, curated: Curated) -> None:
    body = {"slug": "role-src", "title": "T", "kind": "other"}
    assert_problem(api.post(f"{API}/sources", json=body, headers=curated.auth("reader")), 403)
    assert_problem(api.get(f"{API}/audit", headers=curated.auth("editor")), 403)
    assert api.get(f"{API}/audit", headers=curated.auth("admin")).status_code == 200


def test_reads_are_public_unless_the_setting_requires_a_key(
    api: TestClient, curated: Curated, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.config import get_settings

    assert api.get(f"{API}/missions").status_code == 200
    # A key presented is checked even where none is needed.
    assert_problem(api.get(f"{API}/missions", headers={"Authorization": "Bearer nope"}), 401)
    monkeypatch.setenv("REQUIRE_KEY_FOR_READS", "true")
    get_settings.cache_clear()
    try:
        response = api.get(f"{API}/missions")
        assert_problem(response, 401)
        assert "WWW-Authenticate" in response.headers
        for role in ("reader", "editor", "admin"):
            assert api.get(f"{API}/missions/ntm-i", headers=curated.auth(role)).status_code == 200
        assert api.get("/healthz").status_code == 200
        # The description says so too: reads need the key (a padlock in Swagger UI).
        from app.main import create_app

        spec = create_app().openapi()
        assert spec["paths"]["/api/v1/missions"]["get"]["security"] == [{"ApiKey": []}]
    finally:
        monkeypatch.delenv("REQUIRE_KEY_FOR_READS")
        get_settings.cache_clear()


def test_openapi_declares_the_bearer_scheme(api: TestClient) -> None:
    spec = api.get("/openapi.json").json()
    assert spec["components"]["securitySchemes"]["ApiKey"] == {
        "type": "http",
        "scheme": "bearer",
        "description": spec["components"]["securitySchemes"]["ApiKey"]["description"],
    }
    post = spec["paths"]["/api/v1/missions"]["post"]
    assert {"ApiKey": []} in post["security"]
    assert {"401", "403", "409", "413", "415", "422"} <= set(post["responses"])
    patch = spec["paths"]["/api/v1/missions/{slug}"]["patch"]
    assert {"412", "428"} <= set(patch["responses"])
    assert any(p["name"] == "If-Match" for p in patch["parameters"])
