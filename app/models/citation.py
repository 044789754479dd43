from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import (
    CORRECTED_STATUSES,
    NOTE_STATUSES,
    SLUG_MAX,
    STATUS_VALUES,
    Base,
    Versioned,
)
from app.models.source import Source

# The rows a citation can support; exactly one of these foreign keys is set.
SUBJECT_COLUMNS = (
    "mission_id",
    "contribution_id",
    "lesson_id",
    "lesson_mission_id",
    "contributor_id",
    "strength_id",
)
SUBJECT_TYPES = ("mission", "contribution", "lesson", "lesson_mission", "contributor", "strength")


def _exactly_one(columns: tuple[str, ...]) -> str:
    return " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c in columns) + " = 1"


def _subject(table: str) -> Any:
    """The foreign key to a subject of `table`: indexed, and a subject deleted takes its
    citations with it."""
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), index=True)


class Citation(Versioned, Base):
    """A claim: what one source says about one record, verbatim, and whether it holds."""

    __tablename__ = "citation"
    __table_args__ = (
        CheckConstraint(f"status IN {STATUS_VALUES!r}", name="status"),
        CheckConstraint(_exactly_one(SUBJECT_COLUMNS), name="one_subject"),
        CheckConstraint(
            f"status NOT IN {NOTE_STATUSES!r} OR note IS NOT NULL", name="note_for_status"
        ),
        CheckConstraint(
            f"corrected_by_id IS NULL OR status IN {CORRECTED_STATUSES!r}",
            name="correction_only_if_disputed",
        ),
    )

    key: Mapped[str] = mapped_column(String(SLUG_MAX), unique=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="RESTRICT"), index=True)
    mission_id: Mapped[int | None] = _subject("mission")
    contribution_id: Mapped[int | None] = _subject("contribution")
    lesson_id: Mapped[int | None] = _subject("lesson")
    lesson_mission_id: Mapped[int | None] = _subject("lesson_mission")
    contributor_id: Mapped[int | None] = _subject("contributor")
    strength_id: Mapped[int | None] = _subject("strength_observation")
    section: Mapped[str | None] = mapped_column(String(300))
    quote: Mapped[str] = mapped_column(Text)
    locator: Mapped[str | None] = mapped_column(String(2000))
    status: Mapped[str] = mapped_column(String(20), default="asserted", index=True)
    note: Mapped[str | None] = mapped_column(Text)
    corrected_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("citation.id", ondelete="RESTRICT"), index=True
    )

    source: Mapped[Source] = relationship(lazy="raise")
    corrected_by: Mapped["Citation | None"] = relationship(remote_side="Citation.id", lazy="raise")
