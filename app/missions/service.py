from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, joinedload

from app.citations.service import citations_for
from app.contributors.service import key_ids
from app.core.db import first_or_404
from app.core.filters import (
    any_of,
    in_years,
    resolve_keys,
    shown,
    shows_hidden,
    status_clause,
    where_any,
)
from app.core.refs import API, ContributorRef, LessonRef, TypeRef
from app.core.rows import nest, prefixed
from app.missions.schemas import (
    ContributionBrief,
    ContributionGroup,
    MissionDetail,
    MissionLesson,
    MissionRead,
)
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


def contribution_groups(
    session: Session, *, mission_id: int, include_disputed: bool
) -> list[tuple[ContributionType, int, int | None, list[dict[str, Any]]]]:
    """Per type: the count, the personnel sum and a preview (ContributionBrief fields). Three
    queries, any mission size."""
    visible = [Contribution.mission_id == mission_id]
    if not include_disputed:
        visible.append(shown(Contribution.status))
    totals = session.execute(
        select(Contribution.type_id, func.count(), func.sum(Contribution.personnel))
        .where(*visible)
        .group_by(Contribution.type_id)
    ).all()
    if not totals:
        return []
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
    preview = session.execute(
        select(*_BRIEF_COLUMNS)
        .join(ranked, ranked.c.id == Contribution.id)
        .join(Contributor, Contributor.id == Contribution.contributor_id)
        .where(ranked.c.n <= GROUP_PREVIEW)
        .order_by(Contribution.slug, Contribution.id)
    ).all()
    types = {
        t.id: t
        for t in session.scalars(
            select(ContributionType).where(ContributionType.id.in_([r[0] for r in totals]))
        )
    }
    by_type: dict[int, list[dict[str, Any]]] = {}
    for row in preview:
        brief = row._asdict()
        nest(brief, "contributor", ContributorRef)
        by_type.setdefault(brief.pop("type_id"), []).append(brief)
    groups = [
        (types[type_id], count, personnel, by_type.get(type_id, []))
        for type_id, count, personnel in totals
    ]
    groups.sort(key=lambda g: (-g[1], g[0].slug))
    return groups


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


def detail(session: Session, mission: Mission, *, include_disputed: bool) -> MissionDetail:
    """A mission as GET /missions/{slug} shows it (also the answer to its writes)."""
    groups = contribution_groups(session, mission_id=mission.id, include_disputed=include_disputed)
    lessons = lessons_of(session, mission_id=mission.id, include_disputed=include_disputed)
    # Disputed claims are flagged (disputed_claims), not shown as support, unless asked for,
    # or unless the record itself stands only on them.
    citations = citations_for(
        session,
        Citation.mission_id,
        [mission.id],
        include_disputed=shows_hidden(Mission.status, mission.status, include_disputed),
    )
    base = MissionRead.model_validate(mission)
    return MissionDetail(
        **base.model_dump(exclude={"url", "html_url"}),
        contributions_by_type=[
            ContributionGroup(
                type=TypeRef.model_validate(t),
                count=count,
                personnel=personnel,
                contributions=[ContributionBrief.model_validate(c) for c in preview],
                more=f"{API}/contributions?mission={mission.slug}&type={t.slug}",
            )
            for t, count, personnel, preview in groups
        ],
        lessons=[
            MissionLesson(
                **LessonRef.model_validate(lesson).model_dump(exclude={"url"}), link_status=status
            )
            for lesson, status in lessons
        ],
        citations=citations.get(mission.id, []),
    )
