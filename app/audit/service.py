"""The audit trail: one entry per accepted change to one record, in the change's transaction."""

from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models import AuditEntry


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    resource: str,
    key: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    request_id: str | None,
) -> AuditEntry:
    entry = AuditEntry(
        actor=actor,
        action=action,
        resource=resource,
        record_key=key,
        before=before,
        after=after,
        request_id=request_id,
    )
    session.add(entry)
    return entry


def query(
    *,
    resource: str | None = None,
    key: str | None = None,
    actor: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Select[AuditEntry]:
    stmt = select(AuditEntry)
    if resource is not None:
        stmt = stmt.where(AuditEntry.resource == resource)
    if key is not None:
        stmt = stmt.where(AuditEntry.record_key == key)
    if actor is not None:
        stmt = stmt.where(AuditEntry.actor == actor)
    if action is not None:
        stmt = stmt.where(AuditEntry.action == action)
    if since is not None:
        stmt = stmt.where(AuditEntry.at >= since)
    if until is not None:
        stmt = stmt.where(AuditEntry.at < until)
    return stmt
