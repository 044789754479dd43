"""The tallies (migration 0012, app/models/tally.py) stay equal to a recount of the rows, on both
engines, whoever writes: random SQL inserts, updates and deletes (committed or rolled back,
cascades included), and the API's own writes and import; and the stats read from them say
what a count of the base tables says."""

import random
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.filters import shown
from app.core.listing import year_of
from app.models import Citation, Contribution, Contributor, Mission, Tally
from app.models.base import STATUS_VALUES
from tests.curation_support import API, Curated, citation_in, etag
from tests.helpers import random_writes

DIMS = {
    "contributor": Contribution.contributor_id,
    "type": Contribution.type_id,
    "mission": Contribution.mission_id,
    "year": func.coalesce(year_of(Contribution.start_date), 0),
}
COPY = (
    "INSERT INTO contribution (slug, contributor_id, mission_id, type_id, start_date, end_date, "
    "date_precision, personnel, amount, unit, amount_approx, description, status, "
    "disputed_claims, version, created_at, updated_at) SELECT :slug, contributor_id, "
    "mission_id, type_id, start_date, end_date, date_precision, personnel, amount, unit, "
    "amount_approx, description, status, disputed_claims, 1, created_at, updated_at "
    "FROM contribution WHERE id = :id"
)


def recount(session: Session) -> dict[tuple[str, int, str], tuple[int, int]]:
    out: dict[tuple[str, int, str], tuple[int, int]] = {}
    for dim, key in DIMS.items():
        rows = session.execute(
            select(
                key, Contribution.status, func.count(), func.count(Contribution.personnel)
            ).group_by(key, Contribution.status)
        )
        out.update({(dim, int(k), s): (n, r) for k, s, n, r in rows})
    for status, n in session.execute(
        select(Citation.status, func.count()).group_by(Citation.status)
    ):
        out[("citation", 0, status)] = (n, 0)
    return out


def tallied(session: Session) -> dict[tuple[str, int, str], tuple[int, int]]:
    rows = session.execute(select(Tally.dim, Tally.k, Tally.status, Tally.n, Tally.reported))
    found = {(d, k, s): (n, r) for d, k, s, n, r in rows}
    assert all(n >= 0 and 0 <= r <= n for n, r in found.values()), found
    return {key: value for key, value in found.items() if value[0] > 0}


def _ids(session: Session, column: Any) -> list[int]:
    return list(session.execute(select(column).order_by(column)).scalars())


def _random_write(session: Session, rng: random.Random, step: int) -> None:
    contributions = _ids(session, Contribution.id)
    target = rng.choice(contributions)
    op = rng.choice(["update", "update", "copy", "delete", "citation", "uncite"])
    if op == "update":
        values = {
            "status": rng.choice(STATUS_VALUES),
            "personnel": rng.choice([None, 0, 12, 300]),
            "start_date": rng.choice([None, "2004-03-01", "2009-12-31"]),
            "contributor_id": rng.choice(_ids(session, Contributor.id)),
            "mission_id": rng.choice(_ids(session, Mission.id)),
        }
        chosen = dict(rng.sample(sorted(values.items()), rng.randint(1, len(values))))
        if "start_date" in chosen:
            chosen["end_date"] = None  # an end before the new start would break a CHECK
        sets = ", ".join(f"{name} = :{name}" for name in chosen)
        session.execute(
            text(f"UPDATE contribution SET {sets} WHERE id = :id"), chosen | {"id": target}
        )
    elif op == "copy":
        session.execute(text(COPY), {"slug": f"tally-copy-{step}", "id": target})
    elif op == "delete":  # its citations go with it (ON DELETE CASCADE)
        session.execute(text("DELETE FROM contribution WHERE id = :id"), {"id": target})
    elif op == "citation":
        citation = rng.choice(_ids(session, Citation.id))
        try:
            with session.begin_nested():  # a verdict the CHECKs refuse leaves no trace
                session.execute(
                    text("UPDATE citation SET status = :s WHERE id = :id"),
                    {"s": rng.choice(STATUS_VALUES), "id": citation},
                )
        except IntegrityError:
            pass
    else:
        citation = rng.choice(_ids(session, Citation.id))
        session.execute(text("DELETE FROM citation WHERE id = :id"), {"id": citation})


