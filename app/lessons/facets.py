"""What `?facets=` may name on the lessons list: GROUP BYs over the listed ids (FacetDim);
values are what the list's own filter of that name accepts."""

from typing import Any

from sqlalchemy import Select, func, select

from app.core.filters import shown
from app.core.listing import FacetDim, by_column
from app.models import Lesson, LessonMission, Mission


def _lesson_mission(ids: Select[Any]) -> Select[Any, Any, Any]:
    # A hidden (e.g. disputed) link is not counted, as `?mission=` does not follow it by default.
    return (
        select(Mission.slug, Mission.name, func.count(LessonMission.lesson_id.distinct()))
        .select_from(LessonMission)
        .join(Mission, LessonMission.mission_id == Mission.id)
        .where(LessonMission.lesson_id.in_(ids), shown(LessonMission.status))
        .group_by(Mission.slug, Mission.name)
    )


LESSON_FACETS = [
    FacetDim("kind", by_column(Lesson.kind, Lesson)),
    FacetDim("category", by_column(Lesson.category, Lesson)),
    FacetDim("mission", _lesson_mission),
    FacetDim("status", by_column(Lesson.status, Lesson)),
]
