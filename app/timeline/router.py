from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response

from app.contributors.service import key_ids
from app.core.db import get_sessionmaker
from app.core.fields import Fields, fields_param
from app.core.filters import (
    Choices,
    CodeList,
    KeyList,
    check_range,
    codes_of,
    keys,
    kinds,
    kinds_of,
    values_of,
)
from app.core.listing import STREAM_BATCH, OutputDep, offset_page, read_offset
from app.core.pagination import CursorParam, Page, limit_param
from app.core.params import IncludeDisputed
from app.core.shapes import ShapeParam
from app.http.routes import read_route
from app.timeline import service
from app.timeline.schemas import EVENT_KINDS, TimelineEvent

router = APIRouter(tags=["timeline"])


@read_route(router, "/timeline", Page[TimelineEvent])
def timeline(
    out: OutputDep,
    organization: Annotated[KeyList, keys("Leading organization's slug.", "nato")] = None,
    theater: Annotated[CodeList, keys("ISO 3166-1 alpha-3 code (any case).", "IRQ")] = None,
    kind: Annotated[Choices, kinds(EVENT_KINDS, "Only these kinds", "mission,contribution")] = None,
    date_from: Annotated[date | None, Query(alias="from", examples=["2004-01-01"])] = None,
    date_to: Annotated[date | None, Query(alias="to", examples=["2011-12-31"])] = None,
    include_disputed: IncludeDisputed = False,
    limit: Annotated[int, Depends(limit_param)] = 50,
    cursor: CursorParam = None,
    shape: ShapeParam = "object",
    fields: Annotated[Fields | None, Depends(fields_param(TimelineEvent))] = None,
) -> dict[str, object] | Response:
    """Timeline

    Missions (as periods), dated contributions and nations joining NATO, in order of date, for a
    timeline panel. `organization` and `theater` keep the missions led by that organization or run
    in that country, and their contributions (accessions only show for `organization=nato` or no
    organization, and no theater); `from`/`to` keep events overlapping the range. Missions with no
    known start date are left out.
    """
    check_range(date_from, date_to)
    organizations = values_of(organization, "organization")
    if organizations is not None:
        key_ids(out.session, organizations, name="organization", noun="organization")
        organizations = [code.lower() for code in organizations]
    filters = service.TimelineFilters(
        kinds=kinds_of(kind, EVENT_KINDS, "kind"),
        organizations=organizations,
        theaters=codes_of(theater, "theater"),
        date_from=date_from,
        date_to=date_to,
        include_disputed=include_disputed,
    )
    events = service.events_stmt(filters)
    total = service.count(out.session, events)
    if out.streams_everything():
        out.response.headers["X-Total-Count"] = str(total)
        return out.tabular(TimelineEvent, _every_event(filters), fields=fields)
    offset = read_offset(out.request, cursor)
    items = service.page(out.session, events, limit=limit, offset=offset)
    page = offset_page(out.request, out.response, items, total=total, limit=limit, offset=offset)
    return out.rows(page, "items", TimelineEvent, shape, fields)


def _every_event(filters: service.TimelineFilters) -> Iterator[dict[str, Any]]:
    with get_sessionmaker()() as session:
        events = service.every_event(session, service.events_stmt(filters), batch=STREAM_BATCH)
        yield from (e.model_dump(mode="json") for e in events)
