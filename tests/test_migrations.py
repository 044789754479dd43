"""Alembic owns the schema: it migrates both ways on both engines and matches the models."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, select, text

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


def test_strength_migration_keeps_citation_triggers_and_corrections(empty_url: str) -> None:
    """0007 rebuilds `citation` on SQLite: its triggers (search index, data version) and the
    disputed citations' `corrected_by` references must come through, both ways."""
    from app.core.db import get_sessionmaker

    def state() -> tuple[set[str], int, int, int]:
        engine = create_engine(empty_url)
        try:
            with engine.connect() as conn:
                if engine.dialect.name == "sqlite":
                    sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                else:
                    sql = (
                        "SELECT tgname || ' on ' || tgrelid::regclass::text FROM pg_trigger "
                        "WHERE NOT tgisinternal"
                    )
                triggers = {r[0] for r in conn.exec_driver_sql(sql)}
                corrected = conn.exec_driver_sql(
                    "SELECT count(*) FROM citation WHERE corrected_by_id IS NOT NULL"
                ).scalar_one()
                indexed = conn.exec_driver_sql(
                    "SELECT count(*) FROM search_document WHERE kind = 'citation'"
                ).scalar_one()
                columns = {c["name"] for c in inspect(conn).get_columns("citation")}
                of_strengths = (
                    conn.exec_driver_sql(
                        "SELECT count(*) FROM citation WHERE strength_id IS NOT NULL"
                    ).scalar_one()
                    if "strength_id" in columns
                    else 0
                )
            return triggers, int(corrected), int(indexed), int(of_strengths)
        finally:
            engine.dispose()

    upgrade(empty_url)
    use_database(empty_url)
    with get_sessionmaker()() as session:
        load_seed(session)
        session.commit()
    use_database(empty_url)
    at_head = state()
    downgrade(empty_url, "0006")
    below = state()
    upgrade(empty_url, "head")
    again = state()
    # Down, the observations' citations go (nothing left to cite); everything else stays.
    assert below[1:] == (at_head[1], at_head[2] - at_head[3], 0)
    # (The tallies' and table versions' triggers are 0012's, PostgreSQL's kept search lists'
    # 0016's: not there below them, there again.)
    of_0012 = ("tally", "kb_table_bump", "search_topk")
    assert {t for t in at_head[0] if "strength" not in t and not t.startswith(of_0012)} == below[0]
    assert any(t.startswith("tally") for t in again[0])
    assert any("citation" in t for t in below[0])
    # Up again: the same triggers and corrections, the index as it was below.
    assert again[:2] == at_head[:2] and again[2:] == below[2:]
    assert at_head[1] > 0 and at_head[2] > 0


def _index_names(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                sql = "SELECT indexname FROM pg_indexes WHERE tablename = 'contribution'"
            else:
                sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contribution'"
            return set(conn.execute(text(sql)).scalars())
    finally:
        engine.dispose()


def test_list_indexes_of_0013_and_0015_up_and_down(empty_url: str) -> None:
    """The expression indexes the drift test cannot compare (SQLite's reflection skips them)
    are there at head, 0015's gone below it, 0013's below that, and all back after a second
    upgrade, on both engines."""
    from app.models.contribution import EXPRESSION_INDEXES, LIST_SORTS

    upgrade(empty_url)
    assert _index_names(empty_url) >= EXPRESSION_INDEXES
    kinds = ("order", "contributor", "amount", "type")
    plain = {f"ix_contribution_{kind}_slug" for kind in kinds}
    assert plain <= _index_names(empty_url)
    downgrade(empty_url, "0013")  # below 0015: one type in any order
    of_0015 = {f"ix_contribution_type_{sort}" for sort in LIST_SORTS}
    assert not of_0015 & _index_names(empty_url)
    assert "ix_contribution_order_slug" in _index_names(empty_url)
    downgrade(empty_url, "0012")
    assert not {n for n in _index_names(empty_url) if n.startswith("ix_contribution_order_")}
    assert not EXPRESSION_INDEXES & _index_names(empty_url)
    upgrade(empty_url)
    assert _index_names(empty_url) >= EXPRESSION_INDEXES


def test_kept_search_lists_of_0016_up_and_down(empty_url: str) -> None:
    """0016 re-creates SQLite's search_document triggers with the kept lists' statements and
    adds PostgreSQL's own; down, the original ones index a new record again, and up again the
    tables come back empty (no word of the seed is in 5,000 documents) and are kept."""
    from app.core.db import get_sessionmaker
    from app.search.topk import promote

    def tables() -> set[str]:
        engine = create_engine(empty_url)
        try:
            return set(inspect(engine).get_table_names()) & {"search_term", "search_topk"}
        finally:
            engine.dispose()

    def add_mission(slug: str) -> int:
        use_database(empty_url)
        with get_sessionmaker()() as session:
            session.add(
                Mission(
                    slug=slug,
                    name="Training Quokka",
                    kind="training",
                    theater="AUS",
                    summary="Quokka training.",
                    status="asserted",
                )
            )
            session.commit()
            return int(
                session.execute(
                    text(
                        "SELECT count(*) FROM search_document WHERE kind = 'mission' "
                        "AND title LIKE '%Quokka%'"
                    )
                ).scalar_one()
            )

    upgrade(empty_url)
    use_database(empty_url)
    with get_sessionmaker()() as session:
        load_seed(session)
        session.commit()
        assert session.execute(text("SELECT count(*) FROM search_term")).scalar_one() == 0
        assert promote(session.connection(), "training", depth=5) == 5
        session.commit()
    downgrade(empty_url, "0015")
    assert tables() == set()
    assert add_mission("op-quokka-1") == 1  # the index follows writes without the lists
    upgrade(empty_url, "head")
    assert tables() == {"search_term", "search_topk"}
    use_database(empty_url)
    with get_sessionmaker()() as session:
        assert session.execute(text("SELECT count(*) FROM search_topk")).scalar_one() == 0
        promote(session.connection(), "quokka")
        session.commit()
    assert add_mission("op-quokka-2") == 2
    with get_sessionmaker()() as session:
        kept = session.execute(
            text("SELECT count(*) FROM search_topk WHERE term = 'quokka'")
        ).scalar_one()
    assert kept == 2  # the one promoted, and the one the trigger added
