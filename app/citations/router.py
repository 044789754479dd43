"""Reads of citations: GET /citations and GET /citations/{key} (a source's own claims are
GET /sources/{slug}/claims, in app/sources/router.py)."""

from typing import Annotated

from fastapi import APIRouter, Path, Response
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload

from app.citations import service
from app.citations.listing import CitationListing, StatusFilter, citation_page
from app.citations.schemas import CitationRead
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
from app.core.listing import FacetedPage
from app.http.routes import RECORD_ERRORS, RecordView, read_route, record_view
from app.models import Citation, Source
from app.models.base import STATUS_VALUES

router = APIRouter(tags=["sources"])

SUBJECT_TYPES = ("mission", "contribution", "lesson", "lesson_mission", "contributor", "strength")
_SUBJECT_COLUMN = {
    "mission": Citation.mission_id,
    "contribution": Citation.contribution_id,
    "lesson": Citation.lesson_id,
    "lesson_mission": Citation.lesson_mission_id,
    "contributor": Citation.contributor_id,
    "strength": Citation.strength_id,
}


@read_route(router, "/citations", FacetedPage[CitationRead])
def list_citations(
    listing: CitationListing,
    source: Annotated[KeyList, keys("Source slug.", "role-of-nato-and-partners-in-iraq")] = None,
    status: StatusFilter = None,
    subject_type: Annotated[
        Choices, choices(SUBJECT_TYPES, "Kind of record the citation supports.", "contribution")
    ] = None,
) -> dict[str, object] | Response:
    """List citations

    Every citation (claim), across sources, filterable by source, status and the kind of record
    it supports."""
    stmt = select(Citation).options(joinedload(Citation.source))
    sources = values_of(source, "source")
    ids = ids_of(listing.session, Source.slug, Source.id, sources, name="source", noun="source")
    stmt = where_any(stmt, Citation.source_id, ids)
    stmt = where_any(stmt, Citation.status, choices_of(status, STATUS_VALUES, "status"))
    subject_types = choices_of(subject_type, SUBJECT_TYPES, "subject_type")
    if subject_types is not None:
        stmt = stmt.where(or_(*(_SUBJECT_COLUMN[t].is_not(None) for t in subject_types)))
    return citation_page(listing, stmt)


CitationView = Annotated[RecordView, record_view(CitationRead)]


@read_route(router, "/citations/{key}", CitationRead, RECORD_ERRORS)
def get_citation(
    key: Annotated[str, Path(max_length=100, examples=["doc-isaf-in-iraq"])], view: CitationView
) -> CitationRead | Response:
    """Get a citation

    One claim: the verbatim quote, its source, its status and what it supports."""
    citation, read = service.read_one(view.session, key=key)
    return view.answer(citation, lambda _session, _citation: read)
