"""summaries for amounts and personnel sums: stats' amount rule without a million-row window

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 14:00:00.000000

`/stats/contributions` sums amounts by its amount rule (app/stats/service.py, AMOUNT_RULE): of
one contributor's amounts to one mission of one type in one unit (a "series") only one counts,
the latest (by end date, else start date; undated last), the largest of that date, then by
slug. Computed per request, that is a window over every contribution giving an amount (3.5-4.6
s at 1M on SQLite, issue 17). The tallies of 0012 hold counts only.

- `amount_series`: per scope (`shown`: among the statuses default answers show; `all`: among
  every status, for `include_disputed=true`) and per series, the contribution the rule counts,
  its amount in cents, start year (0: none) and status. Filters that keep or drop whole series
  (mission, contributor, contributor kind, type, category, unit) select its rows: the rule's
  pick among the filtered rows is the series' pick.
- `amount_tally`: per scope, dimension (contributor, type, mission, year), key, unit and status,
  the picked amounts' sum (cents) and how many: what an unfiltered request reads.
- `tally.personnel`: the sum of the contributions' own `personnel` per tally row, for the
  partner nations page's per-nation sum.

Triggers keep all three exact in the writing transaction on both engines, whoever writes. On
`contribution` a write giving (or having given) an amount recomputes the pick of the series it
leaves and the one it joins (`ix_contribution_amount_series` finds a series' rows); on
`amount_series` each row added, changed or removed adds to or takes from `amount_tally`.
0012's tally triggers are replaced by the same ones adding `personnel` (and restored on
downgrade).
Upgrading fills the tables from the rows there are.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out, not imported, so this revision stays what it was (app/models/base.py).
HIDDEN = "('disputed', 'misleading', 'unverifiable', 'opinion')"
SCOPES = {"shown": f"status NOT IN {HIDDEN}", "all": "1 = 1"}
SERIES = ("contributor_id", "mission_id", "type_id", "unit")
# What changes a series' pick: an update of another column leaves it.
PICK_COLUMNS = (*SERIES, "amount", "start_date", "end_date", "slug", "status")
ORDER = (
    "coalesce(end_date, start_date) IS NULL, coalesce(end_date, start_date) DESC, "
    "amount DESC, slug"
)
YEAR = {
    "sqlite": "COALESCE(CAST(strftime('%Y', {r}start_date) AS INTEGER), 0)",
    "postgresql": "COALESCE(CAST(EXTRACT(YEAR FROM {r}start_date) AS INTEGER), 0)",
}
CENTS = {
    "sqlite": "CAST(round({r}amount * 100) AS INTEGER)",
    "postgresql": "CAST(round({r}amount * 100) AS BIGINT)",
}
# amount_tally's dimensions and their key in an amount_series row.
AMOUNT_DIMS = {
    "contributor": "contributor_id",
    "type": "type_id",
    "mission": "mission_id",
    "year": "year",
}

# 0012's tally triggers, with and without `personnel` ("{r}" is NEW or OLD).
TALLY_KEYS = {
    "sqlite": {
        "contributor": "{r}.contributor_id",
        "type": "{r}.type_id",
        "mission": "{r}.mission_id",
        "year": "COALESCE(CAST(strftime('%Y', {r}.start_date) AS INTEGER), 0)",
    },
    "postgresql": {
        "contributor": "{r}.contributor_id",
        "type": "{r}.type_id",
        "mission": "{r}.mission_id",
        "year": "COALESCE(CAST(EXTRACT(YEAR FROM {r}.start_date) AS INTEGER), 0)",
    },
}
UPSERT = (
    "INSERT INTO tally (dim, k, status, n, reported) VALUES ('{dim}', {key}, {r}.status, "
    "{sign}, {sign} * (CASE WHEN {r}.personnel IS NULL THEN 0 ELSE 1 END)) "
    "ON CONFLICT (dim, k, status) DO UPDATE SET n = tally.n + excluded.n, "
    "reported = tally.reported + excluded.reported"
)
UPSERT_PERSONNEL = (
    "INSERT INTO tally (dim, k, status, n, reported, personnel) VALUES ('{dim}', {key}, "
    "{r}.status, {sign}, {sign} * (CASE WHEN {r}.personnel IS NULL THEN 0 ELSE 1 END), "
    "{sign} * COALESCE({r}.personnel, 0)) "
    "ON CONFLICT (dim, k, status) DO UPDATE SET n = tally.n + excluded.n, "
    "reported = tally.reported + excluded.reported, "
    "personnel = tally.personnel + excluded.personnel"
)
VERSION_BUMP = "UPDATE kb_table_version SET version = version + 1 WHERE name = 'contribution'"


def _tally_upserts(engine: str, r: str, sign: str, with_personnel: bool) -> list[str]:
    upsert = UPSERT_PERSONNEL if with_personnel else UPSERT
    return [
        upsert.format(dim=dim, key=key.format(r=r), r=r, sign=sign)
        for dim, key in TALLY_KEYS[engine].items()
    ]


def _tally_triggers(engine: str, with_personnel: bool) -> None:
    """0012's triggers on contribution, counting `personnel` too or not."""
    if engine == "postgresql":
        plus = "; ".join(_tally_upserts(engine, "NEW", "1", with_personnel))
        minus = "; ".join(_tally_upserts(engine, "OLD", "-1", with_personnel))
        op.execute(
            "CREATE OR REPLACE FUNCTION tally_contribution() RETURNS trigger LANGUAGE plpgsql "
            f"AS $$ BEGIN IF TG_OP IN ('UPDATE', 'DELETE') THEN {minus}; END IF; "
            f"IF TG_OP IN ('UPDATE', 'INSERT') THEN {plus}; END IF; RETURN NULL; END $$"
        )
        return
    bodies = {
        "insert": _tally_upserts(engine, "NEW", "1", with_personnel),
        "delete": _tally_upserts(engine, "OLD", "-1", with_personnel),
        "update": _tally_upserts(engine, "OLD", "-1", with_personnel)
        + _tally_upserts(engine, "NEW", "1", with_personnel),
    }
    for event, statements in bodies.items():
        op.execute(f"DROP TRIGGER IF EXISTS tally_contribution_{event}")
        body = "; ".join([*statements, VERSION_BUMP])
        op.execute(
            f"CREATE TRIGGER tally_contribution_{event} AFTER {event.upper()} ON contribution "
            f"BEGIN {body}; END"
        )


