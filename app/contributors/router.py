from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Response
from sqlalchemy import Select

from app.contributors import service
from app.contributors.facets import NATION_FACETS
from app.contributors.schemas import ContributorDetail, ContributorRead
from app.core.filters import Choices, KeyList, choices, choices_of, contributor_key, keys, values_of
from app.core.listing import FacetedPage, Listing, list_output
from app.core.pagination import LATE, Page, SortKey
from app.core.params import IncludeDisputed
from app.core.text_filters import NamePrefix, name_starts
from app.core.types import ISO3_ANY_CASE_PATTERN
from app.http.routes import RECORD_ERRORS, RecordView, read_route, record_view
from app.models import Contributor
from app.models.contributor import CONTRIBUTOR_KINDS, ORGANIZATION_KINDS

router = APIRouter(tags=["contributors"])
Iso3Path = Annotated[str, Path(pattern=ISO3_ANY_CASE_PATTERN, examples=["ITA"])]
# An organization's slug, or (for /contributors) a nation's ISO code as well.
KeyPath = Annotated[str, Path(max_length=100, examples=["nato"])]

SORTS = {
    "code": SortKey(Contributor.code),
    "name": SortKey(Contributor.name),
    "nato_accession_date": SortKey(Contributor.nato_accession_date, date, LATE),
}
NationListing = Annotated[
    Listing, Depends(list_output(ContributorRead, SORTS, "code", NATION_FACETS))
]
# Organizations have no NATO accession date to sort by.
ORG_SORTS = {name: SORTS[name] for name in ("code", "name")}
OrgListing = Annotated[Listing, Depends(list_output(ContributorRead, ORG_SORTS, "code"))]


def _page(
    listing: Listing, stmt: Select[Any], name_prefix: str | None
) -> dict[str, object] | Response:
    return listing.paginate(
        name_starts(stmt, Contributor.name, name_prefix), id_column=Contributor.id
    )


def _answer(
    view: RecordView, code: str, kind: str | None, include_disputed: bool
) -> ContributorDetail | Response:
    found = service.get_by_code(view.session, code=code, kind=kind)
    return view.answer(found, service.detail, include_disputed=include_disputed)


@read_route(router, "/partner-nations", FacetedPage[ContributorRead])
def list_nations(
    listing: NationListing,
    nato_member: Annotated[bool | None, Query(description="Only (non-)members of NATO.")] = None,
    framework: Annotated[
        KeyList, keys("Partnership framework (any case).", "Partnership for Peace")
    ] = None,
    name_prefix: NamePrefix = None,
) -> dict[str, object] | Response:
    """List partner nations

    Nations keyed by ISO 3166-1 alpha-3 code, with NATO accession dates and partnership
    frameworks."""
    stmt = service.list_stmt(
        kind=["nation"], nato_member=nato_member, frameworks=values_of(framework, "framework")
    )
    return _page(listing, stmt, name_prefix)


ContributorView = Annotated[RecordView, record_view(ContributorDetail)]


@read_route(router, "/partner-nations/{iso3}", ContributorDetail, RECORD_ERRORS)
def get_nation(
    iso3: Iso3Path, view: ContributorView, include_disputed: IncludeDisputed = False
) -> ContributorDetail | Response:
    """Get a partner nation

    One nation, its contributions per mission and its citations."""
    return _answer(view, contributor_key(iso3, "nation"), "nation", include_disputed)


@read_route(router, "/organizations", Page[ContributorRead])
def list_organizations(
    listing: OrgListing,
    kind: Annotated[
        Choices, choices(ORGANIZATION_KINDS, "Kind of organization.", "alliance")
    ] = None,
    name_prefix: NamePrefix = None,
) -> dict[str, object] | Response:
    """List organizations

    Alliances, coalitions and groups the sources speak of as contributors."""
    stmt = service.list_stmt(
        kind=["organization"], organization_kind=choices_of(kind, ORGANIZATION_KINDS, "kind")
    )
    return _page(listing, stmt, name_prefix)


@read_route(router, "/organizations/{slug}", ContributorDetail, RECORD_ERRORS)
def get_organization(
    slug: KeyPath, view: ContributorView, include_disputed: IncludeDisputed = False
) -> ContributorDetail | Response:
    """Get an organization

    One organization, its contributions per mission and its citations."""
    return _answer(view, slug, "organization", include_disputed)


@read_route(router, "/contributors", Page[ContributorRead])
def list_contributors(
    listing: OrgListing,
    kind: Annotated[Choices, choices(CONTRIBUTOR_KINDS, "Kind of contributor.", "nation")] = None,
    name_prefix: NamePrefix = None,
) -> dict[str, object] | Response:
    """List contributors

    Nations and organizations together: the values `contributor=` accepts."""
    stmt = service.list_stmt(kind=choices_of(kind, CONTRIBUTOR_KINDS, "kind"))
    return _page(listing, stmt, name_prefix)


@read_route(router, "/contributors/{code}", ContributorDetail, RECORD_ERRORS)
def get_contributor(
    code: KeyPath, view: ContributorView, include_disputed: IncludeDisputed = False
) -> ContributorDetail | Response:
    """Get a contributor

    A nation (by ISO code) or an organization (by slug)."""
    return _answer(view, code, None, include_disputed)
