from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    FetchedValue,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import SLUG_MAX, Base, Claimed, Versioned
from app.models.contribution_type import ContributionType
from app.models.contributor import Contributor
from app.models.mission import DATE_PRECISIONS, Mission

# The list's sort expressions (app/core/pagination.py's SortKey spells them the same way) and
# the columns its filters check, carried in the indexes (migration 0013 says why these).
LIST_SORTS = {
    "slug": "slug",
    "start_date": "coalesce(start_date, '9999-12-31')",
    "end_date": "coalesce(end_date, '9999-12-31')",
    "personnel": "coalesce(personnel, -1)",
}
LIST_FILTERED = ("status", "start_date", "personnel", "type_id", "contributor_id")
TYPE_FILTERED = ("status", "start_date", "personnel", "contributor_id")
AMOUNT_FILTERED = ("status", "unit", "amount", "start_date", "type_id", "contributor_id")


# A contribution's run class (migration 0017): how long it runs, start to `runs_until`, in
# days, rounded down to a power of two (0: under 32 days; -1: a last day before the start;
# NULL without a start or a last day). In one class a last day on or after D means a start
# at most the class's longest span before D: a list of the rows running on or after D in
# start order reads each class from that start on (`ix_contribution_run_class_start`) and
# merges them (app/contributions/service.py, `by_run_class`).
RUN_CLASSES = (-1, 0, *(2**k for k in range(5, 22)))
RUN_SPAN = {
    "sqlite": "(julianday(runs_until) - julianday(start_date))",
    "postgresql": "(runs_until - start_date)",
}


def run_class_sql(dialect: str) -> str:
    """The run class in `dialect`'s SQL, as the index is built on it (written out in 0017)."""
    span = RUN_SPAN[dialect]
    bounds = RUN_CLASSES[1:]
    steps = " ".join(f"WHEN {span} < {hi} THEN {lo}" for lo, hi in pairwise(bounds))
    return (
        f"(CASE WHEN runs_until IS NULL OR start_date IS NULL THEN NULL WHEN {span} < 0 "
        f"THEN -1 {steps} ELSE {bounds[-1]} END)"
    )


def run_class_span(lo: int) -> int:
    """The longest span (days) of class `lo`, past which the next class starts."""
    later = [c for c in RUN_CLASSES if c > lo]
    return (later[0] if later else 2 * lo) - 1


# Indexes on an expression (SQLite's reflection skips them: see app/search/schema.py). The run
# class index is written per engine (julianday() or date subtraction), so in 0017 only.
EXPRESSION_INDEXES = frozenset(
    f"ix_contribution_{kind}_{sort}"
    for kind in ("order", "contributor", "amount", "type")
    for sort, expression in LIST_SORTS.items()
    if expression != sort
) | {"ix_contribution_run_class_start"}


def list_order_indexes() -> list[Index]:
    indexes = []
    for sort, expression in LIST_SORTS.items():
        order: list[Any] = [text(expression) if expression != sort else sort, "id"]
        indexes.append(Index(f"ix_contribution_order_{sort}", *order, *LIST_FILTERED))
        indexes.append(
            Index(
                f"ix_contribution_contributor_{sort}",
                "contributor_id",
                *order,
                *LIST_FILTERED[:-1],
            )
        )
        # One type (a leaf type is one value of type_id) in any order (migration 0015).
        indexes.append(Index(f"ix_contribution_type_{sort}", "type_id", *order, *TYPE_FILTERED))
        # Rows giving an amount (a tenth; they seldom give personnel, so walking the order
        # index for them sorted by personnel read nearly every row): their own, partial.
        indexes.append(
            Index(
                f"ix_contribution_amount_{sort}",
                *order,
                *AMOUNT_FILTERED,
                sqlite_where=text("unit IS NOT NULL"),
                postgresql_where=text("unit IS NOT NULL"),
            )
        )
    return indexes


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
        # A list page in any sort order, filtered or not, from the index alone (0013).
        *list_order_indexes(),
        # One series' amounts (app/models/tally.py, AmountSeries): the triggers of 0014 read
        # them to recompute the series' pick on a write; stats filtered by what the summaries
        # do not hold rank the amounts in its order, from the index alone (its columns after
        # the series': migration 0019).
        Index(
            "ix_contribution_amount_series",
            "contributor_id",
            "mission_id",
            "type_id",
            "unit",
            "start_date",
            "end_date",
            "amount",
            "slug",
            "status",
            "personnel",
            sqlite_where=text("amount IS NOT NULL"),
            postgresql_where=text("amount IS NOT NULL"),
        ),
        # A start-year filter's amounts, ranked by the amount rule from the index alone
        # (migration 0019): start_date, then the rule's columns, over the rows giving one.
        Index(
            "ix_contribution_amount_start",
            "start_date",
            "contributor_id",
            "mission_id",
            "type_id",
            "unit",
            "end_date",
            "amount",
            "slug",
            "status",
            sqlite_where=text("amount IS NOT NULL"),
            postgresql_where=text("amount IS NOT NULL"),
        ),
        # `from` and `active_on` as ranges, counted from the index alone (migration 0017);
        # start_date last, so that SQLite does not skip-scan it for `to` and `year` (0017).
        Index("ix_contribution_runs_until", "runs_until", "status", "start_date"),
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
    # The last day it runs by the evidence rule (app/contributions/service.py, ACTIVE_RULE):
    # its end; with none, its latest dated evidence capped by its mission's end; NULL with no
    # dated evidence. Kept by triggers (migration 0017), never written by the service.
    runs_until: Mapped[date | None] = mapped_column(
        Date, server_default=FetchedValue(), server_onupdate=FetchedValue()
    )

    contributor: Mapped[Contributor] = relationship(lazy="raise")
    mission: Mapped[Mission] = relationship(lazy="raise")
    type: Mapped[ContributionType] = relationship(lazy="raise")
