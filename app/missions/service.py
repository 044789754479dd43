from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Row, Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session, joinedload

from app.citations.service import citation_data
from app.contributors.service import key_ids
from app.core.db import AnswerRow, first_or_404
from app.core.fields import every_field
from app.core.filters import (
    any_of,
    in_years,
    resolve_keys,
    shown,
    shows_hidden,
    status_clause,
    where_any,
)
from app.core.numbers import amount_json
from app.core.refs import API, KB, ContributorRef, contributor_ref, type_ref
from app.core.rows import nest, prefixed
from app.missions.schemas import MissionDetail
from app.models import (
    Citation,
    Contribution,
    ContributionType,
    Contributor,
    Lesson,
    LessonMission,
    Mission,
)

GROUP_PREVIEW = 20


def active_on(start: Any, end: Any, day: date) -> Any:
    return and_(or_(start.is_(None), start <= day), or_(end.is_(None), end >= day))


def list_stmt(
    session: Session,
    *,
    organizations: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
    theaters: Sequence[str] | None = None,
    statuses: Sequence[str] | None = None,
    years: Sequence[int] | None = None,
    active_on_date: date | None = None,
    include_disputed: bool,
) -> Select[Mission]:
    """Missions by these filters; each list means "any of" (app/core/filters.py), None (the
    default) no filter."""
    stmt = select(Mission).options(joinedload(Mission.lead_organization))
    if organizations is not None:
        ids = key_ids(session, organizations, name="organization", noun="organization")
        stmt = stmt.where(any_of(Mission.lead_organization_id, ids))
    stmt = where_any(where_any(stmt, Mission.kind, kinds), Mission.theater, theaters)
    if years is not None:
        stmt = stmt.where(in_years(Mission.start_date, years))
    if active_on_date is not None:
        stmt = stmt.where(active_on(Mission.start_date, Mission.end_date, active_on_date))
    shown = status_clause(Mission.status, statuses, include_disputed)
    return stmt if shown is None else stmt.where(shown)


def slug_ids(session: Session, slugs: Sequence[str]) -> list[int]:
    """The ids of the missions these slugs name; a 422 naming every slug that names none, as
    parameter `mission`."""
    return resolve_keys(session, Mission.slug, Mission.id, slugs, name="mission", noun="mission")


def get_by_slug(session: Session, *, slug: str) -> Mission:
    stmt = select(Mission).options(joinedload(Mission.lead_organization))
    return first_or_404(
        session, stmt.where(Mission.slug == slug), f"No mission with slug '{slug}'."
    )


# What a preview shows of each contribution (app.missions.schemas.ContributionBrief), read as
# plain rows: a mission has up to 20 per type, and building ORM objects (each with its
# contributor's JSON columns decoded) cost more than the queries. A contributor's page reads
# the same columns for its table of contributions (app.pages.service.contributions_of).
BRIEF_COLUMNS = (
    Contribution.slug,
    Contribution.start_date,
    Contribution.end_date,
    Contribution.personnel,
    Contribution.amount,
    Contribution.unit,
    Contribution.description,
    Contribution.status,
)
_BRIEF_COLUMNS = (
    Contribution.type_id,
    *BRIEF_COLUMNS,
    *prefixed(Contributor, "contributor", ContributorRef),
)


def _group_rows(
    session: Session, *, mission_id: int, include_disputed: bool
) -> tuple[Sequence[Row[Any]], Sequence[Any]]:
    """Per type (id, slug, name, category, count, personnel sum), and the preview rows
    (`_BRIEF_COLUMNS`, at most GROUP_PREVIEW a type, in slug order): two statements, any
    mission size, both read from ix_contribution_mission_type_slug (the preview then reads
    the rows it shows)."""
    totals_stmt, preview_stmt = _group_statements(include_disputed)
    connection = session.connection()
    totals = connection.execute(totals_stmt, {"mission_id": mission_id}).all()
    if not totals:
        return totals, []
    return totals, connection.execute(preview_stmt, {"mission_id": mission_id}).all()


