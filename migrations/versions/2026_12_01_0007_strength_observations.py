"""dated strength observations, cited like any record

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 03:40:00.000000

A contribution's one `personnel` column cannot say that a nation had 45,000 troops at the
invasion and 4,100 five years later. `strength_observation` holds dated head counts:
contributor (NULL: the whole mission) x mission x date (with its precision) x personnel, with
whose count it is (`tally`) and, optionally, the contribution it measures. Citations gain a
sixth kind of subject, `strength_id`, and the exactly-one-subject CHECK counts it.

On SQLite the CHECK can only change by rebuilding `citation` (batch mode: copy, drop, rename),
which drops the triggers on it (the search index's and the data version's, migrations 0004
and 0006): they are read from sqlite_master before and created again after, both ways.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SUBJECTS_BEFORE = ("mission_id", "contribution_id", "lesson_id", "lesson_mission_id", "contributor_id")
SUBJECTS_AFTER = (*SUBJECTS_BEFORE, "strength_id")
SQLITE_BUMP = (
    "UPDATE kb_state SET data_version = data_version + 1, "
    "changed_at = strftime('%Y-%m-%d %H:%M:%f000', 'now') WHERE id = 1"
)


def _exactly_one(columns: Sequence[str]) -> str:
    return " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c in columns) + " = 1"


def _citation_triggers() -> list[str]:
    """The CREATE TRIGGER statements on `citation` (SQLite drops them with the table)."""
    rows = op.get_bind().execute(
        sa.text(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'citation' "
            "ORDER BY name"
        )
    )
    return [r[0] for r in rows]


def _swap_subject_check(columns: Sequence[str], add: bool) -> None:
    dialect = op.get_bind().dialect.name
    triggers = _citation_triggers() if dialect == "sqlite" else []
    if dialect == "sqlite":
        # Dropping the old table deletes its rows first, and a disputed citation's
        # ON DELETE RESTRICT reference to its correction is checked row by row (SQLite cannot
        # turn foreign keys off inside the migration's transaction): the references are set
        # aside and put back after the copy.
        op.execute(
            "CREATE TEMP TABLE citation_corrections AS SELECT id, corrected_by_id FROM citation "
            "WHERE corrected_by_id IS NOT NULL"
        )
        op.execute("UPDATE citation SET corrected_by_id = NULL WHERE corrected_by_id IS NOT NULL")
    with op.batch_alter_table("citation", recreate="auto") as batch_op:
        batch_op.drop_constraint(op.f("ck_citation_one_subject"), type_="check")
        if add:
            batch_op.add_column(sa.Column("strength_id", sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                op.f("fk_citation_strength_id_strength_observation"),
                "strength_observation",
                ["strength_id"],
                ["id"],
                ondelete="CASCADE",
            )
            batch_op.create_index(op.f("ix_citation_strength_id"), ["strength_id"], unique=False)
        else:
            batch_op.drop_index(op.f("ix_citation_strength_id"))
            batch_op.drop_constraint(
                op.f("fk_citation_strength_id_strength_observation"), type_="foreignkey"
            )
            batch_op.drop_column("strength_id")
        batch_op.create_check_constraint(op.f("ck_citation_one_subject"), _exactly_one(columns))
    if dialect == "sqlite":
        op.execute(
            "UPDATE citation SET corrected_by_id = (SELECT k.corrected_by_id FROM "
            "citation_corrections k WHERE k.id = citation.id) "
            "WHERE id IN (SELECT id FROM citation_corrections)"
        )
        op.execute("DROP TABLE citation_corrections")
        present = {r[0] for r in op.get_bind().execute(
            sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'citation'")
        )}
        for sql in triggers:
            name = sql.split()[2]
            if name not in present:
                op.execute(sql)


def upgrade() -> None:
    op.create_table(
        "strength_observation",
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("contributor_id", sa.Integer(), nullable=True),
        sa.Column("contribution_id", sa.Integer(), nullable=True),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("date_precision", sa.String(length=10), nullable=False),
        sa.Column("personnel", sa.Integer(), nullable=False),
        sa.Column("approx", sa.Boolean(), nullable=False),
        sa.Column("tally", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("status", sa.String(length=20), server_default="asserted", nullable=False),
        sa.Column("disputed_claims", sa.Integer(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "date_precision IN ('day', 'month', 'year')",
            name=op.f("ck_strength_observation_date_precision"),
        ),
        sa.CheckConstraint("personnel >= 0", name=op.f("ck_strength_observation_personnel")),
        sa.CheckConstraint(
            "tally IN ('official', 'wire', 'press', 'reference')",
            name=op.f("ck_strength_observation_tally"),
        ),
        sa.ForeignKeyConstraint(
            ["contribution_id"],
            ["contribution.id"],
            name=op.f("fk_strength_observation_contribution_id_contribution"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contributor_id"],
            ["contributor.id"],
            name=op.f("fk_strength_observation_contributor_id_contributor"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["mission.id"],
            name=op.f("fk_strength_observation_mission_id_mission"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strength_observation")),
        sa.UniqueConstraint("slug", name=op.f("uq_strength_observation_slug")),
    )
    op.create_index(
        "ix_strength_observation_series",
        "strength_observation",
        ["mission_id", "contributor_id", "observed_on"],
    )
    op.create_index(
        op.f("ix_strength_observation_contributor_id"), "strength_observation", ["contributor_id"]
    )
    op.create_index(
        op.f("ix_strength_observation_contribution_id"), "strength_observation", ["contribution_id"]
    )
    op.create_index(op.f("ix_strength_observation_status"), "strength_observation", ["status"])
    _swap_subject_check(SUBJECTS_AFTER, add=True)
    # Answers are rendered from it: writes bump the data version (as migration 0006's tables).
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER kb_state_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            "ON strength_observation FOR EACH STATEMENT EXECUTE FUNCTION kb_state_bump()"
        )
    else:
        for event in ("insert", "update", "delete"):
            op.execute(
                f"CREATE TRIGGER kb_state_bump_strength_observation_{event} AFTER "
                f"{event.upper()} ON strength_observation BEGIN {SQLITE_BUMP}; END"
            )


def downgrade() -> None:
    # The observations' citations go with the observations: there is nothing left to cite.
    op.execute("DELETE FROM citation WHERE strength_id IS NOT NULL")
    _swap_subject_check(SUBJECTS_BEFORE, add=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS kb_state_bump ON strength_observation")
    else:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS kb_state_bump_strength_observation_{event}")
    op.drop_index(op.f("ix_strength_observation_status"), table_name="strength_observation")
    op.drop_index(
        op.f("ix_strength_observation_contribution_id"), table_name="strength_observation"
    )
    op.drop_index(op.f("ix_strength_observation_contributor_id"), table_name="strength_observation")
    op.drop_index("ix_strength_observation_series", table_name="strength_observation")
    op.drop_table("strength_observation")
