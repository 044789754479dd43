"""indexes that serve the contribution list's filters and sorts: page first, join after

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-01 10:40:00.000000

A page of /contributions is read page first, join after (app/core/pagination.py): the 50 keys
from `contribution` alone, in the sort's order, then those rows' labels. A key page is cheap
only when an index returns rows already in the sort's order, so the database reads 50 (or a few
hundred, skipping those the filters reject) and stops, rather than sorting every match.

Each sort (slug, start_date, end_date, personnel; either direction) is the expression the query
orders by: nullable columns sort as a sentinel (`coalesce(personnel, -1)`,
`coalesce(start_date, '9999-12-31')`), so NULLs have one place on both engines and one index
serves both directions. For each sort:

- `ix_contribution_order_<sort>`: (sort, id, then the filtered columns status, start_date,
  personnel, type_id, contributor_id). Every list without a selective filter walks it in order
  and checks the filters in the index entry (the default status filter, `year`, `to`, `type`,
  `category`, `contributor_kind`, `personnel_*`, `has_personnel`): no table read for rows it
  rejects, and it stops after the page.
- `ix_contribution_amount_<sort>`, partial (`unit IS NOT NULL`): the rows giving an amount
  (a tenth at the bench's scale), for `has_amount`, `unit` and `amount_*`. They seldom give
  personnel, so sorted by personnel the order index above had them all at its far end: a walk
  of 700,000 entries for one page (13 s on PostgreSQL). The filters add the term
  `unit IS NOT NULL` (implied by the amount_has_unit CHECK) so both engines see they may use it.
- `ix_contribution_contributor_<sort>`: (contributor_id, sort, id, status, start_date,
  personnel, type_id): one contributor (the dashboards' most common filter; the largest holds
  over 100,000 rows) in any order, with its type, year and status checked in the index.

Not indexed, and why: `mission` (about 500 rows per mission: sorting them costs less than an
index per sort; ix_contribution_mission_type_slug finds them); one `type` (types with sub-types
are an IN list, which no composite index keeps in order: the order index above is walked and
type_id checked in it); `active_on`/`from` (an evidence rule over observations and sources, per
row: the walk in order stops after the page, but a rule that rejects most rows is slow: see
docs/performance.md). Writes pay for the indexes: the list is read far more than it
is written.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here, not imported, so this revision stays what it was: the sort expressions as
# app/core/pagination.py's SortKey writes them (app/models/contribution.py: LIST_SORTS), and
# the columns the filters check.
LIST_SORTS = {
    "slug": "slug",
    "start_date": "coalesce(start_date, '9999-12-31')",
    "end_date": "coalesce(end_date, '9999-12-31')",
    "personnel": "coalesce(personnel, -1)",
}
LIST_FILTERED = ("status", "start_date", "personnel", "type_id", "contributor_id")
AMOUNT_FILTERED = ("status", "unit", "amount", "start_date", "type_id", "contributor_id")
HAS_UNIT = sa.text("unit IS NOT NULL")

def _columns(sort: str) -> list[sa.TextClause | str]:
    expression = LIST_SORTS[sort]
    return [sa.text(expression) if expression != sort else sort, "id"]


def upgrade() -> None:
    for sort in LIST_SORTS:
        op.create_index(
            f"ix_contribution_order_{sort}", "contribution", [*_columns(sort), *LIST_FILTERED]
        )
        op.create_index(
            f"ix_contribution_contributor_{sort}",
            "contribution",
            ["contributor_id", *_columns(sort), *LIST_FILTERED[:-1]],
        )
        op.create_index(
            f"ix_contribution_amount_{sort}",
            "contribution",
            [*_columns(sort), *AMOUNT_FILTERED],
            sqlite_where=HAS_UNIT,
            postgresql_where=HAS_UNIT,
        )


def downgrade() -> None:
    for sort in reversed(LIST_SORTS):
        op.drop_index(f"ix_contribution_amount_{sort}", table_name="contribution")
        op.drop_index(f"ix_contribution_contributor_{sort}", table_name="contribution")
        op.drop_index(f"ix_contribution_order_{sort}", table_name="contribution")
