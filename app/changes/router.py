"""`GET /changes?since=<data version>`: what was created, changed and deleted since then.

A public projection of the audit log: the entries a write appends in its own transaction,
each stamped with the data version the write committed as (`app.audit.writer.Writer.commit`).
Only the record, never who wrote it (no actor, no request id), and no API keys. Read in commit
order, `(data version, entry id)`, up to the data version read first, so a page never holds
half a write that was committing meanwhile, and paged by a cursor holding that bound.
"""

import base64
import binascii
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Annotated, Any, Literal, get_args

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import Select, String, and_, cast, or_, select

from app.audit.router import RecordResource
from app.core.errors import BadRequest, FieldProblem, RuleViolation
from app.core.fields import Fields, fields_param
from app.core.filters import Choices, any_of, choices, choices_of
from app.core.listing import rows_answer
from app.core.params import SessionDep
from app.core.shapes import ShapeParam
from app.core.state import current
from app.http.routes import read_route
from app.models import AuditEntry

router = APIRouter(tags=["changes"])

# Every record resource of the audit log; not API keys.
FEED_RESOURCES: tuple[str, ...] = get_args(RecordResource)
MAX_LIMIT = 1000
Change = Literal["created", "changed", "deleted"]


class ChangeRead(BaseModel):
    version: int = Field(description="The data version the write committed as.", examples=[41])
    at: datetime = Field(description="When (UTC).")
    resource: RecordResource = Field(description="As in URLs: `/api/v1/{resource}/{key}`.")
    key: str = Field(description="The record's natural key (slug, ISO code, citation key).")
    change: Change = Field(description="`deleted` entries are tombstones: `record` is null.")
    record: dict[str, Any] | None = Field(
        description="The record after the change, in the export format (docs/export-format.md)"
        "; null when deleted."
    )


class ChangePage(BaseModel):
    since: int = Field(description="The data version asked for.")
    data_version: int = Field(
        description="The version these pages run up to: once `next_cursor` is null, poll "
        "again with `since` set to it."
    )
    items: list[ChangeRead]
    next_cursor: str | None = Field(description="The next page's `cursor`; null on the last.")
    next: str | None = Field(description="The next page's URL; null on the last.")


def _created() -> Any:
    """The entry made its record: no record before it (JSON null, or SQL NULL)."""
    return or_(AuditEntry.before.is_(None), cast(AuditEntry.before, String) == "null")


def _encode(until: int, version: int, entry: int) -> str:
    raw = f"{until}.{version}.{entry}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> tuple[int, int, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        until, version, entry = (int(p) for p in raw.split("."))
        if all(0 <= n < 2**53 for n in (until, version, entry)):
            return until, version, entry
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    raise BadRequest(
        "The cursor is not one this feed gave; start again from `since`.",
        errors=[FieldProblem(field="query.cursor", reason="not a cursor of this feed")],
    )


Since = Annotated[
    int,
    Query(ge=0, le=2**53, description="A data version: list the changes after it.", examples=[0]),
]
FeedLimit = Annotated[
    int,
    Query(
        ge=1,
        le=MAX_LIMIT,
        description=f"Entries per page (default 100, at most {MAX_LIMIT}: Grafana "
        "Infinity's default page size is accepted).",
        examples=[100],
    ),
]
FeedCursor = Annotated[
    str | None, Query(max_length=200, description="`next_cursor` of the previous page.")
]


@read_route(router, "/changes", ChangePage | list[ChangeRead])
def list_changes(
    request: Request,
    response: Response,
    session: SessionDep,
    since: Since = 0,
    resource: Annotated[
        Choices, choices(FEED_RESOURCES, "Only changes of these resources.", "contributions")
    ] = None,
    limit: FeedLimit = 100,
    cursor: FeedCursor = None,
    shape: ShapeParam = "object",
    fields: Annotated[Fields | None, Depends(fields_param(ChangeRead))] = None,
) -> ChangePage | list[ChangeRead] | Response:
    """What changed since a data version

    Every record created, changed or deleted by a write after data version `since`, oldest first,
    each with the version its write committed as and the record as it then was (export format; null
    for a deletion: a tombstone). To keep a copy in sync: read `/export` (its `ETag`,
    `W/"d<version>"`, is the version it holds), then poll `/changes?since=<version>`, follow `next`
    to the last page, apply the entries in order and poll again with `since=<data_version>`. Public:
    no author or key of a change (the audit log stays admin-only). Writes made outside the API (the
    CLI's seed and import into an empty database) are not listed; a `since` ahead of the current
    data version (a restored database) is a 422: start again from `/export`. A mirror that only
    needs to know what to fetch again can ask `fields=version,resource,key,change` (no `record`).
    """
    now = current(session).version
    if since > now:
        raise RuleViolation(
            f"`since` is ahead of the data version ({now}): the knowledge base was restored or "
            "reset. Rebuild from /export.",
            errors=[FieldProblem(field="query.since", reason=f"ahead of the data version {now}")],
        )
    until, after_version, after_id = (now, since, 0) if cursor is None else _decode(cursor)
    chosen = choices_of(resource, FEED_RESOURCES, "resource") or FEED_RESOURCES
    rows = session.execute(
        _entries(since, until, after_version, after_id, chosen).limit(limit + 1)
    ).all()
    items = [_change(*row[1:]) for row in rows[:limit]]
    next_cursor = next_url = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = _encode(until, last[1], last[0])
        next_url = str(request.url.include_query_params(cursor=next_cursor))
        response.headers["Link"] = f'<{next_url}>; rel="next"'
    response.headers["X-Data-Version"] = str(until)
    page = ChangePage(
        since=since, data_version=until, items=items, next_cursor=next_cursor, next=next_url
    )
    return rows_answer(request, response, page, "items", ChangeRead, "json", shape, fields)


def _entries(
    since: int, until: int, after_version: int, after_id: int, resources: Sequence[str]
) -> Select[Any]:
    """The entries after `since` up to `until`, in commit order, after the cursor's entry."""
    return (
        select(
            AuditEntry.id,
            AuditEntry.data_version,
            AuditEntry.at,
            AuditEntry.resource,
            AuditEntry.record_key,
            _created(),
            AuditEntry.after,
        )
        .where(
            AuditEntry.data_version <= until,
            or_(
                AuditEntry.data_version > after_version,
                and_(AuditEntry.data_version == after_version, AuditEntry.id > after_id),
            ),
            AuditEntry.data_version > since,
            any_of(AuditEntry.resource, resources),
        )
        .order_by(AuditEntry.data_version, AuditEntry.id)
    )


def _change(
    version: int, at: datetime, resource: str, key: str, created: bool, after: Any
) -> ChangeRead:
    return ChangeRead(
        version=version,
        at=at if at.tzinfo else at.replace(tzinfo=UTC),
        resource=resource,
        key=key,
        change="deleted" if after is None else ("created" if created else "changed"),
        record=after,
    )
