"""change feed: each audit entry carries the data version its write committed as

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-01 07:15:00.000000

`GET /api/v1/changes?since=<data version>` lists what was created, changed and deleted after
a data version. Its rows are the audit entries (written in the write's own transaction), read
through a public projection (no actor, no request id, no API keys); this column says which
data version each entry's write committed as, and the index reads them in that order.
Entries written before this revision keep it null: they are before the feed's start.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("data_version", sa.Integer(), nullable=True))
        batch_op.create_index("ix_audit_entry_data_version", ["data_version", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_data_version")
        batch_op.drop_column("data_version")
