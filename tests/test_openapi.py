"""The OpenAPI description is complete: the rules of docs/openapi.md, checked on every operation.

These run on the description the app serves, so they hold for operations added later too.
"""

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, Literal

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field

from app.core.errors import problem_responses
from app.openapi.description import RECORDED_EXAMPLES, complete_openapi, recorded_examples
from tests.conftest import use_database

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
            # uvicorn's own plain-text 400 (a request line it cannot parse) besides ours
            plain = ["text/plain"] if status == "400" else []
            assert list(response["content"]) == ["application/problem+json", *plain], where
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
                if not media_type.endswith("json"):
                    continue  # CSV and the like: the schema says it is text
                assert "example" in media or "examples" in media, f"{where} {status} {media_type}"


def test_lists_document_their_paging_headers(spec: dict[str, Any]) -> None:
    lists = 0
    for path, method, op in operations(spec):
        ok = op["responses"].get("200", {})
        schema = ok.get("content", {}).get("application/json", {}).get("schema", {})
        # With `shape`, the envelope is the first alternative (then the bare array and, with
        # `fields`, the same two with no field required).
        fields = any(p["name"] == "fields" for p in op.get("parameters", []))
        first = (schema.get("oneOf") or (fields and schema.get("anyOf")) or [{}])[0]
        ref = schema.get("$ref") or first.get("$ref", "")
        # /changes is a feed, paged by Link, with no total: not a list of records.
        if ref.endswith("Page") and not ref.endswith("/ChangePage"):
            lists += 1
            assert {"Link", "X-Total-Count"} <= set(ok["headers"]), f"{method} {path}"
            assert not re.search(r"Page_\w+_", ref)
    assert lists >= 9


def test_public_reads_show_no_lock_writes_need_a_key(spec: dict[str, Any]) -> None:
    """Swagger UI draws a padlock for every operation with security requirements, closed when
    they are met: `[{}, {key}]` (a key optional) drew closed padlocks on public reads."""
    for path, method, op in operations(spec):
        if not path.startswith("/api/"):
            assert op["security"] == [], path
        elif method in {"post", "put", "patch", "delete"} or {"401", "403"} & set(op["responses"]):
            assert op["security"] and {} not in op["security"], f"{method} {path}"
        else:
            assert op["security"] == [], f"{method} {path}"


def test_recorded_examples_are_of_current_operations(spec: dict[str, Any]) -> None:
    """app/openapi/examples.json: rerun scripts/record_openapi_examples.py if this fails.

    That each example fits its schema is Spectral's `oas3-valid-media-example` rule
    (tests/e2e/test_openapi_lint.py), which checks every example of the description.
    """
    assert RECORDED_EXAMPLES.exists()
    ids = {op["operationId"] for _, _, op in operations(spec)}
    stale = set(recorded_examples()) - ids
    assert not stale, f"examples for operations that are gone: {stale}; run make openapi-examples"
    for path, _method, op in operations(spec):
        if op["operationId"] in recorded_examples():
            media = op["responses"]["200"]["content"]["application/json"]
            assert media["example"] == recorded_examples()[op["operationId"]]["200"], path


def _timeless(value: Any) -> Any:
    """The answer without when and in which order the seed was loaded (times, data version),
    nor the day it was asked on (`as_of`, today unless asked: the recorded example was made on
    another day)."""
    if isinstance(value, dict):
        return {
            k: _timeless(v)
            for k, v in value.items()
            if not k.endswith("_at") and k not in ("data_version", "as_of")
        }
    if isinstance(value, list):
        return [_timeless(v) for v in value]
    return value


def _differences(now: Any, recorded: Any, at: str = "") -> Iterator[str]:
    if isinstance(now, dict) and isinstance(recorded, dict):
        for key in now.keys() | recorded.keys():
            yield from _differences(now.get(key), recorded.get(key), f"{at}.{key}")
    elif isinstance(now, list) and isinstance(recorded, list) and len(now) == len(recorded):
        for i, (a, b) in enumerate(zip(now, recorded, strict=True)):
            yield from _differences(a, b, f"{at}[{i}]")
    elif now != recorded:
        yield f"{at}: {now!r:.80} (recorded {recorded!r:.80})"


