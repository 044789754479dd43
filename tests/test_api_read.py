"""The read API, through HTTP, checked against the database on both engines."""

from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

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
from tests.helpers import HIDDEN, assert_problem, hidden, walk

STATUSES = ("asserted", "corroborated", "disputed", "misleading", "unverifiable", "opinion")
API = "/api/v1"


def contribution_rows(db: Session) -> list[dict[str, Any]]:
    rows = db.execute(
        select(
            Contribution,
            Contributor.code,
            Contributor.kind,
            Mission.slug,
            ContributionType.slug,
            ContributionType.category,
        )
        .join(Contributor, Contribution.contributor_id == Contributor.id)
        .join(Mission, Contribution.mission_id == Mission.id)
        .join(ContributionType, Contribution.type_id == ContributionType.id)
    ).all()
    return [
        {
            "slug": c.slug,
            "contributor": code,
            "contributor_kind": kind,
            "mission": m,
            "type": t,
            "category": cat,
            "start": c.start_date,
            "end": c.end_date,
            "status": c.status,
        }
        for c, code, kind, m, t, cat in rows
    ]


def _period_end(day: date, precision: str) -> date:
    if precision == "year":
        return date(day.year, 12, 31)
    if precision == "month":
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return day


def evidence_until(db: Session) -> dict[str, date | None]:
    """Per contribution with no end date: the last day its dated evidence covers (its start,
    its strength observations, the publication of its citing sources), capped by its
    mission's end: docs/data.md, "When is a contribution active?"."""
    out: dict[str, date | None] = {}
    for c, m_end, m_precision in db.execute(
        select(Contribution, Mission.end_date, Mission.date_precision).join(
            Mission, Contribution.mission_id == Mission.id
        )
    ):
        dates = []
        if c.start_date is not None:
            dates.append(_period_end(c.start_date, c.date_precision))
        dates += [
            _period_end(day, precision)
            for day, precision in db.execute(
                select(StrengthObservation.observed_on, StrengthObservation.date_precision).where(
                    StrengthObservation.contribution_id == c.id,
                    StrengthObservation.status != "disputed",
                )
            )
        ]
        dates += [
            day
            for day in db.scalars(
                select(Source.published_date)
                .join(Citation, Citation.source_id == Source.id)
                .where(Citation.contribution_id == c.id, Citation.status != "disputed")
            )
            if day is not None
        ]
        last = max(dates) if dates else None
        if last is not None and m_end is not None:
            last = min(last, _period_end(m_end, m_precision))
        out[c.slug] = last
    return out


def type_tree(db: Session) -> dict[str, set[str]]:
    """slug -> itself and all its descendants, computed independently of the service."""
    parent = aliased(ContributionType)
    pairs = db.execute(
        select(ContributionType.slug, parent.slug).outerjoin(
            parent, ContributionType.parent_id == parent.id
        )
    ).all()
    parents = dict(pairs)
    tree: dict[str, set[str]] = {slug: set() for slug in parents}
    for slug in parents:
        node: str | None = slug
        while node is not None:
            tree[node].add(slug)
            node = parents[node]
    return tree


def slugs(items: list[dict[str, Any]], key: str = "slug") -> set[str]:
    return {i[key] for i in items}


# --- every list and every record ---------------------------------------------------------

LISTS = [
    ("/missions", Mission, "slug", Mission.slug),
    ("/contributions", Contribution, "slug", Contribution.slug),
    ("/lessons", Lesson, "slug", Lesson.slug),
    ("/contribution-types", ContributionType, "slug", ContributionType.slug),
    ("/sources", Source, "slug", Source.slug),
    ("/partner-nations", Contributor, "code", Contributor.code),
    ("/organizations", Contributor, "code", Contributor.code),
    ("/contributors", Contributor, "code", Contributor.code),
    ("/citations", Citation, "key", Citation.key),
]


