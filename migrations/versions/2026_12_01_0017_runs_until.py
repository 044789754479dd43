"""a stored "runs until" date per contribution: `active_on` and `from` as range conditions

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01 17:00:00.000000

`active_on` and `from` keep the contributions still running on or after a day by an evidence
rule (app/contributions/service.py, ACTIVE_RULE): one with an end date runs to it; one without
runs to its last dated evidence (its start, its strength observations, the publication of the
sources citing it, hidden statuses left out; month and year precision covering the whole
month or year), never past its mission's end. Tested per row, the rule cost PostgreSQL
0.4-0.9 s for the bounded count of `active_on` at 1M contributions (a bitmap of every row
with no end before the day), and no index could serve it (docs/performance.md).

The rule is "the last day it runs is on or after the day". That last day is one date per
contribution, `runs_until`: its end date; with none, the latest of the evidence dates, capped
by the mission's end; NULL when there is no dated evidence (the rule never holds). Then
`from=D` is `runs_until >= D` and `active_on=D` is `runs_until >= D` and a start on or
before D: ranges, and `ix_contribution_runs_until` (runs_until, status, start_date) counts
them from the index alone. (start_date second, SQLite's planner skip-scanned the index, 12,800
distinct dates, for `to` and `year`, whose start conditions no index leads with: their counts
went from 15 to 45 ms of CPU at 1M.)

Triggers keep it exact in the writing transaction on both engines, whoever writes: on
`contribution` (its end, start, precision, mission; and a direct write of `runs_until`, which
is recomputed), `citation` (its contribution, status, source), `strength_observation` (its
contribution, status, date, precision), `source` (its publication date) and `mission` (its
end and precision). A change that leaves a contribution's date as it was writes nothing.
PostgreSQL computes it in a BEFORE trigger on `contribution` (`contribution_runs_until`);
SQLite, whose triggers cannot change NEW, in AFTER triggers that update the row.

Upgrading fills it from the rows there are (`_fill` says how, per engine).
"""

from collections.abc import Sequence
from itertools import pairwise

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out, not imported, so this revision stays what it was (app/models/base.py).
HIDDEN = "('disputed', 'misleading', 'unverifiable', 'opinion')"
INDEX = "ix_contribution_runs_until"
INDEX_COLUMNS = ["runs_until", "status", "start_date"]
# What each table's writes change the date through.
CONTRIBUTION_COLUMNS = ("end_date", "start_date", "date_precision", "mission_id", "runs_until")
CITATION_COLUMNS = ("contribution_id", "status", "source_id")
OBSERVATION_COLUMNS = ("contribution_id", "status", "observed_on", "date_precision")


# How long a contribution runs, start to runs_until, in days rounded down to a power of two
# (app/models/contribution.py, run_class_sql, says why): the run class index.
CLASS_INDEX = "ix_contribution_run_class_start"
RUN_SPAN = {
    "sqlite": "(julianday(runs_until) - julianday(start_date))",
    "postgresql": "(runs_until - start_date)",
}
CLASS_BOUNDS = (0, *(2**k for k in range(5, 22)))


def _run_class(engine: str) -> str:
    span = RUN_SPAN[engine]
    steps = " ".join(
        f"WHEN {span} < {hi} THEN {lo}" for lo, hi in pairwise(CLASS_BOUNDS)
    )
    return (
        f"(CASE WHEN runs_until IS NULL OR start_date IS NULL THEN NULL WHEN {span} < 0 "
        f"THEN -1 {steps} ELSE {CLASS_BOUNDS[-1]} END)"
    )


def _cover(engine: str, day: str, precision: str) -> str:
    """The last day a date of that precision covers (its day, month's end, year's end)."""
    if engine == "postgresql":
        month = f"(date_trunc('month', {day}) + interval '1 month - 1 day')::date"
        year = f"(date_trunc('year', {day}) + interval '1 year - 1 day')::date"
    else:
        # date() is NULL past 9999-12-31: the last month and year end on that day.
        month = (
            f"CASE WHEN {day} >= '9999-12-01' THEN '9999-12-31' "
            f"ELSE date({day}, 'start of month', '+1 month', '-1 day') END"
        )
        year = (
            f"CASE WHEN {day} >= '9999-01-01' THEN '9999-12-31' "
            f"ELSE date({day}, 'start of year', '+1 year', '-1 day') END"
        )
    return (
        f"CASE {precision} WHEN 'day' THEN {day} WHEN 'month' THEN {month} "
        f"WHEN 'year' THEN {year} END"
    )


ROW = {c: f"contribution.{c}" for c in ("id", "end_date", "start_date", "date_precision")}
ROW["mission_id"] = "contribution.mission_id"
# The PostgreSQL function's arguments.
ARGS = {
    "id": "p_id",
    "end_date": "p_end",
    "start_date": "p_start",
    "date_precision": "p_precision",
    "mission_id": "p_mission",
}


