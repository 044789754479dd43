"""A catalogue of hostile input, sent to every parameter of every operation in the OpenAPI
description and to every operation that takes a body (so endpoints added later are covered).

Each answer must be a 4xx `application/problem+json` that names the input (the field in
`errors`, or the value in `detail`), never a 500; and no request may change the database
(row counts of every table, audit log included, before and after). A free-text filter may
also answer 200, but an injection string must then match nothing.
"""

import base64
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, unquote

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.conftest import TempDatabases, shared_app, use_database
from tests.helpers import PROBLEM, row_counts
from tests.live import create_key, service_env


def _spec() -> dict[str, Any]:
    # The app importing app.main builds (`app.main.app`, from the same settings as a
    # create_app() here would be): one app fewer per test process.
    from app.main import app

    return app.openapi()


SPEC = _spec()
METHODS = ("get", "put", "post", "patch", "delete")


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def body_operations() -> list[tuple[str, str]]:
    found = [(m, p) for m, p, op in operations() if "requestBody" in op]
    # Until write endpoints exist, a POST to a read-only collection still goes through the
    # body guard (it runs before routing), so the guard is tested either way.
    return found or [("POST", "/api/v1/missions")]


# --- values -------------------------------------------------------------------------------

# (name, raw text): percent-encoded before sending.
TEXT_ATTACKS = [
    ("sql-quote", "' OR '1'='1"),
    ("sql-comment", "nato'--"),
    ("sql-union", "x' UNION SELECT name, key_hash FROM api_key--"),
    ("sql-stacked", "1; DROP TABLE mission; --"),
    ("like-wildcards", "%_%"),
    ("path-traversal", "../../etc/passwd"),
    ("dots", "a.b"),
    ("bidi-and-emoji", "\u202egnp.exe \U0001f4a3"),
    # httpx will not build a URL over 64 KiB; 100 KB URLs are sent as raw bytes to the real
    # server below, and 100 KB strings in bodies in the body tests.
    ("60-kb", "a" * 60_000),
]
# (name, already percent-encoded): what a careless client or a fuzzer puts on the wire.
ENCODED_ATTACKS = [
    ("nul", "%00"),
    ("nul-inside", "ntm%00-i"),
    ("invalid-utf8", "%FF"),
    ("overlong-utf8", "%C0%AF"),
    ("lone-surrogate", "%ED%A0%80"),
    ("truncated-utf8", "%E2%82"),
    ("dot-dot", "%2E%2E"),
    ("encoded-traversal", "..%2F..%2Fetc"),
    ("encoded-backslash", "..%5C..%5Cwindows"),
]
INJECTIONS = {"sql-quote", "sql-comment", "sql-union", "sql-stacked", "like-wildcards"}
TYPED_ATTACKS = {
    "integer": ["-1", "0", "-99999999999999999999", "99999999999999999999999999", "1e3", "abc"],
    "boolean": ["maybe", "2", "yes please"],
    "date": ["2023-02-30", "2023-13-01", "0", "-1", "20230101", "99999-01-01", "2023-1-1"],
    "date-time": ["2023-02-30T00:00:00", "0", "yesterday"],
}


def _decoded(encoded: str) -> str | None:
    """The text a percent-encoded attack stands for, when it is text at all."""
    try:
        text = unquote(encoded, errors="strict")
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text else text


def _schema_of(param: dict[str, Any]) -> dict[str, Any]:
    schema = param.get("schema", {})
    for option in schema.get("anyOf", []):
        if option.get("type") != "null":
            return dict(option)
    return dict(schema)


def _kind(param: dict[str, Any]) -> str:
    schema = _schema_of(param)
    if schema.get("type") in ("integer", "number"):
        return "integer"
    if schema.get("type") == "boolean":
        return "boolean"
    if schema.get("format") in ("date", "date-time"):
        return str(schema["format"])
    if "enum" in schema or ("pattern" in schema and "x00" not in schema["pattern"]):
        return "constrained"
    return "text"


def _example(param: dict[str, Any]) -> str:
    schema = param.get("schema", {})
    for source in (param, schema, _schema_of(param)):
        if source.get("examples"):
            return str(source["examples"][0])
        if "example" in source:
            return str(source["example"])
    return "x"


def _fill(path: str, op: dict[str, Any], override: tuple[str, str] | None = None) -> str:
    for param in op.get("parameters", []):
        if param["in"] == "path":
            value = quote(_example(param), safe="")
            if override and override[0] == param["name"]:
                value = override[1]
            path = path.replace("{" + param["name"] + "}", value)
    return path


