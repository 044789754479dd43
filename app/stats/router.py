from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy import Select, select

from app.contributions.filters import contribution_filters
from app.core.errors import problem_responses
from app.core.formats import Format, format_param
from app.core.listing import tabular
from app.core.params import IncludeDisputed, SessionDep
from app.models import Contribution, Contributor
from app.stats import service
from app.stats.schemas import ContributionStats, Overview, StatsGroup
from app.strengths.service import SUM_RULE

router = APIRouter(prefix="/stats", tags=["stats"])

IncludeGroups = Annotated[
    bool,
    Query(
        description="Also count unnamed groups of countries (organization kind `group`, e.g. "
        "the article's 'international partners'): no source ties them to a nation, so by "
        "default they are not ranked beside nations.",
        examples=[False],
    ),
]


@router.get(
    "/contributions",
    response_model=ContributionStats,
    summary="Contributions per group",
    description="Counts, personnel sums and amount sums (per unit) of the contributions "
    "`/contributions` would list with the same filters, one row per contributor, type, "
    "category, mission, start year or status: ready for a bar chart. Grouped by contributor "
    "or contributor kind, unnamed groups (organization kind `group`, such as the article's "
    "'international partners', which no source ties to a nation) are left out unless "
    "`include_groups=true`, so they are not ranked beside nations. In CSV, one row per group "
    "(`amounts` as JSON text).",
    responses=problem_responses(400, 422),
)
def contribution_stats(
    request: Request,
    response: Response,
    session: SessionDep,
    fmt: Annotated[Format, Depends(format_param)],
    filtered: Annotated[Select[Any], Depends(contribution_filters)],
    group_by: Annotated[
        service.GroupBy,
        Query(description="What one row (group) is.", examples=["contributor"]),
    ] = "contributor",
    sort: Annotated[
        service.StatsSort,
        Query(description="Order of the groups; `-` for descending. Ties go by key."),
    ] = "-count",
    include_groups: IncludeGroups = False,
) -> ContributionStats | Response:
    if group_by in ("contributor", "contributor_kind") and not include_groups:
        filtered = filtered.where(
            Contribution.contributor_id.not_in(
                select(Contributor.id).where(Contributor.organization_kind == "group")
            )
        )
    stats = service.contribution_stats(session, filtered, group_by=group_by, sort=sort)
    if fmt != "json":
        rows = (g.model_dump(mode="json") for g in stats.groups)
        return tabular(fmt, request, response, StatsGroup, rows)
    return stats


@router.get(
    "/overview",
    response_model=Overview,
    summary="Headline numbers",
    description="The numbers a dashboard's first row shows. `personnel` is counted on one "
    "day (`as_of`) by one rule, stated in `personnel.rule`. Counts of missions, "
    "contributions, contributors and lessons leave out the records hidden by default (standing "
    "only on disputed, misleading or unverifiable claims) unless `include_disputed=true`; "
    "contributors leave out unnamed groups unless `include_groups=true`. In CSV, one row; "
    "nested fields as `parent.child` columns.",
    responses=problem_responses(400, 422),
)
def overview(
    request: Request,
    response: Response,
    session: SessionDep,
    fmt: Annotated[Format, Depends(format_param)],
    include_disputed: IncludeDisputed = False,
    include_groups: IncludeGroups = False,
    as_of: Annotated[
        date | None,
        Query(
            description="The day `personnel` is counted on; by default the date of the latest "
            "strength observation. " + SUM_RULE,
            examples=["2005-01-15"],
        ),
    ] = None,
) -> Overview | Response:
    numbers = service.overview(
        session, include_disputed=include_disputed, include_groups=include_groups, as_of=as_of
    )
    if fmt != "json":
        return tabular(fmt, request, response, Overview, iter([numbers.model_dump(mode="json")]))
    return numbers
