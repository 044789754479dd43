"""Numeric range and presence filters on contributions (and the stats built on the same
filters), on both engines, each answer checked against SQL on the same database."""

from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.filters import shown
from app.models import Contribution
from tests.helpers import assert_problem, walk

API = "/api/v1"


def _expected(db: Session, *where: Any) -> set[str]:
    stmt = select(Contribution.slug).where(shown(Contribution.status), *where)
    return set(db.scalars(stmt))


def test_personnel_ranges_and_presence(client: TestClient, db: Session) -> None:
    cases = [
        ({"personnel_min": "100"}, [Contribution.personnel >= 100]),
        ({"personnel_max": "20"}, [Contribution.personnel <= 20]),
        (
            {"personnel_min": "10", "personnel_max": "250"},
            [Contribution.personnel >= 10, Contribution.personnel <= 250],
        ),
        ({"has_personnel": "true"}, [Contribution.personnel.is_not(None)]),
        ({"has_personnel": "false"}, [Contribution.personnel.is_(None)]),
    ]
    for params, where in cases:
        got = {c["slug"] for c in walk(client, f"{API}/contributions", limit=1000, **params)}
        expected = _expected(db, *where)
        assert got == expected, params
        assert expected, f"the seed has contributions for {params}"
        stats = client.get(f"{API}/stats/contributions", params=params | {"group_by": "status"})
        assert stats.json()["total"] == len(expected), params


def test_amounts_compare_within_one_unit(client: TestClient, db: Session) -> None:
    unit = db.scalar(select(Contribution.unit).where(Contribution.amount.is_not(None)).limit(1))
    assert unit is not None
    amounts = sorted(
        db.scalars(
            select(Contribution.amount).where(Contribution.unit == unit, shown(Contribution.status))
        )
    )
    low = amounts[len(amounts) // 2]
    got = {
        c["slug"]
        for c in walk(client, f"{API}/contributions", unit=unit, amount_min=str(low), limit=1000)
    }
    assert got == _expected(db, Contribution.unit == unit, Contribution.amount >= Decimal(low))
    with_amount = {c["slug"] for c in walk(client, f"{API}/contributions", has_amount="true")}
    assert with_amount == _expected(db, Contribution.amount.is_not(None))


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"personnel_min": "10", "personnel_max": "5"}, "query.personnel_max"),
        ({"personnel_min": "-1"}, "query.personnel_min"),
        ({"personnel_max": "many"}, "query.personnel_max"),
        ({"has_personnel": "perhaps"}, "query.has_personnel"),
        ({"amount_min": "2"}, "query.unit"),
        ({"amount_min": "5", "amount_max": "1", "unit": "x"}, "query.amount_max"),
    ],
)
def test_bad_ranges_are_422_naming_the_field(
    client: TestClient, params: dict[str, str], field: str
) -> None:
    assert_problem(client.get(f"{API}/contributions", params=params), 422, field)


def test_name_prefix_any_case_with_like_characters_plain(client: TestClient, db: Session) -> None:
    from app.models import Contributor, Mission

    nations = {
        c.code
        for c in db.scalars(select(Contributor).where(Contributor.kind == "nation"))
        if c.name.lower().startswith("uni")
    }
    assert nations, "the seed has nations named United..."
    got = {c["code"] for c in walk(client, f"{API}/partner-nations", name_prefix="UNI")}
    assert got == nations
    everyone = {
        c.code for c in db.scalars(select(Contributor)) if c.name.lower().startswith("north")
    }
    assert {c["code"] for c in walk(client, f"{API}/contributors", name_prefix="north")} == (
        everyone
    )
    missions = {m.slug for m in db.scalars(select(Mission)) if m.name.startswith("NATO")}
    assert {
        m["slug"]
        for m in walk(client, f"{API}/missions", name_prefix="nato", include_disputed="true")
    } == missions
    for plain in ("%", "_", "U%", "Unit_d"):
        assert walk(client, f"{API}/partner-nations", name_prefix=plain) == []
    assert_problem(client.get(f"{API}/organizations", params={"name_prefix": ""}), 422)
    assert_problem(client.get(f"{API}/organizations", params={"name_prefix": "a\tb"}), 422)
