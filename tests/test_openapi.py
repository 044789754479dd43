"""The OpenAPI description is complete: the rules of docs/openapi.md, checked on every operation.

These run on the description the app serves, so they hold for operations added later too.
"""

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.openapi import RECORDED_EXAMPLES, recorded_examples

PROBLEM = {"$ref": "#/components/schemas/Problem"}
# Operations whose error response is deliberately not a problem document (docs/openapi.md).
NOT_PROBLEMS = {("readyz", "503")}
OPERATION_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    from app.main import create_app

    return create_app().openapi()


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in {"get", "put", "post", "patch", "delete", "head", "options"}
    ]


def test_info_servers_and_security_scheme(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    info = spec["info"]
    assert info["license"]["identifier"] == "MIT"
    assert info["contact"]["name"] and info["contact"]["url"]
    assert info["description"]
    assert spec["servers"] == [{"url": "/", "description": spec["servers"][0]["description"]}]
    schemes = spec["components"]["securitySchemes"]
    assert any(s["type"] == "http" and s["scheme"] == "bearer" for s in schemes.values())


def test_every_tag_is_declared_and_described(spec: dict[str, Any]) -> None:
    declared = {t["name"]: t for t in spec["tags"]}
    assert all(t.get("description") for t in declared.values())
    used = {tag for _, _, op in operations(spec) for tag in op["tags"]}
    assert used <= set(declared), f"add these to TAGS in app/main.py: {used - set(declared)}"
    assert set(declared) <= used, f"tags with no operation: {set(declared) - used}"


def test_operation_ids_are_readable_and_unique(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    for operation_id in ids:
        assert OPERATION_ID.match(operation_id), operation_id


def test_every_operation_is_described(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        assert len(op["tags"]) == 1, where
        assert op["summary"] and op["description"], where
        assert op["description"] != op["summary"] + ".", f"{where}: write a description"
        assert "security" in op, where
        if path.startswith("/api/"):
            assert {"400", "500", "503"} <= set(op["responses"]), where


def test_every_error_is_a_documented_problem(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        for status, response in op["responses"].items():
            if not status.startswith(("4", "5")) or (op["operationId"], status) in NOT_PROBLEMS:
                continue
            where = f"{method.upper()} {path} {status}"
            assert list(response["content"]) == ["application/problem+json"], where
            media = response["content"]["application/problem+json"]
            assert media["schema"] == PROBLEM, where
            assert media["example"]["status"] == int(status), where
            assert response["description"], where
            if status == "503":
                assert "Retry-After" in response["headers"], where


def test_every_parameter_body_and_response_has_an_example(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        for param in op.get("parameters", []):
            schema = param["schema"]
            assert "example" in param or schema.get("examples"), f"{where} {param['name']}"
            assert "anyOf" not in schema, f"{where} {param['name']}: null is not on the wire"
            if param["in"] == "path":
                assert "example" in param, f"{where} {param['name']}"
        for media in op.get("requestBody", {}).get("content", {}).values():
            assert "example" in media or "examples" in media, f"{where} request body"
        for status, response in op["responses"].items():
            for media_type, media in response.get("content", {}).items():
                assert "example" in media or "examples" in media, f"{where} {status} {media_type}"


def test_lists_document_their_paging_headers(spec: dict[str, Any]) -> None:
    lists = 0
    for path, method, op in operations(spec):
        ok = op["responses"].get("200", {})
        ref = ok.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
        if ref.endswith("Page"):
            lists += 1
            assert {"Link", "X-Total-Count"} <= set(ok["headers"]), f"{method} {path}"
            assert not re.search(r"Page_\w+_", ref)
    assert lists >= 9


def test_reads_take_an_optional_key_writes_a_required_one(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        if not path.startswith("/api/"):
            assert op["security"] == [], path
        elif method in {"post", "put", "patch", "delete"} or {"401", "403"} & set(op["responses"]):
            assert op["security"] and {} not in op["security"], f"{method} {path}"
        else:
            assert {} in op["security"], f"{method} {path}"


def test_recorded_examples_are_of_current_operations(spec: dict[str, Any]) -> None:
    """app/core/openapi_examples.json: rerun scripts/record_openapi_examples.py if this fails.

    That each example fits its schema is Spectral's `oas3-valid-media-example` rule
    (tests/e2e/test_openapi_lint.py), which checks every example of the description.
    """
    assert RECORDED_EXAMPLES.exists()
    ids = {op["operationId"] for _, _, op in operations(spec)}
    stale = set(recorded_examples()) - ids
    assert not stale, f"examples for operations that are gone: {stale}"
    for path, _method, op in operations(spec):
        if op["operationId"] in recorded_examples():
            media = op["responses"]["200"]["content"]["application/json"]
            assert media["example"] == recorded_examples()[op["operationId"]]["200"], path


def test_path_examples_name_records_that_exist(spec: dict[str, Any], client: TestClient) -> None:
    """Swagger UI fills "Try it out" with the path examples: each must answer 200."""
    for path, method, op in operations(spec):
        params = [p for p in op.get("parameters", []) if p["in"] == "path"]
        if method != "get" or not params:
            continue
        url = path
        for param in params:
            url = url.replace("{" + param["name"] + "}", str(param["example"]))
        assert client.get(url).status_code == 200, url


def test_docs_pages_are_locked_to_this_service(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        response = client.get(page)
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "connect-src 'self'" in csp
    assert '"validatorUrl": null' in client.get("/docs").text
    redoc_html = client.get("/redoc").text
    script = re.search(r'<script src="([^"]+redoc[^"]+)"', redoc_html)
    assert script
    js = client.get(script.group(1))
    assert js.status_code == 200
    assert "cdn.redoc.ly" not in js.text
