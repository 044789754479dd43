from datetime import date

from pydantic import BaseModel, Field

from app.citations.schemas import CitationRead
from app.core.numbers import Amount
from app.core.refs import ContributorRef, LessonRef, LinkedWithPage, TypeRef
from app.core.types import Status


class MissionRead(LinkedWithPage):
    RESOURCE = "missions"
    slug: str = Field(examples=["ntm-i"])
    acronym: str | None = Field(examples=["NTM-I"])
    name: str = Field(examples=["NATO Training Mission-Iraq"])
    lead_organization: ContributorRef | None
    kind: str = Field(examples=["training"])
    theater: str = Field(
        description="ISO 3166-1 alpha-3 code of where it operated.", examples=["IRQ"]
    )
    start_date: date | None
    end_date: date | None = Field(description="Null: ongoing, or not known (see summary).")
    date_precision: str = Field(description="day, month or year: how precise the dates are.")
    mandate: str | None
    summary: str | None
    status: Status = Field(description="Derived from the citations: see docs/data.md.")
    disputed_claims: int = Field(description="How many of its citations are disputed.")
    version: int


class ContributionBrief(LinkedWithPage):
    RESOURCE = "contributions"
    slug: str
    contributor: ContributorRef
    start_date: date | None
    end_date: date | None
    personnel: int | None
    amount: Amount | None
    unit: str | None
    description: str
    status: Status


class ContributionGroup(BaseModel):
    type: TypeRef
    count: int = Field(description="All contributions of this type to the mission.")
    personnel: int | None = Field(description="Sum of the personnel figures given, if any.")
    contributions: list[ContributionBrief] = Field(
        description="The first contributions of this type (at most 20); `more` lists them all."
    )
    more: str = Field(description="URL of the full, paginated list.")


class MissionLesson(LessonRef):
    link_status: Status = Field(description="Status of the claim tying the lesson to the mission.")


class MissionDetail(MissionRead):
    contributions_by_type: list[ContributionGroup]
    lessons: list[MissionLesson]
    citations: list[CitationRead]
