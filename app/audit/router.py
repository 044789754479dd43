"""The audit log (admin) and each record's history (readable like the record)."""

from datetime import datetime
from typing import Annotated, Any, Literal, get_args

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import Field

from app.audit import service
from app.auth.deps import Admin
from app.core.fields import Fields, fields_param
from app.core.filters import Choices, KeyList, choices, choices_of, contributor_key, keys, values_of
from app.core.listing import rows_answer
from app.core.pagination import CursorParam, Page, SortKey, limit_param, paginate
from app.core.params import SessionDep
from app.core.refs import Stored
from app.core.shapes import ShapeParam
from app.core.types import UtcDatetime
from app.http.routes import read_route
from app.models import AuditEntry

router = APIRouter(tags=["audit"])

# Resources as they appear in URLs and in audit entries.
RecordResource = Literal[
    "sources",
    "organizations",
    "partner-nations",
    "contribution-types",
    "missions",
    "contributions",
    "strengths",
    "lessons",
    "citations",
]
RESOURCES = (*get_args(RecordResource), "keys")
ACTIONS = ("create", "replace", "update", "delete", "import", "revoke")


class AuditRead(Stored):
    id: int
    at: UtcDatetime
    actor: str = Field(description="Name of the API key that made the change.")
    action: str
    resource: str
    record_key: str
    before: dict[str, Any] | None = Field(description="The record before (export format).")
    after: dict[str, Any] | None = Field(description="The record after; null once deleted.")
    request_id: str | None


AuditFields = Annotated[Fields | None, Depends(fields_param(AuditRead))]


def _page(
    session: SessionDep,
    request: Request,
    response: Response,
    stmt: Any,
    limit: int,
    cursor: str | None,
) -> dict[str, object]:
    page = paginate(
        session,
        stmt,
        request=request,
        response=response,
        sorts={"id": SortKey(AuditEntry.id, int)},
        sort="-id",
        id_column=AuditEntry.id,
        limit=limit,
        cursor=cursor,
    )
    page["items"] = [AuditRead.model_validate(e) for e in page["items"]]
    return page


@read_route(router, "/audit", Page[AuditRead], (400, 401, 403, 422))
def list_audit(
    request: Request,
    response: Response,
    session: SessionDep,
    _admin: Admin,
    resource: Annotated[Choices, choices(RESOURCES, "Kind of record changed.", "missions")] = None,
    key: Annotated[KeyList, keys("Key of the record changed.", "ntm-i")] = None,
    actor: Annotated[KeyList, keys("Name of the API key that made the change.", "curator")] = None,
    action: Annotated[Choices, choices(ACTIONS, "What was done.", "update")] = None,
    since: Annotated[datetime | None, Query(examples=["2026-11-25T00:00:00Z"])] = None,
    until: Annotated[datetime | None, Query()] = None,
    limit: Annotated[int, Depends(limit_param)] = 50,
    cursor: CursorParam = None,
    fields: AuditFields = None,
) -> dict[str, object] | Response:
    """Read the audit log

    Every accepted write, newest first: who (key name), when, what, and the record before and
    after (admin key). Filter by resource, record key, actor, action and time (`since`
    inclusive, `until` exclusive); `fields=at,actor,action,record_key` leaves the records out."""
    stmt = service.query(
        resource=choices_of(resource, RESOURCES, "resource"),
        key=values_of(key, "key"),
        actor=values_of(actor, "actor"),
        action=choices_of(action, ACTIONS, "action"),
        since=since,
        until=until,
    )
    page = _page(session, request, response, stmt, limit, cursor)
    return rows_answer(request, response, page, "items", AuditRead, "json", "object", fields)


@read_route(router, "/{resource}/{key}/history", Page[AuditRead])
def record_history(
    resource: Annotated[RecordResource, Path()],
    key: Annotated[str, Path(max_length=300, examples=["ntm-i"])],
    request: Request,
    response: Response,
    session: SessionDep,
    limit: Annotated[int, Depends(limit_param)] = 50,
    cursor: CursorParam = None,
    shape: ShapeParam = "object",
    fields: AuditFields = None,
) -> dict[str, object] | Response:
    """A record's history

    Every accepted change to one record, newest first, with who made it and the record before
    and after. Also for deleted records."""
    if resource == "partner-nations":
        key = contributor_key(key, "nation")
    stmt = service.query(resource=[resource], key=[key])
    page = _page(session, request, response, stmt, limit, cursor)
    return rows_answer(request, response, page, "items", AuditRead, "json", shape, fields)
