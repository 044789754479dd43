"""The citations' list plumbing, shared by GET /citations and GET /sources/{slug}/claims:
the sort, the status filter, the facets and the page of CitationRead."""

from typing import Annotated, Any

from fastapi import Depends, Response
from sqlalchemy import Select

from app.citations.facets import CITATION_FACETS
from app.citations.schemas import CitationRead
from app.citations.service import citation_items
from app.core.filters import Choices, choices
from app.core.listing import Listing, list_output
from app.core.pagination import SortKey
from app.models import Citation
from app.models.base import STATUS_VALUES

CITATION_SORTS = {"key": SortKey(Citation.key)}
StatusFilter = Annotated[Choices, choices(STATUS_VALUES, "Status of the claim.", "disputed")]
# Citations page in key order only (no `sort`): by source, then claim.
CitationListing = Annotated[
    Listing,
    Depends(list_output(CitationRead, CITATION_SORTS, "key", CITATION_FACETS, sortable=False)),
]
ClaimListing = Annotated[
    Listing, Depends(list_output(CitationRead, CITATION_SORTS, "key", sortable=False))
]


def citation_page(listing: Listing, stmt: Select[Any]) -> dict[str, object] | Response:
    return listing.paginate(stmt, id_column=Citation.id, to_items=citation_items)
