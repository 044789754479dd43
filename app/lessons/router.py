from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from sqlalchemy import select

from app.core.errors import problem_responses
from app.core.fields import Fields, fields_param, selected
from app.core.filters import (
    STATUS_NOTE,
    KeyList,
    any_of,
    choice,
    choices,
    choices_of,
    keys,
    resolve_keys,
    status_clause,
    values_of,
)
from app.core.filters import (
    shown as shown_status,
)
from app.core.listing import FacetedPage, Listing, list_output
from app.core.pagination import SortKey
from app.core.params import IncludeDisputed, SessionDep
from app.http.validators import set_record_etag
from app.lessons import service
from app.lessons.facets import LESSON_FACETS
from app.lessons.schemas import LessonDetail, LessonRead
from app.models import Lesson, LessonMission, Mission
from app.models.base import STATUS_VALUES
from app.models.lesson import LESSON_CATEGORIES, LESSON_KINDS

router = APIRouter(prefix="/lessons", tags=["lessons"])
RecordFields = Annotated[Fields | None, Depends(fields_param(LessonDetail))]

SORTS = {"slug": SortKey(Lesson.slug), "title": SortKey(Lesson.title)}
LessonListing = Annotated[Listing, Depends(list_output(LessonRead, SORTS, "slug", LESSON_FACETS))]


@router.get(
    "",
    response_model=FacetedPage[LessonRead],
    summary="List lessons, challenges and achievements",
    description="What the sources say was learned, what went wrong and what was achieved.",
    responses=problem_responses(400, 422),
)
def list_lessons(
    listing: LessonListing,
    session: SessionDep,
    kind: Annotated[
        list[Annotated[str, choice(LESSON_KINDS)]] | None,
        choices(LESSON_KINDS, "Kind of lesson.", "lesson"),
    ] = None,
    category: Annotated[
        list[Annotated[str, choice(LESSON_CATEGORIES)]] | None,
        choices(LESSON_CATEGORIES, "Category of lesson.", "coordination"),
    ] = None,
    mission: Annotated[KeyList, keys("Slug of a mission it is drawn from.", "ntm-i")] = None,
    status: Annotated[
        list[Annotated[str, choice(STATUS_VALUES)]] | None,
        choices(STATUS_VALUES, STATUS_NOTE, "corroborated"),
    ] = None,
    include_disputed: IncludeDisputed = False,
) -> dict[str, object] | Response:
    stmt = select(Lesson)
    kinds = choices_of(kind, LESSON_KINDS, "kind")
    if kinds is not None:
        stmt = stmt.where(any_of(Lesson.kind, kinds))
    categories = choices_of(category, LESSON_CATEGORIES, "category")
    if categories is not None:
        stmt = stmt.where(any_of(Lesson.category, categories))
    missions = values_of(mission, "mission")
    if missions is not None:
        ids = resolve_keys(
            session, Mission.slug, Mission.id, missions, name="mission", noun="mission"
        )
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


@router.get(
    "/{slug}",
    response_model=LessonDetail,
    summary="Get a lesson",
    description="One lesson with the missions it is drawn from and every citation.",
    responses=problem_responses(400, 404, 422),
)
def get_lesson(
    slug: Annotated[str, Path(max_length=100, examples=["coordination-complexities"])],
    session: SessionDep,
    response: Response,
    fields: RecordFields,
    include_disputed: IncludeDisputed = False,
) -> LessonDetail | Response:
    lesson = service.get_by_slug(session, slug=slug)
    set_record_etag(response, session, lesson.version)
    return selected(
        service.detail(session, lesson, include_disputed=include_disputed), fields, response
    )
