from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.contribution_types import service
from app.contribution_types.schemas import ContributionTypeDetail, ContributionTypeRead
from app.core.errors import problem_responses
from app.core.fields import Fields, fields_param, selected
from app.core.filters import (
    KeyList,
    any_of,
    choice,
    choices,
    choices_of,
    keys,
    resolve_keys,
    values_of,
)
from app.core.listing import Listing, list_output
from app.core.pagination import Page, SortKey
from app.core.params import SessionDep
from app.http.validators import set_record_etag
from app.models import ContributionType
from app.models.contribution_type import CATEGORIES

router = APIRouter(prefix="/contribution-types", tags=["contribution types"])
RecordFields = Annotated[Fields | None, Depends(fields_param(ContributionTypeDetail))]

SORTS = {"slug": SortKey(ContributionType.slug), "name": SortKey(ContributionType.name)}
TypeListing = Annotated[Listing, Depends(list_output(ContributionTypeRead, SORTS, "slug"))]


@router.get(
    "",
    response_model=Page[ContributionTypeRead],
    summary="List contribution types",
    description="The kinds of contribution, in a tree (`parent`) under broad categories.",
    responses=problem_responses(400, 422),
)
def list_types(
    listing: TypeListing,
    session: SessionDep,
    category: Annotated[
        list[Annotated[str, choice(CATEGORIES)]] | None,
        choices(CATEGORIES, "Category of the type.", "logistics"),
    ] = None,
    parent: Annotated[
        KeyList, keys("Only direct children of this type (its slug).", "logistics")
    ] = None,
) -> dict[str, object] | Response:
    stmt = select(ContributionType).options(joinedload(ContributionType.parent))
    categories = choices_of(category, CATEGORIES, "category")
    if categories is not None:
        stmt = stmt.where(any_of(ContributionType.category, categories))
    parents = values_of(parent, "parent")
    if parents is not None:
        ids = resolve_keys(
            session, ContributionType.slug, ContributionType.id, parents, name="parent", noun="type"
        )
        stmt = stmt.where(any_of(ContributionType.parent_id, ids))
    return listing.paginate(stmt, id_column=ContributionType.id)


@router.get(
    "/{slug}",
    response_model=ContributionTypeDetail,
    summary="Get a contribution type",
    description="One type, its sub-types and how many contributions it covers.",
    responses=problem_responses(400, 404, 422),
)
def get_type(
    slug: Annotated[str, Path(max_length=100, examples=["logistics"])],
    session: SessionDep,
    response: Response,
    fields: RecordFields,
) -> ContributionTypeDetail | Response:
    found = service.get_by_slug(session, slug=slug)
    set_record_etag(response, session, found.version)
    return selected(service.detail(session, found), fields, response)
