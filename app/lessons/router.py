from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from sqlalchemy import select

from app.core.filters import (
    Choices,
    KeyList,
    StatusParam,
    any_of,
    choices,
    choices_of,
    keys,
    status_clause,
    values_of,
    where_any,
)
from app.core.filters import (
    shown as shown_status,
)
from app.core.listing import FacetedPage, Listing, list_output
from app.core.pagination import SortKey
from app.core.params import IncludeDisputed
from app.http.routes import RECORD_ERRORS, RecordView, read_route, record_view
from app.lessons import service
from app.lessons.facets import LESSON_FACETS
from app.lessons.schemas import LessonDetail, LessonRead
from app.missions.service import slug_ids
from app.models import Lesson, LessonMission
from app.models.base import STATUS_VALUES
from app.models.lesson import LESSON_CATEGORIES, LESSON_KINDS

router = APIRouter(prefix="/lessons", tags=["lessons"])
LessonSlug = Annotated[str, Path(max_length=100, examples=["coordination-complexities"])]

SORTS = {"slug": SortKey(Lesson.slug), "title": SortKey(Lesson.title)}
LessonListing = Annotated[Listing, Depends(list_output(LessonRead, SORTS, "slug", LESSON_FACETS))]


@read_route(router, "", FacetedPage[LessonRead])
def list_lessons(
    listing: LessonListing,
    kind: Annotated[Choices, choices(LESSON_KINDS, "Kind of lesson.", "lesson")] = None,
    category: Annotated[
        Choices, choices(LESSON_CATEGORIES, "Category of lesson.", "coordination")
    ] = None,
    mission: Annotated[KeyList, keys("Slug of a mission it is drawn from.", "ntm-i")] = None,
    status: StatusParam = None,
    include_disputed: IncludeDisputed = False,
) -> dict[str, object] | Response:
    """List lessons, challenges and achievements

    What the sources say was learned, what went wrong and what was achieved."""
    stmt = where_any(select(Lesson), Lesson.kind, choices_of(kind, LESSON_KINDS, "kind"))
    categories = choices_of(category, LESSON_CATEGORIES, "category")
    stmt = where_any(stmt, Lesson.category, categories)
    missions = values_of(mission, "mission")
    if missions is not None:
        ids = slug_ids(listing.session, missions)
        links = select(LessonMission.lesson_id).where(any_of(LessonMission.mission_id, ids))
        if not include_disputed:
            links = links.where(shown_status(LessonMission.status))
        stmt = stmt.where(Lesson.id.in_(links))
    shown = status_clause(
        Lesson.status, choices_of(status, STATUS_VALUES, "status"), include_disputed
    )
    if shown is not None:
        stmt = stmt.where(shown)
    return listing.paginate(stmt, id_column=Lesson.id)


LessonView = Annotated[RecordView, record_view(LessonDetail)]


@read_route(router, "/{slug}", LessonDetail, RECORD_ERRORS)
def get_lesson(
    slug: LessonSlug, view: LessonView, include_disputed: IncludeDisputed = False
) -> LessonDetail | Response:
    """Get a lesson

    One lesson with the missions it is drawn from and every citation."""
    lesson = service.get_by_slug(view.session, slug=slug)
    return view.answer(lesson, service.detail, include_disputed=include_disputed)
