"""The response cache answers exactly what the uncached path answers, and a write anywhere
(another process included) invalidates it."""

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from app.http.cache import ResponseCache
from app.models import Contribution, Mission
from tests.helpers import counted_get

API = "/api/v1"


def _app(cache_mb: int, monkeypatch: pytest.MonkeyPatch) -> Any:
    from app.core.config import get_settings
    from tests.conftest import shared_app

    monkeypatch.setenv("RESPONSE_CACHE_MB", str(cache_mb))
    get_settings.cache_clear()
    try:
        return shared_app()
    finally:
        monkeypatch.delenv("RESPONSE_CACHE_MB")
        get_settings.cache_clear()


@pytest.fixture
def clients(
    seeded_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[TestClient, TestClient]]:
    from tests.conftest import use_database

    use_database(seeded_url)
    cached_app, plain_app = _app(32, monkeypatch), _app(0, monkeypatch)
    with (
        TestClient(cached_app, raise_server_exceptions=False) as cached,
        TestClient(plain_app, raise_server_exceptions=False) as plain,
    ):
        yield cached, plain


def _urls(plain: TestClient, db: Session) -> list[str]:
    mission = db.scalars(select(Mission.slug).order_by(Mission.slug)).first()
    contribution = db.scalars(select(Contribution.slug).order_by(Contribution.slug)).first()
    urls = [
        f"{API}/missions",
        f"{API}/missions?limit=3",
        f"{API}/missions?include_disputed=true&sort=-start_date",
        f"{API}/missions/{mission}",
        f"{API}/missions/{mission}?include_disputed=true",
        f"{API}/contributions",
        f"{API}/contributions?limit=5&sort=-personnel",
        # Another sort, and a selection of fields: entries of their own (the key is the URL).
        f"{API}/contributions?limit=5&sort=-personnel,-slug",
        f"{API}/contributions?limit=5&sort=-personnel&fields=slug,contributor.code",
        f"{API}/missions/{mission}?fields=slug,name",
        f"{API}/contributions?contributor=ITA&type=training",
        f"{API}/contributions/{contribution}",
        f"{API}/lessons",
        f"{API}/sources",
        f"{API}/citations?limit=20",
        f"{API}/partner-nations",
        f"{API}/contribution-types",
        # Errors are never cached, but must pass through unchanged.
        f"{API}/missions/no-such-mission",
        f"{API}/contributions?limit=100000",
        f"{API}/contributions?no_such_filter=1",
        # The HTML pages (app/pages) are cached the same way.
        "/",
        f"/kb/missions/{mission}",
        f"/kb/contributions/{contribution}",
        "/kb/contributions?mission=ntm-i&sort=-personnel",
        "/kb/sources/role-of-nato-and-partners-in-iraq",
        "/kb/missions/no-such-mission",
    ]
    nxt = plain.get(f"{API}/contributions?limit=5").json()["next"]
    return [*urls, nxt.replace("http://testserver", "")]


def _stable(headers: Any) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() != "x-request-id"}


def test_cached_answers_equal_the_uncached_path(
    clients: tuple[TestClient, TestClient], db: Session
) -> None:
    cached, plain = clients
    for url in _urls(plain, db):
        expected = plain.get(url)
        first, _ = counted_get(cached, url)  # a miss: rendered and stored
        again, statements = counted_get(cached, url)  # a hit for a 200
        for got in (first, again):
            assert got.status_code == expected.status_code, url
            assert got.content == expected.content, url
            # Everything but the per-request id is the same, byte for byte.
            assert _stable(got.headers) == _stable(expected.headers), url
        if expected.status_code == 200:
            assert statements == 0, f"{url} was not served from the cache"


def test_conditional_and_credentialed_requests_bypass_the_cache(
    clients: tuple[TestClient, TestClient],
) -> None:
    cached, _ = clients
    url = f"{API}/missions"
    cached.get(url)
    for headers in ({"If-None-Match": '"x"'}, {"Cookie": "a=b"}):
        _, statements = counted_get(cached, url, headers=headers)
        assert statements > 0, headers
    # A credentialed request reaches authentication instead of the cached 200: a bad key is a
    # 401 (refused before any query, so counting statements would not show it).
    response, _ = counted_get(cached, url, headers={"Authorization": "Bearer x"})
    assert response.status_code == 401


def test_a_write_in_another_process_invalidates_every_cached_answer_even_without_a_bump(
    empty_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.db import get_sessionmaker
    from app.core.migrations import upgrade
    from app.core.state import current
    from app.seed.loader import load_seed
    from tests.conftest import use_database

    upgrade(empty_url)
    use_database(empty_url)
    with get_sessionmaker()() as session:
        load_seed(session)
        session.commit()
        slug = session.scalars(select(Mission.slug).order_by(Mission.slug)).first()
    with TestClient(_app(32, monkeypatch)) as client:
        url = f"{API}/missions/{slug}"
        before = client.get(url).json()
        assert client.get(url).json() == before  # served from the cache
        other = create_engine(empty_url)  # stands for another process: its own connections
        try:
            with other.begin() as conn:
                # Plain SQL, no call to app.core.state.bump(): the database's own triggers
                # (migration 0006) change the data version in the same transaction.
                conn.execute(
                    text("UPDATE mission SET name = :n WHERE slug = :s"),
                    {"n": "Renamed elsewhere", "s": slug},
                )
        finally:
            other.dispose()
        after = client.get(url).json()
        assert after["name"] == "Renamed elsewhere"
        with get_sessionmaker()() as session:  # and a rolled-back write changes nothing
            version = current(session).version
            session.execute(text("UPDATE mission SET name = name || '!'"))
            session.rollback()
            assert current(session).version == version
        listed = client.get(f"{API}/missions?limit=500&include_disputed=true").json()["items"]
        assert "Renamed elsewhere" in [m["name"] for m in listed]


def test_the_cache_is_bounded_and_never_files_an_answer_under_a_newer_version() -> None:
    cache = ResponseCache(max_bytes=100_000)
    db = 1
    body = b"x" * 10_000
    for n in range(50):
        cache.put((db, 5), (f"/k{n}",), (200, [], body))
    assert cache.used <= cache.max_bytes
    assert cache.get((db, 5), ("/k49",)) is not None
    assert cache.get((db, 5), ("/k0",)) is None  # evicted, least recently used
    cache.put((db, 4), ("/old",), (200, [], b"stale"))  # rendered before version 5 was seen
    assert cache.get((db, 5), ("/old",)) is None
    assert cache.get((db, 6), ("/k49",)) is None  # a newer version misses everything
    cache.put((db, 6), ("/new",), (200, [], b"fresh"))
    assert cache.get((db, 6), ("/new",)) is not None
    assert cache.get((db, 6), ("/k49",)) is None
