"""Fixtures for write tests: each test module gets its own seeded database per backend (the
shared `seeded_url` stays untouched for the read tests), with one key of each role."""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from tests.conftest import BACKENDS, TempDatabases, use_database

API = "/api/v1"


@dataclass
class Curated:
    url: str
    backend: str
    keys: dict[str, str]  # role -> key

    def auth(self, role: str = "editor") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[role]}"}


def make_curated(databases: TempDatabases, backend: str) -> Curated:
    from app.auth.keys import create_key
    from app.core.db import get_sessionmaker
    from app.core.migrations import upgrade
    from app.seed.loader import load_seed

    url = databases.new(backend)
    upgrade(url)
    use_database(url)
    keys = {}
    with get_sessionmaker()() as session:
        load_seed(session)
        for role in ("reader", "editor", "admin"):
            _, keys[role] = create_key(session, name=f"{role}-key", role=role)
        session.commit()
    return Curated(url=url, backend=make_url(url).get_backend_name(), keys=keys)


@pytest.fixture(scope="module", params=BACKENDS)
def curated(request: pytest.FixtureRequest, databases: TempDatabases) -> Curated:
    return make_curated(databases, request.param)


@pytest.fixture
def api(curated: Curated) -> Iterator[TestClient]:
    from app.main import create_app

    use_database(curated.url)
    with TestClient(create_app(), raise_server_exceptions=False) as c:
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