def test_recorded_examples_are_todays_answers(seeded_url: str) -> None:
    """Each recorded example is what the API answers today, on each engine: an example
    recorded before a format change (amounts were strings) fails here, not in Spectral."""
    import importlib.util

    from app.main import create_app

    path = Path(__file__).resolve().parents[1] / "scripts" / "record_openapi_examples.py"
    module_spec = importlib.util.spec_from_file_location("record_openapi_examples", path)
    assert module_spec and module_spec.loader
    script = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(script)
    use_database(seeded_url)
    app = create_app()
    with TestClient(app, base_url=script.BASE_URL) as client:
        answers = script.record(client, app.openapi())
    for operation, example in recorded_examples().items():
        if operation == "search" and not seeded_url.startswith("sqlite"):
            continue  # relevance within a tier is each engine's own (bm25, ts_rank_cd)
        differences = list(_differences(_timeless(answers[operation]), _timeless(example)))
        assert not differences, f"{operation}: {differences[:5]}; run make openapi-examples"
    assert set(answers) == set(recorded_examples()), "run make openapi-examples"


def test_path_examples_name_records_that_exist(spec: dict[str, Any], client: TestClient) -> None:
    """Swagger UI fills "Try it out" with the path examples: each must answer 200."""
    for path, method, op in operations(spec):
        params = [p for p in op.get("parameters", []) if p["in"] == "path"]
        if method != "get" or not params:
            continue
        url = path
        for param in params:
            url = url.replace("{" + param["name"] + "}", str(param["example"]))
        status = client.get(url).status_code
        parent, _, last = path.rpartition("/")
        if status == 404 and last.startswith("{"):
            # A collection the seed holds nothing of yet (strength observations before the
            # research notes arrive) has no record to name; once it has one, this checks it.
            listed = client.get(parent, params={"limit": 1})
            if listed.status_code == 200 and listed.json()["total"] == 0:
                continue
        assert status == 200, url


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


class NewThing(BaseModel):
    slug: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=100)
    theater: str = Field(pattern=r"^[A-Z]{3}$")
    start_date: date | None = None
    personnel: int = Field(ge=0, le=100_000)
    share: float = Field(gt=0)
    status: Literal["asserted", "corroborated", "disputed"] = "asserted"
    notes: list[str] = []


def test_the_rules_apply_to_endpoints_added_later() -> None:
    """A write endpoint and a read of a kind the app does not have yet get the same treatment."""
    app = FastAPI()

    @app.post("/api/v1/things", status_code=201, responses=problem_responses(401, 403, 409))
    def create_thing(body: NewThing) -> NewThing:
        return body

    @app.get("/api/v1/things/{key}")
    def get_thing(key: str) -> NewThing:
        raise NotImplementedError

    spec = complete_openapi(app.openapi())
    create = spec["paths"]["/api/v1/things"]["post"]
    NewThing.model_validate(create["requestBody"]["content"]["application/json"]["example"])
    NewThing.model_validate(create["responses"]["201"]["content"]["application/json"]["example"])
    assert create["security"] == [{"apiKey": []}]
    assert {"400", "401", "403", "409", "422", "500", "503"} <= set(create["responses"])
    for status, response in create["responses"].items():
        if status[0] in "45":
            assert response["content"]["application/problem+json"]["schema"] == PROBLEM

    read = spec["paths"]["/api/v1/things/{key}"]["get"]
    assert read["security"] == []
    assert read["parameters"][0]["example"]
    NewThing.model_validate(read["responses"]["200"]["content"]["application/json"]["example"])


def test_schemas_use_only_json_schema_keywords(spec: dict[str, Any]) -> None:
    # A pydantic constraint pydantic cannot place (a bound on a validator-wrapped type, say)
    # lands in the schema under its Python name, where no client or fuzzer reads it.
    python_names = {"ge", "gt", "le", "lt", "max_digits", "decimal_places", "min_length"}
    found: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            in_properties = path.endswith("/properties")
            for key, value in node.items():
                if key in python_names and not in_properties:
                    found.append(f"{path}/{key}")
                walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}/{i}")

    walk(spec, "")
    assert found == []
