from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Response
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.contribution_types import service
from app.contribution_types.schemas import ContributionTypeDetail, ContributionTypeRead
from app.core.errors import problem_responses
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
from app.core.listing import PlainListing
from app.core.pagination import CursorParam, Page, SortKey, limit_param
from app.core.params import SessionDep
from app.http.validators import set_record_etag
from app.models import ContributionType
from app.models.contribution_type import CATEGORIES

router = APIRouter(prefix="/contribution-types", tags=["contribution types"])

SORTS = {"slug": SortKey(ContributionType.slug), "name": SortKey(ContributionType.name)}
TypeSort = Literal["slug", "-slug", "name", "-name"]


@router.get(
    "",
    response_model=Page[ContributionTypeRead],
    summary="List contribution types",
    description="The kinds of contribution, in a tree (`parent`) under broad categories.",
    responses=problem_responses(400, 422),
)
def list_types(
    listing: PlainListing,
    session: SessionDep,
    category: Annotated[
        list[Annotated[str, choice(CATEGORIES)]] | None,
        choices(CATEGORIES, "Category of the type.", "logistics"),
    ] = None,
    parent: Annotated[
        KeyList, keys("Only direct children of this type (its slug).", "logistics")
    ] = None,
    sort: Annotated[TypeSort, Query()] = "slug",
    limit: Annotated[int, Depends(limit_param)] = 50,
    cursor: CursorParam = None,
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
    return listing.paginate(
        stmt,
        sorts=SORTS,
        sort=sort,
        id_column=ContributionType.id,
        limit=limit,
        cursor=cursor,
        item=ContributionTypeRead,
    )


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
) -> ContributionTypeDetail:
    found = service.get_by_slug(session, slug=slug)
    set_record_etag(response, session, found.version)
    return service.detail(session, found)
