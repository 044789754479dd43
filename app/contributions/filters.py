"""The contribution list's filters as one dependency: `/contributions` and `/stats` take exactly
the same ones (declared once, so the two cannot drift)."""

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Query
from sqlalchemy import Select

from app.contributions import service
from app.core.errors import BadRequest, FieldProblem
from app.core.params import IncludeDisputed, SessionDep
from app.models.contribution_type import CATEGORIES

Category = Literal[CATEGORIES]  # type: ignore[valid-type]


def contribution_filters(
    session: SessionDep,
    mission: Annotated[str | None, Query(max_length=100, examples=["ntm-i"])] = None,
    contributor: Annotated[
        str | None,
        Query(
            max_length=100, examples=["ITA"], description="Nation ISO code or organization slug."
        ),
    ] = None,
    contributor_kind: Annotated[Literal["nation", "organization"] | None, Query()] = None,
    type: Annotated[
        str | None,
        Query(
            max_length=100,
            examples=["training"],
            description="Contribution type slug (sub-types included).",
        ),
    ] = None,
    category: Annotated[Category | None, Query(examples=["logistics"])] = None,
    active_on: Annotated[date | None, Query(examples=["2008-01-01"])] = None,
    date_from: Annotated[date | None, Query(alias="from", examples=["2004-01-01"])] = None,
    date_to: Annotated[date | None, Query(alias="to", examples=["2011-12-31"])] = None,
    include_disputed: IncludeDisputed = False,
) -> Select[Any]:
    """The SELECT of the contributions `/contributions` would list with these filters."""
    if date_from is not None and date_to is not None and date_to < date_from:
        raise BadRequest(
            "`to` is before `from`.",
            errors=[FieldProblem(field="query.to", reason="before `from`")],
        )
    return service.list_stmt(
        session,
        mission=mission,
        contributor=contributor,
        contributor_kind=contributor_kind,
        type_slug=type,
        category=category,
        active_on_date=active_on,
        date_from=date_from,
        date_to=date_to,
        include_disputed=include_disputed,
    )
