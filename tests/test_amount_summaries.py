"""The amount summaries (migration 0014, app/models/tally.py) stay equal to the amount rule
recomputed from the rows, on both engines, whoever writes: random SQL inserts, updates and
deletes (committed or rolled back) that move amounts between series, dates, units and
statuses; and the stats read from them (no filter: the amount tallies; filters keeping whole
series: the series) say what ranking the rows says (a `status` filter naming the same
statuses makes the service rank the rows)."""

import random
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.core.filters import shown
from app.core.listing import year_of
from app.models import (
    AmountSeries,
    AmountTally,
    Contribution,
    ContributionType,
    Contributor,
    Mission,
    Tally,
)
from app.models.base import STATUS_VALUES
from tests.curation_support import API, Curated
from tests.helpers import random_writes
from tests.test_tally import DIMS

SERIES = ("contributor_id", "mission_id", "type_id", "unit")
GROUP_BYS = ("contributor", "contributor_kind", "type", "category", "mission", "year", "status")
SHOWN = ",".join(
    s for s in STATUS_VALUES if s not in ("disputed", "misleading", "unverifiable", "opinion")
)


def recomputed(session: Session) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """Per (scope, series): (contribution id, cents, year, status) by the amount rule; the
    scopes `shown`, `all` and one per status (its rows alone, migration 0020)."""
    when = func.coalesce(Contribution.end_date, Contribution.start_date)
    out: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for scope in ("shown", "all", *STATUS_VALUES):
        stmt = select(
            Contribution.id,
            *(getattr(Contribution, c) for c in SERIES),
            Contribution.amount,
            func.coalesce(year_of(Contribution.start_date), 0),
            Contribution.status,
        ).where(Contribution.amount.is_not(None))
        if scope == "shown":
            stmt = stmt.where(shown(Contribution.status))
        elif scope != "all":
            stmt = stmt.where(Contribution.status == scope)
        rows = session.execute(
            stmt.order_by(
                when.is_(None), when.desc(), Contribution.amount.desc(), Contribution.slug
            )
        ).all()
        for c_id, p, m, t, unit, amount, year, status in rows:
            out.setdefault((scope, p, m, t, unit), (c_id, round(amount * 100), int(year), status))
    return out


def summarized(session: Session) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    s = AmountSeries
    return {
        (r.scope, r.contributor_id, r.mission_id, r.type_id, r.unit): (
            r.contribution_id,
            r.cents,
            r.year,
            r.status,
        )
        for r in session.scalars(select(s))
    }


def tally_of(
    series: dict[tuple[Any, ...], tuple[Any, ...]],
) -> dict[tuple[Any, ...], tuple[int, int]]:
    out: dict[tuple[Any, ...], list[int]] = {}
    for (scope, p, m, t, unit), (_, cents, year, status) in series.items():
        for dim, k in (("contributor", p), ("type", t), ("mission", m), ("year", year)):
            total = out.setdefault((scope, dim, k, unit, status), [0, 0])
            total[0] += cents
            total[1] += 1
    return {key: (c, n) for key, (c, n) in out.items()}


def amount_tallied(session: Session) -> dict[tuple[Any, ...], tuple[int, int]]:
    t = AmountTally
    rows = session.execute(select(t.scope, t.dim, t.k, t.unit, t.status, t.cents, t.n))
    found = {(sc, d, k, u, st): (c, n) for sc, d, k, u, st, c, n in rows}
    assert all(n >= 0 for _, n in found.values()), found
    assert all(c == 0 for c, n in found.values() if n == 0), found
    return {key: value for key, value in found.items() if value[1] > 0}


def personnel_recount(session: Session) -> dict[tuple[str, int, str], int]:
    out = {}
    for dim, key in DIMS.items():
        rows = session.execute(
            select(key, Contribution.status, func.sum(Contribution.personnel))
            .where(Contribution.personnel.is_not(None))
            .group_by(key, Contribution.status)
        )
        out.update({(dim, int(k), s): int(p) for k, s, p in rows if p})
    return out


def personnel_tallied(session: Session) -> dict[tuple[str, int, str], int]:
    rows = session.execute(
        select(Tally.dim, Tally.k, Tally.status, Tally.personnel).where(Tally.personnel != 0)
    )
    return {(d, k, s): p for d, k, s, p in rows}


