from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class AuditEntry(Base):
    """One accepted write to one record, appended in the write's own transaction."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        # A record's history, newest first.
        Index("ix_audit_entry_record", "resource", "record_key", "id"),
        Index("ix_audit_entry_actor_at", "actor", "at"),
        # The public change feed (`/changes?since=`), in commit order.
        Index("ix_audit_entry_data_version", "data_version", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.now(), index=True
    )
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))
    resource: Mapped[str] = mapped_column(String(40))
    record_key: Mapped[str] = mapped_column(String(300))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    request_id: Mapped[str | None] = mapped_column(String(100))
    # The data version the write committed as (null: written before the change feed).
    data_version: Mapped[int | None] = mapped_column(Integer)
