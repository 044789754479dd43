"""Security headers, request ids, logs that leak nothing, rate limits (docs/security.md)."""

import base64
import hashlib
import json
import logging
import os
import re
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from app.core.config import get_settings
from tests.conftest import use_database
from tests.helpers import PROBLEM

API = "/api/v1"
SECRET_URL = "postgresql+psycopg://ckb:hunter2-secret@db.internal/ckb"


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


# Slots of shared_app() no other module asks for: these apps get routes that misbehave on
# purpose, which must not reach the apps (and OpenAPI descriptions) of the other tests.
_SLOTS = 100
_MISBEHAVING: set[int] = set()  # id() of the apps that have the routes below


def _add_misbehaving_routes(app: FastAPI) -> None:
    if id(app) in _MISBEHAVING:
        return
    _MISBEHAVING.add(id(app))

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError(f"cannot reach {SECRET_URL}")

    @app.get("/sql-boom")
    def sql_boom() -> None:
        raise ProgrammingError(
            "SELECT key_hash FROM api_key WHERE name = %(name)s", {"name": "x"}, Exception()
        )

    @app.get(f"{API}/_auth")
    def needs_key(request: Request) -> Any:
        from fastapi.responses import JSONResponse

        if request.headers.get("authorization") != "Bearer good":
            return JSONResponse({"status": 401}, 401, media_type=PROBLEM)
        return {"ok": True}

    @app.post(f"{API}/_write")
    def write() -> dict[str, bool]:
        return {"ok": True}


@pytest.fixture
def app_factory(seeded_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """An app with settings from `env`, plus a few routes that misbehave on purpose.

    Each app is built once per test process and settings (tests/conftest.py::shared_app, in
    slots of this module's own) and comes with what a new app would have: new middleware,
    fresh rate-limit counts, logging on today's stderr. A second app asked for in the same
    test is another app object (another slot), as two create_app() calls were."""
    from app.http.logs import JsonFormatter
    from tests.conftest import shared_app

    collect = Collect()
    collect.setFormatter(JsonFormatter())
    made: list[FastAPI] = []

    def make(**env: str) -> tuple[TestClient, Collect]:
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        use_database(seeded_url)
        app = shared_app(_SLOTS + len(made))
        logging.getLogger().addHandler(collect)
        _add_misbehaving_routes(app)
        made.append(app)
        return TestClient(app, raise_server_exceptions=False), collect

    yield make
    logging.getLogger().removeHandler(collect)
    monkeypatch.undo()  # settings as they were, for the next test
    use_database(seeded_url)


def _assert_security_headers(response: Any, what: str) -> None:
    h = response.headers
    assert h["X-Content-Type-Options"] == "nosniff", what
    assert h["X-Frame-Options"] == "DENY", what
    assert h["Referrer-Policy"] == "no-referrer", what
    assert "frame-ancestors 'none'" in h["Content-Security-Policy"], what
    assert re.fullmatch(r"[A-Za-z0-9._:\-]{1,128}", h["X-Request-ID"]), what
    if response.status_code >= 400:
        assert h["Cache-Control"] == "no-store", what
        assert h["content-type"].startswith(PROBLEM), what


def test_security_headers_on_every_response(app_factory: Any) -> None:
    client, _ = app_factory()
    spec = client.get("/openapi.json").json()
    urls = [
        "/",
        "/docs",
        "/redoc",
        "/docs/oauth2-redirect",
        "/openapi.json",
        "/static/docs/swagger-ui.css",
        "/healthz",
        "/readyz",
        "/nowhere",
        f"{API}/missions?limit=0",
        f"{API}/missions?bogus=1",
        f"{API}/missions/%FF",
        f"{API}/missions/no-such-mission",
        "/boom",
        "/sql-boom",
    ]
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method == "get":
                for p in op.get("parameters", []):
                    if p["in"] == "path":
                        example = (p["schema"].get("examples") or ["x"])[0]
                        path = path.replace("{" + p["name"] + "}", str(example))
                urls.append(path)
    for url in urls:
        _assert_security_headers(client.get(url), url)
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        response = client.request(method, f"{API}/missions", json={})
        _assert_security_headers(response, f"{method} {API}/missions")
    response = client.post(f"{API}/missions", content=b"x", headers={"Content-Type": "text/x"})
    assert response.status_code == 415
    _assert_security_headers(response, "415")
    # API responses may not run anything; HSTS only where the request came over HTTPS.
    api = client.get(f"{API}/missions")
    assert api.headers["Content-Security-Policy"].startswith("default-src 'none'")
    assert "Strict-Transport-Security" not in api.headers
    https = TestClient(client.app, base_url="https://testserver").get(f"{API}/missions")
    assert https.headers["Strict-Transport-Security"].startswith("max-age=")


# The home page is an HTML page of app/pages with a stricter policy (tests/test_pages.py).
@pytest.mark.parametrize("page", ["/docs", "/redoc", "/docs/oauth2-redirect"])
def test_docs_pages_work_under_their_csp(app_factory: Any, page: str) -> None:
    """Every inline script of the page is allowed by hash, every asset comes from 'self'."""
    client, _ = app_factory()
    response = client.get(page)
    csp = response.headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert "'unsafe-inline'" not in directives["script-src"]
    assert directives["frame-ancestors"] == "'none'"
    for script in re.findall(r"<script>(.*?)</script>", response.text, re.S):
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in directives["script-src"]
    for url in re.findall(r"""(?:src|href)=["']([^"']+)["']""", response.text):
        assert url.startswith("/"), url  # same origin: allowed by 'self'
    assert "'self'" in directives["connect-src"]  # the UIs fetch /openapi.json


def test_request_id_is_kept_when_sane_and_made_otherwise(app_factory: Any) -> None:
    client, collect = app_factory()
    kept = client.get("/healthz", headers={"X-Request-ID": "abc-123.def:9"})
    assert kept.headers["X-Request-ID"] == "abc-123.def:9"
    for bad in ("a" * 200, "has space", "semi;colon", "<script>", ""):
        response = client.get("/healthz", headers={"X-Request-ID": bad})
        assert re.fullmatch(r"[0-9a-f]{32}", response.headers["X-Request-ID"]), bad
    made = client.get(f"{API}/missions").headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)
    access = [json.loads(line) for line in collect.lines if '"app.access"' in line]
    assert any(e["request_id"] == made and e["status"] == 200 for e in access)
    assert any(e["request_id"] == "abc-123.def:9" for e in access)