@pytest.mark.parametrize(("path", "model", "key", "column"), LISTS, ids=[x[0] for x in LISTS])
def test_every_list_walks_to_every_row_and_every_row_resolves(
    client: TestClient, db: Session, path: str, model: Any, key: str, column: Any
) -> None:
    params: dict[str, Any] = {"limit": 17}
    if hasattr(model, "disputed_claims"):
        params["include_disputed"] = "true"
    items = walk(client, API + path, **params)
    stmt = select(column)
    if path == "/partner-nations":
        stmt = stmt.where(Contributor.kind == "nation")
    elif path == "/organizations":
        stmt = stmt.where(Contributor.kind == "organization")
    expected = set(db.scalars(stmt))
    got = [i[key] for i in items]
    assert len(got) == len(set(got)), "a row was repeated across pages"
    assert set(got) == expected
    assert expected, f"{path} is empty"
    for item in items:
        url = item.get("href") if path == "/sources" else item.get("url")
        if path == "/citations":
            url = f"{API}/citations/{item['key']}"
        detail = client.get(url)
        assert detail.status_code == 200, (url, detail.text)
        assert detail.json()[key] == item[key]


@pytest.mark.parametrize("path", ["/missions", "/contributions", "/lessons"])
def test_disputed_records_are_hidden_by_default(client: TestClient, db: Session, path: str) -> None:
    model = {"/missions": Mission, "/contributions": Contribution, "/lessons": Lesson}[path]
    shown = slugs(walk(client, API + path, limit=500))
    everything = slugs(walk(client, API + path, limit=500, include_disputed="true"))
    kind = path.strip("/").removesuffix("s")
    disputed = {
        slug
        for slug, status in db.execute(select(model.slug, model.status))
        if hidden(kind, status)
    }
    assert disputed, "the seed has hidden records of every kind"
    assert shown == everything - disputed
    assert not shown & disputed


@pytest.mark.parametrize(
    "sort",
    [
        "slug",
        "-slug",
        "start_date",
        "-start_date",
        "end_date",
        "-end_date",
        "personnel",
        "-personnel",
    ],
)
def test_contribution_pages_follow_the_sort_without_gaps(
    client: TestClient, db: Session, sort: str
) -> None:
    items = walk(client, f"{API}/contributions", limit=7, sort=sort, include_disputed="true")
    assert len(items) == len(db.scalars(select(Contribution.id)).all())
    field = sort.lstrip("-")
    late = "9999-12-31" if field != "personnel" else -1
    values = [(i[field] if i[field] is not None else late) for i in items]
    assert values == sorted(values, reverse=sort.startswith("-"))


# The filters whose query states a range they imply, in the sorts' own expressions, so an
# index on the sort can seek (app/contributions/service.py, migrations 0013 and 0015), and a
# leaf type, read through its own indexes: the same rows in every order, each in its order.
IMPLYING_FILTERS = [
    {"active_on": "2005-11-11"},
    {"from": "2004-01-01"},
    {"from": "2010-01-01", "to": "2012-12-31"},
    {"year": "2004,2006"},
    {"year": "2003"},
    {"type": "training"},
    {"category": "training"},
    # Read in ranges of the sort key (pagination.page_keys: dated rows within the bounds the
    # dates imply, then those without a date) and per contributor of the kind, merged.
    {"to": "2005-12-31"},
    {"contributor_kind": "organization"},
    {"contributor_kind": "nation", "year": "2004,2005"},
    {"active_on": "2005-11-11", "contributor_kind": "nation"},
]


@pytest.mark.parametrize("filters", IMPLYING_FILTERS, ids=lambda f: ",".join(f))
def test_filtered_pages_hold_the_same_rows_in_every_sort(
    client: TestClient, filters: dict[str, str]
) -> None:
    sorts = [
        s for name in ("slug", "start_date", "end_date", "personnel") for s in (name, "-" + name)
    ]
    first: set[str] | None = None
    for sort in sorts:
        items = walk(client, f"{API}/contributions", limit=4, sort=sort, **filters)
        field = sort.lstrip("-")
        late: Any = -1 if field == "personnel" else "9999-12-31"
        values = [(i[field] if i[field] is not None else late) for i in items]
        assert values == sorted(values, reverse=sort.startswith("-")), sort
        got = slugs(items)
        assert len(got) == len(items), sort
        first = got if first is None else first
        assert got == first, sort
    assert first, filters


