from datetime import date
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import SLUG_MAX, Base, Claimed, Versioned
from app.models.contribution_type import ContributionType
from app.models.contributor import Contributor
from app.models.mission import DATE_PRECISIONS, Mission


class Contribution(Versioned, Claimed, Base):
    """Who (contributor) gave what (type) to which mission, when."""

    __tablename__ = "contribution"
    __table_args__ = (
        CheckConstraint(f"date_precision IN {DATE_PRECISIONS!r}", name="date_precision"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="period"
        ),
        CheckConstraint("personnel IS NULL OR personnel >= 0", name="personnel"),
        CheckConstraint("amount IS NULL OR unit IS NOT NULL", name="amount_has_unit"),
        # The dashboard's common filter: one contributor's contributions of one type, read in
        # slug order and counted from the index alone (migration 0006).
        Index(
            "ix_contribution_contributor_type_slug",
            "contributor_id",
            "type_id",
            "slug",
            "id",
            "status",
        ),
        # A mission's contributions by type: totals and previews without the table.
        Index(
            "ix_contribution_mission_type_slug",
            "mission_id",
            "type_id",
            "slug",
            "id",
            "status",
            "personnel",
        ),
    )

    slug: Mapped[str] = mapped_column(String(SLUG_MAX), unique=True)
    contributor_id: Mapped[int] = mapped_column(ForeignKey("contributor.id", ondelete="RESTRICT"))
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="RESTRICT"))
    type_id: Mapped[int] = mapped_column(
        ForeignKey("contribution_type.id", ondelete="RESTRICT"), index=True
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(10), default="day")
    personnel: Mapped[int | None]
    amount: Mapped[Decimal | None] = mapped_column(Numeric(20, 2))
    unit: Mapped[str | None] = mapped_column(String(100))  # app/models/units.py
    amount_approx: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    description: Mapped[str] = mapped_column(Text)

    contributor: Mapped[Contributor] = relationship(lazy="raise")
    mission: Mapped[Mission] = relationship(lazy="raise")
    type: Mapped[ContributionType] = relationship(lazy="raise")
