"""A contributor's rows of a type in a date or personnel sort are looked for in a walk of the
contributor's rows in that order (pagination.WALK_WITHOUT, app/contributions/service.py),
stopped after WALKED rows; when the walk finds fewer than a page, the plain query is read.
Page by page, both give what the plain query gives: the same items and the same cursors, on
both engines, with the response cache off (the same URLs are asked in every plan)."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Contribution, ContributionType, Contributor
from tests.helpers import HIDDEN

API = "/api/v1"
SORTS = [s for n in ("start_date", "end_date", "personnel", "slug") for s in (n, "-" + n)]


def _pages(client: TestClient, **params: Any) -> list[tuple[list[str], Any, Any]]:
    """Every page as (its slugs, its next cursor, its total), following `next`."""
    pages = []
    response = client.get(f"{API}/contributions", params=params)
    while True:
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append(([i["slug"] for i in body["items"]], body["next_cursor"], body["total"]))
        if body["next"] is None:
            return pages
        response = client.get(body["next"])


def _pairs(client: TestClient, db: Session) -> tuple[tuple[str, str], tuple[str, str]]:
    """The seed's (contributor, type) with the most shown rows, and one with none (a type
    includes its sub-types)."""
    counts = db.execute(
        select(Contributor.code, ContributionType.slug, func.count())
        .join(Contribution, Contribution.contributor_id == Contributor.id)
        .join(ContributionType, ContributionType.id == Contribution.type_id)
        .where(Contribution.status.not_in(HIDDEN))
        .group_by(Contributor.code, ContributionType.slug)
        .order_by(func.count().desc(), Contributor.code, ContributionType.slug)
    ).all()
    code, most = counts[0][0], counts[0][1]
    types = db.scalars(select(ContributionType.slug).order_by(ContributionType.slug)).all()
    none = next(
        t
        for t in types
        if client.get(f"{API}/contributions", params={"contributor": code, "type": t}).json()[
            "total"
        ]
        == 0
    )
    return (code, most), (code, none)


def test_walked_pages_are_the_plain_pages(uncached: TestClient, db: Session) -> None:
    from app.core import pagination

    (code, most), (_, none) = _pairs(uncached, db)
    for type_slug in (most, none):
        for sort in SORTS:
            params = {"contributor": code, "type": type_slug, "sort": sort, "limit": 3}
            walked = _pages(uncached, **params)
            with pytest.MonkeyPatch.context() as patch:
                # A walk too short to find a page: every page is the plain query's, after it.
                patch.setattr(pagination, "WALKED", 2)
                short = _pages(uncached, **params)
                patch.setattr(pagination, "WALK_WITHOUT", "not-read")
                plain = _pages(uncached, **params)
            assert walked == short == plain, (type_slug, sort)
            if type_slug == none:
                assert plain == [([], None, 0)], sort
            else:
                assert len(plain) > 2 and len(plain[-1][0]) <= 3 and plain[-1][1] is None, sort


def test_a_walk_stops_after_walked_rows(uncached: TestClient, db: Session) -> None:
    """The walk finds a page at most WALKED rows into the contributor's order; a page further
    in (here: past the first rows) comes from the plain query, the same page."""
    from app.core import pagination

    (code, most), _ = _pairs(uncached, db)
    shown = db.scalar(
        select(func.count())
        .select_from(Contribution)
        .join(Contributor, Contributor.id == Contribution.contributor_id)
        .where(Contributor.code == code, Contribution.status.not_in(HIDDEN))
    )
    assert shown and shown > 8
    params = {"contributor": code, "type": most, "sort": "-start_date", "limit": 2}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pagination, "WALKED", 4)
        capped = _pages(uncached, **params)
        patch.setattr(pagination, "WALK_WITHOUT", "not-read")
        plain = _pages(uncached, **params)
    assert capped == plain
    assert sum(len(p[0]) for p in plain) == plain[0][2]
