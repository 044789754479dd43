"""`shape=array`: a list or stats answer as a bare JSON array, for dashboards (Superset's JSON
adapter, Grafana Infinity) that want rows and nothing around them.

The envelope's other fields are not lost: paging goes in the `Link` header (`rel="next"`,
the URL of the next page, `shape=array` kept) and the total in `X-Total-Count`, as on every
list. In CSV and NDJSON the rows are already bare, so `shape` changes nothing there.
"""

from collections.abc import Iterable
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Query, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

Shape = Literal["object", "array"]
SHAPE_NOTE = (
    "`object` (default): the answer with its envelope (`items`, `total`, `next_cursor`...). "
    "`array`: the items alone as a bare JSON array, the next page's URL in the `Link` header "
    '(`rel="next"`) and the total in `X-Total-Count` (for Superset, Grafana Infinity). '
    "No effect on CSV and NDJSON, whose rows are bare already."
)
ShapeParam = Annotated[Shape, Query(description=SHAPE_NOTE, examples=["array"])]


def bare_array(items: Iterable[Any], response: Response) -> JSONResponse:
    """The items as a JSON array, carrying the headers set so far (Link, count, validators)."""
    return json_response(list(items), response)


def carried_headers(response: Response) -> dict[str, str]:
    """The headers set so far on a route's `response` (validators, Link, count), for a response
    the route builds itself."""
    return {
        k: v
        for k, v in response.headers.items()
        if k.lower() not in ("content-length", "content-type")
    }


def json_response(content: Any, response: Response) -> JSONResponse:
    """`content` as JSON without the route's response model, with the headers set so far."""
    return JSONResponse(jsonable_encoder(content), headers=carried_headers(response))


def document_shapes(app: FastAPI) -> None:
    """In the description, the 200 of each operation as its parameters make it: with `shape`,
    the envelope or a bare array of its items (`_document_shape`); with `fields`, any of
    those or the same with only the selected fields (`_document_selection`)."""
    original = app.openapi
    documented: list[dict[str, Any]] = []

    def openapi() -> dict[str, Any]:
        if documented and app.openapi_schema is documented[0]:
            return documented[0]
        schema = original()
        components = schema.get("components", {}).get("schemas", {})
        for path in schema.get("paths", {}).values():
            for operation in path.values():
                names = {p.get("name") for p in operation.get("parameters", [])}
                content = operation.get("responses", {}).get("200", {}).get("content", {})
                media = content.get("application/json")
                if media is None:
                    continue
                if "shape" in names:
                    _document_shape(media, components)
                if "fields" in names and "schema" in media:
                    _document_selection(media, components)
        documented[:] = [schema]
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _document_shape(media: dict[str, Any], components: dict[str, Any]) -> None:
    """The envelope or, with `shape=array`, a bare array of its items (`items`, or `groups`
    of a stats answer)."""
    envelope = media.get("schema", {})
    if "anyOf" in envelope or "oneOf" in envelope:
        return  # the route states both shapes itself
    ref = envelope.get("$ref", "")
    props = components.get(ref.rsplit("/", 1)[-1], {}).get("properties", {})
    rows = next((props[k] for k in ("items", "groups") if k in props), None)
    item = rows.get("items") if rows is not None else None
    array = {"type": "array", "items": item if item is not None else envelope}
    media["schema"] = {"oneOf": [envelope, array]}


def _document_selection(media: dict[str, Any], components: dict[str, Any]) -> None:
    """The answer, or that answer with only the selected fields: the same schema with no
    field required, at any depth. One flat list of alternatives (generated clients mistype a
    union in a union); the union's other keywords (its `title`) are kept."""
    whole = media["schema"]
    union = "anyOf" if "anyOf" in whole else "oneOf" if "oneOf" in whole else None
    shapes = whole[union] if union else [whole]
    flat = [*shapes, *(_partial(s, components) for s in shapes)]
    if union is None:
        media["schema"] = {"anyOf": flat}
    else:  # in place of the union, its other keywords (`title`...) kept in their order
        media["schema"] = {
            "anyOf" if k == union else k: flat if k == union else v for k, v in whole.items()
        }


def _partial(value: Any, components: dict[str, Any]) -> Any:
    """`value` with no `required` list at any depth; a `$ref` to X becomes one to
    `XSelection`, X's copy with no field required (made once, in the components)."""
    if isinstance(value, list):
        return [_partial(v, components) for v in value]
    if not isinstance(value, dict):
        return value
    if "$ref" in value:
        name = value["$ref"].rsplit("/", 1)[-1]
        selection = f"{name}Selection"
        if selection not in components:
            components[selection] = {}  # taken first: a schema that refers to itself ends here
            copy = _partial(components.get(name, {}), components)
            components[selection] = {**copy, "title": selection}
        return {"$ref": f"#/components/schemas/{selection}"}
    out: dict[str, Any] = {}
    for key, sub in value.items():
        if key == "required":
            continue
        if key == "properties":
            out[key] = {k: _partial(v, components) for k, v in sub.items()}
        else:
            out[key] = _partial(sub, components)
    return out
