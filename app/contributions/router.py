from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Response
from sqlalchemy import Select

from app.contributions import service
from app.contributions.facets import CONTRIBUTION_FACETS
from app.contributions.filters import contribution_filters
from app.contributions.schemas import ContributionDetail, ContributionRead
from app.core.errors import problem_responses
from app.core.fields import Fields, fields_param, selected
from app.core.listing import FacetedPage, Listing, list_output
from app.core.pagination import LATE, SortKey
from app.core.params import IncludeDisputed, SessionDep
from app.http.validators import set_record_etag
from app.models import Contribution

router = APIRouter(prefix="/contributions", tags=["contributions"])
RecordFields = Annotated[Fields | None, Depends(fields_param(ContributionDetail))]

SORTS = {
    "slug": SortKey(Contribution.slug),
    "start_date": SortKey(Contribution.start_date, date, LATE),
    "end_date": SortKey(Contribution.end_date, date, LATE),
    "personnel": SortKey(Contribution.personnel, int, -1),
}
ContributionListing = Annotated[
    Listing, Depends(list_output(ContributionRead, SORTS, "slug", CONTRIBUTION_FACETS))
]


@router.get(
    "",
    response_model=FacetedPage[ContributionRead],
    summary="List contributions",
    description="Who contributed what to which mission. `contributor` takes a nation's ISO "
    "3166-1 alpha-3 code or an organization's slug alike. `type` includes its sub-types. "
    "Dates: `active_on` keeps contributions running on that day; `from`/`to` keep those "
    "overlapping the range. How a contribution with no end date is judged: " + service.ACTIVE_RULE,
    responses=problem_responses(400, 422),
)
def list_contributions(
    listing: ContributionListing,
    stmt: Annotated[Select[Any], Depends(contribution_filters)],
) -> dict[str, object] | Response:
    return listing.paginate(
        stmt, id_column=Contribution.id, rows_of=service.read_rows, to_items=service.read_items
    )


@router.get(
    "/{slug}",
    response_model=ContributionDetail,
    summary="Get a contribution",
    description="One contribution with its citations.",
    responses=problem_responses(400, 404, 422),
)
def get_contribution(
    slug: Annotated[str, Path(max_length=100, examples=["hun-ntm-i-t72-tanks"])],
    session: SessionDep,
    response: Response,
    fields: RecordFields,
    include_disputed: IncludeDisputed = False,
) -> ContributionDetail | Response:
    contribution = service.get_by_slug(session, slug=slug)
    set_record_etag(response, session, contribution.version)
    return selected(
        service.detail(session, contribution, include_disputed=include_disputed), fields, response
    )
