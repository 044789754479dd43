from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response

from app.core.errors import problem_responses
from app.core.fields import Fields, fields_param, selected
from app.core.filters import (
    STATUS_NOTE,
    CodeList,
    KeyList,
    YearList,
    choice,
    choices,
    choices_of,
    codes_of,
    keys,
    values_of,
    years_of,
)
from app.core.listing import FacetedPage, Listing, list_output
from app.core.pagination import LATE, SortKey
from app.core.params import IncludeDisputed, SessionDep
from app.core.text_filters import NamePrefix, name_starts
from app.http.validators import set_record_etag
from app.missions import service
from app.missions.facets import MISSION_FACETS
from app.missions.schemas import (
    MissionDetail,
    MissionRead,
)
from app.models import Mission
from app.models.base import STATUS_VALUES
from app.models.mission import MISSION_KINDS

router = APIRouter(prefix="/missions", tags=["missions"])
RecordFields = Annotated[Fields | None, Depends(fields_param(MissionDetail))]

SORTS = {
    "slug": SortKey(Mission.slug),
    "name": SortKey(Mission.name),
    "start_date": SortKey(Mission.start_date, date, LATE),
    "end_date": SortKey(Mission.end_date, date, LATE),
}
MissionListing = Annotated[
    Listing, Depends(list_output(MissionRead, SORTS, "slug", MISSION_FACETS))
]
SlugPath = Annotated[str, Path(max_length=100, description="Mission slug.", examples=["ntm-i"])]


@router.get(
    "",
    response_model=FacetedPage[MissionRead],
    summary="List missions",
    description="Missions, filtered and sorted, a page at a time. Records supported only by a "
    "disputed claim are hidden unless `include_disputed=true`.",
    responses=problem_responses(400, 422),
)
def list_missions(
    listing: MissionListing,
    session: SessionDep,
    organization: Annotated[KeyList, keys("Leading organization's slug.", "nato")] = None,
    kind: Annotated[
        list[Annotated[str, choice(MISSION_KINDS)]] | None,
        choices(MISSION_KINDS, "Kind of mission.", "training"),
    ] = None,
    theater: Annotated[CodeList, keys("ISO 3166-1 alpha-3 code (any case).", "IRQ")] = None,
    status: Annotated[
        list[Annotated[str, choice(STATUS_VALUES)]] | None,
        choices(STATUS_VALUES, STATUS_NOTE, "corroborated"),
    ] = None,
    year: Annotated[YearList, keys("Year it started (YYYY), as the `year` facet.", "2004")] = None,
    active_on: Annotated[
        date | None,
        Query(description="Only missions running on this date.", examples=["2008-01-01"]),
    ] = None,
    include_disputed: IncludeDisputed = False,
    name_prefix: NamePrefix = None,
) -> dict[str, object] | Response:
    stmt = service.list_stmt(
        session,
        organizations=values_of(organization, "organization"),
        kinds=choices_of(kind, MISSION_KINDS, "kind"),
        theaters=codes_of(theater, "theater"),
        statuses=choices_of(status, STATUS_VALUES, "status"),
        years=years_of(year, "year"),
        active_on_date=active_on,
        include_disputed=include_disputed,
    )
    return listing.paginate(name_starts(stmt, Mission.name, name_prefix), id_column=Mission.id)


@router.get(
    "/{slug}",
    response_model=MissionDetail,
    summary="Get a mission",
    description="One mission with its contributions grouped by type, its lessons and its "
    "citations.",
    responses=problem_responses(400, 404, 422),
)
def get_mission(
    slug: SlugPath,
    session: SessionDep,
    response: Response,
    fields: RecordFields,
    include_disputed: IncludeDisputed = False,
) -> MissionDetail | Response:
    mission = service.get_by_slug(session, slug=slug)
    set_record_etag(response, session, mission.version)
    return selected(
        service.detail(session, mission, include_disputed=include_disputed), fields, response
    )
