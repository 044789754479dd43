from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Response
from sqlalchemy import Select

from app.contributions import service
from app.contributions.facets import CONTRIBUTION_FACETS
from app.contributions.filters import contribution_filters
from app.contributions.schemas import ContributionDetail, ContributionRead
from app.core.listing import FacetedPage, Listing, list_output
from app.core.pagination import LATE, SortKey
from app.core.params import IncludeDisputed
from app.http.routes import RECORD_ERRORS, RecordView, read_route, record_view
from app.models import Contribution

router = APIRouter(prefix="/contributions", tags=["contributions"])
ContributionSlug = Annotated[str, Path(max_length=100, examples=["hun-ntm-i-t72-tanks"])]

SORTS = {
    "slug": SortKey(Contribution.slug),
    "start_date": SortKey(Contribution.start_date, date, LATE),
    "end_date": SortKey(Contribution.end_date, date, LATE),
    "personnel": SortKey(Contribution.personnel, int, -1),
}
ContributionListing = Annotated[
    Listing, Depends(list_output(ContributionRead, SORTS, "slug", CONTRIBUTION_FACETS))
]


@read_route(
    router,
    "",
    FacetedPage[ContributionRead],
    description="Who contributed what to which mission. `contributor` takes a nation's ISO "
    "3166-1 alpha-3 code or an organization's slug alike. `type` includes its sub-types. "
    "Dates: `active_on` keeps contributions running on that day; `from`/`to` keep those "
    "overlapping the range. How a contribution with no end date is judged: " + service.ACTIVE_RULE,
)
def list_contributions(
    listing: ContributionListing,
    stmt: Annotated[Select[Any], Depends(contribution_filters)],
) -> dict[str, object] | Response:
    """List contributions"""
    return listing.paginate(
        stmt, id_column=Contribution.id, rows_of=service.read_rows, to_items=service.read_items
    )


ContributionView = Annotated[RecordView, record_view(ContributionDetail)]


@read_route(router, "/{slug}", ContributionDetail, RECORD_ERRORS)
def get_contribution(
    slug: ContributionSlug, view: ContributionView, include_disputed: IncludeDisputed = False
) -> ContributionDetail | Response:
    """Get a contribution

    One contribution with its citations."""
    contribution = service.ANSWER_ROW.by_slug(view.session, slug)
    return view.answer_data(contribution, service.detail_data, include_disputed=include_disputed)
