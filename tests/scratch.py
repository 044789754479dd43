"""A seeded database of each engine that tests may write to (the shared one stays pristine)."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.conftest import BACKENDS, TempDatabases, use_database


@pytest.fixture(scope="module", params=BACKENDS)
def scratch_url(request: pytest.FixtureRequest, databases: TempDatabases) -> str:
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


@pytest.fixture
def scratch_client(scratch_url: str) -> Iterator[TestClient]:
    from app.main import create_app

    use_database(scratch_url)
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def scratch_db(scratch_client: TestClient) -> Iterator[Session]:
    from app.core.db import get_sessionmaker

    with get_sessionmaker()() as session:
        yield session