def _pick(engine: str, r: str, scope: str) -> list[str]:
    """Recompute the pick of `r`'s series (r: NEW/OLD on SQLite, the function's arguments on
    PostgreSQL) in one scope: the row it was goes, the row it is now comes. The upsert: on
    PostgreSQL a concurrent transaction may have put the series' row back since this
    statement's DELETE looked (READ COMMITTED); the later pick, which sees it, wins."""
    same = " AND ".join(f"{c} = {r}{c}" for c in SERIES)
    year = YEAR[engine].format(r="")
    cents = CENTS[engine].format(r="")
    return [
        f"DELETE FROM amount_series WHERE scope = '{scope}' AND {same}",
        f"INSERT INTO amount_series (scope, {', '.join(SERIES)}, contribution_id, cents, year, "
        f"status) SELECT '{scope}', {', '.join(SERIES)}, id, {cents}, {year}, status "
        f"FROM contribution WHERE {same} AND amount IS NOT NULL AND {SCOPES[scope]} "
        f"ORDER BY {ORDER} LIMIT 1 ON CONFLICT (scope, {', '.join(SERIES)}) DO UPDATE SET "
        "contribution_id = excluded.contribution_id, cents = excluded.cents, "
        "year = excluded.year, status = excluded.status",
    ]


def _tally_changes(r: str, sign: str) -> list[str]:
    """amount_series row `r` added (sign 1) or removed (-1), in amount_tally."""
    return [
        "INSERT INTO amount_tally (scope, dim, k, unit, status, cents, n) VALUES "
        f"({r}.scope, '{dim}', {r}.{column}, {r}.unit, {r}.status, {sign} * {r}.cents, {sign}) "
        "ON CONFLICT (scope, dim, k, unit, status) DO UPDATE SET "
        "cents = amount_tally.cents + excluded.cents, n = amount_tally.n + excluded.n"
        for dim, column in AMOUNT_DIMS.items()
    ]


