"""tallies for stats: counts per contributor, type, mission, year and status, kept by triggers

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 10:45:00.000000

Stats and facets without a filter counted a million contributions per request (487-685 ms,
issue 17). `tally` holds those counts, a few thousand rows: per contributor, type, mission and
start year (0: none), and per status, how many contributions there are and how many give
`personnel`; and citations per status. Triggers on `contribution` and `citation` keep them
exact in the transaction that writes the rows, whoever writes them (the API, the seed loader,
an import, psql): on PostgreSQL one row-level function per table (and TRUNCATE empties the
dimension), on SQLite a trigger per event. Upgrading fills the table from the rows there are.

`kb_table_version` holds one version per table an answer is made from, bumped by triggers
on every write to that table (as 0006 bumps the global data version): the response cache
keeps an answer until a table it was read from changes (app/http/cache.py), not until any
write anywhere.

A later migration that rebuilds `contribution` or `citation` on SQLite (a batch ALTER) drops
their triggers with the table and must create these again (as 0007 does for citation's).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# dimension -> its key in a contribution row, per engine ("{r}" is NEW or OLD).
SQLITE_KEYS = {
    "contributor": "{r}.contributor_id",
    "type": "{r}.type_id",
    "mission": "{r}.mission_id",
    "year": "COALESCE(CAST(strftime('%Y', {r}.start_date) AS INTEGER), 0)",
}
PG_KEYS = {
    "contributor": "{r}.contributor_id",
    "type": "{r}.type_id",
    "mission": "{r}.mission_id",
    "year": "COALESCE(CAST(EXTRACT(YEAR FROM {r}.start_date) AS INTEGER), 0)",
}
UPSERT = (
    "INSERT INTO tally (dim, k, status, n, reported) VALUES ('{dim}', {key}, {r}.status, "
    "{sign}, {sign} * (CASE WHEN {personnel} IS NULL THEN 0 ELSE 1 END)) "
    "ON CONFLICT (dim, k, status) DO UPDATE SET n = tally.n + excluded.n, "
    "reported = tally.reported + excluded.reported"
)


# The tables answers are read from (0006's and 0007's, which bump the global version).
VERSIONED_TABLES = (
    "source",
    "contributor",
    "contribution_type",
    "mission",
    "contribution",
    "lesson",
    "lesson_mission",
    "citation",
    "strength_observation",
)


def _contribution_upserts(keys: dict[str, str], r: str, sign: str) -> list[str]:
    return [
        UPSERT.format(dim=dim, key=key.format(r=r), r=r, sign=sign, personnel=f"{r}.personnel")
        for dim, key in keys.items()
    ]


def _citation_upsert(r: str, sign: str) -> str:
    return UPSERT.format(dim="citation", key="0", r=r, sign=sign, personnel="NULL")


def upgrade() -> None:
    op.create_table(
        "tally",
        sa.Column("dim", sa.String(length=20), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("reported", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("dim", "k", "status", name=op.f("pk_tally")),
    )
    postgresql = op.get_bind().dialect.name == "postgresql"
    keys = PG_KEYS if postgresql else SQLITE_KEYS
    for dim, key in keys.items():
        op.execute(
            f"INSERT INTO tally (dim, k, status, n, reported) SELECT '{dim}', "
            f"{key.format(r='contribution')}, status, count(*), count(personnel) "
            f"FROM contribution GROUP BY {key.format(r='contribution')}, status"
        )
    op.execute(
        "INSERT INTO tally (dim, k, status, n, reported) "
        "SELECT 'citation', 0, status, count(*), 0 FROM citation GROUP BY status"
    )
    op.create_table(
        "kb_table_version",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_kb_table_version")),
    )
    for table in VERSIONED_TABLES:
        op.execute(f"INSERT INTO kb_table_version (name, version) VALUES ('{table}', 1)")
    if postgresql:
        _pg_triggers()
    else:
        _sqlite_triggers()


def _sqlite_triggers() -> None:
    bodies = {
        ("contribution", "insert"): _contribution_upserts(SQLITE_KEYS, "NEW", "1"),
        ("contribution", "delete"): _contribution_upserts(SQLITE_KEYS, "OLD", "-1"),
        ("contribution", "update"): _contribution_upserts(SQLITE_KEYS, "OLD", "-1")
        + _contribution_upserts(SQLITE_KEYS, "NEW", "1"),
        ("citation", "insert"): [_citation_upsert("NEW", "1")],
        ("citation", "delete"): [_citation_upsert("OLD", "-1")],
        ("citation", "update"): [_citation_upsert("OLD", "-1"), _citation_upsert("NEW", "1")],
    }
    for table in VERSIONED_TABLES:
        for event in ("insert", "update", "delete"):
            bodies.setdefault((table, event), []).append(
                f"UPDATE kb_table_version SET version = version + 1 WHERE name = '{table}'"
            )
    for (table, event), statements in bodies.items():
        body = "; ".join(statements)
        op.execute(
            f"CREATE TRIGGER tally_{table}_{event} AFTER {event.upper()} ON {table} "
            f"BEGIN {body}; END"
        )


def _pg_triggers() -> None:
    plus = "; ".join(_contribution_upserts(PG_KEYS, "NEW", "1"))
    minus = "; ".join(_contribution_upserts(PG_KEYS, "OLD", "-1"))
    op.execute(
        "CREATE FUNCTION tally_contribution() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {minus}; END IF; "
        f"IF TG_OP IN ('UPDATE', 'INSERT') THEN {plus}; END IF; "
        "RETURN NULL; END $$"
    )
    op.execute(
        "CREATE FUNCTION tally_citation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {_citation_upsert('OLD', '-1')}; END IF; "
        f"IF TG_OP IN ('UPDATE', 'INSERT') THEN {_citation_upsert('NEW', '1')}; END IF; "
        "RETURN NULL; END $$"
    )
    op.execute(
        "CREATE FUNCTION tally_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_TABLE_NAME = 'citation' THEN DELETE FROM tally WHERE dim = 'citation'; "
        "ELSE DELETE FROM tally WHERE dim <> 'citation'; END IF; RETURN NULL; END $$"
    )
    op.execute(
        "CREATE FUNCTION kb_table_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "UPDATE kb_table_version SET version = version + 1 WHERE name = TG_TABLE_NAME; "
        "RETURN NULL; END $$"
    )
    for table in VERSIONED_TABLES:
        op.execute(
            f"CREATE TRIGGER kb_table_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION kb_table_bump()"
        )
    for table in ("contribution", "citation"):
        op.execute(
            f"CREATE TRIGGER tally AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION tally_{table}()"
        )
        op.execute(
            f"CREATE TRIGGER tally_truncate AFTER TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION tally_truncate()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("contribution", "citation"):
            op.execute(f"DROP TRIGGER IF EXISTS tally ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS tally_truncate ON {table}")
        for table in VERSIONED_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS kb_table_bump ON {table}")
        for function in ("tally_contribution", "tally_citation", "tally_truncate", "kb_table_bump"):
            op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    else:
        for table in VERSIONED_TABLES:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS tally_{table}_{event}")
    op.drop_table("kb_table_version")
    op.drop_table("tally")
