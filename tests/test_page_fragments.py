"""Parts of pages kept per data version (app/pages/fragments.py): a page built from a kept part
is the same, byte for byte, as one rendered whole, and a write anywhere (here straight in SQL,
as another process would) shows on the next request, with the response cache on or off."""

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from tests.curation_support import Curated
from tests.helpers import counted_get

ARTICLE = "role-of-nato-and-partners-in-iraq"
PAGES = (
    f"/kb/sources/{ARTICLE}",
    "/kb/missions/mnf-i",
    "/kb/missions/ntm-i",
    "/kb/organizations/nato",
    "/kb/nations/ITA",
)


def _app(monkeypatch: pytest.MonkeyPatch, *, response_cache_mb: int) -> Any:
    from app.core.config import get_settings
    from tests.conftest import shared_app

    monkeypatch.setenv("RESPONSE_CACHE_MB", str(response_cache_mb))
    get_settings.cache_clear()
    try:
        return shared_app()
    finally:
        monkeypatch.delenv("RESPONSE_CACHE_MB")
        get_settings.cache_clear()


def _fragments(monkeypatch: pytest.MonkeyPatch, mb: int | None) -> None:
    """Keep page fragments (the default, None) or not (0), from the next request on."""
    from app.core.config import get_settings

    if mb is None:
        monkeypatch.delenv("PAGE_FRAGMENTS_MB", raising=False)
    else:
        monkeypatch.setenv("PAGE_FRAGMENTS_MB", str(mb))
    get_settings.cache_clear()


def _get(client: TestClient, url: str) -> tuple[bytes, int]:
    """The page's body and how many statements rendering it ran."""
    response, count = counted_get(client, url)
    assert response.status_code == 200, url
    return response.content, count


@pytest.fixture
def uncached(seeded_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """A client of the app with the response cache off: every request runs its route."""
    from tests.conftest import on_database

    on_database(seeded_url)
    with TestClient(_app(monkeypatch, response_cache_mb=0)) as c:
        yield c


def test_a_kept_part_is_the_rendered_part(
    uncached: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A request reuses the parts an earlier one kept (it runs fewer statements than a page
    rendered whole) and answers the same bytes as a page rendered without keeping anything."""
    for url in PAGES:
        _fragments(monkeypatch, 0)
        whole, statements = _get(uncached, url)
        assert _get(uncached, url) == (whole, statements), url  # nothing kept: all again
        _fragments(monkeypatch, None)
        first, _ = _get(uncached, url)  # kept now, if an earlier test had not kept it
        again, again_statements = _get(uncached, url)
        assert first == again == whole, url
        assert again_statements < statements, url


def _in_sql(curated: Curated, statement: str, **params: Any) -> None:
    """A write on a connection of its own, as another process would make it (the database's
    triggers bump the data version and the table's own version)."""
    from sqlalchemy import create_engine

    engine = create_engine(curated.url)
    try:
        with engine.begin() as conn:
            conn.execute(text(statement), params)
    finally:
        engine.dispose()


@pytest.mark.parametrize("response_cache_mb", [0, 32])
def test_a_write_shows_on_pages_built_from_kept_parts(
    curated: Curated, monkeypatch: pytest.MonkeyPatch, response_cache_mb: int
) -> None:
    """Kept parts go with the data version. With the response cache on, a page built from a
    kept part (another query string: a new entry of the response cache) still depends on the
    tables the part was read from: MNF-I's strength figures are read by its kept chart alone,
    and a write to them invalidates the page too."""
    from tests.conftest import on_database

    on_database(curated.url)
    article, mission = PAGES[0], PAGES[1]
    urls = (article, mission)
    with TestClient(_app(monkeypatch, response_cache_mb=response_cache_mb)) as client:
        before = {url: _get(client, url)[0] for url in urls}
        # Built from the parts the first requests kept (and, with the response cache on, kept
        # as answers of their own).
        for url in urls:
            assert _get(client, f"{url}?again=1")[0] == before[url]
        _in_sql(
            curated,
            "UPDATE strength_observation SET personnel = personnel + 1 "
            "WHERE mission_id = (SELECT id FROM mission WHERE slug = 'mnf-i')",
        )
        for asked in (mission, f"{mission}?again=1"):
            assert _get(client, asked)[0] != before[mission], asked
        note = "A note written in SQL while the page was kept"
        _in_sql(
            curated,
            "UPDATE citation SET note = :note WHERE key = (SELECT min(c.key) FROM citation c "
            "JOIN source s ON s.id = c.source_id WHERE s.slug = :slug)",
            note=note,
            slug=ARTICLE,
        )
        for asked in (article, f"{article}?again=1"):
            assert note.encode() in _get(client, asked)[0], asked
        _fragments(monkeypatch, 0)
        rendered = {url: _get(client, f"{url}?whole=1")[0] for url in urls}
        _fragments(monkeypatch, None)
        for url in urls:
            assert _get(client, f"{url}?again=1")[0] == rendered[url], url
