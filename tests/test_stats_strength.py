"""`/stats/strength` on both engines: strength per group per interval by the dated-observation
rule (latest figure per contributor carried forward, not past its evidence unless
`carry=presence`), checked against figures worked out by hand for a small mission, in JSON,
`shape=array`, CSV and NDJSON, with bad parameters refused naming the field."""

import csv
import io
import json
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import StrengthObservation
from tests.curation_support import API, Curated
from tests.helpers import assert_problem

pytest_plugins = ["tests.curation_support"]

SOURCE = "w16-strength-source"
MISSION = "w16-mission"
TEXT = (
    "Strength notes\n"
    "Britain sent 1,000 troops in February 2001, 1,100 by another count.\n"
    "Britain had 1,200 in November 2001 and left at the end of June 2002.\n"
    "Poland sent 300 in March 2001 and about 350 by 20 May 2001.\n"
    "The force numbered 5,000 in June 2001.\n"
)
URL = f"{API}/stats/strength"


def _quote(text: str) -> list[dict[str, Any]]:
    return [{"source": SOURCE, "quote": text}]


def _made(response: Any) -> None:
    assert response.status_code == 201, response.text


@pytest.fixture
def mission(api: TestClient, curated: Curated, kb_db: Session) -> None:
    """GBR from Feb 2001 to 30 Jun 2002 (an end on record), POL from Mar 2001 (no end)."""
    if kb_db.scalar(select(StrengthObservation.id).where(StrengthObservation.slug == "w16-gbr-1")):
        return
    auth = curated.auth()
    _made(
        api.post(
            f"{API}/sources",
            json={
                "slug": SOURCE,
                "title": "Strength notes",
                "kind": "article",
                "published_date": "2001-06-01",
                "full_text": TEXT,
            },
            headers=auth,
        )
    )
    _made(
        api.post(
            f"{API}/missions",
            json={
                "slug": MISSION,
                "name": "Series test mission",
                "lead_organization": "nato",
                "kind": "stabilization",
                "theater": "IRQ",
                "start_date": "2001-01-01",
                "citations": _quote("Strength notes"),
            },
            headers=auth,
        )
    )
    for slug, code, start, end, quote in (
        ("w16-gbr", "GBR", "2001-02-10", "2002-06-30", "left at the end of June 2002"),
        ("w16-pol", "POL", "2001-03-01", None, "Poland sent 300 in March 2001"),
    ):
        _made(
            api.post(
                f"{API}/contributions",
                json={
                    "slug": slug,
                    "contributor": code,
                    "mission": MISSION,
                    "type": "personnel-deployment",
                    "start_date": start,
                    "end_date": end,
                    "description": "Forces",
                    "citations": _quote(quote),
                },
                headers=auth,
            )
        )
    for slug, code, contribution, day, precision, n, tally, approx, quote in (
        ("w16-gbr-1", "GBR", "w16-gbr", "2001-02-10", "day", 1000, "official", False, "1,000"),
        ("w16-gbr-1w", "GBR", "w16-gbr", "2001-02-10", "day", 1100, "wire", False, "1,100"),
        ("w16-gbr-2", "GBR", "w16-gbr", "2001-11-01", "month", 1200, "wire", False, "1,200"),
        ("w16-pol-1", "POL", "w16-pol", "2001-03-01", "month", 300, "wire", False, "300"),
        ("w16-pol-2", "POL", "w16-pol", "2001-05-20", "day", 350, "wire", True, "about 350"),
        ("w16-total", None, None, "2001-06-01", "month", 5000, "wire", False, "5,000"),
    ):
        _made(
            api.post(
                f"{API}/strengths",
                json={
                    "slug": slug,
                    "mission": MISSION,
                    "contributor": code,
                    "contribution": contribution,
                    "date": day,
                    "date_precision": precision,
                    "personnel": n,
                    "approx": approx,
                    "tally": tally,
                    "citations": _quote(quote),
                },
                headers=auth,
            )
        )