def test_tallies_equal_a_recount_after_random_writes(curated: Curated, kb_db: Session) -> None:
    assert tallied(kb_db) == recount(kb_db)

    def check(step: int) -> None:
        assert tallied(kb_db) == recount(kb_db), step

    random_writes(kb_db, 17, 60, _random_write, check)


def _overview_from_rows(session: Session) -> dict[str, Any]:
    visible = session.execute(
        select(func.count()).select_from(Contribution).where(shown(Contribution.status))
    ).scalar_one()
    per_status = dict(
        session.execute(select(Citation.status, func.count()).group_by(Citation.status)).all()
    )
    return {
        "contributions": visible,
        "citations": {s: per_status.get(s, 0) for s in STATUS_VALUES},
    }


def test_api_writes_and_import_keep_the_tallies_and_stats_exact(
    api: TestClient, curated: Curated, kb_db: Session
) -> None:
    editor = curated.auth()
    body = {
        "slug": "tally-contribution",
        "contributor": "FRA",
        "mission": "nmi",
        "type": "advisory",
        "personnel": 7,
        "start_date": "2007-05-01",
        "description": "Counted",
        "citations": [citation_in(kb_db, "nato-mission-iraq-topic")],
    }
    assert api.post(f"{API}/contributions", json=body, headers=editor).status_code == 201
    url = f"{API}/contributions/tally-contribution"
    patch = {"personnel": None, "start_date": "2010-01-01"}
    response = api.patch(url, json=patch, headers=editor | {"If-Match": etag(api, url)})
    assert response.status_code == 200, response.text
    kb_db.rollback()
    assert tallied(kb_db) == recount(kb_db)
    exported = api.get(f"{API}/export").json()
    assert api.delete(url, headers=editor | {"If-Match": etag(api, url)}).status_code == 204
    kb_db.rollback()
    assert tallied(kb_db) == recount(kb_db)
    # The import puts the deleted contribution back.
    response = api.post(f"{API}/import", json=exported, headers=editor)
    assert response.status_code == 200, response.text
    assert response.json()["created"] >= 1
    kb_db.rollback()
    assert tallied(kb_db) == recount(kb_db)

    overview = api.get(f"{API}/stats/overview").json()
    expected = _overview_from_rows(kb_db)
    assert overview["contributions"] == expected["contributions"]
    assert {s: overview["citations"][s] for s in STATUS_VALUES} == expected["citations"]
    assert overview["citations"]["total"] == sum(expected["citations"].values())


def test_unfiltered_stats_from_the_tallies_equal_a_count_of_the_rows(
    api: TestClient, curated: Curated, kb_db: Session
) -> None:
    """`/stats/contributions` without a filter reads the tallies; the same question with a
    filter that keeps every row (the statuses shown by default, or all of them) counts the
    rows. After writes that move rows between groups, both say the same."""
    rng = random.Random(1130)
    for step in range(20):
        _random_write(kb_db, rng, step)
    kb_db.commit()
    shown_statuses = "asserted,corroborated"
    for group_by in (
        "contributor",
        "contributor_kind",
        "type",
        "category",
        "mission",
        "year",
        "status",
    ):
        for extra, statuses in (
            ("", shown_statuses),
            ("&include_disputed=true", ",".join(STATUS_VALUES)),
            ("&include_groups=true", shown_statuses),
        ):
            url = f"{API}/stats/contributions?group_by={group_by}&as_of=2008-01-01{extra}"
            tallied_answer = api.get(url)
            # Two filters: counted from the rows (one status filter alone reads the tallies).
            counted = api.get(f"{url}&status={statuses}&to=9999-12-31")
            assert tallied_answer.status_code == counted.status_code == 200, counted.text
            assert tallied_answer.json() == counted.json(), url
