from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Response

from app.core.filters import (
    Choices,
    KeyList,
    StatusParam,
    check_range,
    choices,
    choices_of,
    keys,
    values_of,
)
from app.core.listing import FacetedPage, Listing, OutputDep, list_output
from app.core.pagination import SortKey
from app.core.params import IncludeDisputed
from app.core.refs import MissionRef
from app.http.routes import RECORD_ERRORS, RecordView, read_route, record_view
from app.missions.service import get_by_slug as get_mission
from app.models import TALLIES, StrengthObservation
from app.models.base import STATUS_VALUES
from app.strengths import service
from app.strengths.schemas import (
    TALLY_NOTE,
    StrengthDetail,
    StrengthPoint,
    StrengthRead,
    StrengthSeries,
)

router = APIRouter(tags=["strength"])
StrengthSlug = Annotated[str, Path(max_length=100, examples=["gbr-mnf-i-2005-01-17-wire"])]

SORTS = {
    "slug": SortKey(StrengthObservation.slug),
    "date": SortKey(StrengthObservation.observed_on, date),
    "personnel": SortKey(StrengthObservation.personnel, int),
}
StrengthListing = Annotated[Listing, Depends(list_output(StrengthRead, SORTS, "date"))]
ContributorFilter = Annotated[
    KeyList, keys("Nation ISO code or organization slug (any case).", "GBR")
]
TallyFilter = Annotated[Choices, choices(TALLIES, TALLY_NOTE, "official")]
DateFrom = Annotated[
    date | None, Query(alias="from", description="On or after this day.", examples=["2004-01-01"])
]
DateTo = Annotated[
    date | None, Query(alias="to", description="On or before this day.", examples=["2008-12-31"])
]


@read_route(router, "/strengths", FacetedPage[StrengthRead])
def list_strengths(
    listing: StrengthListing,
    mission: Annotated[KeyList, keys("Mission slug.", "mnf-i")] = None,
    contributor: ContributorFilter = None,
    tally: TallyFilter = None,
    status: StatusParam = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    include_disputed: IncludeDisputed = False,
) -> dict[str, object] | Response:
    """List strength observations

    Dated head counts: how many personnel a contributor had in a mission on a day (or in a month
    or year: `date_precision`), by whose count (`tally`), each cited. `contributor` null: a
    mission-wide total. For a chart, `/missions/{slug}/strength`."""
    check_range(date_from, date_to)
    stmt = service.list_stmt(
        listing.session,
        service.Filters(
            missions=values_of(mission, "mission"),
            contributors=values_of(contributor, "contributor"),
            tallies=choices_of(tally, TALLIES, "tally"),
            statuses=choices_of(status, STATUS_VALUES, "status"),
            date_from=date_from,
            date_to=date_to,
            include_disputed=include_disputed,
        ),
    )
    return listing.paginate(stmt, id_column=StrengthObservation.id, to_items=service.to_items)


StrengthView = Annotated[RecordView, record_view(StrengthDetail)]


@read_route(router, "/strengths/{slug}", StrengthDetail, RECORD_ERRORS)
def get_strength(
    slug: StrengthSlug, view: StrengthView, include_disputed: IncludeDisputed = False
) -> StrengthDetail | Response:
    """Get a strength observation

    One dated head count with its citations."""
    found = service.get_by_slug(view.session, slug)
    return view.answer(found, service.detail, include_disputed=include_disputed)


@read_route(
    router,
    "/missions/{slug}/strength",
    StrengthSeries,
    RECORD_ERRORS,
    description="A time series a chart can draw as it comes: one row per contributor per "
    "date, in date order, personnel as numbers. " + service.SERIES_RULE + " Dates carry "
    "their precision (`date_label` 2005-01 for a month). In CSV/NDJSON, the rows alone, "
    "one per line (every row: the series is not paged).",
)
def mission_strength(
    slug: Annotated[str, Path(max_length=100, examples=["mnf-i"])],
    out: OutputDep,
    contributor: ContributorFilter = None,
    tally: TallyFilter = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    include_disputed: IncludeDisputed = False,
) -> StrengthSeries | Response:
    """A mission's strength over time"""
    check_range(date_from, date_to)
    mission = get_mission(out.session, slug=slug)
    rows: list[dict[str, Any]] = service.series(
        out.session,
        mission,
        service.Filters(
            contributors=values_of(contributor, "contributor"),
            tallies=choices_of(tally, TALLIES, "tally"),
            date_from=date_from,
            date_to=date_to,
            include_disputed=include_disputed,
        ),
    )
    if out.format != "json":
        out.response.headers["X-Total-Count"] = str(len(rows))
        points = (StrengthPoint.model_validate(r).model_dump(mode="json") for r in rows)
        return out.tabular(StrengthPoint, points)
    return StrengthSeries(
        mission=MissionRef.model_validate(mission),
        rule=service.SERIES_RULE,
        items=[StrengthPoint.model_validate(r) for r in rows],
    )
