from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import NAME_MAX, SLUG_MAX, Base, Claimed, Versioned
from app.models.contributor import Contributor

MISSION_KINDS = (
    "training",
    "advisory",
    "stabilization",
    "combat_support",
    "combat",
    "logistics",
    "deterrence",
    "capacity_building",
    "peacekeeping",
    "other",
)
DATE_PRECISIONS = ("day", "month", "year")


class Mission(Versioned, Claimed, Base):
    __tablename__ = "mission"
    __table_args__ = (
        CheckConstraint(f"kind IN {MISSION_KINDS!r}", name="kind"),
        CheckConstraint(f"date_precision IN {DATE_PRECISIONS!r}", name="date_precision"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="period"
        ),
    )

    slug: Mapped[str] = mapped_column(String(SLUG_MAX), unique=True)
    acronym: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    lead_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("contributor.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40), index=True)
    theater: Mapped[str] = mapped_column(String(3), index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(10), default="day")
    mandate: Mapped[str | None] = mapped_column(String(NAME_MAX))
    summary: Mapped[str | None] = mapped_column(Text)

    lead_organization: Mapped[Contributor | None] = relationship(lazy="raise")
