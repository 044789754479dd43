from datetime import date

from sqlalchemy import CheckConstraint, Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import NAME_MAX, SLUG_MAX, Base, Versioned

SOURCE_KINDS = ("article", "official", "dataset", "other")


class Source(Versioned, Base):
    __tablename__ = "source"
    __table_args__ = (CheckConstraint(f"kind IN {SOURCE_KINDS!r}", name="kind"),)

    slug: Mapped[str] = mapped_column(String(SLUG_MAX), unique=True)
    title: Mapped[str] = mapped_column(String(NAME_MAX))
    author: Mapped[str | None] = mapped_column(String(NAME_MAX))
    publisher: Mapped[str | None] = mapped_column(String(NAME_MAX))
    url: Mapped[str | None] = mapped_column(String(2000))
    published_date: Mapped[date | None] = mapped_column(Date)
    accessed_date: Mapped[date | None] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    reliability: Mapped[str | None] = mapped_column(Text)
    # When every claim taken from it was last given a verdict (null: not reviewed).
    reviewed_date: Mapped[date | None] = mapped_column(Date)
    # The full text of documents shipped with the project: quotes are checked against it.
    full_text: Mapped[str | None] = mapped_column(Text, deferred=True)
