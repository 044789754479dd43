import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field, computed_field

from app.citations.schemas import CitationRead
from app.core.refs import API, ContributorRef, Linked, MissionRef, Ref, Stored
from app.core.types import Status

Tally = Literal["official", "wire", "press", "reference"]
Precision = Literal["day", "month", "year"]
TALLY_NOTE = (
    "Whose count it is: `official` (a government's or NATO's own), `wire` (a wire service's "
    "tally, e.g. Reuters, AP, AFP), `press` (a newspaper's), `reference` (an encyclopedia)."
)


def date_label(day: dt.date, precision: str) -> str:
    """The date as precisely as it is known: 2005-01 for a month, 2005 for a year."""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


class ContributionLink(Ref, Linked):
    RESOURCE = "contributions"
    slug: str


class StrengthRead(Stored):
    """A dated head count, as precise as its source."""

    slug: str = Field(examples=["gbr-mnf-i-2005-01-17-wire"])
    mission: MissionRef
    contributor: ContributorRef | None = Field(
        description="Null: a mission-wide total, not one contributor's."
    )
    contribution: ContributionLink | None = Field(
        description="The contribution (deployment) it measures, when known."
    )
    date: dt.date = Field(
        description="The day; with date_precision month it is the 1st, with year 1 January "
        "(placeholders, not exact days: read `date_label`)."
    )
    date_precision: Precision
    personnel: int = Field(ge=0)
    approx: bool = Field(description="True when the source says about, some, nearly, over...")
    tally: Tally = Field(description=TALLY_NOTE)
    note: str | None
    status: Status
    disputed_claims: int
    version: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def date_label(self) -> str:
        """The date as precisely as it is known (2005-01-01 with month precision: 2005-01)."""
        return date_label(self.date, self.date_precision)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def url(self) -> str:
        return f"{API}/strengths/{self.slug}"


class StrengthDetail(StrengthRead):
    citations: list[CitationRead]


class StrengthPoint(BaseModel):
    """One point of a mission's strength series: flat, so CSV rows are chart rows."""

    date: dt.date
    date_precision: Precision
    date_label: str = Field(examples=["2005-01"])
    series: Literal["contributor", "total"] = Field(
        description="`contributor`: one contributor's strength; `total`: a mission-wide "
        "figure given by a source (not the sum of the contributor rows)."
    )
    contributor: str | None = Field(description="ISO code or organization slug; null for totals.")
    contributor_name: str | None
    personnel: int
    approx: bool
    tally: Tally
    observation: str = Field(description="Slug of the strength observation (`/strengths/{slug}`).")
    status: Status


class StrengthSeries(BaseModel):
    mission: MissionRef
    rule: str = Field(description="How the rows were chosen.")
    items: list[StrengthPoint]


class PersonnelOn(BaseModel):
    """Personnel on one day by the stated rule (docs/data.md, "Summing personnel")."""

    as_of: dt.date | None = Field(
        description="The day; null when the knowledge base holds no strength observation."
    )
    total: int | None = Field(
        description="Sum over contributors of each one's latest observation on or before "
        "`as_of` in each mission; null when no observation qualifies."
    )
    contributors: int = Field(description="Contributor-mission pairs counted in `total`.")
    oldest_observation: dt.date | None = Field(
        description="Date of the oldest observation counted: how stale the sum may be."
    )
    rule: str
