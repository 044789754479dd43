from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Integer, func
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