# --- database unchanged -------------------------------------------------------------------


_keys: dict[str, str | None] = {}


def admin_key(url: str) -> str | None:
    """An admin key for `url`'s database, made once with the CLI (None before keys exist)."""
    if url not in _keys:
        _keys[url] = create_key(service_env(url), name="bad-input", role="admin")
    return _keys[url]


@pytest.fixture
def guarded(seeded_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """The app as deployed, with the write limiter off so hundreds of hostile requests
    are judged by what they are, not by how many there are (429 has tests of its own).
    Requests carry an admin key when keys exist, so writes get past authentication and
    meet the hostile input itself."""
    key = admin_key(seeded_url)
    monkeypatch.setenv("RATE_LIMIT_WRITES_PER_MINUTE", "0")
    monkeypatch.setenv("RATE_LIMIT_AUTH_FAILURES_PER_MINUTE", "0")
    use_database(seeded_url)
    with TestClient(shared_app(), raise_server_exceptions=False) as client:
        if key:
            client.headers["Authorization"] = f"Bearer {key}"
        yield client
    monkeypatch.delenv("RATE_LIMIT_WRITES_PER_MINUTE")
    monkeypatch.delenv("RATE_LIMIT_AUTH_FAILURES_PER_MINUTE")
    use_database(seeded_url)


# What a response must never show: a trace, the SQL we ran, the driver's words.
LEAK_MARKERS = ["Traceback", 'File "', "[SQL:", "sqlalchemy", "psycopg", "sqlite3", "postgresql://"]


def _names_input(response: Any, *, fields: set[str], value: str | None) -> bool:
    body = response.json()
    named = {e["field"] for e in body.get("errors") or []}
    if named & fields:
        return True
    return value is not None and value[:40] in body.get("detail", "")


def _assert_refused(
    response: Any, *, fields: set[str] | None, value: str | None, what: str
) -> None:
    assert response.status_code != 500, what
    assert 400 <= response.status_code < 500, f"{what}: {response.status_code} {response.text}"
    assert response.headers["content-type"].startswith(PROBLEM), what
    body = response.json()
    assert body["status"] == response.status_code, what
    if fields is not None:
        assert _names_input(response, fields=fields, value=value), f"{what}: {body}"
    leaks = [m for m in LEAK_MARKERS if m.lower() in response.text.lower()]
    assert not leaks, f"{what} leaks {leaks}: {response.text[:500]}"


# --- query and path parameters ------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"), [(m, p) for m, p, op in operations() if op.get("parameters")]
)
def test_every_parameter_refuses_hostile_values(
    guarded: TestClient, seeded_url: str, method: str, path: str
) -> None:
    op = SPEC["paths"][path][method.lower()]
    before = row_counts(seeded_url)
    baseline = guarded.request(method, _fill(path, op))
    baseline_total = baseline.json().get("total") if baseline.status_code == 200 else None
    checked = 0
    for param in op["parameters"]:
        name, where, kind = param["name"], param["in"], _kind(param)
        field = f"{where}.{name}"
        cases: list[tuple[str, str, str | None]] = [
            (label, quote(text, safe=""), text) for label, text in TEXT_ATTACKS
        ]
        cases += [(label, encoded, _decoded(encoded)) for label, encoded in ENCODED_ATTACKS]
        # 0 is hostile only where the schema refuses it (a `since` version or a `_min` may be 0).
        zero_ok = _schema_of(param).get("minimum") == 0
        cases += [
            (f"{kind}:{v}", quote(v, safe=""), v)
            for v in TYPED_ATTACKS.get(kind, [])
            if not (v == "0" and zero_ok)
        ]
        for label, encoded, text in cases:
            if where == "path":
                url = _fill(path, op, (name, encoded))
            elif where == "query":
                # Other required query parameters get a benign value, so the answer is
                # about the hostile one (search needs `q`).
                others = "".join(
                    f"&{p['name']}=training"
                    for p in op["parameters"]
                    if p["in"] == "query" and p.get("required") and p["name"] != name
                )
                url = f"{_fill(path, op)}?{name}={encoded}{others}"
            else:
                continue
            what = f"{method} {url[:120]} ({field} {label})"
            response = guarded.request(method, url)
            checked += 1
            assert response.status_code != 500, what
            # The URL guard names the part of the URL; validation names the parameter.
            fields = {field, "path"} if where == "path" else {field, "query"}
            free_text = kind == "text" and where == "query" and label != "60-kb"
            if response.status_code == 200 and free_text and text is not None:
                if label in INJECTIONS and baseline_total:
                    total = response.json().get("total")
                    assert total is None or total < baseline_total, f"{what} widened the result"
                continue
            if where == "path" and response.status_code == 200 and text is not None:
                # A well-formed key may exist ("a.b"), and a record's history is an empty
                # list for a key that never existed (or was deleted): nothing leaked.
                page = response.json()
                assert label in ("dots", "bidi-and-emoji") or page.get("total") == 0, what
                continue
            if method != "GET":
                # A write without a valid body may be refused for the body, the missing
                # If-Match or the key first; what matters is that it is refused cleanly.
                _assert_refused(response, fields=None, value=None, what=what)
                continue
            _assert_refused(response, fields=fields, value=text, what=what)
    assert checked
    assert row_counts(seeded_url) == before


