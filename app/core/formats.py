"""CSV and NDJSON renderings of any list: one row per item, streamed.

Flattening (CSV only; NDJSON keeps each item as its JSON object):

* a nested object becomes one column per field, named `parent.child`
  (`contributor.code`, `contributor.name`, ...); a null object leaves its columns empty;
* a list becomes one cell holding its JSON text (`["Partnership for Peace"]`);
* null is an empty cell; true/false are `true`/`false`; dates are ISO 8601; numbers as in JSON.

The columns come from the item's schema, not from the rows, so an empty result still has
its header and every row has the same columns. Rows are written as they are produced (RFC
4180: CRLF line ends, fields quoted when they hold a comma, quote or line break; UTF-8).
"""

import csv
import io
import json
import types
from collections.abc import Iterable, Iterator, Mapping
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from fastapi import Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

Format = Literal["json", "csv", "ndjson"]
CSV_MEDIA_TYPE = "text/csv; charset=utf-8; header=present"
NDJSON_MEDIA_TYPE = "application/x-ndjson"
_MEDIA: dict[str, Format] = {
    "application/json": "json",
    "text/csv": "csv",
    "application/x-ndjson": "ndjson",
    "application/ndjson": "ndjson",
}
JSONLD_MEDIA_TYPE = "application/ld+json"
# Rows per chunk written to the socket: small enough to start at once, large enough that the
# per-chunk overhead does not show.
_CHUNK_ROWS = 200


async def format_param(
    request: Request,
    format: Annotated[
        Format | None,
        Query(
            description="Response format: json (default), csv or ndjson. Overrides the "
            "`Accept` header (`text/csv`, `application/x-ndjson`). Without `limit` or "
            "`cursor`, csv and ndjson stream every matching row rather than one page.",
            examples=["csv"],
        ),
    ] = None,
) -> Format:
    return format if format is not None else negotiate(request.headers.get("accept"))


def _accepted(accept: str) -> Iterator[tuple[int, str, float]]:
    """The media ranges of an Accept header, in order: (position, media type in lower case,
    q-value: 1 when absent, 0 when unreadable)."""
    for order, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        yield order, media.lower(), q


def negotiate(accept: str | None) -> Format:
    """The best supported format by the Accept header's q-values; JSON for anything else
    (browsers and `*/*` included), so a client asking for nothing in particular gets JSON."""
    if not accept:
        return "json"
    best: Format = "json"
    best_q = -1.0
    for order, media, q in _accepted(accept):
        fmt = _MEDIA.get(media)
        if fmt is None:
            continue
        # Earlier entries win ties, as clients list their preference first.
        if q > 0 and q - order * 1e-6 > best_q:
            best, best_q = fmt, q - order * 1e-6
    return best


def columns_of(model: type[BaseModel], prefix: str = "") -> list[str]:
    names: list[str] = []
    for name, field in model.model_fields.items():
        if field.exclude:
            continue
        nested = _model_in(field.annotation)
        if nested is not None:
            names.extend(columns_of(nested, f"{prefix}{name}."))
        else:
            names.append(prefix + name)
    names.extend(prefix + name for name in model.model_computed_fields)
    return names


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model of `Model` or `Model | None`; None for anything else (lists included)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) in (Union, types.UnionType):
        models = [a for a in get_args(annotation) if a is not type(None)]
        if len(models) == 1:
            return _model_in(models[0])
    return None


def flatten(item: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in item.items():
        # dict, not Mapping: rows are model_dump() output, and the ABC check costs per cell.
        if isinstance(value, dict):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[prefix + key] = value
    return flat


def cell(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return value  # type: ignore[no-any-return]
    if value is None:
        return ""
    if kind is bool:
        return "true" if value else "false"
    if kind is list or kind is tuple:
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def csv_chunks(columns: list[str], rows: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    pending = 0
    for row in rows:
        flat = flatten(row)
        writer.writerow([cell(flat.get(c)) for c in columns])
        pending += 1
        if pending >= _CHUNK_ROWS:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            pending = 0
    yield buffer.getvalue()


def ndjson_chunks(rows: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    lines: list[str] = []
    for row in rows:
        lines.append(json.dumps(row, ensure_ascii=False, default=str, separators=(",", ":")))
        if len(lines) >= _CHUNK_ROWS:
            yield "\n".join(lines) + "\n"
            lines = []
    if lines:
        yield "\n".join(lines) + "\n"


def tabular_response(
    fmt: Format,
    *,
    model: type[BaseModel],
    rows: Iterable[Mapping[str, Any]],
    filename: str,
    headers: Mapping[str, str] | None = None,
    columns: list[str] | None = None,
) -> StreamingResponse:
    """Rows (JSON-ready dicts shaped like `model`) as a streamed CSV or NDJSON response; CSV
    has `columns`, by default every column of `model`."""
    all_headers = dict(headers or {})
    if fmt == "csv":
        all_headers["Content-Disposition"] = f'inline; filename="{filename}.csv"'
        chunks = csv_chunks(columns if columns is not None else columns_of(model), rows)
        return StreamingResponse(chunks, media_type=CSV_MEDIA_TYPE, headers=all_headers)
    return StreamingResponse(ndjson_chunks(rows), media_type=NDJSON_MEDIA_TYPE, headers=all_headers)


def document_formats(schema: dict[str, Any]) -> dict[str, Any]:
    """List CSV and NDJSON among the 200 responses of every operation that takes `format`."""
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            names = {p.get("name") for p in operation.get("parameters", [])}
            ok = operation.get("responses", {}).get("200")
            if "format" in names and ok is not None:
                content = ok.setdefault("content", {})
                content.setdefault(
                    "text/csv", {"schema": {"type": "string", "description": "RFC 4180"}}
                )
                content.setdefault(
                    NDJSON_MEDIA_TYPE,
                    {"schema": {"type": "string", "description": "one JSON item per line"}},
                )
    return schema


def wants_jsonld(accept: str | None) -> bool:
    """The Accept header prefers JSON-LD to plain JSON (by q-value, then by order)."""
    if not accept:
        return False
    best: tuple[float, int] | None = None
    ld: tuple[float, int] | None = None
    for order, media, q in _accepted(accept):
        rank = (q, -order)
        if media == JSONLD_MEDIA_TYPE and q > 0:
            ld = rank
        elif media in ("application/json", "text/csv", "application/x-ndjson") and q > 0:
            best = rank if best is None or rank > best else best
    return ld is not None and (best is None or ld > best)