@cache
def _group_statements(include_disputed: bool) -> tuple[Select[Any], Select[Any]]:
    """`_group_rows`' two statements, built once (parameter `mission_id`): built per
    request, they cost more than they took to run."""
    visible = [Contribution.mission_id == bindparam("mission_id")]
    if not include_disputed:
        visible.append(shown(Contribution.status))
    tally = (
        select(
            Contribution.type_id,
            func.count().label("n"),
            func.sum(Contribution.personnel).label("personnel"),
        )
        .where(*visible)
        .group_by(Contribution.type_id)
        .subquery()
    )
    totals = select(
        ContributionType.id,
        ContributionType.slug,
        ContributionType.name,
        ContributionType.category,
        tally.c.n,
        tally.c.personnel,
    ).join(tally, tally.c.type_id == ContributionType.id)
    ranked = (
        select(
            Contribution.id,
            func.row_number()
            .over(partition_by=Contribution.type_id, order_by=(Contribution.slug, Contribution.id))
            .label("n"),
        )
        .where(*visible)
        .subquery()
    )
    preview = (
        select(*_BRIEF_COLUMNS)
        .join(ranked, ranked.c.id == Contribution.id)
        .join(Contributor, Contributor.id == Contribution.contributor_id)
        .where(ranked.c.n <= GROUP_PREVIEW)
        .order_by(Contribution.slug, Contribution.id)
    )
    return totals, preview


def _by_count(totals: Sequence[Row[Any]]) -> list[Row[Any]]:
    """The groups in the order shown: the most contributions first, then by type slug."""
    return sorted(totals, key=lambda t: (-t.n, t.slug))


def contribution_groups(
    session: Session, *, mission_id: int, include_disputed: bool
) -> list[tuple[Row[Any], int, int | None, list[dict[str, Any]]]]:
    """Per type (a row with its slug, name and category): the count, the personnel sum and a
    preview (ContributionBrief's fields but the links), for the mission's page."""
    totals, preview = _group_rows(session, mission_id=mission_id, include_disputed=include_disputed)
    by_type: dict[int, list[dict[str, Any]]] = {}
    for row in preview:
        brief = row._asdict()
        nest(brief, "contributor", ContributorRef)
        by_type.setdefault(brief.pop("type_id"), []).append(brief)
    return [(t, t.n, _int(t.personnel), by_type.get(t.id, [])) for t in _by_count(totals)]


def _int(value: Any) -> int | None:
    """A SUM of integers (PostgreSQL's is NUMERIC over BIGINT) as an int."""
    return None if value is None else int(value)


def groups_data(session: Session, *, mission: Any, include_disputed: bool) -> list[dict[str, Any]]:
    """`contributions_by_type` as plain JSON values (ContributionGroup's shape)."""
    totals, preview = _group_rows(session, mission_id=mission.id, include_disputed=include_disputed)
    refs: dict[str, dict[str, Any]] = {}  # one per contributor, shared by its briefs
    by_type: dict[int, list[dict[str, Any]]] = {}
    for row in preview:
        type_id, slug, start, end, personnel, amount, unit, text, status, code, name, kind = row
        contributor = refs.get(code)
        if contributor is None:
            contributor = refs[code] = contributor_ref(code, name, kind)
        brief = {
            "slug": slug,
            "contributor": contributor,
            "start_date": start,
            "end_date": end,
            "personnel": personnel,
            "amount": None if amount is None else amount_json(amount),
            "unit": unit,
            "description": text,
            "status": status,
            "url": f"{API}/contributions/{slug}",
            "html_url": f"{KB}/contributions/{slug}",
        }
        by_type.setdefault(type_id, []).append(brief)
    more = f"{API}/contributions?mission={mission.slug}&type="
    return [
        {
            "type": type_ref(t.slug, t.name, t.category),
            "count": t.n,
            "personnel": _int(t.personnel),
            "contributions": by_type.get(t.id, []),
            "more": more + t.slug,
        }
        for t in _by_count(totals)
    ]


def lessons_of(
    session: Session, *, mission_id: int, include_disputed: bool
) -> list[tuple[Lesson, str]]:
    stmt = (
        select(Lesson, LessonMission.status)
        .join(LessonMission, LessonMission.lesson_id == Lesson.id)
        .where(LessonMission.mission_id == mission_id)
        .order_by(Lesson.slug)
    )
    if not include_disputed:
        stmt = stmt.where(shown(Lesson.status), shown(LessonMission.status))
    return [(lesson, status) for lesson, status in session.execute(stmt)]


