"""The amount rule's picks under start-date filters (migration 0020, app/models/tally.py:
`AmountStartPick`, `AmountStartTally`) stay equal to a recount from the rows, on both engines,
whoever writes (random SQL inserts, updates and deletes moving amounts between series, dates
and statuses, committed or rolled back; tests/test_amount_summaries.py's `check` runs this one
after each of its writes too); and stats filtered by one status, `to` or consecutive start
years read the summaries (the status scopes of `amount_tally`, the start picks) and say what
ranking the rows says: the same question with a second filter that keeps every row."""

import random
from datetime import date
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from app.core.filters import shown
from app.models import AmountStartPick, AmountStartTally, Contribution
from app.models.base import STATUS_VALUES
from tests.curation_support import API, Curated
from tests.helpers import random_writes
from tests.test_amount_summaries import GROUP_BYS, SERIES, SHOWN
from tests.test_amount_summaries import _random_write as amount_write

DIMS = {"contributor": 0, "mission": 1, "type": 2, "year": 5}  # their place in a pick


def recount(session: Session) -> dict[tuple[str, int], tuple[Any, ...]]:
    """Per (scope, contribution id) giving an amount: (contributor, mission, type, unit,
    start, year, status, cents, prior_start, next_start, beaten, undated_above), from the
    rows ranked by the amount rule."""
    when = func.coalesce(Contribution.end_date, Contribution.start_date)
    out: dict[tuple[str, int], tuple[Any, ...]] = {}
    for scope in ("shown", "all"):
        stmt = select(
            Contribution.id,
            *(getattr(Contribution, c) for c in SERIES),
            Contribution.start_date,
            Contribution.amount,
            Contribution.status,
        ).where(Contribution.amount.is_not(None))
        if scope == "shown":
            stmt = stmt.where(shown(Contribution.status))
        ranked = session.execute(
            stmt.order_by(
                when.is_(None), when.desc(), Contribution.amount.desc(), Contribution.slug
            )
        ).all()
        above: dict[tuple[Any, ...], list[date | None]] = {}  # a series' starts, best first
        for c_id, p, m, t, unit, start, amount, status in ranked:
            starts = above.setdefault((p, m, t, unit), [])
            dated = [s for s in starts if s is not None]
            prior = max((s for s in dated if start is not None and s < start), default=None)
            later = min((s for s in dated if start is None or s > start), default=None)
            out[(scope, c_id)] = (
                p,
                m,
                t,
                unit,
                start,
                0 if start is None else start.year,
                status,
                round(amount * 100),
                prior,
                later,
                int(start in starts),
                int(None in starts),
            )
            starts.append(start)
    return out


def stored(session: Session) -> dict[tuple[str, int], tuple[Any, ...]]:
    p = AmountStartPick
    rows = session.execute(
        select(
            p.scope,
            p.contribution_id,
            p.contributor_id,
            p.mission_id,
            p.type_id,
            p.unit,
            p.start_date,
            p.year,
            p.status,
            p.cents,
            p.prior_start,
            p.next_start,
            p.beaten,
            p.undated_above,
        )
    )
    return {(r[0], r[1]): tuple(r[2:]) for r in rows}


def start_tally_of(picks: dict[tuple[str, int], tuple[Any, ...]]) -> dict[tuple[Any, ...], Any]:
    """What amount_start_tally holds for these picks: per (scope, dim, on_year, key, unit,
    status), each staircase row's cents and 1 in its start year, taken away in its next
    start's; sums of nothing left out."""
    out: dict[tuple[Any, ...], list[int]] = {}
    for (scope, _), pick in picks.items():
        unit, status, cents, prior, later, beaten, undated_above = pick[3], *pick[6:]
        if beaten or prior is not None or undated_above:
            continue
        events = [(pick[5], 1)] + ([] if later is None else [(later.year, -1)])
        for on_year, sign in events:
            for dim, place in DIMS.items():
                total = out.setdefault((scope, dim, on_year, pick[place], unit, status), [0, 0])
                total[0] += sign * cents
                total[1] += sign
    return {key: tuple(v) for key, v in out.items() if v != [0, 0]}