@pytest.mark.parametrize(
    "filters",
    [
        {"to": "2005-12-31"},
        {"year": "2004,2006"},
        {"active_on": "2005-11-11"},
        {"from": "2004-01-01"},
        {"contributor_kind": "organization"},
        {"contributor_kind": "nation", "active_on": "2005-11-11"},
        {"has_personnel": "false"},
        {"personnel_min": "100", "personnel_max": "5000"},
        {"has_personnel": "true", "to": "2006-01-01"},
    ],
    ids=lambda f: ",".join(f),
)
def test_pages_read_in_ranges_or_merged_are_the_plain_walk(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, filters: dict[str, str]
) -> None:
    """pagination.page_keys reads a date sort in ranges the filters imply and a contributor
    kind per contributor: page by page, the same rows in the same order as one query walking
    the sort's order, which it is without those hints."""
    from app.contributions import filters as contribution_filters
    from app.contributions import service

    sorts = ("start_date", "-start_date", "end_date", "-end_date", "slug", "personnel")
    for sort in (*sorts, "-personnel"):
        planned = walk(client, f"{API}/contributions", limit=3, sort=sort, **filters)
        monkeypatch.setattr(service, "sort_bounds", lambda f: {})
        monkeypatch.setattr(service, "MAX_MERGED", -1)
        monkeypatch.setattr(contribution_filters, "SORT_BOUNDS", "not-read")
        # Another page size: other URLs than the cached ones, other page boundaries.
        plain = walk(client, f"{API}/contributions", limit=4, sort=sort, **filters)
        monkeypatch.undo()
        assert planned and [i["slug"] for i in planned] == [i["slug"] for i in plain], sort


# --- filters ------------------------------------------------------------------------------


def test_contribution_filters_match_the_database(client: TestClient, db: Session) -> None:
    rows = [r for r in contribution_rows(db) if not hidden("contribution", r["status"])]
    tree = type_tree(db)
    checks = 0
    for field in ("mission", "contributor", "category", "contributor_kind"):
        for value in {r[field] for r in rows}:
            got = slugs(walk(client, f"{API}/contributions", limit=500, **{field: value}))
            assert got == {r["slug"] for r in rows if r[field] == value}, (field, value)
            checks += 1
    for type_slug, members in tree.items():
        got = slugs(walk(client, f"{API}/contributions", limit=500, type=type_slug))
        assert got == {r["slug"] for r in rows if r["type"] in members}, type_slug
    # The same filter for a nation (ISO code) and an organization (slug), in any case.
    for code in {r["contributor"] for r in rows}:
        got = slugs(walk(client, f"{API}/contributions", limit=500, contributor=code.swapcase()))
        assert got == {r["slug"] for r in rows if r["contributor"] == code}
    # An open-ended contribution runs up to its last dated evidence, not for ever.
    until = evidence_until(db)

    def runs_to(r: dict[str, Any], day: date) -> bool:
        if r["end"] is not None:
            return bool(r["end"] >= day)
        last = until[r["slug"]]
        return last is not None and last >= day

    for day in (
        date(2003, 6, 1),
        date(2005, 11, 11),
        date(2010, 1, 1),
        date(2019, 1, 1),
        date(2024, 6, 30),
    ):
        got = slugs(walk(client, f"{API}/contributions", limit=500, active_on=day.isoformat()))
        assert got == {
            r["slug"] for r in rows if (r["start"] is None or r["start"] <= day) and runs_to(r, day)
        }, day
    lo, hi = date(2004, 1, 1), date(2006, 12, 31)
    got = slugs(
        walk(
            client,
            f"{API}/contributions",
            limit=500,
            **{"from": lo.isoformat(), "to": hi.isoformat()},
        )
    )
    assert got == {
        r["slug"] for r in rows if runs_to(r, lo) and (r["start"] is None or r["start"] <= hi)
    }
    assert checks > 5


