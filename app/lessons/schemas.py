from pydantic import BaseModel, ConfigDict, Field, computed_field

from app.citations.schemas import CitationRead
from app.core.refs import API, MissionRef
from app.core.types import Status


class LessonRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    slug: str = Field(examples=["coordination-complexities"])
    title: str
    summary: str
    kind: str = Field(description="lesson, challenge or achievement.", examples=["lesson"])
    category: str = Field(examples=["coordination"])
    status: Status
    disputed_claims: int
    version: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def url(self) -> str:
        return f"{API}/lessons/{self.slug}"


class LessonMissionRead(BaseModel):
    mission: MissionRef
    status: Status
    citations: list[CitationRead]


class LessonDetail(LessonRead):
    missions: list[LessonMissionRead]
    citations: list[CitationRead]
