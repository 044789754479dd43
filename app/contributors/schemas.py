from datetime import date

from pydantic import BaseModel, Field, computed_field

from app.citations.schemas import CitationRead
from app.core.refs import HTML_URL_DOC, KB, MissionRef, Stored, contributor_url


class ContributorRead(Stored):
    """A nation or an organization: both are contributors."""

    code: str = Field(
        description="ISO 3166-1 alpha-3 code of a nation, slug of an organization.",
        examples=["ITA"],
    )
    kind: str = Field(examples=["nation"])
    name: str = Field(examples=["Italy"])
    acronym: str | None
    organization_kind: str | None
    nato_accession_date: date | None = Field(description="Null if not a NATO member.")
    partnership_frameworks: list[str]
    description: str | None
    version: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def url(self) -> str:
        return contributor_url(self.kind, self.code)

    @computed_field(description=HTML_URL_DOC)  # type: ignore[prop-decorator]
    @property
    def html_url(self) -> str:
        if self.kind == "nation":
            return f"{KB}/nations/{self.code}"
        return f"{KB}/organizations/{self.code}"


class MissionContributionCount(BaseModel):
    mission: MissionRef
    contributions: int


class ContributorDetail(ContributorRead):
    contributions_by_mission: list[MissionContributionCount] = Field(
        description="How many contributions it made to each mission (best-supported only)."
    )
    contributions: str = Field(description="URL of its contributions.")
    citations: list[CitationRead]
