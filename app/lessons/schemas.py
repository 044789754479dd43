from pydantic import BaseModel, Field

from app.citations.schemas import CitationRead
from app.core.refs import LinkedWithPage, MissionRef
from app.core.types import Status


class LessonRead(LinkedWithPage):
    RESOURCE = "lessons"
    slug: str = Field(examples=["coordination-complexities"])
    title: str
    summary: str
    kind: str = Field(description="lesson, challenge or achievement.", examples=["lesson"])
    category: str = Field(examples=["coordination"])
    status: Status
    disputed_claims: int
    version: int


class LessonMissionRead(BaseModel):
    mission: MissionRef
    status: Status
    citations: list[CitationRead]


class LessonDetail(LessonRead):
    missions: list[LessonMissionRead]
    citations: list[CitationRead]