def test_mission_filters_match_the_database(client: TestClient, db: Session) -> None:
    missions = db.execute(
        select(Mission, Contributor.code).outerjoin(
            Contributor, Mission.lead_organization_id == Contributor.id
        )
    ).all()
    visible = [(m, org) for m, org in missions if not hidden("mission", m.status)]
    for org in {org for _, org in visible if org}:
        got = slugs(walk(client, f"{API}/missions", organization=org))
        assert got == {m.slug for m, o in visible if o == org}
    for kind in {m.kind for m, _ in visible}:
        assert slugs(walk(client, f"{API}/missions", kind=kind)) == {
            m.slug for m, _ in visible if m.kind == kind
        }
    for theater in {m.theater for m, _ in visible}:
        got = slugs(walk(client, f"{API}/missions", theater=theater.lower()))
        assert got == {m.slug for m, _ in visible if m.theater == theater}
    day = date(2008, 6, 1)
    assert slugs(walk(client, f"{API}/missions", active_on=day.isoformat())) == {
        m.slug
        for m, _ in visible
        if (m.start_date is None or m.start_date <= day)
        and (m.end_date is None or m.end_date >= day)
    }


def test_lesson_filters_match_the_database(client: TestClient, db: Session) -> None:
    lessons = [ls for ls in db.scalars(select(Lesson)) if not hidden("lesson", ls.status)]
    for kind in ("lesson", "challenge", "achievement"):
        assert slugs(walk(client, f"{API}/lessons", kind=kind)) == {
            ls.slug for ls in lessons if ls.kind == kind
        }
    for category in {ls.category for ls in lessons}:
        assert slugs(walk(client, f"{API}/lessons", category=category)) == {
            ls.slug for ls in lessons if ls.category == category
        }
    links = db.execute(
        select(Lesson.slug, Mission.slug, LessonMission.status, Lesson.status)
        .join(LessonMission, LessonMission.lesson_id == Lesson.id)
        .join(Mission, LessonMission.mission_id == Mission.id)
    ).all()
    for mission in {m for _, m, _, _ in links}:
        assert slugs(walk(client, f"{API}/lessons", mission=mission)) == {
            ls
            for ls, m, link_status, status in links
            if m == mission
            and not hidden("lesson_mission", link_status)
            and not hidden("lesson", status)
        }


def test_reference_filters_match_the_database(client: TestClient, db: Session) -> None:
    nations = db.scalars(select(Contributor).where(Contributor.kind == "nation")).all()
    members = {n.code for n in nations if n.nato_accession_date is not None}
    assert slugs(walk(client, f"{API}/partner-nations", nato_member="true"), "code") == members
    assert (
        slugs(walk(client, f"{API}/partner-nations", nato_member="false"), "code")
        == {n.code for n in nations} - members
    )
    for framework in {f for n in nations for f in n.partnership_frameworks}:
        got = slugs(walk(client, f"{API}/partner-nations", framework=framework.upper()), "code")
        assert got == {n.code for n in nations if framework in n.partnership_frameworks}
    orgs = db.scalars(select(Contributor).where(Contributor.kind == "organization")).all()
    for kind in {o.organization_kind for o in orgs}:
        assert slugs(walk(client, f"{API}/organizations", kind=kind), "code") == {
            o.code for o in orgs if o.organization_kind == kind
        }
    types = db.scalars(select(ContributionType)).all()
    for category in {t.category for t in types}:
        assert slugs(walk(client, f"{API}/contribution-types", category=category)) == {
            t.slug for t in types if t.category == category
        }
    by_id = {t.id: t.slug for t in types}
    for parent_id in {t.parent_id for t in types if t.parent_id}:
        got = slugs(walk(client, f"{API}/contribution-types", parent=by_id[parent_id]))
        assert got == {t.slug for t in types if t.parent_id == parent_id}
    sources = db.scalars(select(Source)).all()
    for kind in {s.kind for s in sources}:
        assert slugs(walk(client, f"{API}/sources", kind=kind)) == {
            s.slug for s in sources if s.kind == kind
        }


