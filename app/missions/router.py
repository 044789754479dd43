from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response

from app.core.filters import (
    Choices,
    CodeList,
    KeyList,
    StatusParam,
    YearList,
    choices,
    choices_of,
    codes_of,
    keys,
    values_of,
    years_of,
)
from app.core.listing import FacetedPage, Listing, list_output
from app.core.pagination import LATE, SortKey
from app.core.params import IncludeDisputed
from app.core.text_filters import NamePrefix, name_starts
from app.http.routes import RECORD_ERRORS, RecordView, read_route, record_view
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

SORTS = {
    "slug": SortKey(Mission.slug),
    "name": SortKey(Mission.name),
    "start_date": SortKey(Mission.start_date, date, LATE),
    "end_date": SortKey(Mission.end_date, date, LATE),
}
MissionListing = Annotated[
    Listing, Depends(list_output(MissionRead, SORTS, "slug", MISSION_FACETS))
]
KindParam = Annotated[Choices, choices(MISSION_KINDS, "Kind of mission.", "training")]
SlugPath = Annotated[str, Path(max_length=100, description="Mission slug.", examples=["ntm-i"])]


@read_route(router, "", FacetedPage[MissionRead])
def list_missions(
    listing: MissionListing,
    organization: Annotated[KeyList, keys("Leading organization's slug.", "nato")] = None,
    kind: KindParam = None,
    theater: Annotated[CodeList, keys("ISO 3166-1 alpha-3 code (any case).", "IRQ")] = None,
    status: StatusParam = None,
    year: Annotated[YearList, keys("Year it started (YYYY), as the `year` facet.", "2004")] = None,
    active_on: Annotated[
        date | None,
        Query(description="Only missions running on this date.", examples=["2008-01-01"]),
    ] = None,
    include_disputed: IncludeDisputed = False,
    name_prefix: NamePrefix = None,
) -> dict[str, object] | Response:
    """List missions

    Missions, filtered and sorted, a page at a time. Records supported only by a disputed claim
    are hidden unless `include_disputed=true`."""
    stmt = service.list_stmt(
        listing.session,
        organizations=values_of(organization, "organization"),
        kinds=choices_of(kind, MISSION_KINDS, "kind"),
        theaters=codes_of(theater, "theater"),
        statuses=choices_of(status, STATUS_VALUES, "status"),
        years=years_of(year, "year"),
        active_on_date=active_on,
        include_disputed=include_disputed,
    )
    return listing.paginate(name_starts(stmt, Mission.name, name_prefix), id_column=Mission.id)


MissionView = Annotated[RecordView, record_view(MissionDetail)]


@read_route(router, "/{slug}", MissionDetail, RECORD_ERRORS)
def get_mission(
    slug: SlugPath, view: MissionView, include_disputed: IncludeDisputed = False
) -> MissionDetail | Response:
    """Get a mission

    One mission with its contributions grouped by type, its lessons and its citations."""
    mission = service.ANSWER_ROW.by_slug(view.session, slug)
    return view.answer_data(mission, service.detail_data, include_disputed=include_disputed)
