"""The number of SQL statements a request costs does not grow with the page: no N+1.

Counted with SQLAlchemy's `before_cursor_execute` event on the app's engine, with the response
cache off (a cached answer costs no statement at all, which would prove nothing).
"""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.models import Contribution, Mission

API = "/api/v1"
LIMITS = (1, 2, 7, 50, 500)
LISTS = [
    "/missions",
    "/missions?include_disputed=true&sort=-start_date",
    "/contributions",
    "/contributions?include_disputed=true&sort=personnel",
    "/contributions?type=training&category=training",
    "/contributions?mission=ntm-i&contributor=ITA",
    "/lessons",
    "/contribution-types",
    "/sources",
    "/partner-nations",
    "/organizations",
    "/contributors",
    "/citations",
    # Several sort keys (mixed directions: the expanded keyset predicate) and field selection.
    "/contributions?include_disputed=true&sort=-personnel,start_date,-slug",
    "/contributions?fields=slug,contributor.code&sort=personnel,-slug",
    "/missions?sort=-end_date,name&fields=slug,name",
    "/strengths?sort=-personnel,date",
]


class StatementCounter:
    def __init__(self) -> None:
        from app.core.db import get_engine

        self.engine = get_engine()
        self.count = 0

    def _on_execute(self, *_: Any) -> None:
        self.count += 1

    def __call__(self, client: TestClient, url: str) -> int:
        self.count = 0
        event.listen(self.engine, "before_cursor_execute", self._on_execute)
        try:
            response = client.get(url)
        finally:
            event.remove(self.engine, "before_cursor_execute", self._on_execute)
        assert response.status_code == 200, (url, response.text)
        return self.count


def _with(url: str, **params: Any) -> str:
    extra = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{url}{'&' if '?' in url else '?'}{extra}"


@pytest.mark.parametrize("path", LISTS)
def test_list_statements_do_not_depend_on_the_page_size(uncached: TestClient, path: str) -> None:
    counter = StatementCounter()
    counts = {limit: counter(uncached, _with(API + path, limit=limit)) for limit in LIMITS}
    assert len(set(counts.values())) == 1, counts
    # And the next page (cursor) costs what the first did.
    first = uncached.get(_with(API + path, limit=2)).json()
    if first["next"]:
        assert counter(uncached, first["next"]) == counts[2]


def test_mission_detail_statements_do_not_depend_on_its_size(
    uncached: TestClient, db: Session
) -> None:
    counter = StatementCounter()
    counts = {}
    for slug in db.scalars(select(Mission.slug)):
        for disputed in ("false", "true"):
            url = f"{API}/missions/{slug}?include_disputed={disputed}"
            counts[(slug, disputed)] = counter(uncached, url)
    # A mission with no contributions skips the per-type queries; every other costs the same.
    assert len(set(counts.values()) - {min(counts.values())}) <= 1, counts
    # The data version (for its ETag), the mission, the per-type totals, the previews, the
    # lessons, the citations.
    assert max(counts.values()) == 6, counts


def test_a_record_get_reads_the_data_version_once(uncached: TestClient, db: Session) -> None:
    """The record's ETag is made from the version its collection validators read: one
    statement for both. A contribution: that, itself, its citations, its strengths."""
    from app.core.db import get_engine

    read: list[str] = []

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        read.append(statement)

    slug = db.scalars(select(Contribution.slug).order_by(Contribution.id)).first()
    engine = get_engine()
    for url, statements in ((f"{API}/missions/ntm-i", 6), (f"{API}/contributions/{slug}", 4)):
        read.clear()
        event.listen(engine, "before_cursor_execute", on_execute)
        try:
            response = uncached.get(url)
        finally:
            event.remove(engine, "before_cursor_execute", on_execute)
        assert response.status_code == 200, response.text
        assert len(read) == statements, read
        assert sum("kb_state" in s for s in read) == 1, read
        record_version, data_version = response.headers["ETag"].strip('"').split(".")
        assert record_version == str(response.json()["version"])
        assert uncached.get(f"{API}/missions").headers["ETag"] == f'W/"d{data_version}"'


def test_strength_series_statements_do_not_depend_on_the_span(uncached: TestClient) -> None:
    """/stats/strength reads the observations once, whatever the interval and the span."""
    counter = StatementCounter()
    counts = {
        (interval, group_by, span): counter(
            uncached,
            f"{API}/stats/strength?mission=mnf-i&interval={interval}&group_by={group_by}{span}",
        )
        for interval in ("year", "quarter", "month")
        for group_by in ("contributor", "total")
        for span in ("", "&from=2003-01-01&to=2003-12-31", "&from=1990-01-01&to=2030-12-31")
    }
    assert len(set(counts.values())) == 1, counts


def test_contribution_stats_statements_do_not_depend_on_the_day(uncached: TestClient) -> None:
    """/stats/contributions reads the strength observations once, whatever `as_of` counts."""
    counter = StatementCounter()
    for group_by in ("contributor", "type", "year", "contributor,year", "mission,status"):
        # A key filter (`mission=`) costs its own lookup: compared within each filter.
        for extra in ("", "&mission=mnf-i", "&shape=wide&measure=personnel"):
            if "wide" in extra and "," not in group_by:
                continue
            counts = {
                as_of: counter(
                    uncached,
                    f"{API}/stats/contributions?group_by={group_by}&as_of={as_of}{extra}",
                )
                for as_of in ("2003-05-01", "2005-01-15", "2024-06-30")
            }
            assert len(set(counts.values())) == 1, (group_by, extra, counts)
            assert max(counts.values()) <= 8, (group_by, extra, counts)


@pytest.mark.parametrize(
    ("plain", "chosen"),
    [
        ("/contributions?sort=personnel", "/contributions?sort=-personnel,start_date,slug"),
        ("/contributions", "/contributions?fields=slug,contributor.code,mission"),
        ("/contributions?format=csv", "/contributions?format=csv&fields=slug,contributor.code"),
        ("/missions/ntm-i", "/missions/ntm-i?fields=slug,citations.key"),
        ("/stats/contributions?sort=-count", "/stats/contributions?sort=-personnel,count,key"),
        (
            "/stats/strength?mission=mnf-i",
            "/stats/strength?mission=mnf-i&fields=start,key,personnel",
        ),
        ("/stats/strength?format=csv", "/stats/strength?format=csv&fields=-label,-approx"),
        ("/stats/strength?shape=array", "/stats/strength?shape=array&fields=key,personnel"),
        ("/changes", "/changes?fields=version,key,change"),
    ],
)
def test_sort_keys_and_fields_cost_no_statement(
    uncached: TestClient, plain: str, chosen: str
) -> None:
    """Several sort keys are one ORDER BY; a selection of fields is applied to the rows read,
    and a record's lists that it leaves out are not read (SKIPPED)."""
    counter = StatementCounter()
    saved = SKIPPED.get(chosen, 0)
    assert counter(uncached, API + chosen) == counter(uncached, API + plain) - saved


# A mission without its contribution groups (2 statements: totals, previews) and lessons (1).
SKIPPED = {"/missions/ntm-i?fields=slug,citations.key": 3}
