from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class KbState(Base):
    """One row: the data version, bumped in the same transaction as every write.

    It is what every process agrees on: HTTP validators (ETag, Last-Modified) and any cache of
    rendered responses are keyed by it, so one write invalidates them all, in every process.
    """

    __tablename__ = "kb_state"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    data_version: Mapped[int] = mapped_column(Integer, default=1)
    changed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.now()
    )


class KbTableVersion(Base):
    """One version per table answers are read from, bumped by triggers on every write to it
    (migration 0012): the response cache keeps an answer until a table it read changes."""

    __tablename__ = "kb_table_version"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
