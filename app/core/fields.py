"""`fields=`: the fields a list or record answer carries, for every format.

`fields=slug,name,contributor.code` keeps those fields of each item, in that order (JSON,
NDJSON and `shape=array` keep the nesting: `{"slug": ..., "name": ..., "contributor": {"code":
...}}`; CSV has those columns, in that order). A dot goes into a nested object, or into each
element of a nested list (`citations.key`); a name alone keeps all of it (`contributor`). The
envelope of a list (`total`, `next_cursor`, `facets`...) is never cut. `fields=-description,
-contributor.url` drops those and keeps the rest instead (all names kept, or all dropped). A
name the item does not have is a 400 naming `query.fields` and every unknown name, with the
names it may use.

As PostgREST's `select=` and Datasette's `_col=`, plus: nested paths, one rule for every
format, and the same parameter on records. The answer is cached and validated per URL (the
HTTP cache keys on the whole query string), and a cursor ignores `fields`, so one cursor pages
through any selection of the same query.
"""

import re
import types
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any, NoReturn, TypeVar, Union, get_args, get_origin

from fastapi import Query, Response
from pydantic import BaseModel, WithJsonSchema

from app.core.errors import BadRequest, FieldProblem
from app.core.formats import columns_of
from app.core.shapes import json_response

FIELDS_MAX_LENGTH = 1000
FIELDS_NOTE = (
    "Comma-separated fields to return, in that order; a dot goes into a nested object or "
    "list (`contributor.code`); `-name` drops that field and keeps the others. JSON, NDJSON, "
    "CSV and `shape=array` alike; the list's envelope is kept. Default: every field. An "
    "unknown name is a 400 listing the valid ones."
)

Tree = dict[str, "Tree | None"]
R = TypeVar("R", bound=BaseModel)


