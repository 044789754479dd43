"""The pair tallies (migration 0019, app/models/tally.py) stay equal to a recount of the rows,
on both engines, whoever writes (random SQL inserts, updates and deletes, committed or rolled
back); and stats with one filter the tallies hold (a contributor, a kind, a type with its
sub-types, a category, start years, `to`, a status, `has_personnel`) read them and say what
counting and ranking the rows says: the same question with a second filter that keeps every
row (`to=9999-12-31`, or the statuses shown) is answered from the rows."""

import random
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from app.models import Contribution, ContributionType, Contributor, TallyPair
from app.models.base import STATUS_VALUES
from app.models.tally import TALLY_PAIRS
from tests.curation_support import API, Curated
from tests.helpers import random_writes
from tests.test_amount_summaries import GROUP_BYS, SHOWN
from tests.test_amount_summaries import _random_write as amount_write
from tests.test_tally import DIMS
from tests.test_tally import _random_write as tally_write

KEEPS_ALL = "to=9999-12-31"


def recount(session: Session) -> dict[tuple[str, str, int, int, str], tuple[int, int]]:
    out = {}
    for dim, dim2 in TALLY_PAIRS:
        a, b = DIMS[dim], DIMS[dim2]
        rows = session.execute(
            select(
                a, b, Contribution.status, func.count(), func.count(Contribution.personnel)
            ).group_by(a, b, Contribution.status)
        )
        out.update({(dim, dim2, int(k), int(k2), s): (n, r) for k, k2, s, n, r in rows})
    return out


def tallied(session: Session) -> dict[tuple[str, str, int, int, str], tuple[int, int]]:
    t = TallyPair
    rows = session.execute(select(t.dim, t.dim2, t.k, t.k2, t.status, t.n, t.reported))
    found = {(d, d2, k, k2, s): (n, r) for d, d2, k, k2, s, n, r in rows}
    assert all(n >= 0 and 0 <= r <= n for n, r in found.values()), found
    return {key: value for key, value in found.items() if value[0] > 0}


def test_pair_tallies_equal_a_recount_after_random_writes(curated: Curated, kb_db: Session) -> None:
    assert tallied(kb_db) == recount(kb_db)
    assert {(d, d2) for d, d2, *_ in tallied(kb_db)} == set(TALLY_PAIRS)

    def write(session: Session, rng: random.Random, step: int) -> None:
        # The second moves types too.
        (tally_write if step % 2 else amount_write)(session, rng, step)

    def check(step: int) -> None:
        assert tallied(kb_db) == recount(kb_db), step

    random_writes(kb_db, 19, 60, write, check)
    # Statements writing many rows at once; an update of a column the tallies do not count.
    kb_db.execute(text("UPDATE contribution SET description = 'again' WHERE id % 2 = 0"))
    kb_db.execute(
        text("UPDATE contribution SET personnel = 5, status = 'disputed' WHERE id % 3 = 0")
    )
    assert tallied(kb_db) == recount(kb_db)
    kb_db.execute(text("DELETE FROM contribution WHERE id % 4 = 1"))
    assert tallied(kb_db) == recount(kb_db)
    kb_db.rollback()


def _answer(api: TestClient, url: str) -> tuple[Any, bool]:
    """The answer, and whether a statement of the request read a tally."""
    from app.core.db import get_engine

    statements: list[str] = []

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    engine = get_engine()
    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        response = api.get(url)
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
    assert response.status_code == 200, (url, response.text)
    return response.json(), any("FROM tally" in s for s in statements)


def _filters(session: Session) -> list[str]:
    def first(column: Any, *where: Any) -> Any:
        return session.scalar(select(column).where(*where).order_by(column).limit(1))

    nation = first(Contributor.code, Contributor.kind == "nation")
    parent = first(
        ContributionType.slug,
        ContributionType.id.in_(select(ContributionType.parent_id)),
    )
    starts = session.scalars(
        select(Contribution.start_date).where(Contribution.start_date.is_not(None))
    )
    years = sorted({start.year for start in starts})
    assert parent and nation and len(years) > 3
    middle = years[len(years) // 2]
    return [
        f"contributor={nation}",
        f"contributor={nation},{first(Contributor.code, Contributor.code != nation)}",
        "contributor_kind=organization",
        f"type={parent}",
        "category=logistics",
        f"year={middle}",
        f"year={middle - 1},{middle},{middle + 1}",
        f"year={years[0]},{years[-1]}",
        f"to={middle}-12-31",
        f"to={middle}-06-30",
        "status=corroborated",
        "status=asserted,disputed",
        "has_personnel=true",
        "has_personnel=false",
    ]


def test_stats_with_one_tallied_filter_equal_the_rows(
    api: TestClient, curated: Curated, kb_db: Session
) -> None:
    rng = random.Random(1130)
    for step in range(40):
        write = tally_write if step % 2 else amount_write
        write(kb_db, rng, step)
    kb_db.commit()
    amounts = 0
    for group_by in GROUP_BYS:
        for one in _filters(kb_db):
            for extra in ("", "&include_disputed=true", "&include_groups=true"):
                url = f"{API}/stats/contributions?group_by={group_by}&as_of=2008-01-01&{one}{extra}"
                if one.startswith("to="):
                    statuses = ",".join(STATUS_VALUES) if "include_disputed" in extra else SHOWN
                    reference = f"{url}&status={statuses}"
                else:
                    reference = f"{url}&{KEEPS_ALL}"
                answer, from_tallies = _answer(api, url)
                counted, counted_from_tallies = _answer(api, reference)
                assert from_tallies and not counted_from_tallies, url
                assert answer == counted, url
                amounts += sum(len(g["amounts"]) for g in answer["groups"])
    assert amounts, "some answers sum amounts"
