"""Data safety, migration by migration: with the seed loaded, each step down and up again
keeps every row of every table that exists on both sides of it (a new migration is covered
as soon as it is added). FTS5's segment tables are left out: how many segment rows hold the
index depends on its merges, not on the data (the index's contents are compared in
tests/test_search.py)."""

from alembic.script import ScriptDirectory

from app.core.migrations import alembic_config, downgrade, upgrade
from app.seed.loader import load_seed
from tests.conftest import use_database
from tests.helpers import row_counts

# Steps whose downgrade drops rows the older schema cannot hold, with a query counting them:
# below 0007 there are no strength observations, so their citations have nothing to cite.
LOSSY = {
    "0007": {
        "citation": "SELECT count(*) FROM citation WHERE strength_id IS NOT NULL",
        "search_document": "SELECT count(*) FROM search_document d JOIN citation c "
        "ON d.kind = 'citation' AND d.record_id = c.id WHERE c.strength_id IS NOT NULL",
    }
}
# SQLite's full-text table mirrors search_document.
LOSSY["0007"]["search_fts"] = LOSSY["0007"]["search_document"]
# Derived tables that steps' downgrades and upgrades build again from the rows, with queries
# counting (at the head) the rows they hold below the step and after it: the amount
# summaries lose their per-status scopes below 0020, and both ways come back without the rows
# whose count fell to 0 (which the triggers leave).
SHOWN_OR_ALL = "scope IN ('shown', 'all')"
REBUILT = {
    "0020": {
        "amount_series": (
            f"SELECT count(*) FROM amount_series WHERE {SHOWN_OR_ALL}",
            "SELECT count(*) FROM amount_series",
        ),
        "amount_tally": (
            f"SELECT count(*) FROM amount_tally WHERE {SHOWN_OR_ALL} AND n <> 0",
            "SELECT count(*) FROM amount_tally WHERE n <> 0",
        ),
    }
}


def _count(url: str, sql: str) -> int:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql(sql).scalar_one())
    finally:
        engine.dispose()


FTS_SEGMENTS = ("search_fts_data", "search_fts_idx")


def without_segments(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counts.items() if k not in FTS_SEGMENTS}


def test_every_migration_step_keeps_seeded_rows(empty_url: str) -> None:
    from app.core.db import get_sessionmaker

    upgrade(empty_url)
    use_database(empty_url)
    with get_sessionmaker()() as session:
        load_seed(session)
        session.commit()
    use_database(empty_url)  # let go of the pool before migrating
    seeded = row_counts(empty_url)
    assert sum(seeded.values()) > 100

    script = ScriptDirectory.from_config(alembic_config(empty_url))
    steps = [(r.revision, r.down_revision) for r in script.walk_revisions()]  # head first
    assert steps
    lossy: dict[str, str] = {}
    rebuilt: dict[str, tuple[str, str]] = {}
    seeded = without_segments(seeded)
    for revision, down in steps:
        # Every step goes down from the head, through the lossy steps above it.
        lossy |= LOSSY.get(revision, {})
        rebuilt |= REBUILT.get(revision, {})
        if down is None:
            continue  # below the first migration there is no data to keep
        assert isinstance(down, str), f"{revision} merges branches: check it by hand"
        dropped = {name: _count(empty_url, sql) for name, sql in lossy.items()}
        derived = {
            name: (_count(empty_url, down_sql), _count(empty_url, up_sql))
            for name, (down_sql, up_sql) in rebuilt.items()
        }
        downgrade(empty_url, down)
        below = without_segments(row_counts(empty_url))
        upgrade(empty_url, "head")
        after = without_segments(row_counts(empty_url))
        for name, count in below.items():
            if any(dropped.values()) and name.startswith("search_fts_"):
                continue  # FTS5's own storage pages: search_document's count covers it
            if name in derived:
                assert (count, after[name]) == derived[name], f"{revision} rebuilt {name}"
                continue
            expected = seeded.get(name, count) - dropped.get(name, 0)
            assert count == expected, f"{revision} down lost rows of {name}"
            assert after[name] == seeded[name] - dropped.get(name, 0), (
                f"{revision} down+up changed {name}"
            )
        # Tables the step creates come back (empty or rebuilt), the rest untouched.
        assert set(after) == set(seeded)
        if any(dropped.values()):
            # What the lossy step dropped is loaded again for the steps below it.
            use_database(empty_url)
            with get_sessionmaker()() as session:
                load_seed(session)
                session.commit()
            use_database(empty_url)
            seeded = without_segments(row_counts(empty_url))
