from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response

from app.contributors import service
from app.contributors.facets import NATION_FACETS
from app.contributors.schemas import ContributorDetail, ContributorRead
from app.core.errors import problem_responses
from app.core.fields import Fields, fields_param, selected
from app.core.filters import KeyList, choice, choices, choices_of, contributor_key, keys, values_of
from app.core.listing import FacetedPage, Listing, list_output
from app.core.pagination import LATE, Page, SortKey
from app.core.params import IncludeDisputed, SessionDep
from app.core.text_filters import NamePrefix, name_starts
from app.core.types import ISO3_ANY_CASE_PATTERN
from app.http.validators import set_record_etag
from app.models import Contributor
from app.models.contributor import CONTRIBUTOR_KINDS, ORGANIZATION_KINDS

router = APIRouter(tags=["contributors"])
RecordFields = Annotated[Fields | None, Depends(fields_param(ContributorDetail))]

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


def _detail(
    session: SessionDep,
    contributor: Contributor,
    include_disputed: bool,
    response: Response,
    fields: Fields | None,
) -> ContributorDetail | Response:
    set_record_etag(response, session, contributor.version)
    detail = service.detail(session, contributor, include_disputed=include_disputed)
    return selected(detail, fields, response)


@router.get(
    "/partner-nations",
    response_model=FacetedPage[ContributorRead],
    summary="List partner nations",
    description="Nations keyed by ISO 3166-1 alpha-3 code, with NATO accession dates and "
    "partnership frameworks.",
    responses=problem_responses(400, 422),
)
def list_nations(
    listing: NationListing,
    nato_member: Annotated[bool | None, Query(description="Only (non-)members of NATO.")] = None,
    framework: Annotated[
        KeyList, keys("Partnership framework (any case).", "Partnership for Peace")
    ] = None,
    name_prefix: NamePrefix = None,
) -> dict[str, object] | Response:
    stmt = service.list_stmt(
        kind=["nation"], nato_member=nato_member, frameworks=values_of(framework, "framework")
    )
    return listing.paginate(
        name_starts(stmt, Contributor.name, name_prefix), id_column=Contributor.id
    )


@router.get(
    "/partner-nations/{iso3}",
    response_model=ContributorDetail,
    summary="Get a partner nation",
    description="One nation, its contributions per mission and its citations.",
    responses=problem_responses(400, 404, 422),
)
def get_nation(
    iso3: Annotated[str, Path(pattern=ISO3_ANY_CASE_PATTERN, examples=["ITA"])],
    session: SessionDep,
    response: Response,
    fields: RecordFields,
    include_disputed: IncludeDisputed = False,
) -> ContributorDetail | Response:
    return _detail(
        session,
        service.get_by_code(session, code=contributor_key(iso3, "nation"), kind="nation"),
        include_disputed,
        response,
        fields,
    )


@router.get(
    "/organizations",
    response_model=Page[ContributorRead],
    summary="List organizations",
    description="Alliances, coalitions and groups the sources speak of as contributors.",
    responses=problem_responses(400, 422),
)
def list_organizations(
    listing: OrgListing,
    kind: Annotated[
        list[Annotated[str, choice(ORGANIZATION_KINDS)]] | None,
        choices(ORGANIZATION_KINDS, "Kind of organization.", "alliance"),
    ] = None,
    name_prefix: NamePrefix = None,
) -> dict[str, object] | Response:
    stmt = service.list_stmt(
        kind=["organization"], organization_kind=choices_of(kind, ORGANIZATION_KINDS, "kind")
    )
    return listing.paginate(
        name_starts(stmt, Contributor.name, name_prefix), id_column=Contributor.id
    )


@router.get(
    "/organizations/{slug}",
    response_model=ContributorDetail,
    summary="Get an organization",
    description="One organization, its contributions per mission and its citations.",
    responses=problem_responses(400, 404, 422),
)
def get_organization(
    slug: Annotated[str, Path(max_length=100, examples=["nato"])],
    session: SessionDep,
    response: Response,
    fields: RecordFields,
    include_disputed: IncludeDisputed = False,
) -> ContributorDetail | Response:
    return _detail(
        session,
        service.get_by_code(session, code=slug, kind="organization"),
        include_disputed,
        response,
        fields,
    )


@router.get(
    "/contributors",
    response_model=Page[ContributorRead],
    summary="List contributors",
    description="Nations and organizations together: the values `contributor=` accepts.",
    responses=problem_responses(400, 422),
)
def list_contributors(
    listing: OrgListing,
    kind: Annotated[
        list[Annotated[str, choice(CONTRIBUTOR_KINDS)]] | None,
        choices(CONTRIBUTOR_KINDS, "Kind of contributor.", "nation"),
    ] = None,
    name_prefix: NamePrefix = None,
) -> dict[str, object] | Response:
    stmt = service.list_stmt(kind=choices_of(kind, CONTRIBUTOR_KINDS, "kind"))
    return listing.paginate(
        name_starts(stmt, Contributor.name, name_prefix), id_column=Contributor.id
    )


@router.get(
    "/contributors/{code}",
    response_model=ContributorDetail,
    summary="Get a contributor",
    description="A nation (by ISO code) or an organization (by slug).",
    responses=problem_responses(400, 404, 422),
)
def get_contributor(
    code: Annotated[str, Path(max_length=100, examples=["nato"])],
    session: SessionDep,
    response: Response,
    fields: RecordFields,
    include_disputed: IncludeDisputed = False,
) -> ContributorDetail | Response:
    return _detail(
        session,
        service.get_by_code(session, code=code, kind=None),
        include_disputed,
        response,
        fields,
    )
