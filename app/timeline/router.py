from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response

from app.contributors.service import key_ids
from app.core import listing
from app.core.db import get_sessionmaker
from app.core.errors import problem_responses
from app.core.fields import Fields, fields_param
from app.core.filters import (
    CodeList,
    KeyList,
    check_range,
    choice,
    choices_of,
    codes_of,
    keys,
    values_of,
)
from app.core.formats import Format, format_param
from app.core.listing import STREAM_BATCH, offset_page, read_offset, streams_everything, tabular
from app.core.pagination import CursorParam, Page, limit_param
from app.core.params import IncludeDisputed, SessionDep
from app.core.shapes import ShapeParam
from app.timeline import service
from app.timeline.schemas import EVENT_KINDS, TimelineEvent

router = APIRouter(tags=["timeline"])


@router.get(
    "/timeline",
    response_model=Page[TimelineEvent],
    summary="Timeline",
    description="Missions (as periods), dated contributions and nations joining NATO, in "
    "order of date, for a timeline panel. `organization` and `theater` keep the missions led "
    "by that organization or run in that country, and their contributions (accessions only "
    "show for `organization=nato` or no organization, and no theater); `from`/`to` keep "
    "events overlapping the range. Missions with no known start date are left out.",
    responses=problem_responses(400, 422),
)
def timeline(
    request: Request,
    response: Response,
    session: SessionDep,
    fmt: Annotated[Format, Depends(format_param)],
    organization: Annotated[KeyList, keys("Leading organization's slug.", "nato")] = None,
    theater: Annotated[CodeList, keys("ISO 3166-1 alpha-3 code (any case).", "IRQ")] = None,
    kind: Annotated[
        list[Annotated[str, choice(EVENT_KINDS)]] | None,
        Query(
            description="Only these kinds (comma-separated or repeated): "
            + ", ".join(EVENT_KINDS)
            + ".",
            examples=["mission,contribution"],
        ),
    ] = None,
    date_from: Annotated[date | None, Query(alias="from", examples=["2004-01-01"])] = None,
    date_to: Annotated[date | None, Query(alias="to", examples=["2011-12-31"])] = None,
    include_disputed: IncludeDisputed = False,
    limit: Annotated[int, Depends(limit_param)] = 50,
    cursor: CursorParam = None,
    shape: ShapeParam = "object",
    fields: Annotated[Fields | None, Depends(fields_param(TimelineEvent))] = None,
) -> dict[str, object] | Response:
    check_range(date_from, date_to)
    organizations = values_of(organization, "organization")
    if organizations is not None:
        key_ids(session, organizations, name="organization", noun="organization")
        organizations = [code.lower() for code in organizations]
    filters = service.TimelineFilters(
        kinds=_kinds(kind),
        organizations=organizations,
        theaters=codes_of(theater, "theater"),
        date_from=date_from,
        date_to=date_to,
        include_disputed=include_disputed,
    )
    events = service.events_stmt(filters)
    total = service.count(session, events)
    if streams_everything(fmt, request):
        response.headers["X-Total-Count"] = str(total)
        return tabular(fmt, request, response, TimelineEvent, _every_event(filters), fields=fields)
    offset = read_offset(request, cursor)
    items = service.page(session, events, limit=limit, offset=offset)
    page = offset_page(request, response, items, total=total, limit=limit, offset=offset)
    return listing.rows_answer(request, response, page, "items", TimelineEvent, fmt, shape, fields)


def _kinds(raw: list[str] | None) -> list[str]:
    return choices_of(raw, EVENT_KINDS, "kind") or list(EVENT_KINDS)


def _every_event(filters: service.TimelineFilters) -> Iterator[dict[str, Any]]:
    with get_sessionmaker()() as session:
        events = service.every_event(session, service.events_stmt(filters), batch=STREAM_BATCH)
        yield from (e.model_dump(mode="json") for e in events)
