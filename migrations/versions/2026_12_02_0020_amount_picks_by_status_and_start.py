"""amount picks per status and per start-date range: stats filtered by a status, `to` or
consecutive start years without ranking amounts per request

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02 00:00:00.000000

Since 0019 the counts of `/stats/contributions` with one filter come from the tallies, but a
filter keeping single rows of a series (a status, `to`, start years) still ranked the amounts
by the amount rule per request: 146-170 ms for `to=2010-12-31` at 1M on SQLite, 54-101 ms for
one status (docs/performance.md, issue 17).

- `amount_series` and `amount_tally` (0014) gain a scope per status: the pick among one
  status' rows, and its sums. A filter of one status (or exactly the statuses shown, or all)
  reads `amount_tally` as an unfiltered request does. `scope` widens to 20 characters
  (`unverifiable`).
- `amount_start_pick`: per scope (`shown`, `all`) and contribution giving an amount, where in
  its series the rule's pick under a start-date filter can be it: `prior_start`, the latest
  start of a row of the series ranked above it that starts earlier; `next_start`, the
  earliest start of one ranked above it that starts later; `beaten`, one ranked above it
  starts the same day (both undated: the same); `undated_above`, one ranked above it has no
  start. Among rows started in [A, B] the pick is the row started in it, not `beaten`, with
  `prior_start` before A and `next_start` past B; under `to=D` (rows started by D or
  undated), the row started by D (or undated), not `beaten`, with no `prior_start`, not
  `undated_above`, and `next_start` past D (its "staircase" rows).
- `amount_start_tally`: the staircase rows summed (cents, count) per scope, dimension
  (contributor, type, mission, start year), key, unit, status and `on_year`: +1 in the year
  the row starts being the pick (its start's; 0 undated), -1 in the year it stops (its
  `next_start`'s). `to` on 31 December of year Y sums the rows of `on_year` <= Y; a day within Y
  adds the staircase rows of `amount_start_pick` starting, and takes those stopping, between
  1 January and that day.

Triggers keep all four exact in the writing transaction on both engines, whoever writes: a
write on `contribution` giving (or having given) an amount recomputes the picks of the series
it leaves and the one it joins (0014's, plus the status scopes and the start picks); rows
added to or removed from `amount_series` and `amount_start_pick` add to or take from their
tallies. Upgrading rebuilds `amount_series`/`amount_tally` (with the new scopes) and fills the
new tables from the rows there are; downgrading restores 0014's tables and triggers.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out, not imported, so this revision stays what it was (app/models/base.py).
HIDDEN = "('disputed', 'misleading', 'unverifiable', 'opinion')"
STATUSES = ("asserted", "corroborated", "disputed", "misleading", "unverifiable", "opinion")
# The scopes of 0014 and the condition a contribution (`{t}`: its alias and a dot) meets.
SCOPES = {"shown": f"{{t}}status NOT IN {HIDDEN}", "all": "1 = 1"}
SERIES = ("contributor_id", "mission_id", "type_id", "unit")
PICK_COLUMNS = (*SERIES, "amount", "start_date", "end_date", "slug", "status")
ORDER = (
    "coalesce(end_date, start_date) IS NULL, coalesce(end_date, start_date) DESC, amount DESC, slug"
)
YEAR = {
    "sqlite": "COALESCE(CAST(strftime('%Y', {r}) AS INTEGER), 0)",
    "postgresql": "COALESCE(CAST(EXTRACT(YEAR FROM {r}) AS INTEGER), 0)",
}
CENTS = {
    "sqlite": "CAST(round({r}amount * 100) AS INTEGER)",
    "postgresql": "CAST(round({r}amount * 100) AS BIGINT)",
}
AMOUNT_DIMS = {
    "contributor": "contributor_id",
    "type": "type_id",
    "mission": "mission_id",
    "year": "year",
}
PICK = (
    "scope",
    "contribution_id",
    *SERIES,
    "start_date",
    "year",
    "status",
    "cents",
    "prior_start",
    "next_start",
    "beaten",
    "undated_above",
)
# A staircase row of amount_start_pick (`{r}`: NEW or OLD): the pick of some `to`.
STAIR = "{r}.beaten = 0 AND {r}.prior_start IS NULL AND {r}.undated_above = 0"
START_INDEX = (
    "scope",
    "start_date",
    "prior_start",
    "next_start",
    "year",
    "contributor_id",
    "mission_id",
    "type_id",
    "unit",
    "status",
    "cents",
)


def _scope_sql(r: str, scope: str) -> tuple[str, str]:
    """(the scope's value, its condition on a contribution `{t}`) of a named scope, or of the
    status of `r` (`status`: NEW./OLD. on SQLite, the function's p_ on PostgreSQL)."""
    if scope == "status":
        return f"{r}status", f"{{t}}status = {r}status"
    return f"'{scope}'", SCOPES[scope]


def _pick(engine: str, r: str, scope: str) -> list[str]:
    """0014's pick of `r`'s series in one scope (a named one, or `status`: the scope of its
    status): the row it was goes, the row it is now comes; an upsert, as 0014's."""
    value, where = _scope_sql(r, scope)
    same = " AND ".join(f"{c} = {r}{c}" for c in SERIES)
    year = YEAR[engine].format(r="start_date")
    cents = CENTS[engine].format(r="")
    return [
        f"DELETE FROM amount_series WHERE scope = {value} AND {same}",
        f"INSERT INTO amount_series (scope, {', '.join(SERIES)}, contribution_id, cents, year, "
        f"status) SELECT {value}, {', '.join(SERIES)}, id, {cents}, {year}, status "
        f"FROM contribution WHERE {same} AND amount IS NOT NULL AND {where.format(t='')} "
        f"ORDER BY {ORDER} LIMIT 1 ON CONFLICT (scope, {', '.join(SERIES)}) DO UPDATE SET "
        "contribution_id = excluded.contribution_id, cents = excluded.cents, "
        "year = excluded.year, status = excluded.status",
    ]


def _above(h: str, c: str) -> str:
    """Row `h` of a series ranks above row `c` by the amount rule (ORDER)."""
    hw, cw = (f"coalesce({t}.end_date, {t}.start_date)" for t in (h, c))
    return (
        f"({hw} IS NOT NULL AND {cw} IS NULL OR {hw} > {cw} "
        f"OR ({hw} = {cw} OR {hw} IS NULL AND {cw} IS NULL) "
        f"AND ({h}.amount > {c}.amount OR {h}.amount = {c}.amount AND {h}.slug < {c}.slug))"
    )


def _start_select(engine: str, scope: str, where: str) -> str:
    """The amount_start_pick rows of `scope` of the contributions `c` meeting `where`."""
    cond = SCOPES[scope]
    ranked = (
        "FROM contribution h WHERE "
        + " AND ".join(f"h.{col} = c.{col}" for col in SERIES)
        + f" AND h.amount IS NOT NULL AND {cond.format(t='h.')} AND {_above('h', 'c')}"
    )
    return (
        f"SELECT '{scope}', c.id, {', '.join(f'c.{col}' for col in SERIES)}, c.start_date, "
        f"{YEAR[engine].format(r='c.start_date')}, c.status, {CENTS[engine].format(r='c.')}, "
        f"(SELECT max(h.start_date) {ranked} AND h.start_date < c.start_date), "
        f"(SELECT min(h.start_date) {ranked} "
        "AND (c.start_date IS NULL OR h.start_date > c.start_date)), "
        f"CASE WHEN EXISTS (SELECT 1 {ranked} AND (h.start_date = c.start_date "
        "OR h.start_date IS NULL AND c.start_date IS NULL)) THEN 1 ELSE 0 END, "
        f"CASE WHEN EXISTS (SELECT 1 {ranked} AND h.start_date IS NULL) THEN 1 ELSE 0 END "
        f"FROM contribution c WHERE c.amount IS NOT NULL AND {cond.format(t='c.')} AND {where}"
    )


def _start_picks(engine: str, r: str, scope: str) -> list[str]:
    """Recompute the start picks of `r`'s series in `scope`: the rows that left it go, the
    others are upserted, and only those that change are written (each write of a staircase
    row is eight upserts of amount_start_tally)."""
    same = " AND ".join(f"{c} = {r}{c}" for c in SERIES)
    on_c = " AND ".join(f"c.{c} = {r}{c}" for c in SERIES)
    columns = PICK[2:]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns)
    differ = "IS NOT" if engine == "sqlite" else "IS DISTINCT FROM"
    changed = " OR ".join(f"amount_start_pick.{c} {differ} excluded.{c}" for c in columns)
    members = (
        f"SELECT id FROM contribution WHERE {same} AND amount IS NOT NULL "
        f"AND {SCOPES[scope].format(t='')}"
    )
    return [
        f"DELETE FROM amount_start_pick WHERE scope = '{scope}' AND {same} "
        f"AND contribution_id NOT IN ({members})",
        f"INSERT INTO amount_start_pick ({', '.join(PICK)}) {_start_select(engine, scope, on_c)} "
        f"ON CONFLICT (scope, contribution_id) DO UPDATE SET {updates} WHERE {changed}",
    ]


def _series_writes(engine: str, r: str, with_new: bool) -> list[str]:
    """Everything a write of `r`'s series recomputes (0014's picks only: `with_new` false)."""
    if not with_new:
        return [s for scope in SCOPES for s in _pick(engine, r, scope)]
    return [
        *(s for scope in (*SCOPES, "status") for s in _pick(engine, r, scope)),
        *(s for scope in SCOPES for s in _start_picks(engine, r, scope)),
    ]


def _tally_changes(r: str, sign: str) -> list[str]:
    """amount_series row `r` added (sign 1) or removed (-1), in amount_tally (0014's)."""
    return [
        "INSERT INTO amount_tally (scope, dim, k, unit, status, cents, n) VALUES "
        f"({r}.scope, '{dim}', {r}.{column}, {r}.unit, {r}.status, {sign} * {r}.cents, {sign}) "
        "ON CONFLICT (scope, dim, k, unit, status) DO UPDATE SET "
        "cents = amount_tally.cents + excluded.cents, n = amount_tally.n + excluded.n"
        for dim, column in AMOUNT_DIMS.items()
    ]


def _start_tally_changes(engine: str, r: str, sign: str) -> list[str]:
    """Staircase row `r` of amount_start_pick added (sign 1) or removed (-1): its start (in
    its start year) and its stop (in its `next_start`'s year, when it has one)."""
    upsert = (
        "ON CONFLICT (scope, dim, on_year, k, unit, status) DO UPDATE SET "
        "cents = amount_start_tally.cents + excluded.cents, "
        "n = amount_start_tally.n + excluded.n"
    )
    columns = "(scope, dim, on_year, k, unit, status, cents, n)"
    stop = YEAR[engine].format(r=f"{r}.next_start")
    neg = "1" if sign == "-1" else "-1"
    out = []
    for dim, column in AMOUNT_DIMS.items():
        out.append(
            f"INSERT INTO amount_start_tally {columns} VALUES ({r}.scope, '{dim}', {r}.year, "
            f"{r}.{column}, {r}.unit, {r}.status, {sign} * {r}.cents, {sign}) {upsert}"
        )
        out.append(
            f"INSERT INTO amount_start_tally {columns} SELECT {r}.scope, '{dim}', {stop}, "
            f"{r}.{column}, {r}.unit, {r}.status, {neg} * {r}.cents, {neg} "
            f"WHERE {r}.next_start IS NOT NULL {upsert}"
        )
    return out


def _create_summaries(scope_length: int) -> None:
    op.create_table(
        "amount_series",
        sa.Column("scope", sa.String(length=scope_length), nullable=False),
        sa.Column("contributor_id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("contribution_id", sa.Integer(), nullable=False),
        sa.Column("cents", sa.BigInteger(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint(
            "scope",
            "contributor_id",
            "mission_id",
            "type_id",
            "unit",
            name=op.f("pk_amount_series"),
        ),
    )
    op.create_index("ix_amount_series_mission", "amount_series", ["scope", "mission_id", "type_id"])
    op.create_index("ix_amount_series_type", "amount_series", ["scope", "type_id"])
    op.create_table(
        "amount_tally",
        sa.Column("scope", sa.String(length=scope_length), nullable=False),
        sa.Column("dim", sa.String(length=20), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cents", sa.BigInteger(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "scope", "dim", "k", "unit", "status", name=op.f("pk_amount_tally")
        ),
    )


def _create_start_tables() -> None:
    op.create_table(
        "amount_start_pick",
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("contribution_id", sa.Integer(), nullable=False),
        sa.Column("contributor_id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cents", sa.BigInteger(), nullable=False),
        sa.Column("prior_start", sa.Date(), nullable=True),
        sa.Column("next_start", sa.Date(), nullable=True),
        sa.Column("beaten", sa.Integer(), nullable=False),
        sa.Column("undated_above", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("scope", "contribution_id", name=op.f("pk_amount_start_pick")),
    )
    op.create_index("ix_amount_start_pick_series", "amount_start_pick", ["scope", *SERIES])
    op.create_index(
        "ix_amount_start_pick_start",
        "amount_start_pick",
        list(START_INDEX),
        sqlite_where=sa.text("beaten = 0"),
        postgresql_where=sa.text("beaten = 0"),
    )
    stair = STAIR.format(r="amount_start_pick").replace("amount_start_pick.", "")
    op.create_index(
        "ix_amount_start_pick_next",
        "amount_start_pick",
        ["scope", "next_start"],
        sqlite_where=sa.text(stair),
        postgresql_where=sa.text(stair),
    )
    op.create_table(
        "amount_start_tally",
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("dim", sa.String(length=20), nullable=False),
        sa.Column("on_year", sa.Integer(), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cents", sa.BigInteger(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "scope", "dim", "on_year", "k", "unit", "status", name=op.f("pk_amount_start_tally")
        ),
    )


def _fill(engine: str, scopes: dict[str, str], with_new: bool) -> None:
    year = YEAR[engine].format(r="start_date")
    cents = CENTS[engine].format(r="")
    by_status = {s: f"status = '{s}'" for s in STATUSES} if with_new else {}
    for scope, where in {**scopes, **by_status}.items():
        op.execute(
            f"INSERT INTO amount_series (scope, {', '.join(SERIES)}, contribution_id, cents, "
            f"year, status) SELECT '{scope}', {', '.join(SERIES)}, id, cents, year, status "
            f"FROM (SELECT {', '.join(SERIES)}, id, {cents} AS cents, {year} AS year, status, "
            f"row_number() OVER (PARTITION BY {', '.join(SERIES)} ORDER BY {ORDER}) AS nth "
            f"FROM contribution WHERE amount IS NOT NULL AND {where.format(t='')}) AS ranked "
            "WHERE nth = 1"
        )
    for dim, column in AMOUNT_DIMS.items():
        op.execute(
            "INSERT INTO amount_tally (scope, dim, k, unit, status, cents, n) "
            f"SELECT scope, '{dim}', {column}, unit, status, sum(cents), count(*) "
            f"FROM amount_series GROUP BY scope, {column}, unit, status"
        )
    if not with_new:
        return
    for scope in SCOPES:
        op.execute(
            f"INSERT INTO amount_start_pick ({', '.join(PICK)}) "
            f"{_start_select(engine, scope, '1 = 1')}"
        )
    stair = STAIR.format(r="p")
    stop = YEAR[engine].format(r="p.next_start")
    for dim, column in AMOUNT_DIMS.items():
        op.execute(
            "INSERT INTO amount_start_tally (scope, dim, on_year, k, unit, status, cents, n) "
            f"SELECT scope, '{dim}', on_year, k, unit, status, sum(cents), sum(n) FROM ("
            f"SELECT p.scope, p.year AS on_year, p.{column} AS k, p.unit, p.status, p.cents, "
            f"1 AS n FROM amount_start_pick p WHERE {stair} UNION ALL "
            f"SELECT p.scope, {stop}, p.{column}, p.unit, p.status, -p.cents, -1 "
            f"FROM amount_start_pick p WHERE {stair} AND p.next_start IS NOT NULL) AS e "
            "GROUP BY scope, on_year, k, unit, status"
        )


def _sqlite_triggers(with_new: bool) -> None:
    when = {"insert": "NEW", "delete": "OLD"}
    for event, r in when.items():
        body = _series_writes("sqlite", f"{r}.", with_new)
        op.execute(
            f"CREATE TRIGGER tally_amount_contribution_{event} AFTER {event.upper()} ON "
            f"contribution WHEN {r}.amount IS NOT NULL BEGIN {'; '.join(body)}; END"
        )
    body = [s for r in ("OLD.", "NEW.") for s in _series_writes("sqlite", r, with_new)]
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
    if not with_new:
        return
    start_bodies = {
        "insert": ("INSERT", "NEW", "1"),
        "delete": ("DELETE", "OLD", "-1"),
        "update_old": ("UPDATE", "OLD", "-1"),
        "update_new": ("UPDATE", "NEW", "1"),
    }
    for name, (event, r, sign) in start_bodies.items():
        statements = _start_tally_changes("sqlite", r, sign)
        op.execute(
            f"CREATE TRIGGER tally_amount_start_{name} AFTER {event} ON amount_start_pick "
            f"WHEN {STAIR.format(r=r)} BEGIN {'; '.join(statements)}; END"
        )


def _drop_sqlite_triggers() -> None:
    for name in ("contribution_insert", "contribution_delete", "contribution_update"):
        op.execute(f"DROP TRIGGER IF EXISTS tally_amount_{name}")
    for name in ("insert", "delete", "update_old", "update_new"):
        op.execute(f"DROP TRIGGER IF EXISTS tally_amount_start_{name}")
    # tally_amount_series_* go with their table.


PG_SERIES_ARGS = ", ".join(f"p_{c} {t}" for c, t in zip(SERIES, ("int", "int", "int", "text")))


def _pg_triggers(with_new: bool) -> None:
    args = PG_SERIES_ARGS + (", p_status text" if with_new else "")
    body = _series_writes("postgresql", "p_", with_new)
    op.execute(
        f"CREATE FUNCTION tally_amount_pick({args}) RETURNS void LANGUAGE plpgsql AS $$ BEGIN "
        f"{'; '.join(body)}; END $$"
    )
    columns = (*SERIES, "status") if with_new else SERIES
    old = ", ".join(f"OLD.{c}" for c in columns)
    new = ", ".join(f"NEW.{c}" for c in columns)
    op.execute(
        "CREATE OR REPLACE FUNCTION tally_amount_contribution() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ "
        "BEGIN IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.amount IS NOT NULL THEN "
        f"PERFORM tally_amount_pick({old}); END IF; "
        "IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.amount IS NOT NULL THEN "
        f"PERFORM tally_amount_pick({new}); END IF; RETURN NULL; END $$"
    )
    # The function tally_amount_series() of 0014 stays; its trigger went with the table.
    op.execute(
        "CREATE TRIGGER tally_amount_series AFTER INSERT OR UPDATE OR DELETE ON amount_series "
        "FOR EACH ROW EXECUTE FUNCTION tally_amount_series()"
    )
    emptied = ["amount_series", "amount_tally"]
    if with_new:
        emptied += ["amount_start_pick", "amount_start_tally"]
        minus = "; ".join(_start_tally_changes("postgresql", "OLD", "-1"))
        plus = "; ".join(_start_tally_changes("postgresql", "NEW", "1"))
        op.execute(
            "CREATE FUNCTION tally_amount_start() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP IN ('UPDATE', 'DELETE') AND {STAIR.format(r='OLD')} THEN {minus}; "
            f"END IF; IF TG_OP IN ('UPDATE', 'INSERT') AND {STAIR.format(r='NEW')} THEN "
            f"{plus}; END IF; RETURN NULL; END $$"
        )
        op.execute(
            "CREATE TRIGGER tally_amount_start AFTER INSERT OR UPDATE OR DELETE ON "
            "amount_start_pick FOR EACH ROW EXECUTE FUNCTION tally_amount_start()"
        )
    deletes = " ".join(f"DELETE FROM {t};" for t in emptied)
    op.execute(
        "CREATE OR REPLACE FUNCTION tally_amount_truncate() RETURNS trigger LANGUAGE plpgsql "
        f"AS $$ BEGIN {deletes} RETURN NULL; END $$"
    )


def _drop_pg_functions(with_new: bool) -> None:
    if with_new:
        op.execute("DROP FUNCTION IF EXISTS tally_amount_start()")
        op.execute(f"DROP FUNCTION IF EXISTS tally_amount_pick({PG_SERIES_ARGS}, p_status text)")
    else:
        op.execute(f"DROP FUNCTION IF EXISTS tally_amount_pick({PG_SERIES_ARGS})")


def _rebuild(with_new: bool) -> None:
    """Drop the amount summaries and their triggers, build them as 0014 left them
    (`with_new` false) or as this revision does, and fill them."""
    engine = op.get_bind().dialect.name
    if engine == "sqlite":
        _drop_sqlite_triggers()
    else:
        # The contribution trigger calls tally_amount_pick, recreated with other arguments.
        op.execute("DROP TRIGGER IF EXISTS tally_amount ON contribution")
    for table in ("amount_start_tally", "amount_start_pick", "amount_tally", "amount_series"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
    if engine == "postgresql":
        _drop_pg_functions(not with_new)  # after the triggers that call them went
    _create_summaries(20 if with_new else 10)
    if with_new:
        _create_start_tables()
    _fill(engine, SCOPES, with_new)
    tables = ["amount_series", "amount_tally"]
    if with_new:
        tables += ["amount_start_pick", "amount_start_tally"]
    for table in tables:
        op.execute(f"ANALYZE {table}")
    if engine == "sqlite":
        _sqlite_triggers(with_new)
        return
    _pg_triggers(with_new)
    op.execute(
        "CREATE TRIGGER tally_amount AFTER INSERT OR DELETE OR UPDATE OF "
        f"{', '.join(PICK_COLUMNS)} ON contribution "
        "FOR EACH ROW EXECUTE FUNCTION tally_amount_contribution()"
    )


def upgrade() -> None:
    _rebuild(with_new=True)


def downgrade() -> None:
    _rebuild(with_new=False)
