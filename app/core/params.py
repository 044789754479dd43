"""Request-level rules shared by every route."""

from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.dependencies.models import Dependant
from sqlalchemy.orm import Session

from app.core.db import get_session
from app.core.errors import BadRequest, FieldProblem

SessionDep = Annotated[Session, Depends(get_session)]

_allowed_cache: dict[int, frozenset[str]] = {}


def reject_unknown_query_params(request: Request) -> None:
    """A misspelt filter must not silently return everything: unknown parameters are a 400."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    allowed = _allowed_cache.get(id(route))
    if allowed is None:
        allowed = frozenset(_query_names(dependant))
        _allowed_cache[id(route)] = allowed
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


def _query_names(dependant: Dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


IncludeDisputed = Annotated[
    bool,
    Query(
        description="Also list records whose only support is disputed "
        "(hidden by default; see docs/data.md).",
        examples=[False],
    ),
]
