"""Reads of one lesson (its list's filters and SQL are in the router)."""

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from app.citations.service import citations_for
from app.core.db import first_or_404
from app.core.filters import shown_value, shows_hidden
from app.core.refs import MissionRef
from app.lessons.schemas import LessonDetail, LessonMissionRead, LessonRead
from app.models import Citation, Lesson, LessonMission


def get_by_slug(session: Session, *, slug: str) -> Lesson:
    stmt = select(Lesson).where(Lesson.slug == slug)
    return first_or_404(session, stmt, f"No lesson with slug '{slug}'.")


def detail(session: Session, lesson: Lesson, *, include_disputed: bool) -> LessonDetail:
    """A lesson as GET /lessons/{slug} shows it (also the answer to its writes)."""
    links = session.scalars(
        select(LessonMission)
        .options(joinedload(LessonMission.mission))
        .where(LessonMission.lesson_id == lesson.id)
    ).all()
    show_disputed = shows_hidden(Lesson.status, lesson.status, include_disputed)
    if not show_disputed:
        links = [ln for ln in links if shown_value(LessonMission.status, ln.status)]
    link_citations = citations_for(
        session,
        Citation.lesson_mission_id,
        [ln.id for ln in links],
        include_disputed=show_disputed,
    )
    base = LessonRead.model_validate(lesson)
    return LessonDetail(
        **base.model_dump(exclude={"url", "html_url"}),
        missions=[
            LessonMissionRead(
                mission=MissionRef.model_validate(ln.mission),
                status=ln.status,
                citations=link_citations.get(ln.id, []),
            )
            for ln in sorted(links, key=lambda ln: ln.mission.slug)
        ],
        citations=citations_for(
            session, Citation.lesson_id, [lesson.id], include_disputed=show_disputed
        ).get(lesson.id, []),
    )
