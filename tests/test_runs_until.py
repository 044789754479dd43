"""`contribution.runs_until` (migration 0017), the last day a contribution runs by the evidence
rule, stays equal to the rule recomputed from the rows, on both engines, whoever writes: random
SQL inserts, updates and deletes (committed or rolled back) of contributions, citations,
sources, missions and strength observations, one row at a time and many at once; and
`active_on`/`from`, which read it, list what the rule says after those writes."""

import random
from datetime import date, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Date, bindparam, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Citation, Contribution, Mission, Source, StrengthObservation
from app.models.base import HIDDEN_STATUSES
from tests.curation_support import API, Curated
from tests.helpers import random_writes, walk


def _period_end(day: date, precision: str) -> date:
    """The last day a date of that precision covers."""
    if precision == "year":
        return date(day.year, 12, 31)
    if precision == "month":
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return day


def recomputed(session: Session) -> dict[int, date | None]:
    """Per contribution, by the rule as docs/data.md states it (not the migration's SQL): its
    end; with none, the latest of its start, its shown observations' dates and its shown
    citations' sources' publication dates, capped by its mission's end; None without any."""
    missions = {
        m_id: (end, precision)
        for m_id, end, precision in session.execute(
            select(Mission.id, Mission.end_date, Mission.date_precision)
        )
    }
    evidence: dict[int, list[date]] = {}
    for c_id, day, precision in session.execute(
        select(
            StrengthObservation.contribution_id,
            StrengthObservation.observed_on,
            StrengthObservation.date_precision,
        ).where(
            StrengthObservation.contribution_id.is_not(None),
            StrengthObservation.status.not_in(HIDDEN_STATUSES),
        )
    ):
        evidence.setdefault(c_id, []).append(_period_end(day, precision))
    for c_id, day in session.execute(
        select(Citation.contribution_id, Source.published_date)
        .join(Source, Source.id == Citation.source_id)
        .where(Citation.contribution_id.is_not(None), Citation.status.not_in(HIDDEN_STATUSES))
    ):
        if day is not None:
            evidence.setdefault(c_id, []).append(day)
    out: dict[int, date | None] = {}
    for c_id, start, end, precision, m_id in session.execute(
        select(
            Contribution.id,
            Contribution.start_date,
            Contribution.end_date,
            Contribution.date_precision,
            Contribution.mission_id,
        )
    ):
        if end is not None:
            out[c_id] = end
            continue
        dates = list(evidence.get(c_id, []))
        if start is not None:
            dates.append(_period_end(start, precision))
        last = max(dates) if dates else None
        m_end, m_precision = missions[m_id]
        if last is not None and m_end is not None:
            last = min(last, _period_end(m_end, m_precision))
        out[c_id] = last
    return out


def stored(session: Session) -> dict[int, date | None]:
    return {i: d for i, d in session.execute(select(Contribution.id, Contribution.runs_until))}


def check(session: Session) -> None:
    assert stored(session) == recomputed(session)


def _ids(session: Session, stmt: Any) -> list[int]:
    return list(session.scalars(stmt))


DAYS = [None, "1999-01-01", "2003-02-10", "2004-03-01", "2006-07-31", "2009-12-31", "2031-01-01"]
PRECISIONS = ["day", "month", "year"]
COPY_CONTRIBUTION = (
    "INSERT INTO contribution (slug, contributor_id, mission_id, type_id, start_date, end_date, "
    "date_precision, personnel, amount, unit, amount_approx, description, status, "
    "disputed_claims, version, created_at, updated_at) SELECT :slug, contributor_id, "
    ":mission, type_id, start_date, NULL, date_precision, personnel, amount, unit, "
    "amount_approx, description, status, disputed_claims, 1, created_at, updated_at "
    "FROM contribution WHERE id = :id"
)
COPY_CITATION = (
    "INSERT INTO citation (key, source_id, contribution_id, section, quote, locator, status, "
    "version, created_at, updated_at) SELECT :key, :source, :contribution, section, quote, "
    "locator, :status, 1, created_at, updated_at FROM citation WHERE id = :id"
)
NEW_OBSERVATION = (
    "INSERT INTO strength_observation (slug, mission_id, contributor_id, contribution_id, "
    "observed_on, date_precision, personnel, approx, tally, status, version) "
    "SELECT :slug, mission_id, contributor_id, id, :day, :precision, 10, :no, 'press', "
    ":status, 1 FROM contribution WHERE id = :id"
)


