"""Request-level rules shared by every route."""

import re
import types
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Annotated, Any, Union, get_args, get_origin

from fastapi import Depends, Query, Request
from fastapi.dependencies.models import Dependant
from pydantic import WithJsonSchema
from sqlalchemy.orm import Session

from app.core.db import get_session
from app.core.errors import BadRequest, FieldProblem, Unprocessable

SessionDep = Annotated[Session, Depends(get_session)]

_allowed_cache: dict[int, tuple[frozenset[str], dict[str, re.Pattern[str]], frozenset[str]]] = {}

# A calendar date is written YYYY-MM-DD (a datetime may go on with a time). Pydantic would
# also take numbers as Unix timestamps (`?active_on=0` meaning 1970-01-01): not here.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}([T ].*)?")


async def reject_unknown_query_params(request: Request) -> None:
    """A misspelt filter must not silently return everything: unknown parameters are a 400.
    Dates must be ISO 8601 (422 otherwise), whatever the endpoint."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    cached = _allowed_cache.get(id(route))
    if cached is None:
        cached = (
            frozenset(_query_names(dependant)),
            _date_names(dependant),
            frozenset(_list_names(dependant)),
        )
        _allowed_cache[id(route)] = cached
    allowed, dates, lists = cached
    _check_dates(request, dates)
    _check_repeats(request, lists)
    unknown = [name for name in request.query_params if name not in allowed]
    if unknown:
        hint = ", ".join(sorted(allowed)) or "none"
        raise BadRequest(
            f"Unknown query parameter(s): {', '.join(sorted(set(unknown)))}.",
            errors=[
                FieldProblem(
                    field=f"query.{name}", reason=f"unknown parameter; this endpoint takes: {hint}"
                )
                for name in sorted(set(unknown))
            ],
        )


def _check_repeats(request: Request, lists: frozenset[str]) -> None:
    """A parameter that takes one value, given twice, would be read as its last value: 400."""
    params = request.query_params
    if len(params.multi_items()) == len(params):  # no name given twice: the common case
        return
    repeated = sorted({k for k in params if k not in lists and len(params.getlist(k)) > 1})
    if repeated:
        raise BadRequest(
            f"Given more than once: {', '.join(repeated)}.",
            errors=[
                FieldProblem(field=f"query.{name}", reason="takes one value; given more than once")
                for name in repeated
            ],
        )


def _check_dates(request: Request, names: dict[str, re.Pattern[str]]) -> None:
    errors = []
    for name, pattern in names.items():
        for value in request.query_params.getlist(name):
            if not pattern.fullmatch(value):
                errors.append(
                    FieldProblem(field=f"query.{name}", reason="must be a date, YYYY-MM-DD")
                )
    if errors:
        fields = ", ".join(e.field for e in errors)
        raise Unprocessable(f"Invalid input: {fields}.", errors=errors)


def _is_type(annotation: Any, kind: type) -> bool:
    if annotation is kind:
        return True
    if get_origin(annotation) in (Union, types.UnionType, Annotated):
        return any(_is_type(arg, kind) for arg in get_args(annotation))
    return False


def _is_list(annotation: Any) -> bool:
    if annotation is list or get_origin(annotation) is list:
        return True
    if get_origin(annotation) in (Union, types.UnionType, Annotated):
        return any(_is_list(arg) for arg in get_args(annotation))
    return False


def _date_names(dependant: Dependant) -> dict[str, re.Pattern[str]]:
    """Query parameters typed date or datetime, with the form each must have."""
    names: dict[str, re.Pattern[str]] = {}
    for param in dependant.query_params:
        annotation = param.field_info.annotation
        if _is_type(annotation, datetime):  # before date: datetime is a date subclass
            names[param.alias] = _ISO_DATETIME
        elif _is_type(annotation, date):
            names[param.alias] = _ISO_DATE
    for sub in dependant.dependencies:
        names |= _date_names(sub)
    return names


def _list_names(dependant: Dependant) -> set[str]:
    """Query parameters that take several values (typed as a list)."""
    names = {p.alias for p in dependant.query_params if _is_list(p.field_info.annotation)}
    for sub in dependant.dependencies:
        names |= _list_names(sub)
    return names


def _query_names(dependant: Dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


IncludeDisputed = Annotated[
    bool,
    Query(
        description="Also list records hidden by default: those standing only on disputed, "
        "misleading or unverifiable claims (missions and contributions: or on opinion). "
        "See docs/data.md.",
        examples=[False],
    ),
]


def choices_pattern(names: Sequence[str], *, allow_empty: bool = True) -> str:
    """The OpenAPI `pattern` of a comma-separated list of these names (spaces allowed; empty
    items too unless `allow_empty` is false), so the schema itself says what a client may send."""
    return _choices_regex(tuple(names), allow_empty).pattern


@lru_cache
def _choices_regex(names: tuple[str, ...], allow_empty: bool = True) -> re.Pattern[str]:
    # Built once per set of names: split_choices checks every request against it.
    assert all(re.fullmatch(r"[a-z_-]+", n) for n in names), names
    one = "(?:" + "|".join(names) + ")" + ("?" if allow_empty else "")
    return re.compile(rf"^ *{one} *(?:, *{one} *)*$")


def choices_schema(
    names: Sequence[str], max_length: int | None = None, *, allow_empty: bool = True
) -> WithJsonSchema:
    """Annotated metadata putting `choices_pattern` into a string's schema (inside its
    `anyOf` when optional, where a Query's json_schema_extra would not reach)."""
    schema: dict[str, Any] = {
        "type": "string",
        "pattern": choices_pattern(names, allow_empty=allow_empty),
    }
    if max_length is not None:
        schema["maxLength"] = max_length
    return WithJsonSchema(schema)


def split_choices(raw: Iterable[str], names: Sequence[str], field: str, noun: str) -> list[str]:
    """The names chosen in comma-separated values (each given once, in order), or a 400 that
    names the first unknown one. Accepts exactly what `choices_pattern` describes."""
    pattern = _choices_regex(tuple(names))
    chosen: list[str] = []
    for item in raw:
        for name in (n.strip() for n in item.split(",")):
            if name and name not in names:
                raise Unprocessable(
                    f"Unknown {noun} '{name}'.",
                    errors=[FieldProblem(field=field, reason=f"one of: {', '.join(names)}")],
                )
            if name and name not in chosen:
                chosen.append(name)
        # Known names but other separators (tabs, newlines): refused as the schema says.
        if not pattern.search(item):
            raise Unprocessable(
                f"Malformed list of {noun}s: {item!r}.",
                errors=[
                    FieldProblem(
                        field=field,
                        reason=f"comma-separated names, each one of: {', '.join(names)}",
                    )
                ],
            )
    return chosen
