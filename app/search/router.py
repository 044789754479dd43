from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response

from app.core.db import get_sessionmaker
from app.core.fields import Fields, fields_param
from app.core.filters import Choices, kinds, kinds_of
from app.core.listing import STREAM_BATCH, OutputDep, offset_page, read_offset
from app.core.pagination import CursorParam, Page, limit_param, set_total
from app.core.params import IncludeDisputed
from app.core.shapes import ShapeParam
from app.http.routes import read_route
from app.search import service
from app.search.query import MAX_QUERY_LENGTH, parse
from app.search.query import Query as ParsedQuery
from app.search.schemas import HIT_TYPES, SearchHit

router = APIRouter(tags=["search"])

SEARCH_HELP = f"""One ranked search across missions, contributions, lessons, sources, the
paragraphs (`passage`) of the sources' shipped full texts, and citations.

The query: words (all must occur), `"an exact phrase"`, `prefix*`, `a OR b`, `-word` or
`NOT word` to exclude. Case and punctuation are ignored; there is no stemming (`train*` finds
training and trained). At most {MAX_QUERY_LENGTH} characters."""

HitTypes = Annotated[Choices, kinds(HIT_TYPES, "Only these kinds of hit", "contribution,passage")]


@read_route(router, "/search", Page[SearchHit], description=SEARCH_HELP)
def search(
    out: OutputDep,
    q: Annotated[
        str,
        Query(
            description="What to look for.",
            examples=["Carabinieri"],
            # Enforced by the parser (a 400 that says why), stated here for clients.
            json_schema_extra={"maxLength": MAX_QUERY_LENGTH},
        ),
    ],
    type: HitTypes = None,
    include_disputed: IncludeDisputed = False,
    limit: Annotated[int, Depends(limit_param)] = 50,
    cursor: CursorParam = None,
    shape: ShapeParam = "object",
    fields: Annotated[Fields | None, Depends(fields_param(SearchHit))] = None,
) -> dict[str, object] | Response:
    """Search everything"""
    query = parse(q)
    kinds = kinds_of(type, HIT_TYPES, "type")
    if out.streams_everything():
        engine = service.engine_for(out.session)
        set_total(out.response, *engine.total(out.session, query, kinds, include_disputed))
        return out.tabular(SearchHit, _every_hit(query, kinds, include_disputed), fields=fields)
    offset = read_offset(out.request, cursor)
    found = service.search(
        out.session,
        query,
        kinds=kinds,
        include_disputed=include_disputed,
        limit=limit,
        offset=offset,
    )
    page = offset_page(
        out.request,
        out.response,
        found.hits,
        total=found.total,
        limit=limit,
        offset=offset,
        relation=found.relation,
        more=found.more,
    )
    return out.rows(page, "items", SearchHit, shape, fields)


def _every_hit(query: ParsedQuery, kinds: list[str], disputed: bool) -> Iterator[dict[str, Any]]:
    with get_sessionmaker()() as session:
        hits = service.every_hit(
            session, query, kinds=kinds, include_disputed=disputed, batch=STREAM_BATCH
        )
        yield from (h.model_dump() for h in hits)