def test_citation_filters_and_claims_match_the_database(client: TestClient, db: Session) -> None:
    rows = db.execute(select(Citation, Source.slug).join(Source)).all()
    for status in STATUSES:
        expected = {c.key for c, _ in rows if c.status == status}
        assert slugs(walk(client, f"{API}/citations", status=status, limit=500), "key") == expected
    for source in {s for _, s in rows}:
        expected = {c.key for c, s in rows if s == source}
        got = walk(client, f"{API}/sources/{source}/claims", limit=500)
        assert slugs(got, "key") == expected
        assert all(i["source"]["slug"] == source and i["subject"]["url"] for i in got)
    got = walk(client, f"{API}/citations", subject_type="mission", limit=500)
    assert slugs(got, "key") == {c.key for c, _ in rows if c.mission_id is not None}
    assert {i["subject"]["type"] for i in got} == {"mission"}


# --- details ------------------------------------------------------------------------------


def test_ntm_i_detail_embeds_what_a_reader_wants_next(client: TestClient, db: Session) -> None:
    response = client.get(f"{API}/missions/ntm-i")
    assert response.status_code == 200
    body = response.json()
    assert body["acronym"] == "NTM-I"
    assert body["lead_organization"]["code"] == "nato"
    assert body["theater"] == "IRQ"
    assert body["citations"], "NTM-I must come with its citations"
    assert all(c["quote"] and c["source"]["slug"] for c in body["citations"])
    mission = db.scalars(select(Mission).where(Mission.slug == "ntm-i")).one()
    visible = db.scalars(
        select(Contribution).where(
            Contribution.mission_id == mission.id, Contribution.status.not_in(HIDDEN)
        )
    ).all()
    assert sum(g["count"] for g in body["contributions_by_type"]) == len(visible)
    embedded = {c["slug"] for g in body["contributions_by_type"] for c in g["contributions"]}
    assert embedded <= {c.slug for c in visible}


def test_every_mission_detail_counts_match_the_database(client: TestClient, db: Session) -> None:
    for mission in db.scalars(select(Mission)):
        body = client.get(
            f"{API}/missions/{mission.slug}", params={"include_disputed": "true"}
        ).json()
        counts: dict[str, int] = {}
        for c in db.execute(
            select(ContributionType.slug)
            .join(Contribution)
            .where(Contribution.mission_id == mission.id)
        ).scalars():
            counts[c] = counts.get(c, 0) + 1
        assert {g["type"]["slug"]: g["count"] for g in body["contributions_by_type"]} == counts
        linked = set(
            db.scalars(
                select(Lesson.slug)
                .join(LessonMission)
                .where(LessonMission.mission_id == mission.id)
            )
        )
        assert {ls["slug"] for ls in body["lessons"]} == linked
        cited = set(db.scalars(select(Citation.key).where(Citation.mission_id == mission.id)))
        assert {c["key"] for c in body["citations"]} == cited


def test_source_report_card_counts_its_claims(client: TestClient, db: Session) -> None:
    for source in db.scalars(select(Source)):
        body = client.get(f"{API}/sources/{source.slug}").json()
        statuses = list(db.scalars(select(Citation.status).where(Citation.source_id == source.id)))
        card = body["report_card"]
        assert card["claims"] == len(statuses)
        for status in STATUSES:
            assert card[status] == statuses.count(status)
        assert card["unreviewed"] == statuses.count("asserted")
        assert card["reviewed"] == (body["reviewed_date"] is not None)


def test_lesson_and_contributor_details(client: TestClient, db: Session) -> None:
    for lesson in db.scalars(select(Lesson)):
        body = client.get(f"{API}/lessons/{lesson.slug}").json()
        assert body["citations"]
        assert all(m["citations"] for m in body["missions"])
    nato = client.get(f"{API}/organizations/nato").json()
    assert nato["kind"] == "organization" and nato["citations"]
    assert client.get(f"{API}/contributors/nato").json()["code"] == "nato"
    assert client.get(f"{API}/partner-nations/nato").status_code == 422
    assert client.get(f"{API}/organizations/ITA").status_code == 404


