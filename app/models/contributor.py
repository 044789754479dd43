from datetime import date
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import NAME_MAX, SLUG_MAX, Base, Versioned

CONTRIBUTOR_KINDS = ("nation", "organization")
ORGANIZATION_KINDS = (
    "alliance",
    "coalition",
    "international_organization",
    "union",
    "government",
    "group",
    "other",
)


class Contributor(Versioned, Base):
    """A nation or an organization: one table, so every contribution query treats both alike.

    `code` is the ISO 3166-1 alpha-3 code (upper case) for a nation, the slug (lower case) for
    an organization; the two never collide.
    """

    __tablename__ = "contributor"
    __table_args__ = (
        CheckConstraint(f"kind IN {CONTRIBUTOR_KINDS!r}", name="kind"),
        CheckConstraint(
            f"organization_kind IS NULL OR organization_kind IN {ORGANIZATION_KINDS!r}",
            name="organization_kind",
        ),
        CheckConstraint(
            "(kind = 'nation') = (organization_kind IS NULL)", name="organization_kind_iff_org"
        ),
    )

    code: Mapped[str] = mapped_column(String(SLUG_MAX), unique=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    acronym: Mapped[str | None] = mapped_column(String(40))
    organization_kind: Mapped[str | None] = mapped_column(String(40))
    nato_accession_date: Mapped[date | None] = mapped_column(Date)
    partnership_frameworks: Mapped[list[Any]] = mapped_column(JSON, default=list)
    description: Mapped[str | None] = mapped_column(Text)
