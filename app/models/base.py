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
# A claim's verdict (schema.org ClaimReview is the anchor; docs/data.md). `asserted` is only for
# claims nobody has reviewed yet; the others are verdicts.
STATUS_VALUES = ("asserted", "corroborated", "disputed", "misleading", "unverifiable", "opinion")
VERDICTS = STATUS_VALUES[1:]
# Verdicts that say the claim does not hold (or cannot be shown to): a record standing only on
# them is hidden from default answers, and they are counted in `disputed_claims`.
WEAK_STATUSES = ("disputed", "misleading", "unverifiable")
# What default answers hide: records standing only on weak claims; missions and contributions
# standing only on opinion too (lessons, judgements themselves, show when opinion-rated).
HIDDEN_STATUSES = (*WEAK_STATUSES, "opinion")
# Verdicts that need a note saying why, and those that name the citation correcting them.
NOTE_STATUSES = ("corroborated", "disputed", "misleading", "unverifiable")
CORRECTED_STATUSES = ("disputed", "misleading")
# A record's derived status is the first of these that one of its citations has.
STATUS_PRECEDENCE = (
    "corroborated",
    "disputed",
    "misleading",
    "unverifiable",
    "opinion",
    "asserted",
)


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

    # The first status of STATUS_PRECEDENCE any of its citations has (asserted without any)
    status: Mapped[str] = mapped_column(
        String(20), default="asserted", server_default="asserted", index=True
    )
    disputed_claims: Mapped[int] = mapped_column(default=0, server_default="0")
