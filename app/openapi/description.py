"""The OpenAPI description, completed in one place for every operation, present and future.

FastAPI writes the description from the routes; `complete_openapi` then fills in what a
route should not have to repeat (docs/openapi.md lists the rules):

* error responses: each is `application/problem+json` with the `Problem` schema and an
  example; the errors every route can answer (400 unknown parameter, 422 invalid input,
  500, 503 database unavailable) are documented on every operation they apply to;
* security: the API-key scheme (`Authorization: Bearer <key>`); reads accept a key but need
  none, writes and operations that document 401/403 require one, probes take none;
* examples: every parameter, request body and response has one: the route's own, else a
  real answer recorded from the seed (examples.json, written by
  scripts/record_openapi_examples.py), else one built from the schema's field examples,
  defaults and types;
* list responses document their `Link` and `X-Total-Count` headers, 503 its `Retry-After`;
* query and path parameters are never null on the wire: their `anyOf [T, null]` becomes `T`;
* generic schema names read as words (`Page_MissionRead_` becomes `MissionReadPage`), and an
  enum that several models share (a `Literal` type) becomes one named schema (`Status`), so
  generated clients get one enum type rather than one per model;
* servers (relative: the docs try requests against the host that served them), and a
  summary and description for an operation that has none.
"""

import copy
import json
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from app.core.config import get_settings
from app.core.errors import (
    INTERNAL_DETAIL,
    PROBLEM_MEDIA_TYPE,
    TYPE_BASE,
    AppError,
    BadRequest,
    Conflict,
    ContentTooLarge,
    FieldProblem,
    Forbidden,
    NotFound,
    PreconditionFailed,
    PreconditionRequired,
    ServiceUnavailable,
    TooManyRequests,
    Unauthorized,
    Unprocessable,
    UnsupportedMediaType,
)
from app.core.formats import document_formats
from app.openapi.spec_rules import document_cross_cutting

JSON = "application/json"
SECURITY_SCHEME = "apiKey"
WRITE_METHODS = {"post", "put", "patch", "delete"}
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}

# Errors any operation under /api/ can answer, besides those its route documents.
API_ERRORS = (400, 500, 503)
ANY_ERRORS = (500,)


def _problem_of(error: AppError) -> dict[str, Any]:
    """The documented example of a problem: title and type from the error's class."""
    example: dict[str, Any] = {"title": error.title, "slug": error.slug, "detail": error.detail}
    if error.errors:
        example["errors"] = [e.model_dump() for e in error.errors]
    return example


PROBLEM_EXAMPLES: dict[int, dict[str, Any]] = {
    e.status: _problem_of(e)
    for e in (
        BadRequest(
            "Unknown query parameter(s): organisation.",
            errors=[
                FieldProblem(
                    field="query.organisation",
                    reason="unknown parameter; this endpoint takes: cursor, limit, sort",
                )
            ],
        ),
        Unauthorized("A valid API key is needed."),
        Forbidden("This key's role may not do this."),
        NotFound("No record with key 'xyz'."),
        Conflict("A record with this key exists."),
        PreconditionFailed("The record changed since it was read; fetch it again."),
        ContentTooLarge("Body over 1 MiB."),
        UnsupportedMediaType("Send application/json."),
        Unprocessable(
            "Invalid input: query.limit.",
            errors=[
                FieldProblem(
                    field="query.limit", reason="Input should be greater than or equal to 1"
                )
            ],
        ),
        PreconditionRequired("Send If-Match with the ETag you read."),
        TooManyRequests("Slow down."),
        AppError(INTERNAL_DETAIL),
        ServiceUnavailable("The database is unavailable; try again shortly."),
    )
}
ERROR_DESCRIPTIONS = {
    400: "Unknown query parameter, malformed or foreign cursor, or a bad combination of "
    "parameters; `errors` names each.",
    422: "Type `validation`: a field or parameter does not match this schema. Type "
    "`rule-violation` (writes): the body matches the schema but breaks a rule only the data "
    "can check, such as a reference to a record that does not exist or a quote missing from "
    "its source. `errors` names each field.",
    500: "Unexpected failure; the trace is in the server's log, never in the answer.",
    503: "The database is unavailable; retry after `Retry-After` seconds.",
}
HEADERS = {
    "X-Total-Count": {
        "description": "Rows matching the filters, across all pages.",
        "schema": {"type": "integer", "minimum": 0, "examples": [8]},
    },
    "Link": {
        "description": 'The next page, as `<URL>; rel="next"`; absent on the last page.',
        "schema": {
            "type": "string",
            "examples": [
                "<http://127.0.0.1:8000/api/v1/missions?limit=1&cursor="
                'WyJzbHVnIiwiMmMwY2Q1ZTAwMDAyIiwiZC1pc2lzLWNvYWxpdGlvbiIsMTBd>; rel="next"'
            ],
        },
    },
    "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "schema": {"type": "integer", "minimum": 0, "examples": [2]},
    },
}
_GENERIC_PAGE = re.compile(r"^(?:Faceted)?Page_(\w+?)_$")
RECORDED_EXAMPLES = Path(__file__).with_name("examples.json")
# FastAPI documents a 422 of its own shape on every route with input; ours is a problem.
FASTAPI_422 = ("HTTPValidationError", "ValidationError")
PROBLEM_REFS = {"#/components/schemas/Problem", "#/components/schemas/HTTPValidationError"}


