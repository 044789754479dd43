"""structured amounts: a closed list of units and `amount_approx`

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 07:40:00.000000

A contribution's amount is a number plus a unit from a closed list (app/contributions/units.py):
an ISO 4217 currency code for money (`EUR`, `USD`...) or a counted noun (`tanks`, `trainees`...),
so that sums add like with like. "Over", "about", "nearly" are `amount_approx`, not words in the
unit. Upgrading reads the free-text units of earlier data ("EUR of military equipment (over)"
-> `EUR`, approximate); a unit it cannot read is kept as it is (the API and the seed check
refuse such a unit on the next write). Downgrading drops `amount_approx` and keeps its meaning
in the unit's text (`EUR (about)`), which the upgrade reads back.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.contributions.units import legacy_unit

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

contribution = sa.table(
    "contribution",
    sa.column("id", sa.Integer),
    sa.column("unit", sa.String),
    sa.column("amount_approx", sa.Boolean),
)


def upgrade() -> None:
    op.add_column(
        "contribution",
        sa.Column("amount_approx", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(contribution.c.id, contribution.c.unit).where(contribution.c.unit.is_not(None))
    ).all()
    for row_id, text in rows:
        read = legacy_unit(text)
        if read is None or read == (text, False):
            continue
        unit, approx = read
        bind.execute(
            contribution.update()
            .where(contribution.c.id == row_id)
            .values(unit=unit, amount_approx=approx)
        )


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(
        contribution.update()
        .where(contribution.c.amount_approx.is_(True), contribution.c.unit.is_not(None))
        .values(unit=contribution.c.unit + " (about)")
    )
    # A plain DROP COLUMN on both engines (SQLite >= 3.35): a batch rebuild of the table would
    # drop its triggers (search index, data version).
    op.execute("ALTER TABLE contribution DROP COLUMN amount_approx")
