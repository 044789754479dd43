"""The contribution list's filters as one dependency: `/contributions` and `/stats` take exactly
the same ones (declared once, so the two cannot drift). Key filters take several values, "any
of" (app/core/filters.py)."""

from datetime import date
from typing import Annotated, Any

from fastapi import Query
from sqlalchemy import Select

from app.contributions import service
from app.core.filters import (
    STATUS_NOTE,
    KeyList,
    YearList,
    check_range,
    choice,
    choices,
    choices_of,
    keys,
    values_of,
    years_of,
)
from app.core.params import IncludeDisputed, SessionDep
from app.models.base import STATUS_VALUES
from app.models.contribution_type import CATEGORIES
from app.models.contributor import CONTRIBUTOR_KINDS


def contribution_filters(
    session: SessionDep,
    mission: Annotated[KeyList, keys("Mission slug.", "ntm-i")] = None,
    contributor: Annotated[
        KeyList, keys("Nation ISO code or organization slug (any case).", "ITA")
    ] = None,
    contributor_kind: Annotated[
        list[Annotated[str, choice(CONTRIBUTOR_KINDS)]] | None,
        choices(CONTRIBUTOR_KINDS, "Kind of contributor.", "nation"),
    ] = None,
    type: Annotated[
        KeyList, keys("Contribution type slug (sub-types included).", "training")
    ] = None,
    category: Annotated[
        list[Annotated[str, choice(CATEGORIES)]] | None,
        choices(CATEGORIES, "Category of the contribution type.", "logistics"),
    ] = None,
    status: Annotated[
        list[Annotated[str, choice(STATUS_VALUES)]] | None,
        choices(STATUS_VALUES, STATUS_NOTE, "corroborated"),
    ] = None,
    year: Annotated[YearList, keys("Year it started (YYYY), as the `year` facet.", "2004")] = None,
    active_on: Annotated[
        date | None,
        Query(
            description="Running on that day. " + service.ACTIVE_RULE,
            examples=["2008-01-01"],
        ),
    ] = None,
    date_from: Annotated[
        date | None,
        Query(
            alias="from",
            description="Running on or after that day (the same evidence rule as `active_on`).",
            examples=["2004-01-01"],
        ),
    ] = None,
    date_to: Annotated[date | None, Query(alias="to", examples=["2011-12-31"])] = None,
    include_disputed: IncludeDisputed = False,
) -> Select[Any]:
    """The SELECT of the contributions `/contributions` would list with these filters."""
    check_range(date_from, date_to)
    return service.list_stmt(
        session,
        service.Filters(
            missions=values_of(mission, "mission"),
            contributors=values_of(contributor, "contributor"),
            contributor_kinds=choices_of(contributor_kind, CONTRIBUTOR_KINDS, "contributor_kind"),
            types=values_of(type, "type"),
            categories=choices_of(category, CATEGORIES, "category"),
            statuses=choices_of(status, STATUS_VALUES, "status"),
            years=years_of(year, "year"),
            active_on_date=active_on,
            date_from=date_from,
            date_to=date_to,
            include_disputed=include_disputed,
        ),
    )
