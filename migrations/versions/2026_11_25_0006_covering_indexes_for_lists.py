"""covering indexes for the lists; the database bumps the data version on every write

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-25 17:00:00.000000

The dashboard's filter (one contributor's contributions of one type) and a mission's
contributions by type are read in slug order, a page at a time, and counted. The old indexes
ended in `id`, so every page sorted every matching row and counting read the table. These end
in the sort key (slug, id) and carry `status` (and, for a mission's groups, `personnel`), so a
page is an index range read in order, a deep page seeks straight to its cursor, and the counts
and per-type totals never touch the table. They replace the old ones, whose prefixes they
share.

The data version (kb_state, revision 0002) keys every cache of rendered answers and every
ETag, so a write that does not bump it would be served stale. The application bumps it in
each write's transaction; from this revision the database does too, with triggers on every
table an answer is made from, so no writer (a script, psql, a test, a future endpoint that
forgets) can change data without changing the version. On PostgreSQL one statement-level
trigger per table; SQLite has only row-level triggers.
"""

from collections.abc import Sequence

from alembic import op


revision: str = "0006"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# The tables every answer is rendered from.
VERSIONED_TABLES = (
    "source",
    "contributor",
    "contribution_type",
    "mission",
    "contribution",
    "lesson",
    "lesson_mission",
    "citation",
)
SQLITE_BUMP = (
    "UPDATE kb_state SET data_version = data_version + 1, "
    "changed_at = strftime('%Y-%m-%d %H:%M:%f000', 'now') WHERE id = 1"
)


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
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION kb_state_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "UPDATE kb_state SET data_version = data_version + 1, changed_at = now() "
            "WHERE id = 1; RETURN NULL; END $$"
        )
        for table in VERSIONED_TABLES:
            op.execute(
                f"CREATE TRIGGER kb_state_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION kb_state_bump()"
            )
    else:
        for table in VERSIONED_TABLES:
            for event in ("insert", "update", "delete"):
                op.execute(
                    f"CREATE TRIGGER kb_state_bump_{table}_{event} AFTER {event.upper()} "
                    f"ON {table} BEGIN {SQLITE_BUMP}; END"
                )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in VERSIONED_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS kb_state_bump ON {table}")
        op.execute("DROP FUNCTION IF EXISTS kb_state_bump()")
    else:
        for table in VERSIONED_TABLES:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS kb_state_bump_{table}_{event}")
    op.create_index(
        "ix_contribution_contributor_type", "contribution", ["contributor_id", "type_id", "id"]
    )
    op.create_index("ix_contribution_mission_type", "contribution", ["mission_id", "type_id", "id"])
    op.drop_index("ix_contribution_mission_type_slug", table_name="contribution")
    op.drop_index("ix_contribution_contributor_type_slug", table_name="contribution")
