"""The audit trail: one entry per accepted change to one record, in the change's transaction."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from app.core.filters import any_of
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


def stamp(session: Session, entries: Sequence[AuditEntry], version: int) -> None:
    """Mark a write's entries with the data version it commits as (one UPDATE)."""
    ids = [e.id for e in entries]
    if ids:
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.id.in_(ids))
            .values(data_version=version)
            .execution_options(synchronize_session=False)
        )


def query(
    *,
    resource: Sequence[str] | None = None,
    key: Sequence[str] | None = None,
    actor: Sequence[str] | None = None,
    action: Sequence[str] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Select[AuditEntry]:
    """Audit entries by these filters; each list means "any of" (app/core/filters.py)."""
    stmt = select(AuditEntry)
    for column, values in (
        (AuditEntry.resource, resource),
        (AuditEntry.record_key, key),
        (AuditEntry.actor, actor),
        (AuditEntry.action, action),
    ):
        if values is not None:
            stmt = stmt.where(any_of(column, values))
    if since is not None:
        stmt = stmt.where(AuditEntry.at >= since)
    if until is not None:
        stmt = stmt.where(AuditEntry.at < until)
    return stmt
