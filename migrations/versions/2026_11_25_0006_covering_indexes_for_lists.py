"""covering indexes for the contribution lists and a mission's groups

Revision ID: 0006
Revises: 0002
Create Date: 2026-11-25 17:00:00.000000

The dashboard's filter (one contributor's contributions of one type) and a mission's
contributions by type are read in slug order, a page at a time, and counted. The old indexes
ended in `id`, so every page sorted every matching row and counting read the table. These end
in the sort key (slug, id) and carry `status` (and, for a mission's groups, `personnel`), so a
page is an index range read in order, a deep page seeks straight to its cursor, and the counts
and per-type totals never touch the table. They replace the old ones, whose prefixes they
share.
"""

from collections.abc import Sequence

from alembic import op


revision: str = "0006"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_contribution_contributor_type_slug",
        "contribution",
        ["contributor_id", "type_id", "slug", "id", "status"],
    )
    op.create_index(
        "ix_contribution_mission_type_slug",
        "contribution",
        ["mission_id", "type_id", "slug", "id", "status", "personnel"],
    )
    op.drop_index("ix_contribution_contributor_type", table_name="contribution")
    op.drop_index("ix_contribution_mission_type", table_name="contribution")


def downgrade() -> None:
    op.create_index(
        "ix_contribution_contributor_type", "contribution", ["contributor_id", "type_id", "id"]
    )
    op.create_index("ix_contribution_mission_type", "contribution", ["mission_id", "type_id", "id"])
    op.drop_index("ix_contribution_mission_type_slug", table_name="contribution")
    op.drop_index("ix_contribution_contributor_type_slug", table_name="contribution")