OPS = (
    *("contribution", "contribution", "copy", "delete", "citation", "citation", "cite"),
    *("uncite", "source", "mission", "observe", "observation", "unobserve"),
)


def _random_write(session: Session, rng: random.Random, step: int) -> None:
    c = Contribution
    contributions = _ids(session, select(c.id).order_by(c.id))
    target = rng.choice(contributions)
    day = rng.choice(DAYS)
    # Citations no correction points at and that carry no correction (their status is free).
    free = _ids(
        session,
        select(Citation.id)
        .where(
            Citation.contribution_id.is_not(None),
            Citation.corrected_by_id.is_(None),
            Citation.id.not_in(
                select(Citation.corrected_by_id).where(Citation.corrected_by_id.is_not(None))
            ),
        )
        .order_by(Citation.id),
    )
    observations = _ids(session, select(StrengthObservation.id).order_by(StrengthObservation.id))
    sources = _ids(session, select(Source.id).order_by(Source.id))
    missions = _ids(session, select(Mission.id).order_by(Mission.id))
    op = rng.choice(OPS)
    if op == "contribution":
        values: dict[str, Any] = {
            "start_date": day,
            "end_date": None,
            "date_precision": rng.choice(PRECISIONS),
            "mission_id": rng.choice(missions[:4]),
            "runs_until": "1900-01-01",  # a direct write is recomputed
        }
        chosen = dict(rng.sample(sorted(values.items()), rng.randint(1, 3)))
        if "start_date" in chosen:
            chosen["end_date"] = None  # an end before the new start would break a CHECK
        elif rng.random() < 0.3:
            # An end on or after the start (none: any).
            chosen["end_date"] = "2032-05-05"
        sets = ", ".join(f"{name} = :{name}" for name in chosen)
        session.execute(
            text(f"UPDATE contribution SET {sets} WHERE id = :id"), chosen | {"id": target}
        )
    elif op == "copy":
        session.execute(
            text(COPY_CONTRIBUTION),
            {"slug": f"until-copy-{step}", "id": target, "mission": rng.choice(missions[:4])},
        )
    elif op == "delete":  # its citations go with it; its observations stay, unlinked
        session.execute(text("DELETE FROM contribution WHERE id = :id"), {"id": target})
    elif op == "citation" and free:
        column, value = rng.choice(
            [
                ("status", rng.choice(["asserted", "opinion", "asserted"])),
                ("source_id", rng.choice(sources)),
                ("contribution_id", target),
            ]
        )
        session.execute(
            text(f"UPDATE citation SET {column} = :v WHERE id = :id"),
            {"v": value, "id": rng.choice(free)},
        )
    elif op == "cite" and free:
        session.execute(
            text(COPY_CITATION),
            {
                "key": f"until-cite-{step}",
                "source": rng.choice(sources),
                "contribution": target,
                "status": rng.choice(["asserted", "opinion"]),
                "id": rng.choice(free),
            },
        )
    elif op == "uncite" and free:
        session.execute(text("DELETE FROM citation WHERE id = :id"), {"id": rng.choice(free)})
    elif op == "source":
        session.execute(
            text("UPDATE source SET published_date = :d WHERE id = :id"),
            {"d": day, "id": rng.choice(sources)},
        )
    elif op == "mission":
        # An end on or after the mission's start (its CHECK).
        session.execute(
            text(
                "UPDATE mission SET date_precision = :p, end_date = CASE WHEN :d IS NULL "
                "THEN NULL WHEN start_date > :d THEN start_date ELSE :d END WHERE id = :id"
            ).bindparams(bindparam("d", type_=Date)),
            {
                "d": None if day is None else date.fromisoformat(day),
                "p": rng.choice(PRECISIONS),
                "id": rng.choice(missions[:4]),
            },
        )
    elif op == "observe" or (op == "observation" and not observations):
        session.execute(
            text(NEW_OBSERVATION),
            {
                "slug": f"until-observed-{step}",
                "day": day or "2005-05-05",
                "precision": rng.choice(PRECISIONS),
                "status": rng.choice(["asserted", "disputed", "corroborated"]),
                "no": False,
                "id": target,
            },
        )
    elif op == "observation":
        column, value = rng.choice(
            [
                ("observed_on", day or "2010-10-10"),
                ("date_precision", rng.choice(PRECISIONS)),
                ("status", rng.choice(["asserted", "opinion"])),
                ("contribution_id", rng.choice([target, None])),
            ]
        )
        session.execute(
            text(f"UPDATE strength_observation SET {column} = :v WHERE id = :id"),
            {"v": value, "id": rng.choice(observations)},
        )
    elif op == "unobserve" and observations:
        session.execute(
            text("DELETE FROM strength_observation WHERE id = :id"),
            {"id": rng.choice(observations)},
        )


