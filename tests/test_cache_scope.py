"""The response cache keeps an answer until a table it was read from changes (app/core/readset.py,
migration 0012's table versions), not until any write anywhere; and never serves one stale.

Two apps with caches of their own stand for two workers sharing one database; a third, with
no cache, says what the answer is now. After each write (through either worker's API, or
plain SQL from another connection), every URL asked of both workers answers the same body as
the uncached app, on both engines; and an answer read from none of the written tables is
still served from the cache.
"""

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from app.models import Contribution, Lesson, Mission
from tests.curation_support import API, Curated, etag
from tests.helpers import counted_get


def _app(cache_mb: int, monkeypatch: pytest.MonkeyPatch, slot: int = 0) -> Any:
    """An app of its own per (cache size, slot), built once per test process
    (tests/conftest.py::shared_app): fresh middleware, so an empty response cache, each time."""
    from app.core.config import get_settings
    from tests.conftest import shared_app

    monkeypatch.setenv("RESPONSE_CACHE_MB", str(cache_mb))
    monkeypatch.setenv("RATE_LIMIT_WRITES_PER_MINUTE", "0")
    get_settings.cache_clear()
    try:
        return shared_app(slot)
    finally:
        monkeypatch.delenv("RESPONSE_CACHE_MB")
        monkeypatch.delenv("RATE_LIMIT_WRITES_PER_MINUTE")
        get_settings.cache_clear()


@pytest.fixture
def workers(
    curated: Curated, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[TestClient, TestClient, TestClient]]:
    from tests.conftest import on_database

    on_database(curated.url)
    apps = [_app(32, monkeypatch), _app(32, monkeypatch, slot=1), _app(0, monkeypatch)]
    with (
        TestClient(apps[0], raise_server_exceptions=False) as one,
        TestClient(apps[1], raise_server_exceptions=False) as two,
        TestClient(apps[2], raise_server_exceptions=False) as plain,
    ):
        yield one, two, plain


def _urls(db: Session) -> list[str]:
    mission = db.scalars(select(Mission.slug).order_by(Mission.slug)).first()
    contribution = db.scalars(select(Contribution.slug).order_by(Contribution.slug)).first()
    lesson = db.scalars(select(Lesson.slug).order_by(Lesson.slug)).first()
    return [
        f"{API}/missions",
        f"{API}/missions/{mission}",
        f"{API}/contributions?limit=5&sort=-personnel",
        f"{API}/contributions/{contribution}",
        f"{API}/lessons",
        f"{API}/lessons/{lesson}",
        f"{API}/sources",
        f"{API}/citations?limit=20",
        f"{API}/partner-nations",
        f"{API}/contribution-types",
        f"{API}/stats/overview",
        f"{API}/stats/contributions?group_by=mission",
        f"{API}/strengths?limit=5",
        f"{API}/search?q=training",
        f"{API}/changes",
        "/",
        f"/kb/missions/{mission}",
    ]


def _statements(client: TestClient, url: str) -> tuple[bytes, int]:
    response, count = counted_get(client, url)
    assert response.status_code == 200, (url, response.text)
    return response.content, count


def _assert_fresh(workers: tuple[TestClient, TestClient, TestClient], urls: list[str]) -> None:
    one, two, plain = workers
    for url in urls:
        expected = plain.get(url).content
        for worker in (one, two):
            assert worker.get(url).content == expected, url


def test_a_write_stales_only_what_was_read_from_its_tables_on_every_worker(
    workers: tuple[TestClient, TestClient, TestClient], curated: Curated, kb_db: Session
) -> None:
    one, two, plain = workers
    urls = _urls(kb_db)
    _assert_fresh(workers, urls)  # both caches hold every answer now
    contributions = f"{API}/contributions?limit=5&sort=-personnel"

    # A lesson edited through worker one's API: lessons (and what reads them) change on both
    # workers; the contributions list, read from no table the edit wrote, stays cached.
    lesson = kb_db.scalars(select(Lesson.slug).order_by(Lesson.slug)).first()
    url = f"{API}/lessons/{lesson}"
    response = one.patch(
        url,
        json={"title": "Renamed by worker one"},
        headers=curated.auth() | {"If-Match": etag(plain, url)},
    )
    assert response.status_code == 200, response.text
    _assert_fresh(workers, urls)
    assert b"Renamed by worker one" in two.get(url).content
    assert _statements(two, contributions)[1] == 0, "the contributions list was dropped"

    # A contribution changed by plain SQL on another connection (another process): every
    # answer that can contain it is fresh on both workers.
    listed = plain.get(contributions).json()["items"][-1]["slug"]
    other = create_engine(curated.url)
    try:
        with other.begin() as conn:
            conn.execute(
                text("UPDATE contribution SET personnel = 999999 WHERE slug = :s"), {"s": listed}
            )
    finally:
        other.dispose()
    _assert_fresh(workers, urls)
    assert b"999999" in two.get(contributions).content

    # A mission renamed through worker two's API.
    mission = kb_db.scalars(select(Mission.slug).order_by(Mission.slug)).first()
    url = f"{API}/missions/{mission}"
    response = two.patch(
        url,
        json={"name": "Renamed by worker two"},
        headers=curated.auth() | {"If-Match": etag(plain, url)},
    )
    assert response.status_code == 200, response.text
    _assert_fresh(workers, urls)


def test_a_replayed_etag_never_validates_after_a_write(
    workers: tuple[TestClient, TestClient, TestClient], curated: Curated, kb_db: Session
) -> None:
    """A cached answer kept across a write to other tables replays the ETag it was rendered
    with; a client revalidating with it gets the full answer (200), never a stale 304."""
    one, _, plain = workers
    contributions = f"{API}/contributions?limit=5"
    tag = one.get(contributions).headers["ETag"]
    assert one.get(contributions, headers={"If-None-Match": tag}).status_code == 304
    lesson = kb_db.scalars(select(Lesson.slug).order_by(Lesson.slug)).first()
    url = f"{API}/lessons/{lesson}"
    response = one.patch(
        url, json={"title": "Edited"}, headers=curated.auth() | {"If-Match": etag(plain, url)}
    )
    assert response.status_code == 200, response.text
    replayed = one.get(contributions)
    assert _statements(one, contributions)[1] == 0  # still cached
    revalidated = one.get(contributions, headers={"If-None-Match": replayed.headers["ETag"]})
    assert revalidated.status_code == 200
    assert revalidated.content == plain.get(contributions).content
