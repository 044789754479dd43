from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import NAME_MAX, SLUG_MAX, Base, Claimed, Versioned
from app.models.mission import Mission

LESSON_KINDS = ("lesson", "challenge", "achievement")
LESSON_CATEGORIES = (
    "coordination",
    "interoperability",
    "command",
    "logistics",
    "evaluation",
    "political",
    "capacity_building",
    "security",
    "strategy",
    "other",
)


class Lesson(Versioned, Claimed, Base):
    __tablename__ = "lesson"
    __table_args__ = (
        CheckConstraint(f"kind IN {LESSON_KINDS!r}", name="kind"),
        CheckConstraint(f"category IN {LESSON_CATEGORIES!r}", name="category"),
    )

    slug: Mapped[str] = mapped_column(String(SLUG_MAX), unique=True)
    title: Mapped[str] = mapped_column(String(NAME_MAX))
    summary: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    category: Mapped[str] = mapped_column(String(40), index=True)

    mission_links: Mapped[list["LessonMission"]] = relationship(
        back_populates="lesson", lazy="raise", cascade="all, delete-orphan"
    )


class LessonMission(Versioned, Claimed, Base):
    """A lesson drawn from a mission: a fact of its own, so it is cited too."""

    __tablename__ = "lesson_mission"
    __table_args__ = (UniqueConstraint("lesson_id", "mission_id"),)

    lesson_id: Mapped[int] = mapped_column(ForeignKey("lesson.id", ondelete="CASCADE"))
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="RESTRICT"), index=True
    )

    lesson: Mapped[Lesson] = relationship(back_populates="mission_links", lazy="raise")
    mission: Mapped[Mission] = relationship(lazy="raise")
