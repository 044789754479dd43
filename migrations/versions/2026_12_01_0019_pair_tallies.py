"""pair tallies: stats filtered by a contributor, a type or start years without counting rows

Revision ID: 0019
Revises: 0017
Create Date: 2026-12-01 20:00:00.000000

`/stats/contributions` with one filter counted the rows the filter keeps, per request: a
contributor's (163,390 rows for the largest at 1M) 63-95 ms, a type with its sub-types 73-363
ms, a range of five start years 563-814 ms (issue 17). 0012's tallies count one dimension.

`tally_pair` counts two: per pair of a filter's dimension (`dim`: contributor, type, start
year) and a group's (`dim2`: one of the others, or the mission), their keys `k` and `k2`, and
the status, how many contributions there are and how many give `personnel`. A filtered
request sums the rows of the filter's keys (a type's descendants, a category's types, the
years): at 1M, a few thousand rows at most. Triggers on `contribution` keep it exact in the
writing transaction on both engines, whoever writes (on SQLite only updates of the columns it
counts by fire them; PostgreSQL's TRUNCATE empties it). Upgrading fills it from the rows.

A filter that keeps or drops single rows of a series (start years, `to`, a status,
`has_personnel`) still has its amounts ranked per request by the amount rule, now from an
index alone instead of the table: `ix_contribution_amount_start` (start_date, then the rule's
columns, over the rows giving an amount) for start years, 0014's `ix_contribution_amount_series`
(recreated with the rule's columns, status and personnel after the series') for the others,
read in the series' order.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out, not imported, so this revision stays what it was (app/models/tally.py).
PAIR_DIMS = ("contributor", "type", "year")
PAIRS = tuple((a, b) for a in PAIR_DIMS for b in (*PAIR_DIMS, "mission") if a != b)
KEYS = {
    "sqlite": {
        "contributor": "{r}contributor_id",
        "type": "{r}type_id",
        "mission": "{r}mission_id",
        "year": "COALESCE(CAST(strftime('%Y', {r}start_date) AS INTEGER), 0)",
    },
    "postgresql": {
        "contributor": "{r}contributor_id",
        "type": "{r}type_id",
        "mission": "{r}mission_id",
        "year": "COALESCE(CAST(EXTRACT(YEAR FROM {r}start_date) AS INTEGER), 0)",
    },
}
# What a pair row counts by: an update of another column leaves the tally as it was.
COUNTED = ("contributor_id", "type_id", "mission_id", "start_date", "status", "personnel")
UPSERT = (
    "INSERT INTO tally_pair (dim, dim2, k, k2, status, n, reported) VALUES ('{dim}', '{dim2}', "
    "{k}, {k2}, {r}status, {sign}, {sign} * (CASE WHEN {r}personnel IS NULL THEN 0 ELSE 1 END)) "
    "ON CONFLICT (dim, dim2, k, k2, status) DO UPDATE SET n = tally_pair.n + excluded.n, "
    "reported = tally_pair.reported + excluded.reported"
)
SERIES = ("contributor_id", "mission_id", "type_id", "unit")
# 0014's index of a series' amounts, covering what the amount rule and the filters the
# summaries do not hold read (a status, `to`, personnel).
SERIES_COVERING = (*SERIES, "start_date", "end_date", "amount", "slug", "status", "personnel")
AMOUNT_START = (
    "start_date",
    "contributor_id",
    "mission_id",
    "type_id",
    "unit",
    "end_date",
    "amount",
    "slug",
    "status",
)


def _upserts(engine: str, r: str, sign: str) -> list[str]:
    keys = KEYS[engine]
    return [
        UPSERT.format(dim=a, dim2=b, k=keys[a].format(r=r), k2=keys[b].format(r=r), r=r, sign=sign)
        for a, b in PAIRS
    ]


def _series_index(columns: Sequence[str]) -> None:
    op.drop_index("ix_contribution_amount_series", table_name="contribution")
    op.create_index(
        "ix_contribution_amount_series",
        "contribution",
        list(columns),
        sqlite_where=sa.text("amount IS NOT NULL"),
        postgresql_where=sa.text("amount IS NOT NULL"),
    )


def upgrade() -> None:
    engine = op.get_bind().dialect.name
    op.create_table(
        "tally_pair",
        sa.Column("dim", sa.String(length=20), nullable=False),
        sa.Column("dim2", sa.String(length=20), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("k2", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("reported", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("dim", "dim2", "k", "k2", "status", name=op.f("pk_tally_pair")),
        sqlite_with_rowid=False,  # the rows in the key's B-tree: half the size
    )
    keys = KEYS[engine]
    for a, b in PAIRS:
        ka, kb = keys[a].format(r=""), keys[b].format(r="")
        op.execute(
            "INSERT INTO tally_pair (dim, dim2, k, k2, status, n, reported) "  # noqa: S608
            f"SELECT '{a}', '{b}', {ka}, {kb}, status, count(*), count(personnel) "
            f"FROM contribution GROUP BY {ka}, {kb}, status"
        )
    op.execute("ANALYZE tally_pair")
    op.create_index(
        "ix_contribution_amount_start",
        "contribution",
        list(AMOUNT_START),
        sqlite_where=sa.text("amount IS NOT NULL"),
        postgresql_where=sa.text("amount IS NOT NULL"),
    )
    _series_index(SERIES_COVERING)
    # The planner's statistics of the new indexes (SQLite analyzes one index at a time).
    if engine == "sqlite":
        op.execute("ANALYZE ix_contribution_amount_start")
        op.execute("ANALYZE ix_contribution_amount_series")
    else:
        op.execute("ANALYZE contribution")
    if engine == "postgresql":
        plus = "; ".join(_upserts(engine, "NEW.", "1"))
        minus = "; ".join(_upserts(engine, "OLD.", "-1"))
        op.execute(
            "CREATE FUNCTION tally_pair_contribution() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF TG_OP IN ('UPDATE', 'DELETE') THEN {minus}; END IF; "
            f"IF TG_OP IN ('UPDATE', 'INSERT') THEN {plus}; END IF; RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER tally_pair AFTER INSERT OR DELETE OR UPDATE OF {', '.join(COUNTED)} "
            "ON contribution FOR EACH ROW EXECUTE FUNCTION tally_pair_contribution()"
        )
        op.execute(
            "CREATE FUNCTION tally_pair_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN DELETE FROM tally_pair; RETURN NULL; END $$"
        )
        op.execute(
            "CREATE TRIGGER tally_pair_truncate AFTER TRUNCATE ON contribution "
            "FOR EACH STATEMENT EXECUTE FUNCTION tally_pair_truncate()"
        )
        return
    bodies = {
        "insert": ("INSERT", _upserts(engine, "NEW.", "1")),
        "delete": ("DELETE", _upserts(engine, "OLD.", "-1")),
        "update": (
            f"UPDATE OF {', '.join(COUNTED)}",
            _upserts(engine, "OLD.", "-1") + _upserts(engine, "NEW.", "1"),
        ),
    }
    for event, (when, statements) in bodies.items():
        op.execute(
            f"CREATE TRIGGER tally_pair_contribution_{event} AFTER {when} ON contribution "
            f"BEGIN {'; '.join(statements)}; END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tally_pair ON contribution")
        op.execute("DROP TRIGGER IF EXISTS tally_pair_truncate ON contribution")
        op.execute("DROP FUNCTION IF EXISTS tally_pair_contribution()")
        op.execute("DROP FUNCTION IF EXISTS tally_pair_truncate()")
    else:
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS tally_pair_contribution_{event}")
    op.drop_index("ix_contribution_amount_start", table_name="contribution")
    _series_index(SERIES)
    op.drop_table("tally_pair")