# --- errors -------------------------------------------------------------------------------


def test_unknown_query_parameter_is_named(client: TestClient) -> None:
    body = assert_problem(client.get(f"{API}/missions?theatre=IRQ"), 400, "query.theatre")
    assert "theater" in body["errors"][0]["reason"]


@pytest.mark.parametrize(
    ("url", "status", "field"),
    [
        (f"{API}/missions?limit=abc", 422, "query.limit"),
        (f"{API}/missions?limit=0", 422, "query.limit"),
        (f"{API}/missions?limit=-5", 422, "query.limit"),
        (f"{API}/missions?limit=1001", 400, "query.limit"),
        (f"{API}/missions?sort=bogus", 422, "query.sort"),
        (f"{API}/missions?theater=IRAQ", 422, "query.theater"),
        (f"{API}/missions?active_on=2004-02-30", 422, "query.active_on"),
        (f"{API}/contributions?category=cooking", 422, "query.category"),
        (f"{API}/contributions?from=2010-01-01&to=2009-01-01", 422, "query.to"),
        (f"{API}/lessons?kind=moral", 422, "query.kind"),
        (f"{API}/missions?include_disputed=maybe", 422, "query.include_disputed"),
        (f"{API}/missions?cursor=not-a-cursor", 400, "query.cursor"),
        (f"{API}/missions?cursor=" + "A" * 2000, 422, "query.cursor"),
        (f"{API}/missions/{'x' * 101}", 422, "path.slug"),
    ],
)
def test_bad_input_is_a_problem_naming_the_field(
    client: TestClient, url: str, status: int, field: str
) -> None:
    assert_problem(client.get(url), status, field)


def test_cursor_cannot_be_reused_with_other_filters_or_sort(client: TestClient) -> None:
    first = client.get(f"{API}/contributions", params={"limit": 2}).json()
    cursor = first["next_cursor"]
    assert cursor
    assert (
        client.get(f"{API}/contributions", params={"limit": 2, "cursor": cursor}).status_code == 200
    )
    assert_problem(
        client.get(f"{API}/contributions", params={"limit": 2, "cursor": cursor, "sort": "-slug"}),
        400,
        "query.cursor",
    )
    assert_problem(
        client.get(f"{API}/contributions", params={"cursor": cursor, "mission": "ntm-i"}),
        400,
        "query.cursor",
    )
    assert_problem(client.get(f"{API}/missions", params={"cursor": cursor}), 400, "query.cursor")
    tampered = cursor[:-3] + ("AAA" if not cursor.endswith("AAA") else "BBB")
    assert client.get(f"{API}/contributions", params={"cursor": tampered}).status_code in (200, 400)


@pytest.mark.parametrize(
    "url",
    [
        f"{API}/missions/nope",
        f"{API}/contributions/nope",
        f"{API}/lessons/nope",
        f"{API}/sources/nope",
        f"{API}/sources/nope/claims",
        f"{API}/contribution-types/nope",
        f"{API}/partner-nations/ZZZ",
        f"{API}/organizations/nope",
        f"{API}/contributors/nope",
        f"{API}/citations/nope",
        f"{API}/nothing-here",
    ],
)
def test_unknown_keys_are_404_problems(client: TestClient, url: str) -> None:
    assert_problem(client.get(url), 404)


def test_wrong_method_is_a_problem(client: TestClient) -> None:
    assert_problem(client.delete(f"{API}/missions"), 405)


def test_a_crash_is_a_500_problem_without_a_trace(seeded_url: str) -> None:
    from app.main import create_app
    from tests.conftest import use_database

    use_database(seeded_url)
    app = create_app()

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret detail from deep inside")

    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.get("/boom")
    body = assert_problem(response, 500)
    assert "secret" not in response.text and "Traceback" not in response.text
    assert body["instance"] == "/boom"
