from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import SLUG_MAX, Base, Claimed, Versioned
from app.models.contribution import Contribution
from app.models.contributor import Contributor
from app.models.mission import DATE_PRECISIONS, Mission

# Whose count a figure is: a government's or NATO's own (official), a wire service's tally
# (wire), a newspaper's (press), or a reference work's (reference).
TALLIES = ("official", "wire", "press", "reference")


class StrengthObservation(Versioned, Claimed, Base):
    """A dated head count: how many personnel a contributor (or, with no contributor, the
    whole mission) had in a mission on a day, month or year, by whose count."""

    __tablename__ = "strength_observation"
    __table_args__ = (
        CheckConstraint(f"date_precision IN {DATE_PRECISIONS!r}", name="date_precision"),
        CheckConstraint(f"tally IN {TALLIES!r}", name="tally"),
        CheckConstraint("personnel >= 0", name="personnel"),
        # A mission's series, by contributor and date: the strength endpoint and the
        # latest-on-or-before rule read it in this order.
        Index("ix_strength_observation_series", "mission_id", "contributor_id", "observed_on"),
    )

    slug: Mapped[str] = mapped_column(String(SLUG_MAX), unique=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="RESTRICT"))
    # NULL: a mission-wide total.
    contributor_id: Mapped[int | None] = mapped_column(
        ForeignKey("contributor.id", ondelete="RESTRICT"), index=True
    )
    # The deployment it measures, when known; a deleted contribution leaves the count standing.
    contribution_id: Mapped[int | None] = mapped_column(
        ForeignKey("contribution.id", ondelete="SET NULL"), index=True
    )
    observed_on: Mapped[date] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(10), default="day")
    personnel: Mapped[int]
    approx: Mapped[bool] = mapped_column(Boolean, default=False)
    tally: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)

    mission: Mapped[Mission] = relationship(lazy="raise")
    contributor: Mapped[Contributor | None] = relationship(lazy="raise")
    contribution: Mapped[Contribution | None] = relationship(lazy="raise")
