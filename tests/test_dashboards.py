"""Facets, stats and the timeline, each number checked against the database read directly."""

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.core.filters import VALUES_PATTERN, YEARS_PATTERN
from app.models import (
    Citation,
    Contribution,
    ContributionType,
    Contributor,
    Lesson,
    LessonMission,
    Mission,
    Source,
    StrengthObservation,
)
from tests.helpers import HIDDEN, WEAK, assert_problem, hidden, walk

API = "/api/v1"


@dataclass
class Row:
    slug: str
    contributor: str
    contributor_name: str
    contributor_kind: str
    type: str
    category: str
    mission: str
    start: date | None
    end: date | None
    personnel: int | None
    amount: Decimal | None
    unit: str | None
    status: str

    @property
    def year(self) -> int | None:
        return None if self.start is None else self.start.year


def contributions(db: Session, *, include_disputed: bool = False) -> list[Row]:
    rows = db.execute(
        select(
            Contribution,
            Contributor.code,
            Contributor.name,
            Contributor.kind,
            ContributionType.slug,
            ContributionType.category,
            Mission.slug,
        )
        .join(Contributor, Contribution.contributor_id == Contributor.id)
        .join(ContributionType, Contribution.type_id == ContributionType.id)
        .join(Mission, Contribution.mission_id == Mission.id)
    ).all()
    out = [
        Row(
            c.slug,
            code,
            name,
            kind,
            t,
            cat,
            m,
            c.start_date,
            c.end_date,
            c.personnel,
            c.amount,
            c.unit,
            c.status,
        )
        for c, code, name, kind, t, cat, m in rows
    ]
    return [r for r in out if include_disputed or not hidden("contribution", r.status)]


def groups(db: Session) -> set[str]:
    """Unnamed groups of countries (organization kind `group`)."""
    return set(db.scalars(select(Contributor.code).where(Contributor.organization_kind == "group")))


FILTERS: list[dict[str, str]] = [
    {},
    {"mission": "ntm-i"},
    {"category": "training"},
    {"contributor_kind": "nation"},
    {"include_disputed": "true"},
]


def keep(rows: list[Row], filters: dict[str, str]) -> list[Row]:
    for name, value in filters.items():
        if name != "include_disputed":
            rows = [r for r in rows if getattr(r, name) == value]
    return rows


def counts(facet: dict[str, Any]) -> "FacetCounts":
    return FacetCounts({v["value"]: v["count"] for v in facet["values"]}, facet["truncated"])


class FacetCounts(dict[Any, int]):
    """A facet's counts; compared with the database's, a truncated facet (more values than
    facet_size) must hold the most frequent values, each with its exact count."""

    def __init__(self, values: dict[Any, int], truncated: bool) -> None:
        super().__init__(values)
        self.truncated = truncated

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, dict):
            return NotImplemented
        if not self.truncated:
            return dict(self) == dict(other)
        shown_ok = all(other.get(k) == v for k, v in self.items())
        left_out = [n for k, n in other.items() if k not in self]
        return shown_ok and len(left_out) > 0 and max(left_out) <= min(self.values())

    __hash__ = None  # type: ignore[assignment]


def assert_most_frequent_first(facet: dict[str, Any]) -> None:
    numbers = [v["count"] for v in facet["values"]]
    assert numbers == sorted(numbers, reverse=True)


# --- facets -------------------------------------------------------------------------------