def _fill(engine: str) -> None:
    year = YEAR[engine].format(r="")
    cents = CENTS[engine].format(r="")
    for scope, where in SCOPES.items():
        op.execute(
            f"INSERT INTO amount_series (scope, {', '.join(SERIES)}, contribution_id, cents, "
            f"year, status) SELECT '{scope}', {', '.join(SERIES)}, id, cents, year, status "
            f"FROM (SELECT {', '.join(SERIES)}, id, {cents} AS cents, {year} AS year, status, "
            f"row_number() OVER (PARTITION BY {', '.join(SERIES)} ORDER BY {ORDER}) AS nth "
            f"FROM contribution WHERE amount IS NOT NULL AND {where}) AS ranked WHERE nth = 1"
        )
    for dim, column in AMOUNT_DIMS.items():
        op.execute(
            "INSERT INTO amount_tally (scope, dim, k, unit, status, cents, n) "
            f"SELECT scope, '{dim}', {column}, unit, status, sum(cents), count(*) "
            f"FROM amount_series GROUP BY scope, {column}, unit, status"
        )
    for dim, key in TALLY_KEYS[engine].items():
        key = key.format(r="contribution")
        op.execute(
            "UPDATE tally SET personnel = s.p FROM (SELECT "
            f"{key} AS k, status, sum(personnel) AS p FROM contribution "
            f"WHERE personnel IS NOT NULL GROUP BY {key}, status) AS s "
            f"WHERE tally.dim = '{dim}' AND tally.k = s.k AND tally.status = s.status"
        )


def _sqlite_triggers() -> None:
    when = {"insert": "NEW", "delete": "OLD"}
    for event, r in when.items():
        body = [s for scope in SCOPES for s in _pick("sqlite", f"{r}.", scope)]
        op.execute(
            f"CREATE TRIGGER tally_amount_contribution_{event} AFTER {event.upper()} ON "
            f"contribution WHEN {r}.amount IS NOT NULL BEGIN {'; '.join(body)}; END"
        )
    body = [s for r in ("OLD.", "NEW.") for scope in SCOPES for s in _pick("sqlite", r, scope)]
    op.execute(
        "CREATE TRIGGER tally_amount_contribution_update AFTER UPDATE OF "
        f"{', '.join(PICK_COLUMNS)} ON contribution "
        f"WHEN OLD.amount IS NOT NULL OR NEW.amount IS NOT NULL BEGIN {'; '.join(body)}; END"
    )
    series_bodies = {
        "insert": _tally_changes("NEW", "1"),
        "delete": _tally_changes("OLD", "-1"),
        "update": _tally_changes("OLD", "-1") + _tally_changes("NEW", "1"),
    }
    for event, statements in series_bodies.items():
        op.execute(
            f"CREATE TRIGGER tally_amount_series_{event} AFTER {event.upper()} ON amount_series "
            f"BEGIN {'; '.join(statements)}; END"
        )