def _evidence(engine: str, c: dict[str, str]) -> list[str]:
    """The contribution's dated evidence (`c`: its columns in SQL): its start, its latest
    shown strength observation, the latest publication of a source its shown citations cite."""
    observed = _cover(engine, "o.observed_on", "o.date_precision")
    return [
        _cover(engine, c["start_date"], c["date_precision"]),
        f"(SELECT max({observed}) FROM strength_observation o "
        f"WHERE o.contribution_id = {c['id']} AND o.status NOT IN {HIDDEN})",
        "(SELECT max(s.published_date) FROM citation ci JOIN source s ON s.id = ci.source_id "
        f"WHERE ci.contribution_id = {c['id']} AND ci.status NOT IN {HIDDEN})",
    ]


def runs_until(engine: str, c: dict[str, str]) -> str:
    """The contribution's last running day by the rule, in SQL (`c`: its columns in SQL)."""
    dates = _evidence(engine, c)
    mission_end = _cover(engine, "m.end_date", "m.date_precision")
    if engine == "postgresql":
        last = f"GREATEST({', '.join(dates)})"  # NULLs left out; NULL when all are
        capped = f"LEAST(e.d, {mission_end})"
    else:
        # SQLite's max(a, b) is NULL when one is: '0' sorts before every date.
        last = "NULLIF(max(" + ", ".join(f"coalesce({d}, '0')" for d in dates) + "), '0')"
        capped = f"min(e.d, {mission_end})"
    return (
        f"CASE WHEN {c['end_date']} IS NOT NULL THEN {c['end_date']} ELSE (SELECT CASE "
        f"WHEN e.d IS NULL THEN NULL WHEN m.end_date IS NULL THEN e.d ELSE {capped} END "
        f"FROM (SELECT {last} AS d) AS e LEFT JOIN mission m ON m.id = {c['mission_id']}) END"
    )


def _refresh(engine: str, where: str) -> str:
    """Recompute the date of the contributions `where` selects, writing only those it moves."""
    if engine == "postgresql":
        # The BEFORE trigger computes the value; the function is only the comparison.
        value = "contribution_runs_until(id, end_date, start_date, date_precision, mission_id)"
    else:
        value = runs_until(engine, ROW)
    return (
        f"UPDATE contribution SET runs_until = {value} "
        f"WHERE ({where}) AND runs_until IS DISTINCT FROM {value}"
        if engine == "postgresql"
        else f"UPDATE contribution SET runs_until = {value} WHERE ({where}) "
        f"AND runs_until IS NOT {value}"
    )


# The contributions a write of each table may move ({r}: NEW or OLD). Those with an end date
# run to it whatever the evidence says.
OPEN = "end_date IS NULL"
AFFECTED = {
    "citation": f"id = {{r}}.contribution_id AND {OPEN}",
    "strength_observation": f"id = {{r}}.contribution_id AND {OPEN}",
    "source": f"{OPEN} AND id IN (SELECT contribution_id FROM citation WHERE source_id = {{r}}.id)",
    "mission": f"mission_id = {{r}}.id AND {OPEN}",
}
# (table, events, columns an UPDATE must name)
WATCHED = (
    ("citation", ("insert", "delete", "update"), CITATION_COLUMNS),
    ("strength_observation", ("insert", "delete", "update"), OBSERVATION_COLUMNS),
    ("source", ("update",), ("published_date",)),
    ("mission", ("update",), ("end_date", "date_precision")),
)


def _sqlite_triggers() -> None:
    own = _refresh("sqlite", "id = NEW.id")
    op.execute(
        f"CREATE TRIGGER runs_until_contribution_insert AFTER INSERT ON contribution "
        f"BEGIN {own}; END"
    )
    op.execute(
        "CREATE TRIGGER runs_until_contribution_update AFTER UPDATE OF "
        f"{', '.join(CONTRIBUTION_COLUMNS)} ON contribution BEGIN {own}; END"
    )
    for table, events, columns in WATCHED:
        for event in events:
            rows = {"insert": ["NEW"], "delete": ["OLD"], "update": ["OLD", "NEW"]}[event]
            if table == "source" or table == "mission":
                rows = ["NEW"]
            body = "; ".join(_refresh("sqlite", AFFECTED[table].format(r=r)) for r in rows)
            on = f"UPDATE OF {', '.join(columns)}" if event == "update" else event.upper()
            op.execute(
                f"CREATE TRIGGER runs_until_{table}_{event} AFTER {on} ON {table} "
                f"BEGIN {body}; END"
            )


