"""Every database test runs on SQLite and on PostgreSQL.

Each backend gets a database of its own for the whole run (a temporary SQLite file; a
PostgreSQL database created for the run and dropped after), built by `alembic upgrade head`
and loaded with the real seed. PostgreSQL must be reachable: if it is not, the PostgreSQL
tests fail (they never skip), so CI cannot pass without them.
"""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

PG_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
# Fixtures of the write tests (a fresh seeded database per module, keys of each role).
pytest_plugins = ["tests.setup_counts", "tests.curation_support"]

BACKENDS = [b for b in os.environ.get("TEST_BACKENDS", "sqlite,postgresql").split(",") if b]


def reset_caches() -> None:
    from app.core import db
    from app.core.config import get_settings

    get_settings.cache_clear()
    if db.get_engine.cache_info().currsize:
        db.get_engine().dispose()
    db.get_engine.cache_clear()
    db.get_sessionmaker.cache_clear()


def use_database(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    reset_caches()


class TempDatabases:
    """Creates empty databases of either engine and drops them at the end of the run."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.pg_created: list[str] = []

    def new(self, backend: str) -> str:
        name = f"ckb_test_{uuid.uuid4().hex[:10]}"
        if backend == "sqlite":
            return f"sqlite:///{self.tmp / (name + '.db')}"
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        self.pg_created.append(name)
        return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        if not self.pg_created:
            return
        reset_caches()
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for name in self.pg_created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TempDatabases]:
    dbs = TempDatabases(tmp_path_factory.mktemp("db"))
    yield dbs
    dbs.drop_all()


@pytest.fixture(scope="session", params=BACKENDS)
def seeded_url(request: pytest.FixtureRequest, databases: TempDatabases) -> str:
    """A database at head with the seed loaded, shared by the read-only tests of a backend."""
    from app.core.db import get_sessionmaker
    from app.core.migrations import upgrade
    from app.seed.loader import load_seed

    url = databases.new(request.param)
    upgrade(url)
    use_database(url)
    with get_sessionmaker()() as session:
        load_seed(session)
        session.commit()
    return url


@pytest.fixture(scope="session")
def backend(seeded_url: str) -> str:
    return make_url(seeded_url).get_backend_name()


@pytest.fixture
def client(seeded_url: str) -> Iterator[TestClient]:
    from app.main import create_app

    use_database(seeded_url)
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def db(seeded_url: str, client: TestClient) -> Iterator[Session]:
    """A session on the same database the client uses, to check answers against SQL."""
    from app.core.db import get_sessionmaker

    with get_sessionmaker()() as session:
        yield session


@pytest.fixture(params=BACKENDS)
def empty_url(request: pytest.FixtureRequest, databases: TempDatabases) -> str:
    """A brand-new empty database (no schema) of each engine, for migration tests."""
    return databases.new(request.param)


# The longest tests (a schemathesis run per engine, several minutes each) start first, one in
# each test process, so they overlap the rest instead of running last, one after the other:
# pytest-xdist hands tests out in collection order.
_LONGEST = ("test_schemathesis.py::",)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: 0 if any(m in item.nodeid for m in _LONGEST) else 1)