def test_errors_leak_no_trace_sql_or_secret_to_clients_or_logs(app_factory: Any) -> None:
    client, collect = app_factory()
    for url in ("/boom", "/sql-boom"):
        response = client.get(url)
        assert response.status_code == 500
        assert response.headers["content-type"].startswith(PROBLEM)
        body = response.text
        for leak in ("Traceback", "hunter2", "SELECT", "key_hash", "RuntimeError", 'File "'):
            assert leak not in body, (url, leak)
    logged = "\n".join(collect.lines)
    errors = [json.loads(line) for line in collect.lines if '"ERROR"' in line]
    assert len(errors) >= 2 and all("request_id" in e and "error" in e for e in errors)
    for leak in ("Traceback", "hunter2", "SELECT", "key_hash", 'File "'):
        assert leak not in logged, leak
    assert "ckb:***@db.internal" in logged  # the message is kept, its password is not


def test_log_lines_scrub_secrets() -> None:
    from app.http.logs import JsonFormatter, scrub

    assert "hunter2" not in scrub(f"connect {SECRET_URL} failed")
    assert "abc.def" not in scrub("Authorization: Bearer abc.def")
    assert "ckb_live_123" not in scrub("key ckb_live_123 refused")
    record = logging.LogRecord("x", logging.INFO, "f", 1, "url %s", (SECRET_URL,), None)
    assert "hunter2" not in JsonFormatter().format(record)


def test_writes_are_rate_limited_with_429_and_retry_after(app_factory: Any) -> None:
    client, _ = app_factory(RATE_LIMIT_WRITES_PER_MINUTE="6", RATE_LIMIT_WRITES_BURST="3")
    statuses = [client.post(f"{API}/_write").status_code for _ in range(5)]
    assert statuses[:3] == [200, 200, 200] and statuses[3:] == [429, 429], statuses
    limited = client.post(f"{API}/_write")
    assert limited.headers["content-type"].startswith(PROBLEM)
    # A moving window of 3 writes in 60 * 3 / 6 = 30 s: the wait is until the oldest leaves it.
    assert 1 <= int(limited.headers["Retry-After"]) <= 30
    assert limited.json()["status"] == 429
    # Reads are not writes.
    assert client.get(f"{API}/missions").status_code == 200


def test_failed_authentication_is_rate_limited(app_factory: Any) -> None:
    client, _ = app_factory(
        RATE_LIMIT_AUTH_FAILURES_PER_MINUTE="2", RATE_LIMIT_AUTH_FAILURES_BURST="3"
    )
    bad = {"Authorization": "Bearer guess"}
    statuses = [client.get(f"{API}/_auth", headers=bad).status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429], statuses
    # Locked out: even the right key waits (guessing must not be told when it succeeded).
    locked = client.get(f"{API}/_auth", headers={"Authorization": "Bearer good"})
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) >= 1
    # Anonymous reads go on.
    assert client.get(f"{API}/missions").status_code == 200