@lru_cache
def recorded_examples() -> dict[str, dict[str, Any]]:
    """Real answers from the seed, by operationId and status (see the module's docstring)."""
    if not RECORDED_EXAMPLES.exists():
        return {}
    data: dict[str, dict[str, Any]] = json.loads(RECORDED_EXAMPLES.read_text())
    return data


def build_openapi(generated: dict[str, Any]) -> dict[str, Any]:
    """The served description from FastAPI's, in ordered steps: CSV and NDJSON on every list
    (app.core.formats); the answers the middleware gives every route (spec_rules); then the
    completion (problem+json, examples, security), last, over what the steps before added."""
    schema = document_formats(generated)
    schema = document_cross_cutting(schema)
    return complete_openapi(schema)


def install_openapi(app: FastAPI) -> None:
    """Make `app.openapi()` return `build_openapi` of FastAPI's (built once, then cached)."""
    generate: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_openapi(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


# Schemas only named by `$ref` in a route's extra media types (e.g. JSON-LD), which FastAPI does
# not collect: modules register them here, under their component names.
EXTRA_SCHEMAS: dict[str, dict[str, Any]] = {}


def complete_openapi(schema: dict[str, Any]) -> dict[str, Any]:
    schema = copy.deepcopy(schema)
    known = schema.setdefault("components", {}).setdefault("schemas", {})
    for name, extra in EXTRA_SCHEMAS.items():
        known.setdefault(name, copy.deepcopy(extra))
    spec = _hoist_shared_enums(_rename_generic_schemas(schema))
    spec.setdefault("servers", [{"url": "/", "description": "The host serving these docs"}])
    components = spec.setdefault("components", {})
    schemes = components.setdefault("securitySchemes", {})
    scheme = _bearer_scheme_name(schemes)
    schemas = components.get("schemas", {})
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            _complete_operation(path, method, op, scheme, schemas)
            for param in op.get("parameters", []):
                # Declared optional so that a missing one is our 428 problem, not FastAPI's
                # 422; but a client must send it, and the description says so.
                if param.get("in") == "header" and param.get("name", "").lower() == "if-match":
                    param["required"] = True
    _drop_unused(spec, FASTAPI_422)
    return spec


def _drop_unused(spec: dict[str, Any], names: tuple[str, ...]) -> None:
    schemas = spec.get("components", {}).get("schemas", {})
    for name in names:
        if name not in schemas:
            continue
        others = {k: v for k, v in schemas.items() if k != name}
        text = json.dumps([spec.get("paths", {}), others])
        if f'"#/components/schemas/{name}"' not in text:
            del schemas[name]


def _bearer_scheme_name(schemes: dict[str, Any]) -> str:
    """Reuse a bearer scheme a route declared (e.g. FastAPI's HTTPBearer); else add ours."""
    for name, scheme in schemes.items():
        if scheme.get("type") == "http" and scheme.get("scheme", "").lower() == "bearer":
            return str(name)
    schemes[SECURITY_SCHEME] = {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "opaque API key",
        "description": "An API key, sent as `Authorization: Bearer <key>`. Reads are public "
        "unless the service is configured to require a key; writes need an `editor` key, "
        "key management and the audit log an `admin` key.",
    }
    return SECURITY_SCHEME


def _complete_operation(
    path: str, method: str, op: dict[str, Any], scheme: str, schemas: dict[str, Any]
) -> None:
    is_api = path.startswith("/api/")
    words = op.get("operationId", f"{method} {path}").replace("_", " ").strip()
    op.setdefault("summary", words[:1].upper() + words[1:])
    op.setdefault("description", op["summary"] + ".")

    responses = op.setdefault("responses", {})
    statuses = API_ERRORS if is_api else ANY_ERRORS
    if op.get("parameters") or op.get("requestBody"):
        statuses = (*statuses, 422)
    for status in statuses:
        responses.setdefault(str(status), {"description": ERROR_DESCRIPTIONS[status]})

    if "security" not in op:
        documented = set(responses)
        needs_key = method in WRITE_METHODS or documented & {"401", "403"}
        if needs_key or (is_api and get_settings().require_key_for_reads):
            op["security"] = [{scheme: []}]
        else:
            # Public: no padlock in Swagger UI. (`[{}, {scheme: []}]`, "a key is accepted,
            # none is needed", drew a closed padlock on every public read and an open one on
            # the writes that need a key: backwards to every reader of the page.)
            op["security"] = []

    for param in op.get("parameters", []):
        _complete_parameter(param, schemas)

    body = op.get("requestBody", {})
    for media in body.get("content", {}).values():
        _add_example(media, schemas)

    for status, response in responses.items():
        if status[:1] in "45":
            _complete_error(path, status, response)
        else:
            recorded = recorded_examples().get(op.get("operationId", ""), {}).get(status)
            _complete_success(response, schemas, recorded)
    # Keep responses in status order (the added ones came last).
    op["responses"] = dict(sorted(responses.items()))


def _complete_parameter(param: dict[str, Any], schemas: dict[str, Any]) -> None:
    schema = param.get("schema", {})
    branches = schema.get("anyOf")
    if param.get("in") in {"query", "path", "header"} and isinstance(branches, list):
        # A query string has no null: absent is how a parameter says "none".
        non_null = [b for b in branches if b.get("type") != "null"]
        if len(non_null) == 1 and len(non_null) < len(branches):
            del schema["anyOf"]
            schema.update(non_null[0])
    if "example" in param or "examples" in param:
        return
    examples = schema.get("examples")
    if param.get("in") == "path":
        # Swagger UI fills "Try it out" with this: a key that exists.
        value = examples[0] if examples else _example(schema, schemas)
        param["example"] = value
    elif not examples:
        # Query examples stay in the schema: Swagger UI would otherwise prefill every filter.
        schema["examples"] = [_example(schema, schemas)]


def _complete_error(path: str, status: str, response: dict[str, Any]) -> None:
    if status == "503":
        response.setdefault("headers", {}).setdefault("Retry-After", HEADERS["Retry-After"])
    content = response.setdefault("content", {})
    media = content.pop(JSON, None)
    schema = (media or {}).get("schema") or content.get(PROBLEM_MEDIA_TYPE, {}).get("schema")
    if schema is not None and schema.get("$ref") not in PROBLEM_REFS:
        # Not a problem document (e.g. the readiness probe's own 503 body): leave it as it is.
        if media is not None:
            content[JSON] = media
        return
    problem = content.setdefault(PROBLEM_MEDIA_TYPE, {})
    problem["schema"] = {"$ref": "#/components/schemas/Problem"}
    if "example" not in problem and "examples" not in problem:
        problem["example"] = _problem_example(int(status), path)


def _problem_example(status: int, path: str) -> dict[str, Any]:
    known = PROBLEM_EXAMPLES.get(status, {"title": "Error", "slug": "error", "detail": "Error."})
    example: dict[str, Any] = {
        "type": TYPE_BASE + known["slug"],
        "title": known["title"],
        "status": status,
        "detail": known["detail"],
        "instance": re.sub(r"\{[^}]+\}", "xyz", path),
    }
    if "errors" in known:
        example["errors"] = known["errors"]
    return example


def _complete_success(response: dict[str, Any], schemas: dict[str, Any], recorded: Any) -> None:
    for media_type, media in response.get("content", {}).items():
        if media_type == JSON and recorded is not None:
            media.setdefault("example", copy.deepcopy(recorded))
        ref = media.get("schema", {}).get("$ref", "")
        if media_type == JSON and ref.endswith("Page"):
            headers = response.setdefault("headers", {})
            headers.setdefault("X-Total-Count", HEADERS["X-Total-Count"])
            headers.setdefault("Link", HEADERS["Link"])
            if response.get("description") == "Successful Response":
                response["description"] = (
                    "A page of results. Follow `next` (or the `Link` header) for the next one."
                )
        _add_example(media, schemas)


def _add_example(media: dict[str, Any], schemas: dict[str, Any]) -> None:
    schema = media.get("schema")
    if not schema or "example" in media or "examples" in media:
        return
    value = _example(schema, schemas)
    if value is not None:
        media["example"] = value


_STRING_FORMATS = {
    "date": "2004-08-14",
    "date-time": "2004-08-14T09:00:00Z",
    "uri": "https://www.nato.int/",
    "email": "curator@example.org",
}


def _example(schema: dict[str, Any], schemas: dict[str, Any], depth: int = 0) -> Any:
    """An example value for `schema`, built from its examples, defaults, enums and types."""
    if depth > 12:
        return None
    ref = schema.get("$ref")
    if ref:
        return _example(schemas.get(ref.rsplit("/", 1)[-1], {}), schemas, depth + 1)
    for key in ("examples",):
        if schema.get(key):
            return copy.deepcopy(schema[key][0])
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    if "const" in schema:
        return schema["const"]
    if schema.get("default") is not None:
        return copy.deepcopy(schema["default"])
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            branches = [b for b in schema[key] if b.get("type") != "null"]
            return _example(branches[0], schemas, depth + 1) if branches else None
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = _example(part, schemas, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or "properties" in schema:
        return {
            name: _example(prop, schemas, depth + 1)
            for name, prop in schema.get("properties", {}).items()
        }
    if kind == "array":
        item = _example(schema.get("items", {}), schemas, depth + 1)
        return [] if item is None else [item]
    if kind in {"integer", "number"}:
        return _number_example(schema, int if kind == "integer" else float)
    if kind == "boolean":
        return False
    if kind == "string":
        return _string_example(schema)
    return None


def _number_example(schema: dict[str, Any], kind: type) -> Any:
    value = 1
    if "minimum" in schema:
        value = schema["minimum"]
    elif "exclusiveMinimum" in schema:
        value = schema["exclusiveMinimum"] + 1
    if "maximum" in schema:
        value = min(value, schema["maximum"])
    return kind(value)


# Tried in turn against a string's pattern and length limits: a slug, an ISO code, a word.
_STRING_CANDIDATES = ("string", "ntm-i", "ITA", "nato", "NTM-I", "x")


def _string_example(schema: dict[str, Any]) -> str | None:
    if schema.get("format") in _STRING_FORMATS:
        return _STRING_FORMATS[str(schema["format"])]
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    pattern = schema.get("pattern")
    for candidate in _STRING_CANDIDATES:
        if len(candidate) < low or (high is not None and len(candidate) > high):
            continue
        if pattern and not re.search(pattern, candidate):
            continue
        return candidate
    if not pattern:
        return "x" * max(int(low), 1)
    return None  # an example= on the field is needed: no candidate fits its pattern


def _rename_generic_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """`Page_MissionRead_` (pydantic's name for Page[MissionRead]) becomes `MissionReadPage`."""
    schemas = spec.get("components", {}).get("schemas", {})
    renames: dict[str, str] = {}
    for name in list(schemas):
        match = _GENERIC_PAGE.match(name)
        target = f"{match.group(1)}Page" if match else ""
        if match and target not in schemas and target not in renames.values():
            renames[name] = target
    if not renames:
        return spec
    for old, new in renames.items():
        schemas[new] = schemas.pop(old)
        title = schemas[new].get("title")
        if title and title.startswith(("Page[", "FacetedPage[")):
            schemas[new]["title"] = new
    prefix = "#/components/schemas/"

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(prefix) and ref[len(prefix) :] in renames:
                node["$ref"] = prefix + renames[ref[len(prefix) :]]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        return node

    walk(spec)
    spec["components"]["schemas"] = dict(sorted(schemas.items()))
    return spec


def _hoist_shared_enums(spec: dict[str, Any]) -> dict[str, Any]:
    """An inline enum used by two models or more becomes one component, named after the
    property that uses it most (`status` -> `Status`); parameters with it refer to it too."""
    schemas = spec.get("components", {}).get("schemas", {})
    # (where a schema holding an enum sits, the key under which) per enum.
    uses: dict[tuple[Any, ...], list[tuple[dict[str, Any], str, str, bool]]] = {}

    def collect(holder: dict[str, Any], key: str, name: str, in_model: bool) -> None:
        node = holder[key]
        if node.get("enum") and node.get("type") == "string":
            uses.setdefault(tuple(node["enum"]), []).append((holder, key, name, in_model))
        for i, branch in enumerate(node.get("anyOf", [])):
            if branch.get("enum") and branch.get("type") == "string":
                uses.setdefault(tuple(branch["enum"]), []).append(
                    (node["anyOf"], i, name, in_model)  # type: ignore[arg-type]
                )

    for model in schemas.values():
        for prop in model.get("properties", {}):
            collect(model["properties"], prop, prop, True)
    for item in spec.get("paths", {}).values():
        for method, op in item.items():
            if method in HTTP_METHODS:
                for param in op.get("parameters", []):
                    collect(param, "schema", param["name"], False)

    for values, places in uses.items():
        if sum(1 for *_, in_model in places if in_model) < 2:
            continue
        names = [name for _, _, name, _ in places]
        base = max(set(names), key=names.count)
        name = "".join(part.capitalize() for part in base.split("_"))
        if name in schemas:
            name += "Enum"
        if name in schemas:
            continue
        schemas[name] = {"type": "string", "enum": list(values), "title": name}
        for holder, key, _, _ in places:
            old = holder[key]
            keep = {k: v for k, v in old.items() if k in {"description", "default", "examples"}}
            holder[key] = {"$ref": f"#/components/schemas/{name}", **keep}
    spec.get("components", {})["schemas"] = dict(sorted(schemas.items()))
    return spec