CONTRIBUTION_DIMS = {
    "contributor": lambda r: r.contributor,
    "contributor_kind": lambda r: r.contributor_kind,
    "type": lambda r: r.type,
    "category": lambda r: r.category,
    "mission": lambda r: r.mission,
    "year": lambda r: r.year,
    "status": lambda r: r.status,
}


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "all")
def test_contribution_facets_equal_database_counts(
    client: TestClient, db: Session, filters: dict[str, str]
) -> None:
    rows = keep(contributions(db, include_disputed="include_disputed" in filters), filters)
    response = client.get(
        f"{API}/contributions",
        params={**filters, "facets": ",".join(CONTRIBUTION_DIMS), "facet_size": 100, "limit": 5},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(rows) > 0
    assert set(body["facets"]) == set(CONTRIBUTION_DIMS)
    for name, value_of in CONTRIBUTION_DIMS.items():
        facet = body["facets"][name]
        assert counts(facet) == Counter(value_of(r) for r in rows), name
        assert not facet["truncated"]
        assert_most_frequent_first(facet)
    names = {r.contributor: r.contributor_name for r in rows}
    for value in body["facets"]["contributor"]["values"]:
        assert value["label"] == names[value["value"]]
        # The value is what the list's own filter takes, and it agrees with the count.
        listed = client.get(
            f"{API}/contributions", params={**filters, "contributor": value["value"], "limit": 1}
        )
        assert listed.json()["total"] == value["count"]


def test_facets_are_bounded(client: TestClient, db: Session) -> None:
    rows = contributions(db)
    body = client.get(f"{API}/contributions", params={"facets": "contributor", "facet_size": 2})
    facet = body.json()["facets"]["contributor"]
    assert len(facet["values"]) == 2 and facet["truncated"]
    top = sorted(Counter(r.contributor for r in rows).values(), reverse=True)[:2]
    assert [v["count"] for v in facet["values"]] == top
    assert body.json()["items"], "facets come with the page, not instead of it"
    too_many = client.get(f"{API}/contributions", params={"facets": "type", "facet_size": 1000})
    assert_problem(too_many, 422, "query.facet_size")


def test_unknown_facets_are_refused(client: TestClient) -> None:
    assert_problem(
        client.get(f"{API}/contributions", params={"facets": "contributor,colour"}),
        422,
        "query.facets",
    )
    # Nations have facets of their own (nato_member, framework): kind is not one.
    assert_problem(
        client.get(f"{API}/partner-nations", params={"facets": "kind"}), 422, "query.facets"
    )
    # A list with no facets at all: an unknown parameter.
    assert_problem(
        client.get(f"{API}/organizations", params={"facets": "kind"}), 400, "query.facets"
    )
    body = client.get(f"{API}/contributions").json()
    assert body["facets"] is None


def _name_lists(spec: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(path, parameter, pattern) of every GET query parameter that is a list of names."""
    found = []
    for path, operations in spec["paths"].items():
        for param in operations.get("get", {}).get("parameters", []):
            if param["name"] == "fields":
                continue  # a 400 of its own (issue 16): tests/test_fields_and_sort.py
            schemas = [param["schema"], *param["schema"].get("anyOf", [])]
            for schema in schemas:
                pattern = schema.get("pattern") or schema.get("items", {}).get("pattern")
                free = pattern in (VALUES_PATTERN, YEARS_PATTERN)
                if pattern and not free and "(?:" in pattern and "{" not in path:
                    found.append((path.removeprefix(API), param["name"], pattern))
    return found


def test_lists_of_names_take_exactly_what_their_schema_pattern_says(client: TestClient) -> None:
    """Every closed-vocabulary list (facets, kinds, statuses, categories...): what its schema
    pattern allows is 200, what it does not is a 422 naming the parameter."""
    import re

    spec = client.get("/openapi.json").json()
    lists = _name_lists(spec)
    assert {("/contributions", "facets"), ("/timeline", "kind"), ("/search", "type")} <= {
        (p, n) for p, n, _ in lists
    }
    assert len(lists) >= 20, lists
    for path, param, pattern in lists:
        choice = re.search(r"\(\?:([a-z_|-]+)\)", pattern)
        assert choice, pattern
        names = choice.group(1).split("|")
        extra = {"q": "nato"} if path == "/search" else {}
        if path == "/audit":
            continue  # admin only: its filters are in tests/test_audit.py
        good = [f" {names[0]} , {names[-1]} "]
        bad = [f"{names[0]}\t,{names[-1]}", f"{names[0]};{names[-1]}", "colour"]
        # Facets may be empty (`?facets=`: none); a filter's value may not.
        (good if re.search(pattern, "") else bad).extend([f"{names[0]},,{names[-1]}", ""])
        for value in good:
            assert re.search(pattern, value), value
            response = client.get(f"{API}{path}", params={**extra, param: value})
            assert response.status_code == 200, (path, param, value, response.text)
        for value in bad:
            assert not re.search(pattern, value), value
            assert_problem(
                client.get(f"{API}{path}", params={**extra, param: value}), 422, f"query.{param}"
            )


def test_key_filters_take_exactly_what_their_schema_pattern_says(client: TestClient) -> None:
    """Key and free-value filters (contributor, mission, publisher...) state their grammar in
    the schema: what it allows is never refused as `validation` (a key naming no record is a
    `rule-violation`), what it does not allow is a 422 `validation` naming the parameter.
    Schemathesis found the schema allowing an empty value the service refused."""
    import re

    spec = client.get("/openapi.json").json()
    found = [
        (path.removeprefix(API), param["name"])
        for path, operations in spec["paths"].items()
        if "{" not in path and not path.startswith(f"{API}/audit")
        for param in operations.get("get", {}).get("parameters", [])
        if param["schema"].get("items", {}).get("pattern") == VALUES_PATTERN
    ]
    assert {("/contributions", "contributor"), ("/sources", "publisher")} <= set(found), found
    good = ["nowhere", " nowhere , elsewhere ", '"no, where",x', "a b", '  "x"', '"a""b"']
    bad = ["", "a,,b", "a,", '" "', '"a" ,b', 'a"b', '"a""', "a\nb", "a\rb"]
    for path, param in found:
        extra = {"q": "nato"} if path == "/search" else {}
        for value in good:
            assert re.search(VALUES_PATTERN, value), value
            response = client.get(f"{API}{path}", params={**extra, param: value})
            assert response.status_code in (200, 422), (path, param, value)
            if response.status_code == 422:
                assert response.json()["type"].endswith("/rule-violation"), response.text
        for value in bad:
            assert not re.search(VALUES_PATTERN, value), value
            response = client.get(f"{API}{path}", params={**extra, param: value})
            assert_problem(response, 422, f"query.{param}")
            assert response.json()["type"].endswith("/validation"), (path, param, value)


def test_facets_of_the_other_lists_equal_database_counts(client: TestClient, db: Session) -> None:
    lead = aliased(Contributor)
    missions = db.execute(
        select(Mission, lead.code)
        .outerjoin(lead, Mission.lead_organization_id == lead.id)
        .where(Mission.status.not_in(HIDDEN))
    ).all()
    facets = client.get(
        f"{API}/missions",
        params={"facets": "organization,kind,theater,year,status", "facet_size": 100},
    ).json()["facets"]
    assert counts(facets["organization"]) == Counter(code for _, code in missions)
    assert counts(facets["kind"]) == Counter(m.kind for m, _ in missions)
    assert counts(facets["theater"]) == Counter(m.theater for m, _ in missions)
    assert counts(facets["year"]) == Counter(
        m.start_date.year if m.start_date else None for m, _ in missions
    )
    assert counts(facets["status"]) == Counter(m.status for m, _ in missions)

    lessons = db.scalars(select(Lesson).where(Lesson.status.not_in(WEAK))).all()
    facets = client.get(
        f"{API}/lessons", params={"facets": "kind,category,status,mission", "facet_size": 100}
    ).json()["facets"]
    assert counts(facets["kind"]) == Counter(lesson.kind for lesson in lessons)
    assert counts(facets["category"]) == Counter(lesson.category for lesson in lessons)
    assert counts(facets["status"]) == Counter(lesson.status for lesson in lessons)
    for value in facets["mission"]["values"]:
        listed = walk(client, f"{API}/lessons", mission=value["value"], limit=500)
        assert len(listed) == value["count"], value
    links = db.execute(
        select(Mission.slug, func.count())
        .join(LessonMission, LessonMission.mission_id == Mission.id)
        .join(Lesson, LessonMission.lesson_id == Lesson.id)
        .where(Lesson.status.not_in(WEAK), LessonMission.status.not_in(WEAK))
        .group_by(Mission.slug)
    ).all()
    assert counts(facets["mission"]) == dict(links)

    sources = db.scalars(select(Source)).all()
    facets = client.get(
        f"{API}/sources", params={"facets": "kind,publisher,year", "facet_size": 100}
    ).json()["facets"]
    assert counts(facets["kind"]) == Counter(s.kind for s in sources)
    assert counts(facets["publisher"]) == Counter(s.publisher for s in sources)
    assert counts(facets["year"]) == Counter(
        s.published_date.year if s.published_date else None for s in sources
    )

    citations = db.execute(select(Citation, Source.slug).join(Source)).all()
    facets = client.get(
        f"{API}/citations",
        params={"facets": "source,status,subject_type", "facet_size": 100},
    ).json()["facets"]
    assert counts(facets["source"]) == Counter(slug for _, slug in citations)
    assert counts(facets["status"]) == Counter(c.status for c, _ in citations)
    subject = Counter(
        next(
            kind
            for kind in (
                "mission",
                "contribution",
                "strength",
                "lesson",
                "lesson_mission",
                "contributor",
            )
            if getattr(c, f"{kind}_id") is not None
        )
        for c, _ in citations
    )
    assert counts(facets["subject_type"]) == subject
    for kind, n in subject.items():
        assert client.get(f"{API}/citations", params={"subject_type": kind}).json()["total"] == n


# --- stats --------------------------------------------------------------------------------

GROUPS = {
    "contributor": lambda r: r.contributor,
    "contributor_kind": lambda r: r.contributor_kind,
    "type": lambda r: r.type,
    "category": lambda r: r.category,
    "mission": lambda r: r.mission,
    "year": lambda r: r.year,
    "status": lambda r: r.status,
}


@pytest.mark.parametrize("group_by", list(GROUPS))
@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "all")
def test_contribution_stats_equal_database_sums(
    client: TestClient, db: Session, group_by: str, filters: dict[str, str]
) -> None:
    rows = keep(contributions(db, include_disputed="include_disputed" in filters), filters)
    if group_by in ("contributor", "contributor_kind"):
        # Unnamed groups are not ranked beside nations (docs/data.md).
        rows = [r for r in rows if r.contributor not in groups(db)]
    response = client.get(f"{API}/stats/contributions", params={**filters, "group_by": group_by})
    assert response.status_code == 200, response.text
    body = response.json()
    expected: dict[Any, dict[str, Any]] = defaultdict(
        lambda: {"count": 0, "reported": 0, "amounts": defaultdict(Decimal)}
    )
    # Amounts (docs/data.md): of one contributor's amounts to one mission of one type in one
    # unit, one counts: the latest (end, else start; undated last), the largest of that date.
    counted: dict[tuple[str, str, str, str], Row] = {}
    for r in rows:
        if r.amount is None or r.unit is None:
            continue
        series = (r.contributor, r.mission, r.type, r.unit)
        day = r.end or r.start
        rank = (day is None, -(day.toordinal() if day else 0), -r.amount, r.slug)
        best = counted.get(series)
        if best is None:
            counted[series] = r
            continue
        best_day = best.end or best.start
        best_rank = (
            best_day is None,
            -(best_day.toordinal() if best_day else 0),
            -(best.amount or 0),
            best.slug,
        )
        if rank < best_rank:
            counted[series] = r
    for r in rows:
        group = expected[GROUPS[group_by](r)]
        group["count"] += 1
        if r.personnel is not None:  # counted, not summed: `personnel` is by the dated rule
            group["reported"] += 1
    for r in counted.values():
        assert r.amount is not None and r.unit is not None
        expected[GROUPS[group_by](r)]["amounts"][r.unit] += r.amount
    got = {g["key"]: g for g in body["groups"]}
    assert set(got) == set(expected)
    for key, want in expected.items():
        g = got[key]
        assert g["count"] == want["count"], key
        assert g["personnel_reported"] == want["reported"], key
        assert {a["unit"]: a["amount"] for a in g["amounts"]} == pytest.approx(
            {unit: float(v) for unit, v in want["amounts"].items()}
        )
    assert body["total"] == len(rows)
    listed = client.get(f"{API}/contributions", params={**filters, "limit": 1})
    grouped = client.get(
        f"{API}/stats/contributions",
        params={**filters, "group_by": group_by, "include_groups": "true"},
    ).json()
    assert grouped["total"] == int(listed.headers["X-Total-Count"])
    # Sorted for a bar chart: largest first, ties by key.
    order = [(-g["count"], g["key"] is None, str(g["key"])) for g in body["groups"]]
    assert order == sorted(order)


@pytest.mark.parametrize("as_of", ["2003-05-01", "2005-01-15", "2008-12-31", "2024-06-30"])
def test_contribution_stats_personnel_is_the_overview_rule(client: TestClient, as_of: str) -> None:
    """Every grouping splits the one figure `/stats/overview` gives on that day (each counted
    observation goes to one group): never the contributions' own undated figures added up."""
    overview = client.get(f"{API}/stats/overview", params={"as_of": as_of}).json()["personnel"]
    assert overview["total"], overview
    for group_by in GROUPS:
        body = client.get(
            f"{API}/stats/contributions",
            params={"group_by": group_by, "as_of": as_of, "include_groups": "true"},
        ).json()
        assert body["as_of"] == as_of
        assert overview["rule"] in body["personnel_rule"]
        assert body["personnel"] == overview["total"], group_by
        assert sum(g["personnel"] or 0 for g in body["groups"]) == overview["total"], group_by


def test_stats_sorts_and_bad_input(client: TestClient) -> None:
    by_key = client.get(f"{API}/stats/contributions", params={"group_by": "year", "sort": "key"})
    keys = [g["key"] for g in by_key.json()["groups"]]
    assert keys == sorted(k for k in keys if k is not None) + [k for k in keys if k is None]
    by_personnel = client.get(
        f"{API}/stats/contributions", params={"group_by": "mission", "sort": "-personnel"}
    )
    numbers = [g["personnel"] or 0 for g in by_personnel.json()["groups"]]
    assert numbers == sorted(numbers, reverse=True)
    assert_problem(
        client.get(f"{API}/stats/contributions", params={"group_by": "colour"}),
        422,
        "query.group_by",
    )
    assert_problem(
        client.get(f"{API}/stats/contributions", params={"from": "2010-01-01", "to": "2009-01-01"}),
        422,
        "query.to",
    )
    assert_problem(
        client.get(f"{API}/stats/contributions", params={"limit": "5"}), 400, "query.limit"
    )
    assert_problem(
        client.get(f"{API}/stats/contributions", params={"as_of": "2005-13-01"}),
        422,
        "query.as_of",
    )


def test_overview_equals_database_counts(client: TestClient, db: Session) -> None:
    body = client.get(f"{API}/stats/overview").json()

    def n(model: Any, *where: Any) -> int:
        return db.scalar(select(func.count()).select_from(model).where(*where)) or 0

    rows = contributions(db)
    assert body["missions"] == n(Mission, Mission.status.not_in(HIDDEN))
    assert body["contributions"] == len(rows)
    assert body["contributors"] == {
        "nations": len({r.contributor for r in rows if r.contributor_kind == "nation"}),
        "organizations": len(
            {r.contributor for r in rows if r.contributor_kind != "nation"} - groups(db)
        ),
    }

    # Personnel on one day by the one rule (docs/data.md): per mission and contributor the
    # latest observation on or before `as_of` (default: the latest observation's date), left
    # out when the contributor was gone by then; an independent reading of the rule.
    def last_day(end: date | None, precision: str) -> date | None:
        if end is None or precision == "day":
            return end
        if precision == "year":
            return date(end.year, 12, 31)
        following = date(end.year + end.month // 12, end.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)

    observed = (
        db.execute(
            select(StrengthObservation).where(
                StrengthObservation.status.not_in(HIDDEN),
                StrengthObservation.contributor_id.is_not(None),
            )
        )
        .scalars()
        .all()
    )
    everything = db.scalars(select(StrengthObservation)).all()
    as_of = max((o.observed_on for o in everything if o.status not in HIDDEN), default=None)
    mission_end = {
        m.id: last_day(m.end_date, m.date_precision) for m in db.scalars(select(Mission))
    }
    deployments = db.scalars(select(Contribution).where(Contribution.status.not_in(HIDDEN))).all()
    ended = {c.id: last_day(c.end_date, c.date_precision) for c in deployments}
    tallies = ["official", "wire", "press", "reference"]
    latest: dict[tuple[int, int | None], Any] = {}
    for o in observed:
        if as_of is None or o.observed_on > as_of:
            continue
        key = (o.mission_id, o.contributor_id)
        rank = (-o.observed_on.toordinal(), tallies.index(o.tally), o.slug)
        if key not in latest or rank < latest[key][0]:
            latest[key] = (rank, o)

    def gone(key: tuple[int, int | None], o: Any) -> bool:
        end = mission_end[key[0]]
        if end is not None and as_of is not None and end < as_of:
            return True
        if o.contribution_id in ended:
            return ended[o.contribution_id] is not None and ended[o.contribution_id] < as_of
        mine = [ended[c.id] for c in deployments if (c.mission_id, c.contributor_id) == key]
        return bool(mine) and all(e is not None and e < as_of for e in mine)

    counted = [o for key, (_, o) in latest.items() if not gone(key, o)]
    assert body["personnel"]["as_of"] == (None if as_of is None else as_of.isoformat())
    assert body["personnel"]["total"] == (sum(o.personnel for o in counted) if counted else None)
    assert body["personnel"]["contributors"] == len(counted)
    assert body["lessons"] == n(Lesson, Lesson.status.not_in(WEAK))
    assert body["sources"] == n(Source)
    assert body["citations"] == {
        "total": n(Citation),
        "asserted": n(Citation, Citation.status == "asserted"),
        "corroborated": n(Citation, Citation.status == "corroborated"),
        "disputed": n(Citation, Citation.status == "disputed"),
        "misleading": n(Citation, Citation.status == "misleading"),
        "unverifiable": n(Citation, Citation.status == "unverifiable"),
        "opinion": n(Citation, Citation.status == "opinion"),
    }
    assert body["disputed_records"] == (
        n(Mission, Mission.status.in_(HIDDEN))
        + n(Contribution, Contribution.status.in_(HIDDEN))
        + n(Lesson, Lesson.status.in_(WEAK))
    )
    missions = db.scalars(select(Mission).where(Mission.status.not_in(HIDDEN))).all()
    assert (
        body["period"]["first"] == min(m.start_date for m in missions if m.start_date).isoformat()
    )
    assert body["period"]["ongoing"] == sum(1 for m in missions if m.end_date is None)
    everything = client.get(f"{API}/stats/overview", params={"include_disputed": "true"}).json()
    assert everything["missions"] == n(Mission)
    assert everything["contributions"] == n(Contribution)


# --- timeline -----------------------------------------------------------------------------


def expected_events(
    db: Session, organization: str | None = None, theater: str | None = None
) -> set[tuple[str, str]]:
    lead = aliased(Contributor)
    missions = db.execute(
        select(Mission, lead.code).outerjoin(lead, Mission.lead_organization_id == lead.id)
    ).all()
    chosen = {
        m.id: m
        for m, code in missions
        if (organization is None or code == organization)
        and (theater is None or m.theater == theater)
    }
    events = {
        ("mission", m.slug)
        for m in chosen.values()
        if m.start_date is not None and not hidden("mission", m.status)
    }
    for c in db.scalars(select(Contribution)):
        if (
            c.mission_id in chosen
            and c.start_date is not None
            and not hidden("contribution", c.status)
        ):
            events.add(("contribution", c.slug))
    if theater is None and organization in (None, "nato"):
        for code, joined in db.execute(
            select(Contributor.code, Contributor.nato_accession_date).where(
                Contributor.kind == "nation"
            )
        ):
            if joined is not None:
                events.add(("accession", code))
    return events


@pytest.mark.parametrize(
    "filters",
    [{}, {"organization": "nato"}, {"organization": "nato", "theater": "IRQ"}, {"theater": "AFG"}],
    ids=lambda f: ",".join(f) or "all",
)
def test_timeline_holds_every_dated_event_in_order(
    client: TestClient, db: Session, filters: dict[str, str]
) -> None:
    items = walk(client, f"{API}/timeline", limit=17, **filters)
    got = [(i["kind"], i["key"]) for i in items]
    assert len(got) == len(set(got))
    assert set(got) == expected_events(db, **filters)
    dates = [i["date"] for i in items]
    assert dates == sorted(dates)
    for item in items[:: max(1, len(items) // 10)]:
        assert client.get(item["url"]).status_code == 200, item["url"]


def test_timeline_filters_by_period_and_kind(client: TestClient) -> None:
    everything = walk(client, f"{API}/timeline", limit=500)
    lo, hi = "2004-01-01", "2006-12-31"
    window = walk(client, f"{API}/timeline", limit=500, **{"from": lo, "to": hi})
    assert {(i["kind"], i["key"]) for i in window} == {
        (i["kind"], i["key"])
        for i in everything
        # Overlapping the window; no end date means ongoing, except for an accession.
        if i["date"] <= hi
        and (
            (i["end_date"] or i["date"]) >= lo
            or (i["end_date"] is None and i["kind"] != "accession")
        )
    }
    only = walk(client, f"{API}/timeline", limit=500, kind="mission,accession")
    assert {i["kind"] for i in only} == {"mission", "accession"}
    assert_problem(client.get(f"{API}/timeline", params={"kind": "war"}), 422, "query.kind")


def test_facets_do_not_change_which_rows_a_cursor_walks(client: TestClient) -> None:
    first = client.get(f"{API}/contributions", params={"limit": 5, "facets": "type"}).json()
    assert "facets=type" in first["next"]
    plain = client.get(f"{API}/contributions", params={"limit": 5, "cursor": first["next_cursor"]})
    assert plain.status_code == 200
    assert plain.json()["items"] == client.get(first["next"]).json()["items"]
