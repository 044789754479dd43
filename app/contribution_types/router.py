from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.contribution_types import service
from app.contribution_types.schemas import ContributionTypeDetail, ContributionTypeRead
from app.core.filters import (
    Choices,
    KeyList,
    choices,
    choices_of,
    ids_of,
    keys,
    values_of,
    where_any,
)
from app.core.listing import Listing, list_output
from app.core.pagination import Page, SortKey
from app.http.routes import RECORD_ERRORS, RecordView, read_route, record_view
from app.models import ContributionType
from app.models.contribution_type import CATEGORIES

router = APIRouter(prefix="/contribution-types", tags=["contribution types"])

SORTS = {"slug": SortKey(ContributionType.slug), "name": SortKey(ContributionType.name)}
TypeListing = Annotated[Listing, Depends(list_output(ContributionTypeRead, SORTS, "slug"))]


@read_route(router, "", Page[ContributionTypeRead])
def list_types(
    listing: TypeListing,
    category: Annotated[Choices, choices(CATEGORIES, "Category of the type.", "logistics")] = None,
    parent: Annotated[
        KeyList, keys("Only direct children of this type (its slug).", "logistics")
    ] = None,
) -> dict[str, object] | Response:
    """List contribution types

    The kinds of contribution, in a tree (`parent`) under broad categories."""
    stmt = select(ContributionType).options(joinedload(ContributionType.parent))
    categories = choices_of(category, CATEGORIES, "category")
    stmt = where_any(stmt, ContributionType.category, categories)
    parents = values_of(parent, "parent")
    ids = ids_of(
        listing.session,
        ContributionType.slug,
        ContributionType.id,
        parents,
        name="parent",
        noun="type",
    )
    stmt = where_any(stmt, ContributionType.parent_id, ids)
    return listing.paginate(stmt, id_column=ContributionType.id)


TypeView = Annotated[RecordView, record_view(ContributionTypeDetail)]


@read_route(router, "/{slug}", ContributionTypeDetail, RECORD_ERRORS)
def get_type(
    slug: Annotated[str, Path(max_length=100, examples=["logistics"])], view: TypeView
) -> ContributionTypeDetail | Response:
    """Get a contribution type

    One type, its sub-types and how many contributions it covers."""
    return view.answer(service.get_by_slug(view.session, slug=slug), service.detail)