def _pg_triggers() -> None:
    args = ", ".join(f"p_{c} {t}" for c, t in zip(SERIES, ("int", "int", "int", "text")))
    body = [s for scope in SCOPES for s in _pick("postgresql", "p_", scope)]
    op.execute(
        f"CREATE FUNCTION tally_amount_pick({args}) RETURNS void LANGUAGE plpgsql AS $$ BEGIN "
        f"{'; '.join(body)}; END $$"
    )
    old = ", ".join(f"OLD.{c}" for c in SERIES)
    new = ", ".join(f"NEW.{c}" for c in SERIES)
    op.execute(
        "CREATE FUNCTION tally_amount_contribution() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.amount IS NOT NULL THEN "
        f"PERFORM tally_amount_pick({old}); END IF; "
        "IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.amount IS NOT NULL THEN "
        f"PERFORM tally_amount_pick({new}); END IF; RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER tally_amount AFTER INSERT OR DELETE OR UPDATE OF "
        f"{', '.join(PICK_COLUMNS)} ON contribution "
        "FOR EACH ROW EXECUTE FUNCTION tally_amount_contribution()"
    )
    op.execute(
        "CREATE FUNCTION tally_amount_series() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {'; '.join(_tally_changes('OLD', '-1'))}; "
        f"END IF; IF TG_OP IN ('UPDATE', 'INSERT') THEN "
        f"{'; '.join(_tally_changes('NEW', '1'))}; END IF; RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER tally_amount_series AFTER INSERT OR UPDATE OR DELETE ON amount_series "
        "FOR EACH ROW EXECUTE FUNCTION tally_amount_series()"
    )
    # TRUNCATE contribution (0012's tally_truncate empties the tallies): the summaries too.
    op.execute(
        "CREATE FUNCTION tally_amount_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "DELETE FROM amount_series; DELETE FROM amount_tally; RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER tally_amount_truncate AFTER TRUNCATE ON contribution "
        "FOR EACH STATEMENT EXECUTE FUNCTION tally_amount_truncate()"
    )


def upgrade() -> None:
    engine = op.get_bind().dialect.name
    op.add_column(
        "tally", sa.Column("personnel", sa.BigInteger(), nullable=False, server_default="0")
    )
    op.create_table(
        "amount_series",
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("contributor_id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("contribution_id", sa.Integer(), nullable=False),
        sa.Column("cents", sa.BigInteger(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint(
            "scope", "contributor_id", "mission_id", "type_id", "unit", name=op.f("pk_amount_series")
        ),
    )
    op.create_index(
        "ix_amount_series_mission", "amount_series", ["scope", "mission_id", "type_id"]
    )
    op.create_index("ix_amount_series_type", "amount_series", ["scope", "type_id"])
    op.create_table(
        "amount_tally",
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("dim", sa.String(length=20), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cents", sa.BigInteger(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("scope", "dim", "k", "unit", "status", name=op.f("pk_amount_tally")),
    )
    op.create_index(
        "ix_contribution_amount_series",
        "contribution",
        list(SERIES),
        sqlite_where=sa.text("amount IS NOT NULL"),
        postgresql_where=sa.text("amount IS NOT NULL"),
    )
    _fill(engine)
    for table in ("amount_series", "amount_tally"):
        op.execute(f"ANALYZE {table}")  # the planner's statistics, for the filters' indexes
    _tally_triggers(engine, with_personnel=True)
    if engine == "postgresql":
        _pg_triggers()
    else:
        _sqlite_triggers()


def downgrade() -> None:
    engine = op.get_bind().dialect.name
    if engine == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tally_amount ON contribution")
        op.execute("DROP TRIGGER IF EXISTS tally_amount_truncate ON contribution")
        op.execute("DROP TRIGGER IF EXISTS tally_amount_series ON amount_series")
        for function in ("tally_amount_contribution()", "tally_amount_series()"):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
        op.execute("DROP FUNCTION IF EXISTS tally_amount_truncate()")
        op.execute("DROP FUNCTION IF EXISTS tally_amount_pick(int, int, int, text)")
    else:
        for name in ("contribution_insert", "contribution_delete", "contribution_update"):
            op.execute(f"DROP TRIGGER IF EXISTS tally_amount_{name}")
        for name in ("series_insert", "series_delete", "series_update"):
            op.execute(f"DROP TRIGGER IF EXISTS tally_amount_{name}")
    _tally_triggers(engine, with_personnel=False)
    op.drop_index("ix_contribution_amount_series", table_name="contribution")
    op.drop_table("amount_tally")
    op.drop_table("amount_series")
    # Not a batch rebuild: SQLite (3.35+) drops a column in place, and 0012's triggers on
    # contribution and citation, which name `tally`, would stop a rebuild's rename.
    op.execute("ALTER TABLE tally DROP COLUMN personnel")
