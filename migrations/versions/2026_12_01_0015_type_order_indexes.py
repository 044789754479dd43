"""indexes for one contribution type in any order; the dated filters' implied range

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 14:00:00.000000

Migration 0013 left `type` without an index of its own: a type with sub-types is an IN list,
which no composite index keeps in order, so the list walked the sort's order index and checked
`type_id` in it. A leaf type (the common case: most types have no sub-types) is one value, and
there SQLite preferred the plain `ix_contribution_type_id` index and sorted every row of the
type in a temporary B-tree: 0.4-0.6 s cold at 1M contributions for a type of 27,000 rows
(docs/performance.md). `ix_contribution_type_<sort>`: (type_id, sort, id, then the filtered
columns), as 0013's contributor indexes: one type in any order, its page read in order, its
status, year, personnel and contributor checked in the index entry.

Not indexed, and why (the rest of 0013's list stands): `active_on` and `from` keep an evidence
rule over strength observations and the sources citing a contribution, per row, which no index
holds. What the rule implies is written into the query instead (app/contributions/service.py,
`reaches`): a contribution running on or after a day has no end before it, so
`coalesce(end_date, '9999-12-31') >= day`, the expression 0013's end_date index is built on,
lets a list sorted by end_date seek to that day rather than walk every earlier end. Sorted by
another key, the walk reads the sort's index in order and tests the rule on each row until the
page is full: fast when the rows running on that day are common in that order, slow when they
are rare. A start and an end are two dimensions no B-tree serves in the other's order: `from`
sorted by start_date, `active_on`/`to` by -start_date and a `year` range by end_date walk
many rows (docs/performance.md gives the measured cases, and why the years' implied ranges
are not written into the query: each engine's planner then chose worse plans for the other
sorts).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here, not imported, so this revision stays what it was (as 0013's).
LIST_SORTS = {
    "slug": "slug",
    "start_date": "coalesce(start_date, '9999-12-31')",
    "end_date": "coalesce(end_date, '9999-12-31')",
    "personnel": "coalesce(personnel, -1)",
}
FILTERED = ("status", "start_date", "personnel", "contributor_id")


def _columns(sort: str) -> list[sa.TextClause | str]:
    expression = LIST_SORTS[sort]
    return [sa.text(expression) if expression != sort else sort, "id"]


def upgrade() -> None:
    for sort in LIST_SORTS:
        op.create_index(
            f"ix_contribution_type_{sort}", "contribution", ["type_id", *_columns(sort), *FILTERED]
        )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and _analyzed(bind):
        # A database analyzed before must have these analyzed too: SQLite's planner takes an
        # index without statistics for a very selective one (about 10 rows a key) and, beside
        # measured ones, preferred it for a type with sub-types, sorting 150,000 rows
        # (10 ms -> 1.6 s at 1M). A database never analyzed keeps the defaults everywhere.
        for sort in LIST_SORTS:
            op.execute(f"ANALYZE ix_contribution_type_{sort}")


def _analyzed(bind: sa.Connection) -> bool:
    has_stats = bind.execute(
        sa.text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
    ).first()
    return has_stats is not None and (
        bind.execute(sa.text("SELECT 1 FROM sqlite_stat1 WHERE tbl = 'contribution'")).first()
        is not None
    )


def downgrade() -> None:
    for sort in reversed(LIST_SORTS):
        op.drop_index(f"ix_contribution_type_{sort}", table_name="contribution")
