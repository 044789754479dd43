"""The OpenAPI description tells the truth about what the middleware does to every operation.

Applied to the generated schema once, so operations added later are covered too:

* `limit` query parameters carry the configured `maximum` (MAX_PAGE_SIZE);
* free-text strings (no pattern, enum or format of their own) in parameters and in request
  bodies say that they may not contain NUL, which the URL and body guards refuse;
* every operation documents 400 (a URL that is not clean UTF-8 text; an unknown parameter),
  every /api operation 503 (database unavailable) and 429 (writes over the write rate; any
  request carrying credentials from a client locked out after failed authentications), every
  operation with a request body 413 and 415.
"""

from typing import Any

from app.core.config import get_settings
from app.core.errors import PROBLEM_MEDIA_TYPE

_PROBLEM_SCHEMA = {"$ref": "#/components/schemas/Problem"}
_DESCRIPTIONS = {
    "400": "Malformed URL (not UTF-8, control characters), unknown query parameter, "
    "malformed or foreign cursor, or a malformed body.",
    "413": "Request body too large.",
    "415": "Unsupported content type: bodies are application/json.",
    "429": "Too many requests from this client (writes over the write rate, or credentials "
    "sent while locked out after failed authentications); retry after `Retry-After` seconds.",
    "503": "The database is unavailable; retry after `Retry-After` seconds.",
}
_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


# A request uvicorn's HTTP parser cannot read (a request line over its limit, broken framing)
# never reaches the app: uvicorn answers it with its own plain-text 400 (app/core/server.py
# says why that is not replaced). Every operation can meet it.
_UVICORN_400 = {"schema": {"type": "string"}, "example": "Invalid HTTP request received."}


def _problem(status: str) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": _DESCRIPTIONS[status],
        "content": {PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_SCHEMA}},
    }
    if status in ("429", "503"):
        response["headers"] = {
            "Retry-After": {
                "description": "Seconds to wait before retrying.",
                "schema": {"type": "integer"},
            }
        }
    return response


def document_cross_cutting(schema: dict[str, Any]) -> dict[str, Any]:
    settings = get_settings()
    has_problem = "Problem" in schema.get("components", {}).get("schemas", {})
    for path, item in schema.get("paths", {}).items():
        for method, operation in item.items():
            if method not in _METHODS:
                continue
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "query" and parameter.get("name") == "limit":
                    _set_maximum(parameter.get("schema", {}), settings.max_page_size)
                if parameter.get("in") in ("query", "path"):
                    _forbid_nul(parameter.get("schema", {}))
            body = operation.get("requestBody", {}).get("content", {})
            for media in body.values():
                _forbid_nul_deep(media.get("schema", {}), schema, set())
            if not has_problem:
                continue
            responses = operation.setdefault("responses", {})
            wanted = ["400"]
            if path.startswith("/api/"):
                wanted += ["429", "503"]
            if "requestBody" in operation:
                wanted += ["413", "415"]
            for status in wanted:
                responses.setdefault(status, _problem(status))
            responses["400"].setdefault("content", {}).setdefault("text/plain", _UVICORN_400)
    return schema


NO_NUL = "^[^\\x00]*$"


_OWN_RULES = {"pattern", "enum", "format", "const"}


def _forbid_nul(schema: dict[str, Any]) -> None:
    if schema.get("type") == "string" and not (_OWN_RULES & set(schema)):
        schema["pattern"] = NO_NUL
    for option in schema.get("anyOf", []):
        _forbid_nul(option)


def _forbid_nul_deep(node: Any, root: dict[str, Any], seen: set[str]) -> None:
    """_forbid_nul through a body schema: properties, items, combinators and $refs."""
    if isinstance(node, list):
        for item in node:
            _forbid_nul_deep(item, root, seen)
        return
    if not isinstance(node, dict):
        return
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        name = ref.rsplit("/", 1)[-1]
        if name not in seen:
            seen.add(name)
            target = root.get("components", {}).get("schemas", {}).get(name)
            _forbid_nul_deep(target, root, seen)
        return
    _forbid_nul(node)
    for key in ("properties", "patternProperties", "$defs"):
        for child in (node.get(key) or {}).values():
            _forbid_nul_deep(child, root, seen)
    for key in ("items", "additionalProperties", "not"):
        _forbid_nul_deep(node.get(key), root, seen)
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        _forbid_nul_deep(node.get(key), root, seen)


def _set_maximum(schema: dict[str, Any], maximum: int) -> None:
    if schema.get("type") == "integer":
        schema["maximum"] = min(schema.get("maximum", maximum), maximum)
    for option in schema.get("anyOf", []):
        _set_maximum(option, maximum)