def lessons_data(
    session: Session, *, mission_id: int, include_disputed: bool
) -> list[dict[str, Any]]:
    """`lessons` as plain JSON values (MissionLesson's shape), read by columns."""
    rows = session.connection().execute(_lessons_stmt(include_disputed), {"mission_id": mission_id})
    return [
        {
            "slug": slug,
            "title": title,
            "kind": kind,
            "category": category,
            "link_status": status,
            "url": f"{API}/lessons/{slug}",
        }
        for slug, title, kind, category, status in rows
    ]


@cache
def _lessons_stmt(include_disputed: bool) -> Any:
    stmt: Any = (
        select(Lesson.slug, Lesson.title, Lesson.kind, Lesson.category, LessonMission.status)
        .join(LessonMission, LessonMission.lesson_id == Lesson.id)
        .where(LessonMission.mission_id == bindparam("mission_id"))
        .order_by(Lesson.slug)
    )
    if not include_disputed:
        stmt = stmt.where(shown(Lesson.status), shown(LessonMission.status))
    return stmt


# A mission's own columns as its answer shows them, with its lead organization's (MissionRead).
_MISSION_COLUMNS = (
    Mission.id,
    Mission.slug,
    Mission.acronym,
    Mission.name,
    Mission.kind,
    Mission.theater,
    Mission.start_date,
    Mission.end_date,
    Mission.date_precision,
    Mission.mandate,
    Mission.summary,
    Mission.status,
    Mission.disputed_claims,
    Mission.version,
    *prefixed(Contributor, "lead", ContributorRef),
)


# The answer to GET /missions/{slug} and to a mission's writes, as one row.
ANSWER_ROW = AnswerRow(
    "mission",
    Mission,
    select(*_MISSION_COLUMNS).outerjoin(
        Contributor, Contributor.id == Mission.lead_organization_id
    ),
)


def detail_data(
    session: Session,
    mission: Row[Any],
    *,
    include_disputed: bool,
    wants: Callable[[str], bool] = every_field,
) -> dict[str, Any]:
    """A mission as GET /missions/{slug} shows it, as plain JSON values in MissionDetail's
    shape (`RecordView.answer_data`): four statements, no ORM object, no model per brief. A
    list that `wants` leaves out is not read (it is empty here; `fields` drops it)."""
    m = mission
    lead = None if m.lead_code is None else contributor_ref(m.lead_code, m.lead_name, m.lead_kind)
    groups = (
        groups_data(session, mission=m, include_disputed=include_disputed)
        if wants("contributions_by_type")
        else []
    )
    lessons = (
        lessons_data(session, mission_id=m.id, include_disputed=include_disputed)
        if wants("lessons")
        else []
    )
    # Disputed claims are flagged (disputed_claims), not shown as support, unless asked for,
    # or unless the record itself stands only on them.
    citations = (
        citation_data(
            session,
            Citation.mission_id,
            m.id,
            include_disputed=shows_hidden(Mission.status, m.status, include_disputed),
        )
        if wants("citations")
        else []
    )
    return {
        "slug": m.slug,
        "acronym": m.acronym,
        "name": m.name,
        "lead_organization": lead,
        "kind": m.kind,
        "theater": m.theater,
        "start_date": m.start_date,
        "end_date": m.end_date,
        "date_precision": m.date_precision,
        "mandate": m.mandate,
        "summary": m.summary,
        "status": m.status,
        "disputed_claims": m.disputed_claims,
        "version": m.version,
        "contributions_by_type": groups,
        "lessons": lessons,
        "citations": citations,
        "url": f"{API}/missions/{m.slug}",
        "html_url": f"{KB}/missions/{m.slug}",
    }


def detail(session: Session, mission: Mission, *, include_disputed: bool) -> MissionDetail:
    """`detail_data` as the model, the answer to a mission's writes."""
    row = ANSWER_ROW.by_id(session, mission.id)
    data = detail_data(session, row, include_disputed=include_disputed)
    return MissionDetail.model_validate(data)
