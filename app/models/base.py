from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SLUG_MAX = 100
NAME_MAX = 300
STATUS_VALUES = ("asserted", "corroborated", "disputed")


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Every record carries a version (the ETag of the curation API) and its timestamps."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, default=utcnow, server_default=func.now()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True),
        nullable=False,
        default=utcnow,
        onupdate=utcnow,
        server_default=func.now(),
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # SQLAlchemy adds "AND version = :old" to every UPDATE and DELETE, so a write
        # based on a stale read fails instead of overwriting a concurrent one.
        return {"version_id_col": cls.version}


class Claimed:
    """A fact-bearing row: its status is derived from its citations (see app/sources/claims)."""

    # corroborated if any citation corroborates it, else disputed if any disputes it, else asserted
    status: Mapped[str] = mapped_column(
        String(20), default="asserted", server_default="asserted", index=True
    )
    disputed_claims: Mapped[int] = mapped_column(default=0, server_default="0")
