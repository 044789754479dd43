from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request, Response
from sqlalchemy import Select, select
from sqlalchemy.orm import Session, joinedload

from app.citations.listing import ClaimListing, StatusFilter, citation_page
from app.citations.schemas import CitationRead
from app.citations.service import with_correction
from app.core.errors import problem_responses
from app.core.filters import (
    Choices,
    KeyList,
    YearList,
    choices,
    choices_of,
    in_years,
    keys,
    values_of,
    where_any,
    years_of,
)
from app.core.formats import JSONLD_MEDIA_TYPE, wants_jsonld
from app.core.listing import FacetedPage, Listing, list_output
from app.core.pagination import LATE, Page, SortKey
from app.core.params import SessionDep
from app.http.routes import RECORD_ERRORS, RecordView, read_route, record_view
from app.models import Citation, Source
from app.models.base import STATUS_VALUES
from app.models.source import SOURCE_KINDS
from app.sources import service
from app.sources.claim_review import claim_reviews
from app.sources.facets import SOURCE_FACETS
from app.sources.schemas import SourceDetail, SourceRead

router = APIRouter(tags=["sources"])

SORTS = {
    "slug": SortKey(Source.slug),
    "title": SortKey(Source.title),
    "published_date": SortKey(Source.published_date, date, LATE),
}
SourceListing = Annotated[Listing, Depends(list_output(SourceRead, SORTS, "slug", SOURCE_FACETS))]


def _get_source(session: SessionDep, slug: str, *, with_text: bool = False) -> Source:
    return service.get_by_slug(session, slug, with_text=with_text)


SourceSlug = Annotated[str, Path(max_length=100, examples=["role-of-nato-and-partners-in-iraq"])]


@read_route(router, "/sources", FacetedPage[SourceRead])
def list_sources(
    listing: SourceListing,
    kind: Annotated[Choices, choices(SOURCE_KINDS, "Kind of source.", "official")] = None,
    publisher: Annotated[KeyList, keys("Publisher, as the `publisher` facet.", "NATO")] = None,
    year: Annotated[
        YearList, keys("Year it was published (YYYY), as the `year` facet.", "2004")
    ] = None,
) -> dict[str, object] | Response:
    """List sources

    Every document the knowledge base cites, with how far to trust it."""
    stmt = where_any(select(Source), Source.kind, choices_of(kind, SOURCE_KINDS, "kind"))
    stmt = where_any(stmt, Source.publisher, values_of(publisher, "publisher"))
    years = years_of(year, "year")
    if years is not None:
        stmt = stmt.where(in_years(Source.published_date, years))
    return listing.paginate(stmt, id_column=Source.id)


SourceView = Annotated[RecordView, record_view(SourceDetail)]


@read_route(router, "/sources/{slug}", SourceDetail, RECORD_ERRORS)
def get_source(slug: SourceSlug, view: SourceView) -> SourceDetail | Response:
    """Get a source

    One source, its report card (how many of its claims got each verdict, and how many are still
    unreviewed) and, for documents shipped with the project, the full text."""
    source = _get_source(view.session, slug, with_text=True)
    return view.answer(source, service.detail)


_CLAIM_REVIEW_REF = {
    "type": "object",
    "description": "schema.org ClaimReview objects in `@graph` (JSON-LD): `@context`, and per "
    "review `@type` ClaimReview, `claimReviewed`, `itemReviewed`, `reviewRating`, `url`.",
}


@router.get(
    "/sources/{slug}/claims",
    response_model=Page[CitationRead],
    summary="List a source's claims",
    description="Every claim the knowledge base takes from this source, with its verdict "
    "(status) and, for a disputed or misleading one, the citation of the corrected fact.\n\n"
    "With `Accept: application/ld+json`, the source's **reviewed** claims (every status but "
    "`asserted`, or those named by `status`) as schema.org "
    "[ClaimReview](https://schema.org/ClaimReview) objects in one JSON-LD document "
    "(`@graph`, all of them: `limit` and `cursor` do not apply), for fact-check tools and "
    "search engines: `claimReviewed` (the quote), `itemReviewed` (a Claim with its "
    "`appearance` and `author`), `reviewRating` (`ratingValue` 1 disputed, 2 misleading, "
    "3 unverifiable or opinion, 5 corroborated; `alternateName` names the verdict), `url`.",
    responses={
        **problem_responses(400, 404, 422),
        200: {
            "description": "A page of the source's claims (JSON), or its reviewed claims as "
            "schema.org ClaimReview (JSON-LD).",
            "content": {"application/ld+json": {"schema": _CLAIM_REVIEW_REF}},
        },
    },
)
def list_claims(
    request: Request,
    response: Response,
    slug: SourceSlug,
    session: SessionDep,
    listing: ClaimListing,
    status: StatusFilter = None,
) -> dict[str, object] | Response:
    source = _get_source(session, slug)
    stmt = (
        select(Citation).options(joinedload(Citation.source)).where(Citation.source_id == source.id)
    )
    stmt = where_any(stmt, Citation.status, choices_of(status, STATUS_VALUES, "status"))
    if wants_jsonld(request.headers.get("accept")) and request.query_params.get("format") is None:
        return _claim_reviews(request, response, session, source, stmt)
    return citation_page(listing, stmt)


def _claim_reviews(
    request: Request, response: Response, session: Session, source: Source, stmt: Select[Any]
) -> Response:
    rows = session.execute(
        with_correction(stmt).where(Citation.status != "asserted").order_by(Citation.key)
    ).all()
    document = claim_reviews(str(request.base_url), source, [(c, k) for c, k in rows])
    return Response(
        content=document.model_dump_json(by_alias=True, exclude_none=True),
        media_type=JSONLD_MEDIA_TYPE,
        headers={k: v for k, v in response.headers.items() if k != "content-length"},
    )