def rows(api: TestClient, **params: str) -> list[dict[str, Any]]:
    response = api.get(URL, params={"mission": MISSION} | params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert response.headers["X-Total-Count"] == str(len(body["items"]))
    return list(body["items"])


def table(items: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(r["period"], r["key"], r["personnel"], r["carried"]) for r in items]


def test_one_row_per_contributor_per_year(api: TestClient, mission: None) -> None:
    response = api.get(URL, params={"mission": MISSION})
    assert response.status_code == 200, response.text
    body = response.json()
    # By default the span of the observations: 10 Feb 2001 to 1 Nov 2001.
    assert (body["group_by"], body["interval"], body["carry"]) == (
        "contributor",
        "year",
        "evidence",
    )
    assert (body["from"], body["to"]) == ("2001-02-10", "2001-11-01")
    assert "latest strength observation" in body["rule"]
    # Britain's November figure (the latest in 2001), Poland's May one; the mission-wide
    # 5,000 is no contributor's and is never added in.
    gbr, pol = body["items"]
    assert gbr == {
        "period": "2001",
        "start": "2001-01-01",
        "end": "2001-12-31",
        "key": "GBR",
        "label": gbr["label"],
        "personnel": 1200,
        "contributors": 1,
        "approx": False,
        "carried": False,
        "observed_from": "2001-11-01",
        "observed_to": "2001-11-01",
    }
    assert (pol["key"], pol["personnel"], pol["approx"]) == ("POL", 350, True)
    total = rows(api, group_by="total")
    assert table(total) == [("2001", None, 1550, False)]
    assert (total[0]["contributors"], total[0]["observed_from"]) == (2, "2001-05-20")
    assert table(rows(api, group_by="mission")) == [("2001", MISSION, 1550, False)]


def test_figures_are_carried_no_further_than_their_evidence(api: TestClient, mission: None) -> None:
    # Britain's 1,200 runs on into 2002 (its contribution's recorded end, 30 June 2002, is
    # evidence it was there), not into 2003; Poland's last evidence is 20 May 2001.
    assert table(rows(api, to="2003-12-31")) == [
        ("2001", "GBR", 1200, False),
        ("2001", "POL", 350, False),
        ("2002", "GBR", 1200, True),
    ]
    # carry=presence: Poland's open-ended contribution keeps its last figure; Britain's
    # ended in June 2002, so not in 2003.
    assert table(rows(api, to="2003-12-31", carry="presence")) == [
        ("2001", "GBR", 1200, False),
        ("2001", "POL", 350, False),
        ("2002", "GBR", 1200, True),
        ("2002", "POL", 350, True),
        ("2003", "POL", 350, True),
    ]


def test_quarters_and_months(api: TestClient, mission: None) -> None:
    # Q1: the official 1,000 (preferred to the wire's 1,100 on the same day) and Poland's
    # March 300; Q2: Britain's carried, Poland's May 350; Q3: Poland's evidence ended in May.
    assert table(rows(api, interval="quarter")) == [
        ("2001-Q1", "GBR", 1000, False),
        ("2001-Q1", "POL", 300, False),
        ("2001-Q2", "GBR", 1000, True),
        ("2001-Q2", "POL", 350, False),
        ("2001-Q3", "GBR", 1000, True),
        ("2001-Q4", "GBR", 1200, False),
    ]
    months = rows(api, interval="month", contributor="gbr")
    assert [r["period"] for r in months] == [f"2001-{m:02d}" for m in range(2, 12)]
    assert [r["personnel"] for r in months] == [1000] * 9 + [1200]
    assert (months[0]["start"], months[0]["end"]) == ("2001-02-01", "2001-02-28")
    # `from` inside an interval: a figure dated before it is carried, so it needs evidence
    # reaching `from` (Poland's May figure does not reach 15 June).
    assert table(rows(api, group_by="total", **{"from": "2001-06-15"})) == [
        ("2001", None, 1200, False)
    ]
    # Nothing after `to` is used.
    assert table(rows(api, to="2001-03-31", group_by="total")) == [("2001", None, 1300, False)]


def test_array_csv_and_ndjson_carry_the_same_rows(api: TestClient, mission: None) -> None:
    params = {"mission": MISSION, "interval": "quarter"}
    items = rows(api, interval="quarter")
    array = api.get(URL, params=params | {"shape": "array"})
    assert array.status_code == 200, array.text
    assert array.json() == items
    assert array.headers["X-Total-Count"] == str(len(items))
    lines = api.get(URL, params=params | {"format": "ndjson"})
    assert lines.headers["content-type"].startswith("application/x-ndjson")
    assert [json.loads(line) for line in lines.text.splitlines()] == items
    got = api.get(URL, params=params, headers={"Accept": "text/csv"})
    assert got.headers["content-type"].startswith("text/csv")
    parsed = list(csv.DictReader(io.StringIO(got.text)))
    assert list(parsed[0]) == list(items[0])
    assert [(r["period"], r["key"], int(r["personnel"])) for r in parsed] == [
        (r["period"], r["key"], r["personnel"]) for r in items
    ]


def test_the_seed_series_is_numbers_in_time_order(api: TestClient) -> None:
    items = rows(api, mission="mnf-i", interval="year", group_by="contributor")
    assert items, "the seed holds MNF-I strength observations"
    assert all(isinstance(r["personnel"], int) and r["personnel"] >= 0 for r in items)
    assert [r["start"] for r in items] == sorted(r["start"] for r in items)
    keyed = [(r["start"], r["key"]) for r in items]
    assert len(keyed) == len(set(keyed))  # one row per group per interval
    # The total per year is the sum of the contributors' rows of that year.
    by_year: dict[str, int] = {}
    for r in items:
        by_year[r["period"]] = by_year.get(r["period"], 0) + r["personnel"]
    totals = rows(api, mission="mnf-i", interval="year", group_by="total")
    assert {r["period"]: r["personnel"] for r in totals} == by_year


@pytest.mark.parametrize(
    ("params", "status", "field"),
    [
        ({"interval": "week"}, 422, "query.interval"),
        ({"group_by": "nation"}, 422, "query.group_by"),
        ({"carry": "forever"}, 422, "query.carry"),
        ({"from": "2002-01-01", "to": "2001-01-01"}, 422, "query.to"),
        ({"from": "2001-13-01"}, 422, "query.from"),
        ({"mission": "no-such-mission"}, 422, "query.mission"),
        ({"contributor": "XXX"}, 422, "query.contributor"),
        ({"interval": "month", "from": "1000-01-01", "to": "1999-12-31"}, 422, "query.interval"),
        ({"shape": "wide"}, 422, "query.shape"),
    ],
)
def test_bad_parameters_are_refused_naming_the_field(
    api: TestClient, params: dict[str, str], status: int, field: str
) -> None:
    response = api.get(URL, params={"mission": "mnf-i"} | params)
    assert_problem(response, status, field)


def _stats(api: TestClient, **params: str) -> dict[str, Any]:
    response = api.get(f"{API}/stats/contributions", params={"mission": MISSION} | params)
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_contribution_stats_count_personnel_on_one_day(api: TestClient, mission: None) -> None:
    """`/stats/contributions` counts personnel by the overview's rule on `as_of`. Worked by hand:
    on 1 Apr 2001 GBR's official 1,000 of 10 Feb (not the wire's 1,100 of that day, nor both)
    and POL's 300 of March; on 31 Dec 2001 GBR's 1,200 of November and POL's 350 of 20 May;
    on 1 Jul 2002 GBR had left (its contribution ended on 30 Jun 2002): POL's 350 alone. The
    mission-wide 5,000 is never added in; before any observation, nothing is counted."""
    for as_of, gbr, pol in (
        ("2001-01-15", None, None),
        ("2001-04-01", 1000, 300),
        ("2001-12-31", 1200, 350),
        ("2002-07-01", None, 350),
    ):
        body = _stats(api, group_by="contributor", as_of=as_of)
        assert body["as_of"] == as_of
        got = {
            g["key"]: (g["count"], g["personnel"], g["personnel_reported"]) for g in body["groups"]
        }
        # The contributions give no `personnel` of their own: none is reported, none summed.
        assert got == {"GBR": (1, gbr, 0), "POL": (1, pol, 0)}, as_of
        total = (gbr or 0) + (pol or 0)
        assert body["personnel"] == (total or None)
        assert "latest strength observation" in body["personnel_rule"]
        by_type = _stats(api, group_by="type", as_of=as_of)["groups"]
        assert [(g["key"], g["personnel"]) for g in by_type] == [
            ("personnel-deployment", total or None)
        ]
    # Two dimensions, long and pivoted: each figure in the cell of its contribution's keys.
    pairs = _stats(api, group_by="contributor,year", as_of="2001-12-31")
    assert [(g["key"], g["key2"], g["personnel"]) for g in pairs["groups"]] == [
        ("GBR", 2001, 1200),
        ("POL", 2001, 350),
    ]
    assert pairs["personnel_rule"] == _stats(api, as_of="2001-12-31")["personnel_rule"]
    wide = api.get(
        f"{API}/stats/contributions",
        params={
            "mission": MISSION,
            "group_by": "contributor,year",
            "shape": "wide",
            "measure": "personnel",
            "as_of": "2001-12-31",
            "format": "csv",
        },
    )
    assert wide.status_code == 200, wide.text
    assert list(csv.reader(io.StringIO(wide.text))) == [
        ["key", "label", "2001"],
        ["GBR", "United Kingdom", "1200"],
        ["POL", "Poland", "350"],
    ]
    # A filter that leaves out the contribution a figure measures leaves the figure out.
    only_pol = _stats(api, group_by="mission", contributor="POL", as_of="2001-12-31")
    assert [(g["key"], g["personnel"]) for g in only_pol["groups"]] == [(MISSION, 350)]
    # By default the day is today: both contributions' latest figures, GBR gone since 2002.
    before = date.today().isoformat()
    today = _stats(api, group_by="contributor")
    assert before <= today["as_of"] <= date.today().isoformat()
    assert {g["key"]: g["personnel"] for g in today["groups"]} == {"GBR": None, "POL": 350}
    assert_problem(
        api.get(f"{API}/stats/contributions", params={"as_of": "yesterday"}), 422, "query.as_of"
    )
