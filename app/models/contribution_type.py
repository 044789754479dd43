from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import NAME_MAX, SLUG_MAX, Base, Versioned

CATEGORIES = (
    "training",
    "logistics",
    "medical",
    "intelligence",
    "personnel",
    "equipment",
    "funding",
    "communications",
    "advisory",
    "security",
    "reconstruction",
    "command",
    "other",
)


class ContributionType(Versioned, Base):
    __tablename__ = "contribution_type"
    __table_args__ = (CheckConstraint(f"category IN {CATEGORIES!r}", name="category"),)

    slug: Mapped[str] = mapped_column(String(SLUG_MAX), unique=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    category: Mapped[str] = mapped_column(String(40), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("contribution_type.id", ondelete="RESTRICT"), index=True
    )
    description: Mapped[str | None] = mapped_column(Text)

    parent: Mapped["ContributionType | None"] = relationship(
        remote_side="ContributionType.id", lazy="raise"
    )
