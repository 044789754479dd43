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
    seeded = without_segments(seeded)
    for revision, down in steps:
        if down is None:
            continue  # below the first migration there is no data to keep
        assert isinstance(down, str), f"{revision} merges branches: check it by hand"
        downgrade(empty_url, down)
        below = without_segments(row_counts(empty_url))
        upgrade(empty_url, "head")
        after = without_segments(row_counts(empty_url))
        for name, count in below.items():
            assert count == seeded.get(name, count), f"{revision} down lost rows of {name}"
            assert after[name] == seeded[name], f"{revision} down+up changed {name}"
        # Tables the step creates come back (empty or rebuilt), the rest untouched.
        assert set(after) == set(seeded)