def _pg_triggers() -> None:
    op.execute(
        "CREATE FUNCTION runs_until_contribution() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN NEW.runs_until := contribution_runs_until(NEW.id, NEW.end_date, "
        "NEW.start_date, NEW.date_precision, NEW.mission_id); RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER runs_until_contribution BEFORE INSERT OR UPDATE OF "
        f"{', '.join(CONTRIBUTION_COLUMNS)} ON contribution "
        "FOR EACH ROW EXECUTE FUNCTION runs_until_contribution()"
    )
    for table, events, columns in WATCHED:
        parts = []
        if "delete" in events or "update" in events:
            old = _refresh("postgresql", AFFECTED[table].format(r="OLD"))
            if table in ("source", "mission"):
                old = ""
            else:
                parts.append(f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {old}; END IF;")
        new = _refresh("postgresql", AFFECTED[table].format(r="NEW"))
        parts.append(f"IF TG_OP IN ('UPDATE', 'INSERT') THEN {new}; END IF;")
        op.execute(
            f"CREATE FUNCTION runs_until_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {' '.join(parts)} RETURN NULL; END $$"
        )
        on = " OR ".join(
            f"UPDATE OF {', '.join(columns)}" if e == "update" else e.upper() for e in events
        )
        op.execute(
            f"CREATE TRIGGER runs_until_{table} AFTER {on} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION runs_until_{table}()"
        )


def _pg_function() -> None:
    op.execute(
        "CREATE FUNCTION contribution_runs_until(p_id int, p_end date, p_start date, "
        "p_precision text, p_mission int) RETURNS date LANGUAGE sql STABLE AS $$ SELECT "
        f"{runs_until('postgresql', ARGS)} $$"
    )


def _fill(engine: str) -> None:
    """Every row's date. PostgreSQL: the column's type set again USING the function, which
    rewrites the table once and rebuilds its indexes in bulk (an UPDATE of the million rows
    inserted into each of its 23 indexes row by row: over 10 minutes at 1M on a loaded
    machine); no trigger fires. The function is called for the rows without an end only,
    after ANALYZE of the tables it reads (bench/generate.py at 1M: over 30 minutes before;
    265 s -> 7 s at 50k contributions). SQLite: an UPDATE with the other triggers on `contribution`
    held off (they count rows and bump data versions, which a new column leaves as they
    were)."""
    if engine == "postgresql":
        # The function's queries are planned once for the statement, generically: without
        # statistics (freshly loaded tables) the planner started the citation query from
        # `source` and probed the citations of every source, per row. A row with an end date
        # runs to it, as the function says, without calling it.
        op.execute("ANALYZE source, citation, strength_observation, mission")
        op.execute(
            "ALTER TABLE contribution ALTER COLUMN runs_until TYPE date USING CASE WHEN "
            "end_date IS NOT NULL THEN end_date ELSE "
            "contribution_runs_until(id, end_date, start_date, date_precision, mission_id) END"
        )
        return
    bind = op.get_bind()
    saved = bind.execute(
        sa.text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'contribution'"
        )
    ).all()
    for name, _ in saved:
        op.execute(f'DROP TRIGGER "{name}"')
    op.execute("UPDATE contribution SET runs_until = end_date WHERE end_date IS NOT NULL")
    op.execute(
        f"UPDATE contribution SET runs_until = {runs_until(engine, ROW)} "
        "WHERE end_date IS NULL"
    )
    for _, sql in saved:
        op.execute(sql)


def upgrade() -> None:
    engine = op.get_bind().dialect.name
    op.add_column("contribution", sa.Column("runs_until", sa.Date(), nullable=True))
    if engine == "postgresql":
        _pg_function()
    _fill(engine)
    op.create_index(INDEX, "contribution", INDEX_COLUMNS)
    op.execute(
        f"CREATE INDEX {CLASS_INDEX} ON contribution ({_run_class(engine)}, "
        "coalesce(start_date, '9999-12-31'), id, runs_until, status)"
    )
    if engine == "postgresql":
        _pg_triggers()
    else:
        _sqlite_triggers()
    # The planner's statistics of the new column and index (SQLite: only when the database
    # was analyzed before, as 0015 says why).
    if engine == "postgresql":
        op.execute("ANALYZE contribution")
    elif _analyzed(op.get_bind()):
        op.execute(f"ANALYZE {INDEX}")
        op.execute(f"ANALYZE {CLASS_INDEX}")


def _analyzed(bind: sa.Connection) -> bool:
    has_stats = bind.execute(
        sa.text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
    ).first()
    return has_stats is not None and (
        bind.execute(sa.text("SELECT 1 FROM sqlite_stat1 WHERE tbl = 'contribution'")).first()
        is not None
    )


def downgrade() -> None:
    engine = op.get_bind().dialect.name
    if engine == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS runs_until_contribution ON contribution")
        op.execute("DROP FUNCTION IF EXISTS runs_until_contribution()")
        for table, _, _ in WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS runs_until_{table} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS runs_until_{table}()")
        op.execute("DROP FUNCTION IF EXISTS contribution_runs_until(int, date, date, text, int)")
    else:
        for event in ("insert", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS runs_until_contribution_{event}")
        for table, events, _ in WATCHED:
            for event in events:
                op.execute(f"DROP TRIGGER IF EXISTS runs_until_{table}_{event}")
    op.drop_index(CLASS_INDEX, table_name="contribution")
    op.drop_index(INDEX, table_name="contribution")
    # Not a batch rebuild: SQLite (3.35+) drops a column in place (as 0014's downgrade).
    op.execute("ALTER TABLE contribution DROP COLUMN runs_until")