def test_record_auth_failure_is_there_for_the_auth_code(app_factory: Any) -> None:
    from app.http.ratelimit import auth_retry_after, record_auth_failure

    client, _ = app_factory(
        RATE_LIMIT_AUTH_FAILURES_PER_MINUTE="1", RATE_LIMIT_AUTH_FAILURES_BURST="2"
    )
    assert auth_retry_after("testclient") == 0
    record_auth_failure("testclient")
    record_auth_failure("testclient")
    assert auth_retry_after("testclient") >= 1
    response = client.get(f"{API}/_auth", headers={"Authorization": "Bearer good"})
    assert response.status_code == 429
    assert auth_retry_after("10.9.9.9") == 0  # per client


def _writes_from(client: TestClient, ip: str, n: int) -> list[int]:
    other = TestClient(client.app, raise_server_exceptions=False, client=(ip, 50000))
    return [other.post(f"{API}/_write").status_code for _ in range(n)]


def test_two_apps_on_one_shared_storage_spend_one_budget(app_factory: Any) -> None:
    """Several workers (here two apps, each with its own limiter) behind one Redis: a client
    gets the budget once, not once per worker. In memory, each app counts for itself."""
    import redis

    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            raise
        pytest.skip(f"no Redis at {url}: {exc}")
    limits = {"RATE_LIMIT_WRITES_PER_MINUTE": "6", "RATE_LIMIT_WRITES_BURST": "3"}
    ip = f"client-{uuid.uuid4().hex}"  # no other test run counts for it
    first, _ = app_factory(RATE_LIMIT_STORAGE=url, **limits)
    assert _writes_from(first, ip, 2) == [200, 200]
    second, _ = app_factory(RATE_LIMIT_STORAGE=url, **limits)
    assert first.app is not second.app
    assert _writes_from(second, ip, 2) == [200, 429]
    assert _writes_from(first, ip, 1) == [429]
    # The control: per-process memory gives each app a budget of its own.
    alone, _ = app_factory(RATE_LIMIT_STORAGE="memory://", **limits)
    assert _writes_from(alone, ip, 4) == [200, 200, 200, 429]


def test_an_unreachable_shared_storage_fails_open(app_factory: Any) -> None:
    """Redis down must not take the API down: the limits are skipped, with a warning."""
    client, logs = app_factory(
        RATE_LIMIT_STORAGE="redis://127.0.0.1:1/0",  # nothing listens on port 1
        RATE_LIMIT_WRITES_PER_MINUTE="6",
        RATE_LIMIT_WRITES_BURST="1",
    )
    assert [client.post(f"{API}/_write").status_code for _ in range(3)] == [200, 200, 200]
    assert any("rate limit storage unavailable" in line for line in logs.lines)


def test_a_locked_out_client_sending_credentials_gets_429_on_reads_too(app_factory: Any) -> None:
    """Why every /api operation documents 429, GET /audit and GET /keys included."""
    client, _ = app_factory(
        RATE_LIMIT_AUTH_FAILURES_PER_MINUTE="1", RATE_LIMIT_AUTH_FAILURES_BURST="2"
    )
    bad = {"Authorization": "Bearer not-a-key"}
    assert client.get(f"{API}/audit", headers=bad).status_code == 401
    assert client.get(f"{API}/keys", headers=bad).status_code == 401
    for url in (f"{API}/audit", f"{API}/keys", f"{API}/missions"):
        response = client.get(url, headers=bad)
        assert response.status_code == 429, url
        assert int(response.headers["Retry-After"]) >= 1
    assert client.get(f"{API}/missions").status_code == 200  # no credentials, no lockout


def test_openapi_documents_the_cross_cutting_answers(app_factory: Any) -> None:
    client, _ = app_factory()
    spec = client.get("/openapi.json").json()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            assert "400" in op["responses"], (path, method)
            if path.startswith("/api/"):
                assert "503" in op["responses"], (path, method)
                assert "Retry-After" in op["responses"]["503"].get("headers", {})
            if path.startswith("/api/"):
                assert "429" in op["responses"], (path, method)
            if "requestBody" in op:
                assert {"413", "415"} <= set(op["responses"]), (path, method)
            for p in op.get("parameters", []):
                if p["name"] == "limit":
                    options = p["schema"].get("anyOf", [p["schema"]])
                    maximum = get_settings().max_page_size
                    assert any(o.get("maximum") == maximum for o in options), path


def test_sql_injection_in_filters_matches_nothing(app_factory: Any, db: Any) -> None:
    client, _ = app_factory()
    before = db.execute(text("SELECT count(*) FROM mission")).scalar()
    for value in ("' OR '1'='1", "nato' OR 1=1 --", "x'); DROP TABLE mission; --"):
        # Read as a key naming no organization: a 422 naming the parameter, nothing run.
        response = client.get(f"{API}/missions", params={"organization": value})
        assert response.status_code == 422, value
        assert response.json()["errors"][0]["field"] == "query.organization", value
    assert db.execute(text("SELECT count(*) FROM mission")).scalar() == before