def test_runs_until_equals_the_rule_recomputed_after_random_writes(
    curated: Curated, kb_db: Session
) -> None:
    check(kb_db)
    values = stored(kb_db).values()
    assert None in values and any(v is not None for v in values), "the seed has both kinds"
    refused = 0

    def write(session: Session, rng: random.Random, step: int) -> None:
        nonlocal refused
        try:
            with session.begin_nested():
                _random_write(session, rng, step)
        except IntegrityError:
            refused += 1  # a write a CHECK or key refuses: nothing changed

    random_writes(kb_db, 17, 120, write, lambda _step: check(kb_db))
    assert refused < 20, refused
    # Statements writing many rows at once.
    kb_db.execute(text("UPDATE source SET published_date = '2011-11-11' WHERE id % 2 = 0"))
    check(kb_db)
    kb_db.execute(text("UPDATE mission SET end_date = NULL WHERE id % 3 = 0"))
    kb_db.execute(text("UPDATE contribution SET end_date = NULL WHERE id % 4 = 0"))
    check(kb_db)
    kb_db.execute(
        text(
            "DELETE FROM citation WHERE id % 5 = 0 AND contribution_id IS NOT NULL AND id NOT IN "
            "(SELECT corrected_by_id FROM citation WHERE corrected_by_id IS NOT NULL)"
        )
    )
    check(kb_db)
    kb_db.commit()


def test_active_on_and_from_follow_the_rule_after_writes(
    curated: Curated, kb_db: Session, api: TestClient
) -> None:
    """The lists read the stored date: after writes moving it (a source published later, a
    mission ended earlier, an end removed), they list what the rule recomputed says."""
    kb_db.execute(text("UPDATE source SET published_date = '2012-03-04' WHERE id % 3 = 0"))
    kb_db.execute(text("UPDATE mission SET end_date = NULL WHERE id % 2 = 0"))
    kb_db.execute(text("UPDATE contribution SET end_date = NULL WHERE id % 3 = 1"))
    kb_db.commit()
    until = recomputed(kb_db)
    rows = kb_db.execute(
        select(Contribution.id, Contribution.slug, Contribution.start_date, Contribution.status)
    ).all()
    shown = [r for r in rows if r.status not in HIDDEN_STATUSES]
    for day in (date(2003, 6, 1), date(2008, 1, 1), date(2012, 3, 4), date(2012, 3, 5)):
        active = slugs_of(walk(api, f"{API}/contributions", limit=500, active_on=day.isoformat()))
        assert active == {
            r.slug
            for r in shown
            if (r.start_date is None or r.start_date <= day)
            and until[r.id] is not None
            and until[r.id] >= day
        }, day
        later = slugs_of(walk(api, f"{API}/contributions", limit=500, **{"from": day.isoformat()}))
        assert later == {r.slug for r in shown if until[r.id] is not None and until[r.id] >= day}
    assert any(v is None for v in until.values()) and any(v for v in until.values())


def slugs_of(items: list[dict[str, Any]]) -> set[str]:
    return {i["slug"] for i in items}


def test_the_0017_fill_over_existing_rows_equals_the_rule(empty_url: str) -> None:
    """Upgrading fills the date of the rows there are (0017's `_fill`: PostgreSQL computes it
    only for the contributions without an end): down to 0016 over seeded rows, some of them
    and their missions left open, and up again, it equals the rule recomputed, both engines."""
    from app.core.db import get_sessionmaker
    from app.core.migrations import downgrade, upgrade
    from app.seed.loader import load_seed
    from tests.conftest import use_database

    upgrade(empty_url)
    use_database(empty_url)
    with get_sessionmaker()() as session:
        load_seed(session)
        session.execute(text("UPDATE mission SET end_date = NULL WHERE id % 3 = 0"))
        session.execute(text("UPDATE contribution SET end_date = NULL WHERE id % 2 = 0"))
        session.commit()
    downgrade(empty_url, "0016")
    upgrade(empty_url)
    use_database(empty_url)
    with get_sessionmaker()() as session:
        values = stored(session).values()
        assert None in values and any(v is not None for v in values)
        check(session)