# --- cursors ------------------------------------------------------------------------------


def _encode(data: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def _paged(client: TestClient) -> list[tuple[str, str]]:
    """Every list operation that takes a cursor, with a real cursor from its first page."""
    found = []
    for method, path, op in operations():
        names = {p["name"] for p in op.get("parameters", [])}
        if method != "GET" or "cursor" not in names or "{" in path:
            continue
        page = client.get(path, params={"limit": 1}).json()
        if page.get("next_cursor"):
            found.append((path, page["next_cursor"]))
    return found


def test_tampered_foreign_and_forged_cursors_are_400(guarded: TestClient, seeded_url: str) -> None:
    before = row_counts(seeded_url)
    paged = _paged(guarded)
    assert len(paged) >= 3
    for index, (path, cursor) in enumerate(paged):
        decoded = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if len(decoded) != 4:
            continue  # search pages by rank (an offset cursor), checked in its own tests
        sort, fingerprint, value, last_id = decoded
        foreign_path, foreign = paged[(index + 1) % len(paged)]
        hostile = {
            "tampered": cursor[:-2] + ("AA" if not cursor.endswith("AA") else "BB"),
            "truncated": cursor[: len(cursor) // 2],
            "foreign": foreign,
            "not-base64": "!!!***",
            "not-json": base64.urlsafe_b64encode(b"\xff\xfe garbage").decode(),
            "wrong-shape": _encode({"id": 1}),
            "sql-in-value": _encode([sort, fingerprint, "' OR 1=1 --", last_id]),
            "object-value": _encode([sort, fingerprint, {"$gt": ""}, last_id]),
            "huge-id": _encode([sort, fingerprint, value, 2**80]),
            "negative-id": _encode([sort, fingerprint, value, -(2**80)]),
            "float-id": _encode([sort, fingerprint, value, 1.5]),
            "bool-id": _encode([sort, fingerprint, value, True]),
            "other-sort": _encode(["-" + sort, fingerprint, value, last_id]),
            "nul": "%00",
            "60-kb": "A" * 60_000,
        }
        if foreign_path == path:
            del hostile["foreign"]
        for label, bad in hostile.items():
            url = f"{path}?limit=1&cursor={bad if label == 'nul' else quote(bad, safe='')}"
            response = guarded.get(url)
            what = f"{path} cursor {label}"
            if label in ("sql-in-value", "huge-id", "negative-id") and response.status_code == 200:
                # Well-formed and of this list: a position past (or before) every row.
                assert response.json()["items"] == [] or label == "sql-in-value", what
                continue
            _assert_refused(response, fields={"query.cursor", "query"}, value=None, what=what)
    assert row_counts(seeded_url) == before


# --- bodies -------------------------------------------------------------------------------


def _deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@pytest.mark.parametrize(("method", "path"), body_operations())
def test_bodies_are_checked_before_they_are_parsed(
    guarded: TestClient, seeded_url: str, method: str, path: str
) -> None:
    from app.http.middleware import body_limit

    op = SPEC["paths"].get(path, {}).get(method.lower(), {})
    url = _fill(path, op)
    limit = body_limit(url)
    before = row_counts(seeded_url)
    json_type = {"Content-Type": "application/json"}
    cases: list[tuple[str, bytes, dict[str, str], int, str]] = [
        ("text/plain", b'{"a": 1}', {"Content-Type": "text/plain"}, 415, "header.content-type"),
        (
            "form",
            b"a=1",
            {"Content-Type": "application/x-www-form-urlencoded"},
            415,
            "header.content-type",
        ),
        ("xml", b"<a/>", {"Content-Type": "application/xml"}, 415, "header.content-type"),
        ("no content type", b'{"a": 1}', {"Content-Type": ""}, 415, "header.content-type"),
        ("oversized", b'{"a": "' + b"x" * (limit + 10) + b'"}', json_type, 413, "body"),
        ("deeply nested", _deep(10_000), json_type, 400, "body"),
        ("deeply nested objects", b'{"a":' * 5_000 + b"1" + b"}" * 5_000, json_type, 400, "body"),
        ("invalid UTF-8", b'{"name": "\xff\xfe"}', json_type, 400, "body"),
        ("NUL", b'{"name": "a\x00b"}', json_type, 400, "body"),
        ("NUL escape", b'{"name": "a\\u0000b"}', json_type, 400, "body"),
        ("lone surrogate", b'{"name": "\\ud800"}', json_type, 400, "body"),
        ("lone low surrogate", b'{"name": "x\\udc00"}', json_type, 400, "body"),
    ]
    for label, body, headers, status, field in cases:
        response = guarded.request(method, url, content=body, headers=headers)
        what = f"{method} {url} {label}"
        assert response.status_code == status, f"{what}: {response.status_code} {response.text}"
        _assert_refused(response, fields={field}, value=None, what=what)
    # A declared length over the limit is refused before a byte of the body is read.
    response = guarded.request(
        method, url, content=b"{}", headers={**json_type, "Content-Length": str(limit + 1)}
    )
    assert response.status_code == 413
    assert row_counts(seeded_url) == before


def test_body_guard_lets_clean_json_through(seeded_url: str) -> None:
    """The guard replays a body it has read: a route still gets it whole."""
    from fastapi import Request

    from app.main import create_app

    use_database(seeded_url)
    app = create_app()

    @app.post("/api/v1/_echo")
    async def echo(request: Request) -> Any:
        return await request.json()

    payload = {"name": "caf\u00e9 \U0001f600", "nested": [[[[1]]]], "pair": "\\ud83d\\ude00"}
    with TestClient(app) as client:
        response = client.post("/api/v1/_echo", json=payload)
        assert response.status_code == 200 and response.json() == payload
        surrogate_pair = b'{"e": "\\ud83d\\ude00"}'
        response = client.post(
            "/api/v1/_echo", content=surrogate_pair, headers={"Content-Type": "application/json"}
        )
        assert response.json() == {"e": "\U0001f600"}
        chunked = client.post(
            "/api/v1/_echo",
            content=iter([b'{"a":', b" 1}"]),
            headers={"Content-Type": "application/merge-patch+json"},
        )
        assert chunked.status_code == 200 and chunked.json() == {"a": 1}


# --- the real server: what its HTTP parser refuses ----------------------------------------


def test_a_100kb_url_is_refused_by_the_real_server_which_stays_up(
    tmp_path: Any, databases: TempDatabases
) -> None:
    """uvicorn's parser refuses URLs over 64 KiB itself, with its own plain-text 400 (no fork
    of its private protocol class: that broke `--workers N`); the service keeps serving.

    On a copy of the process's seeded template: what `serve` makes of an empty database
    (migrated, the seed loaded), without a migration and a seed load in the service."""
    import socket

    from tests.live import Service

    url = databases.copy("sqlite")
    service = Service(url, tmp_path / "service.log").start()
    try:
        for target in (
            f"/api/v1/missions?kind={'a' * 100_000}",
            f"/api/v1/missions/{'a' * 100_000}",
        ):
            with socket.create_connection(("127.0.0.1", service.port), timeout=10) as sock:
                sock.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
                raw = b""
                while chunk := sock.recv(65536):
                    raw += chunk
            assert raw.startswith(b"HTTP/1.1 400"), raw[:200]
        assert service.process is not None and service.process.poll() is None
        assert httpx.get(service.base_url + "/api/v1/missions/ntm-i", timeout=10).status_code == 200
    finally:
        service.stop()
        databases.drop(url)


def test_forged_cursor_with_an_out_of_range_integer_key_is_400(guarded: TestClient) -> None:
    """Found by this catalogue: a forged cursor holding 2**80 reached SQLite as a 500."""
    first = guarded.get("/api/v1/contributions", params={"sort": "personnel", "limit": 1}).json()
    sort, fingerprint, _value, last_id = json.loads(
        base64.urlsafe_b64decode(first["next_cursor"] + "==")
    )
    for value, ident in ((2**80, last_id), (-(2**80), last_id), (5, 2**70)):
        forged = _encode([sort, fingerprint, value, ident])
        response = guarded.get(
            "/api/v1/contributions", params={"sort": "personnel", "limit": 1, "cursor": forged}
        )
        _assert_refused(response, fields={"query.cursor"}, value=None, what=f"{value} {ident}")
