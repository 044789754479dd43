"""The audit trail: one entry per accepted change to one record, in the change's transaction
(made by `app.audit.writer.Writer.changed`), stamped with the data version it commits as, and
read back by filters."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from app.core.filters import any_of
from app.models import AuditEntry


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
