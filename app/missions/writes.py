"""Writes of missions: POST /missions, PUT/PATCH/DELETE /missions/{slug}."""

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.types import ISO3_PATTERN
from app.core.writes import Problems
from app.curation.fields import (
    STRICT,
    IsoDate,
    LongText,
    Name,
    Slug,
    check_iso3,
    check_period,
    created,
    reference,
)
from app.curation.kind import Answer, Bodies, Dependent, Naming, RecordKind, Refs
from app.curation.records import add_routes, contribution_dependents, strength_dependents
from app.missions import service
from app.missions.schemas import MissionDetail
from app.models import (
    Contribution,
    Contributor,
    Lesson,
    LessonMission,
    Mission,
    StrengthObservation,
)
from app.models.mission import DATE_PRECISIONS, MISSION_KINDS

router = APIRouter(tags=["missions"])


class MissionFields(BaseModel):
    model_config = STRICT

    acronym: str | None = Field(default=None, max_length=40)
    name: Name
    lead_organization: Slug | None = Field(default=None, description="Organization slug.")
    kind: Literal[MISSION_KINDS]  # type: ignore[valid-type]
    theater: str = Field(pattern=ISO3_PATTERN, description="ISO 3166-1 alpha-3 code.")
    start_date: IsoDate | None = None
    end_date: IsoDate | None = Field(default=None, description="Not before start_date.")
    date_precision: Literal[DATE_PRECISIONS] = "day"  # type: ignore[valid-type]
    mandate: str | None = Field(default=None, max_length=300)
    summary: LongText | None = None


MissionCreate = created(MissionFields)


def _resolve(
    session: Session, data: dict[str, Any], _row: Mission | None, problems: Problems
) -> dict[str, Any]:
    lead = data.get("lead_organization")
    lead_id = reference(session, problems, "lead_organization", lead, Contributor, "organization")
    check_iso3(data["theater"], "body.theater", problems)
    check_period(data, problems)
    values = {k: v for k, v in data.items() if k != "lead_organization"}
    values["lead_organization_id"] = lead_id
    return values


CASCADE = (
    "`?cascade=true` also deletes its contributions, its strength observations and the links of "
    "lessons to it (each with its citations); the lessons themselves stay."
)


def _dependents(session: Session, row: Mission) -> list[Dependent]:
    deps = contribution_dependents(session, Contribution.mission_id == row.id)
    for link, lesson_slug in session.execute(
        select(LessonMission, Lesson.slug)
        .join(Lesson, LessonMission.lesson_id == Lesson.id)
        .where(LessonMission.mission_id == row.id)
        .order_by(Lesson.slug)
    ):
        deps.append(
            Dependent("lesson-links", f"{lesson_slug}/{row.slug}", True, model=link, id=link.id)
        )
    deps += strength_dependents(session, StrengthObservation.mission_id == row.id)
    return deps


KIND = RecordKind(
    Naming("missions", "mission", Mission, examples=("ntm-i",)),
    Bodies(MissionCreate, MissionFields, _resolve),
    Answer(MissionDetail, service.get_by_slug, service.detail, disputed=True),
    Refs("mission_id", _dependents, CASCADE),
)
add_routes(router, KIND)
