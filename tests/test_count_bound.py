"""Counts are exact up to the count limit (COUNT_LIMIT), then "more than that" (`gte`).

The bound is set small here so the seed crosses it; every figure is checked against the
database (or against walking every page), on both engines, with the response cache off.
"""

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Contribution, Contributor
from tests.helpers import HIDDEN

API = "/api/v1"
BOUND = 7


@pytest.fixture
def bounded(seeded_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    from app.core.config import get_settings
    from tests.conftest import shared_app, use_database

    monkeypatch.setenv("RESPONSE_CACHE_MB", "0")
    monkeypatch.setenv("COUNT_LIMIT", str(BOUND))
    use_database(seeded_url)
    try:
        with TestClient(shared_app(), raise_server_exceptions=False) as client:
            yield client
    finally:
        monkeypatch.delenv("RESPONSE_CACHE_MB")
        monkeypatch.delenv("COUNT_LIMIT")
        get_settings.cache_clear()


def _pages(client: TestClient, url: str, **params: Any) -> tuple[list[dict[str, Any]], Any]:
    """Every item, following `next`; and the first page's response."""
    first = response = client.get(url, params=params)
    items: list[dict[str, Any]] = []
    while True:
        assert response.status_code == 200, response.text
        body = response.json()
        items.extend(body["items"])
        if body["next"] is None:
            return items, first
        response = client.get(body["next"])


def _visible_per_contributor(db: Session) -> dict[str, int]:
    rows = db.execute(
        select(Contributor.code, func.count())
        .join(Contribution, Contribution.contributor_id == Contributor.id)
        .where(Contribution.status.not_in(HIDDEN))
        .group_by(Contributor.code)
    ).all()
    return {code: n for code, n in rows}


def _assert_bounded(response: Any, exact: int) -> None:
    body = response.json()
    if exact <= BOUND:
        assert (body["total"], body["total_relation"]) == (exact, "eq")
    else:
        assert (body["total"], body["total_relation"]) == (BOUND, "gte")
    assert response.headers["X-Total-Count"] == str(body["total"])
    assert response.headers["X-Total-Relation"] == body["total_relation"]


def test_list_total_is_exact_below_the_bound_and_a_lower_bound_above(
    bounded: TestClient, db: Session
) -> None:
    exact = _visible_per_contributor(db)
    assert min(exact.values()) <= BOUND < max(exact.values()), exact  # the seed crosses it
    for code, n in exact.items():
        items, first = _pages(bounded, f"{API}/contributions", contributor=code, limit=5)
        _assert_bounded(first, n)
        # The pages do not depend on the count: walking them still gives every row.
        assert len(items) == n, code


def test_list_total_with_a_page_size_over_the_bound(bounded: TestClient, db: Session) -> None:
    everything = db.scalar(
        select(func.count()).select_from(Contribution).where(Contribution.status.not_in(HIDDEN))
    )
    response = bounded.get(f"{API}/contributions", params={"limit": 500})
    assert len(response.json()["items"]) == min(everything or 0, 500)
    _assert_bounded(response, everything or 0)


def test_default_bound_counts_the_seed_exactly(client: TestClient, db: Session) -> None:
    exact = _visible_per_contributor(db)
    for code, n in list(exact.items())[:10]:
        body = client.get(f"{API}/contributions", params={"contributor": code}).json()
        assert (body["total"], body["total_relation"]) == (n, "eq")


@pytest.mark.parametrize("q", ["mission", "training", "carabinieri", "italy OR poland"])
def test_search_total_is_exact_below_the_bound_and_a_lower_bound_above(
    bounded: TestClient, q: str
) -> None:
    hits, first = _pages(bounded, f"{API}/search", q=q, limit=4)
    assert hits, q
    body = first.json()
    assert first.headers["X-Total-Relation"] == body["total_relation"]
    if len(hits) < BOUND:  # every match was walked: the count is exact
        assert (body["total"], body["total_relation"]) == (len(hits), "eq")
    else:  # the pages walk at most BOUND ranked candidates; the total says so
        assert len(hits) == BOUND == body["total"]


def test_search_pages_stop_where_the_hits_do(bounded: TestClient) -> None:
    """Above the bound the pages walk the ranked candidates (the first BOUND matches), each
    hit once, and then stop: `next` follows the hits, not the bounded total."""
    hits, first = _pages(bounded, f"{API}/search", q="mission", limit=3)
    assert first.json()["total_relation"] == "gte"
    keys = [(h["type"], h["key"], h["passage"]) for h in hits]
    assert len(keys) == len(set(keys)) == BOUND
