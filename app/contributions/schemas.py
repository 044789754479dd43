from datetime import date

from pydantic import Field

from app.citations.schemas import CitationRead
from app.core.numbers import Amount
from app.core.refs import ContributorRef, LinkedWithPage, MissionRef, TypeRef
from app.core.types import Status
from app.models.units import UNITS_DOC
from app.strengths.schemas import StrengthRead


class ContributionRead(LinkedWithPage):
    RESOURCE = "contributions"
    slug: str = Field(examples=["hun-ntm-i-t72-tanks"])
    contributor: ContributorRef
    mission: MissionRef
    type: TypeRef
    start_date: date | None
    end_date: date | None
    date_precision: str
    personnel: int | None
    amount: Amount | None = Field(description="A number (JSON number), in `unit`.")
    unit: str | None = Field(description=UNITS_DOC, examples=["EUR", "tanks"])
    amount_approx: bool = Field(
        description="The source gives the amount as approximate: over, about, nearly."
    )
    description: str
    status: Status
    disputed_claims: int
    version: int


class ContributionDetail(ContributionRead):
    citations: list[CitationRead]
    strengths: list[StrengthRead] = Field(
        description="Dated head counts of this contribution, oldest first (disputed ones left "
        "out): its strength over time, each at `/strengths/{slug}` with its citations."
    )
