"""Fixtures for write tests: each test gets a database of its own per backend, a copy of
the process's seeded template with one key of each role (tests/conftest.py), dropped after
the test; the shared `seeded_url` stays untouched for the read tests. Whatever a test
writes, the next one starts from the seed again, in any order and on any worker."""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from tests.conftest import BACKENDS, TempDatabases, on_database, shared_app, use_database

API = "/api/v1"


@dataclass
class Curated:
    url: str
    backend: str
    keys: dict[str, str]  # role -> key

    def auth(self, role: str = "editor") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[role]}"}


def make_curated(databases: TempDatabases, backend: str) -> Curated:
    """A seeded database with a key of each role, made current (use_database)."""
    url = databases.copy(backend, "curated")
    use_database(url)
    return Curated(url=url, backend=make_url(url).get_backend_name(), keys=databases.keys[backend])


@pytest.fixture(params=BACKENDS)
def curated(request: pytest.FixtureRequest, databases: TempDatabases) -> Iterator[Curated]:
    made = make_curated(databases, request.param)
    yield made
    databases.drop(made.url)


@pytest.fixture
def api(curated: Curated) -> Iterator[TestClient]:
    on_database(curated.url)
    with TestClient(shared_app(), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def kb_db(curated: Curated, api: TestClient) -> Iterator[Session]:
    from app.core.db import get_sessionmaker

    with get_sessionmaker()() as session:
        yield session


def etag(client: TestClient, path: str) -> str:
    response = client.get(
        path, params={"include_disputed": "true"} if _has_disputed(path) else None
    )
    assert response.status_code == 200, response.text
    return str(response.headers["ETag"])


def _has_disputed(path: str) -> bool:
    return any(
        part in path
        for part in (
            "/missions/",
            "/contributions/",
            "/lessons/",
            "/partner-nations/",
            "/organizations/",
            "/strengths/",
        )
    )


def audit_rows(session: Session, **where: Any) -> list[Any]:
    from app.models import AuditEntry

    session.expire_all()
    stmt = select(AuditEntry).filter_by(**where).order_by(AuditEntry.id)
    return list(session.scalars(stmt))


def count(session: Session, model: Any) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(model)) or 0


def data_version(session: Session) -> int:
    from app.core.state import current

    session.expire_all()
    return current(session).version


def citation_in(session: Session, source_slug: str) -> dict[str, Any]:
    """A quote and section that are verbatim in a source with full text."""
    from sqlalchemy.orm import undefer

    from app.models import Source

    source = session.scalars(
        select(Source).options(undefer(Source.full_text)).where(Source.slug == source_slug)
    ).one()
    assert source.full_text
    lines = [ln.strip() for ln in source.full_text.splitlines() if len(ln.strip()) > 40]
    return {"source": source_slug, "quote": lines[0][:40], "section": None}