def check(session: Session) -> None:
    from tests.test_amount_start_picks import check_start_picks

    series = recomputed(session)
    assert summarized(session) == series
    assert amount_tallied(session) == tally_of(series)
    assert personnel_tallied(session) == personnel_recount(session)
    check_start_picks(session)


def _ids(session: Session, column: Any) -> list[int]:
    return list(session.execute(select(column).order_by(column)).scalars())


COPY = (
    "INSERT INTO contribution (slug, contributor_id, mission_id, type_id, start_date, end_date, "
    "date_precision, personnel, amount, unit, amount_approx, description, status, "
    "disputed_claims, version, created_at, updated_at) SELECT :slug, contributor_id, "
    "mission_id, type_id, start_date, end_date, date_precision, personnel, :amount, :unit, "
    "amount_approx, description, status, disputed_claims, 1, created_at, updated_at "
    "FROM contribution WHERE id = :id"
)


def _random_write(session: Session, rng: random.Random, step: int) -> None:
    # Amounts drawn from few values, so that series tie on date and amount (the slug decides).
    with_amount = _ids(session, Contribution.id)
    target = rng.choice(with_amount)
    op = rng.choice(["update", "update", "update", "copy", "copy", "delete"])
    amount = rng.choice([None, 5, 5, 120.5, 3000])
    if op == "update":
        values = {
            "status": rng.choice(STATUS_VALUES),
            "personnel": rng.choice([None, 0, 12, 300]),
            "start_date": rng.choice([None, "2004-03-01", "2009-12-31"]),
            "end_date": None,
            "contributor_id": rng.choice(_ids(session, Contributor.id)[:3]),
            "mission_id": rng.choice(_ids(session, Mission.id)[:3]),
            "type_id": rng.choice(_ids(session, ContributionType.id)[:3]),
            "amount": amount,
            "unit": rng.choice(["EUR", "tanks"]) if amount is not None else None,
            "slug": f"summary-renamed-{step}",
            "description": "only the description",
        }
        chosen = dict(rng.sample(sorted(values.items()), rng.randint(1, 4)))
        if "start_date" in chosen:
            chosen["end_date"] = None  # an end before the new start would break a CHECK
        if "amount" in chosen or "unit" in chosen:
            chosen["amount"], chosen["unit"] = values["amount"], values["unit"]
        sets = ", ".join(f"{name} = :{name}" for name in chosen)
        session.execute(
            text(f"UPDATE contribution SET {sets} WHERE id = :id"), chosen | {"id": target}
        )
    elif op == "copy":
        session.execute(
            text(COPY),
            {
                "slug": f"summary-copy-{step}",
                "id": target,
                "amount": amount,
                "unit": None if amount is None else "EUR",
            },
        )
    else:  # its citations go with it (ON DELETE CASCADE)
        session.execute(text("DELETE FROM contribution WHERE id = :id"), {"id": target})


def test_summaries_equal_the_rule_recomputed_after_random_writes(
    curated: Curated, kb_db: Session
) -> None:
    check(kb_db)
    assert summarized(kb_db), "the seed gives amounts"
    random_writes(kb_db, 14, 80, _random_write, lambda _step: check(kb_db))
    # A statement writing many rows at once.
    kb_db.execute(text("UPDATE contribution SET amount = 7, unit = 'EUR' WHERE id % 3 = 0"))
    check(kb_db)
    kb_db.execute(text("DELETE FROM contribution WHERE id % 4 = 1"))
    check(kb_db)
    kb_db.rollback()


def _answer(api: TestClient, url: str) -> Any:
    response = api.get(url)
    assert response.status_code == 200, (url, response.text)
    return response.json()


