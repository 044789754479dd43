"""A seeded database of each engine that a test may write to (the shared one stays pristine):
a copy of the process's seeded template, its own per test, dropped after it."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.conftest import BACKENDS, TempDatabases, on_database, shared_app, use_database


@pytest.fixture(params=BACKENDS)
def scratch_url(request: pytest.FixtureRequest, databases: TempDatabases) -> Iterator[str]:
    url = databases.copy(request.param)
    use_database(url)
    yield url
    databases.drop(url)


@pytest.fixture
def scratch_client(scratch_url: str) -> Iterator[TestClient]:
    on_database(scratch_url)
    with TestClient(shared_app(), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def scratch_db(scratch_client: TestClient) -> Iterator[Session]:
    from app.core.db import get_sessionmaker

    with get_sessionmaker()() as session:
        yield session