def _nested(annotation: Any) -> type[BaseModel] | None:
    """The model of `Model`, `Model | None`, `list[Model]` or `list[Model] | None`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) in (Union, types.UnionType, list):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        if len(inner) == 1:
            return _nested(inner[0])
    return None


@lru_cache
def field_paths(model: type[BaseModel]) -> tuple[str, ...]:
    """Every name `fields` may use on `model`: its fields and, through nested models, theirs."""
    paths: list[str] = []
    names = [n for n, f in model.model_fields.items() if not f.exclude]
    for name in [*names, *model.model_computed_fields]:
        paths.append(name)
        field = model.model_fields.get(name)
        nested = _nested(field.annotation) if field is not None else None
        if nested is not None:
            paths.extend(f"{name}.{sub}" for sub in field_paths(nested))
    return tuple(paths)


@dataclass(frozen=True)
class Fields:
    """A checked selection: the paths in the order asked, and as a tree for projecting."""

    paths: tuple[str, ...]
    tree: Tree
    named: frozenset[str] = frozenset()  # the names given, without their `-`

    def without(self, names: frozenset[str]) -> "Fields":
        """The selection less these top-level fields (those a row of some answers lacks)."""
        paths = tuple(p for p in self.paths if p.split(".", 1)[0] not in names)
        tree = {k: v for k, v in self.tree.items() if k not in names}
        return Fields(paths, tree, self.named)

    def project(self, item: Mapping[str, Any]) -> dict[str, Any]:
        return _project(item, self.tree)  # type: ignore[no-any-return]

    def rows(self, items: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        return (self.project(item) for item in items)

    def columns(self, model: type[BaseModel]) -> list[str]:
        """CSV columns of the selection, in its order: a nested object's selected columns, or
        the cell of the list a path goes into (which holds the projected list's JSON)."""
        every = columns_of(model)
        chosen: list[str] = []
        for path in self.paths:
            inside = [c for c in every if c == path or c.startswith(path + ".")]
            if not inside:
                inside = [c for c in every if path.startswith(c + ".")]
            chosen.extend(c for c in inside if c not in chosen)
        return chosen


def every_field(name: str) -> bool:
    """`wants` of an answer without `fields`: every part of it (RecordView, app/http/routes.py)."""
    return True


def _project(value: Any, tree: Tree | None) -> Any:
    if tree is None or value is None:
        return value
    if isinstance(value, list):
        return [_project(v, tree) for v in value]
    return {name: _project(value.get(name), sub) for name, sub in tree.items()}


def parse_fields(raw: str | None, model: type[BaseModel]) -> Fields | None:
    """The selection `raw` names on `model`; None (every field) when not given. Names with
    `-` drop those fields and keep the rest, in the schema's order (Datasette's `_nocol`).
    The schema's pattern alone decides what is taken: so the description tells a client
    exactly what it may send."""
    if raw is None:
        return None
    valid = field_paths(model)
    if not _fields_regex(valid).fullmatch(raw):
        _refuse(raw, valid)
    named = list(dict.fromkeys(p.strip() for p in raw.split(",")))
    paths = [p.removeprefix("-") for p in named]
    if named[0].startswith("-"):
        paths = _kept(model, set(paths))
    tree: Tree = {}
    for path in paths:
        _graft(tree, path.split("."))
    return Fields(tuple(paths), tree, frozenset(p.removeprefix("-") for p in named))


def _refuse(raw: str, valid: tuple[str, ...]) -> NoReturn:
    """The 400 for a `fields` the pattern refuses, worded by what is wrong with it."""
    items = [p.strip() for p in raw.split(",")]
    named = list(dict.fromkeys(p for p in items if p))
    unknown = [p.removeprefix("-") for p in named if p.removeprefix("-") not in valid]
    if unknown:
        listed = ", ".join(unknown)
        detail, reason = f"Unknown fields: {listed}.", f"unknown: {listed}; "
    elif len({p.startswith("-") for p in named}) > 1:
        detail = "fields either keeps fields (slug) or drops them (-slug), not both."
        reason = "all kept or all dropped (-name); "
    elif not named:
        detail, reason = "`fields` names no field.", "empty; "
    elif "" in items:
        raise BadRequest(
            "`fields` has an empty item.",
            errors=[FieldProblem(field="query.fields", reason="no empty item between commas")],
        )
    else:
        detail = "`fields` is names separated by commas (and spaces)."
        reason = "comma-separated names; "
    raise BadRequest(
        detail,
        errors=[FieldProblem(field="query.fields", reason=reason + "one of: " + ", ".join(valid))],
    )


def _kept(model: type[BaseModel], dropped: set[str], prefix: str = "") -> list[str]:
    """Every field of `model` but the `dropped` paths: a nested object that loses some of its
    fields is kept as its other fields."""
    kept: list[str] = []
    for name in field_paths(model):
        if "." in name or prefix + name in dropped:
            continue
        path = prefix + name
        field = model.model_fields.get(name)
        nested = _nested(field.annotation) if field is not None else None
        if nested is not None and any(d.startswith(path + ".") for d in dropped):
            kept.extend(_kept(nested, dropped, path + "."))
        else:
            kept.append(path)
    return kept


def _graft(tree: Tree, parts: list[str]) -> None:
    """Add one path; a shorter path (the whole object) wins over a longer one."""
    head, rest = parts[0], parts[1:]
    if head in tree and tree[head] is None:
        return
    if not rest:
        tree[head] = None
        return
    sub = tree.setdefault(head, {})
    assert sub is not None
    _graft(sub, rest)


@lru_cache
def _fields_regex(valid: tuple[str, ...]) -> re.Pattern[str]:
    """The `pattern` of `fields` on a model with these paths: names all kept or all dropped
    (`-name`), comma-separated, spaces allowed; so the schema says what a client may send."""
    name = "(?:" + "|".join(re.escape(v) for v in sorted(valid, key=len, reverse=True)) + ")"
    kept = rf"{name}(?: *, *{name})*"
    dropped = rf"-{name}(?: *, *-{name})*"
    return re.compile(rf"^ *(?:{kept}|{dropped}) *$")


def fields_pattern(valid: tuple[str, ...]) -> str:
    return _fields_regex(valid).pattern


def fields_param(model: type[BaseModel]) -> Callable[[str | None], Awaitable[Fields | None]]:
    """The dependency reading `fields` for answers shaped like `model` (checked before any
    query runs); its description lists the names, its example is valid for `model`. A
    coroutine: it only parses, so it runs on the event loop (FastAPI runs a plain function
    dependency in a worker thread, a round trip per request)."""
    paths = field_paths(model)
    top = [p for p in paths if "." not in p]
    example = ",".join([*top[:2], *[p for p in paths if "." in p][:1]])
    pattern = fields_pattern(paths)

    async def read(
        fields: Annotated[
            str | None,
            WithJsonSchema({"type": "string", "pattern": pattern, "maxLength": FIELDS_MAX_LENGTH}),
            Query(
                max_length=FIELDS_MAX_LENGTH,
                description=f"{FIELDS_NOTE} Top-level fields: {', '.join(top)}.",
                examples=[example],
            ),
        ] = None,
    ) -> Fields | None:
        return parse_fields(fields, model)

    return read


def selected(record: R, fields: Fields | None, response: Response) -> R | Response:
    """A record answer: the record itself, or with `fields` its selected fields (carrying the
    validators already set on `response`)."""
    if fields is None:
        return record
    return json_response(fields.project(record.model_dump(mode="json")), response)