def start_tallied(session: Session) -> dict[tuple[Any, ...], Any]:
    t = AmountStartTally
    rows = session.execute(select(t.scope, t.dim, t.on_year, t.k, t.unit, t.status, t.cents, t.n))
    return {tuple(r[:6]): (r[6], r[7]) for r in rows if (r[6], r[7]) != (0, 0)}


def check_start_picks(session: Session) -> None:
    picks = recount(session)
    assert stored(session) == picks
    assert start_tallied(session) == start_tally_of(picks)


def test_start_picks_equal_a_recount_after_random_writes(curated: Curated, kb_db: Session) -> None:
    check_start_picks(kb_db)
    assert stored(kb_db), "the seed gives amounts"
    random_writes(kb_db, 20, 80, amount_write, lambda _step: check_start_picks(kb_db))
    # Statements writing many rows at once: same dates (ties), no dates, other amounts.
    kb_db.execute(text("UPDATE contribution SET amount = 7, unit = 'EUR' WHERE id % 3 = 0"))
    kb_db.execute(
        text(
            "UPDATE contribution SET start_date = '2005-06-01', end_date = CASE WHEN "
            "end_date < '2005-06-01' THEN NULL ELSE end_date END WHERE id % 5 = 0"
        )
    )
    kb_db.execute(
        text("UPDATE contribution SET start_date = NULL, end_date = NULL WHERE id % 7 = 0")
    )
    check_start_picks(kb_db)
    kb_db.execute(text("DELETE FROM contribution WHERE id % 4 = 1"))
    check_start_picks(kb_db)
    kb_db.rollback()


def _answer(api: TestClient, url: str) -> tuple[Any, list[str]]:
    """The answer and the statements the request ran."""
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
    return response.json(), statements


FILTERS = (
    # (filter, the summary its amounts are read from)
    ("status=asserted", "amount_tally"),
    ("status=disputed", "amount_tally"),
    ("status=corroborated,asserted", "amount_tally"),
    (f"status={','.join(STATUS_VALUES)}", "amount_tally"),
    ("to=2009-12-31", "amount_start_tally"),
    ("to=2009-12-30", "amount_start_pick"),
    ("to=2004-03-01", "amount_start_pick"),
    ("to=2004-02-29", "amount_start_pick"),
    ("to=2003-12-31", "amount_start_tally"),
    ("to=1990-01-01", "amount_start_pick"),
    ("year=2004", "amount_start_pick"),
    ("year=2009", "amount_start_pick"),
    ("year=2004,2005,2006,2007,2008,2009", "amount_start_pick"),
    ("year=2003,2004", "amount_start_pick"),
)


def test_stats_with_one_row_filter_read_the_picks_and_equal_the_rows(
    api: TestClient, curated: Curated, kb_db: Session
) -> None:
    rng = random.Random(1202)
    for step in range(60):
        amount_write(kb_db, rng, step)
    kb_db.commit()
    amounts = 0
    for group_by in GROUP_BYS:
        for one, summary in FILTERS:
            for extra in ("", "&include_disputed=true", "&include_groups=true"):
                url = f"{API}/stats/contributions?group_by={group_by}&as_of=2008-01-01&{one}{extra}"
                if one.startswith("to="):
                    statuses = ",".join(STATUS_VALUES) if "include_disputed" in extra else SHOWN
                    reference = f"{url}&status={statuses}"
                else:
                    reference = f"{url}&to=9999-12-31"
                answer, read = _answer(api, url)
                ranked, read_ranked = _answer(api, reference)
                assert any(f"FROM {summary}" in s for s in read), url
                assert not any("FROM amount_" in s for s in read_ranked), reference
                assert answer == ranked, url
                amounts += sum(len(g["amounts"]) for g in answer["groups"])
    assert amounts, "some answers sum amounts"


def test_two_distant_years_and_two_statuses_rank_the_rows(
    api: TestClient, curated: Curated, kb_db: Session
) -> None:
    """What the summaries do not hold (start years with a gap, two statuses that are not the
    shown ones) is ranked from the rows, as before."""
    for one in ("year=2004,2009", "status=asserted,disputed"):
        url = f"{API}/stats/contributions?group_by=type&{one}"
        _, read = _answer(api, url)
        assert not any("FROM amount_" in s for s in read), url
