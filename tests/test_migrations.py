"""Alembic owns the schema: it migrates both ways on both engines and matches the models."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, select

from app.core.migrations import downgrade, head_revision, upgrade
from app.models import Base, Citation, Mission
from app.search.schema import include_object
from app.seed.loader import load_seed
from tests.conftest import use_database


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrade_downgrade_upgrade(empty_url: str) -> None:
    upgrade(empty_url)
    assert {"mission", "contribution", "citation", "source", "lesson"} <= _tables(empty_url)
    downgrade(empty_url)
    assert _tables(empty_url) <= {"alembic_version"}
    upgrade(empty_url)
    assert "mission" in _tables(empty_url)


def test_models_and_migrations_do_not_drift(empty_url: str) -> None:
    upgrade(empty_url)
    engine = create_engine(empty_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == [], f"models and migrations differ: {diff}"


def test_seeded_rows_survive_a_downgrade_upgrade_of_the_head_revision(empty_url: str) -> None:
    """Data safety: the latest migration applied over seeded data keeps every row."""
    from app.core.db import get_sessionmaker

    upgrade(empty_url)
    use_database(empty_url)
    with get_sessionmaker()() as session:
        load_seed(session)
        session.commit()
        before = (
            session.scalar(select(func.count()).select_from(Mission)),
            session.scalar(select(func.count()).select_from(Citation)),
        )
    head = head_revision()
    assert head is not None
    upgrade(empty_url, "head")  # idempotent at head
    with get_sessionmaker()() as session:
        after = (
            session.scalar(select(func.count()).select_from(Mission)),
            session.scalar(select(func.count()).select_from(Citation)),
        )
    assert before == after
    assert before[0] and before[1]