def test_stats_from_the_summaries_equal_the_rule_over_the_rows(
    api: TestClient, curated: Curated, kb_db: Session
) -> None:
    """Each request is answered from the summaries, and again with a `status` filter naming
    the same statuses, which ranks the rows: the answers are equal."""
    rng = random.Random(1130)
    for step in range(40):
        _random_write(kb_db, rng, step)
    kb_db.commit()
    mission = kb_db.scalar(select(Mission.slug).where(Mission.id == _ids(kb_db, Mission.id)[0]))
    nation = kb_db.scalar(
        select(Contributor.code).where(Contributor.id == _ids(kb_db, Contributor.id)[0])
    )
    kind = kb_db.scalar(select(ContributionType.slug).order_by(ContributionType.id))
    filters = (
        "",
        "&include_disputed=true",
        "&include_groups=true",
        f"&mission={mission}",
        f"&contributor={nation}&include_disputed=true",
        f"&type={kind}",
        "&category=logistics",
        "&contributor_kind=nation",
        "&unit=EUR",
        f"&mission={mission}&type={kind}&include_groups=true",
    )
    amounts = 0
    for group_by in GROUP_BYS:
        for extra in filters:
            url = f"{API}/stats/contributions?group_by={group_by}&as_of=2008-01-01{extra}"
            statuses = ",".join(STATUS_VALUES) if "include_disputed" in extra else SHOWN
            summary = _answer(api, url)
            # Two filters more: ranked from the rows (a status filter alone reads the tallies).
            assert summary == _answer(api, f"{url}&status={statuses}&to=9999-12-31"), url
            amounts += sum(len(g["amounts"]) for g in summary["groups"])
    assert amounts, "some answers sum amounts"


def test_the_nations_page_sums_what_the_rows_sum(
    api: TestClient, curated: Curated, kb_db: Session
) -> None:
    """/kb/nations reads its per-nation contributions and personnel sums from the tallies;
    after writes they are what a count and sum of the shown rows give."""
    from app.pages.html import number
    from tests.test_pages import _table

    rng = random.Random(7)
    for step in range(30):
        _random_write(kb_db, rng, step)
    kb_db.commit()
    rows = kb_db.execute(
        select(Contributor.code, func.count(), func.sum(Contribution.personnel))
        .join(Contribution, Contribution.contributor_id == Contributor.id)
        .where(shown(Contribution.status))
        .group_by(Contributor.code)
    )
    sums = {code: (n, personnel) for code, n, personnel in rows}
    response = api.get("/kb/nations?limit=500")
    assert response.status_code == 200
    _, body = _table(response.text, "Nations with their NATO accession, contributions")
    assert body
    for _, code, _, n, personnel in body:
        expected = sums.get(code, (0, None))
        assert (n, personnel) == (number(expected[0]), number(expected[1])), code


def test_concurrent_writes_to_one_series_both_count(curated: Curated, kb_db: Session) -> None:
    """Two transactions adding amounts to one series at once (PostgreSQL runs them side by
    side; SQLite one after the other): the second waits for the first, then its pick sees the
    first's row and updates the series (no duplicate key), and the summaries equal the rule."""
    import threading

    from sqlalchemy import create_engine

    # Of two statuses, so that they share no tally row (0012's upserts would queue them).
    head, _, tail = COPY.rpartition("status,")
    copy = head + ":status," + tail
    source = kb_db.scalar(
        select(Contribution.id).where(Contribution.amount.is_not(None)).order_by(Contribution.id)
    )
    engine = create_engine(curated.url)
    errors: list[BaseException] = []
    first = Session(engine)
    try:
        mine = {"slug": "summary-first", "id": source, "amount": 9, "unit": "EUR"}
        first.execute(text(copy), mine | {"status": "asserted"})

        def second() -> None:
            try:
                with Session(engine) as other:
                    params = {"slug": "summary-second", "id": source, "amount": 11, "unit": "EUR"}
                    other.execute(text(copy), params | {"status": "corroborated"})
                    other.commit()
            except BaseException as error:  # reported below
                errors.append(error)

        if curated.backend == "postgresql":
            thread = threading.Thread(target=second)
            thread.start()
            _wait_for_a_lock_wait(kb_db)
            first.commit()
            thread.join(30)
        else:
            first.commit()
            second()
    finally:
        first.close()
        engine.dispose()
    assert errors == []
    kb_db.rollback()
    check(kb_db)


def _wait_for_a_lock_wait(session: Session) -> None:
    """Until a backend of this database waits on a lock (the second writer, on the first's)."""
    import time

    for _ in range(300):
        waiting = session.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'"
            )
        ).scalar_one()
        session.rollback()
        if waiting:
            return
        time.sleep(0.1)
    raise AssertionError("the second writer never waited on the first")
