from datetime import date

from pydantic import BaseModel, Field, computed_field

from app.core.refs import API, HTML_URL_DOC, KB, Stored


class SourceRead(Stored):
    slug: str = Field(examples=["role-of-nato-and-partners-in-iraq"])
    title: str
    author: str | None
    publisher: str | None
    url: str | None
    published_date: date | None
    accessed_date: date | None
    reviewed_date: date | None = Field(
        description="When every claim taken from it was given a verdict; null if not reviewed."
    )
    kind: str = Field(description="article, official, dataset or other.")
    reliability: str | None = Field(description="How far to trust it, and why.")
    version: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def href(self) -> str:
        return f"{API}/sources/{self.slug}"

    @computed_field(description=HTML_URL_DOC)  # type: ignore[prop-decorator]
    @property
    def html_url(self) -> str:
        return f"{KB}/sources/{self.slug}"


class ReportCard(BaseModel):
    """How the source's claims fared when checked against others: claims per verdict."""

    claims: int
    reviewed: bool = Field(description="The source has been reviewed (`reviewed_date` is set).")
    unreviewed: int = Field(description="Claims nobody has reviewed yet (status `asserted`).")
    asserted: int = Field(description="The same as `unreviewed`: only this source says it.")
    corroborated: int = Field(description="A reliable source confirms it.")
    disputed: int = Field(description="A reliable source contradicts it.")
    misleading: int = Field(description="True in part, false in what it implies.")
    unverifiable: int = Field(description="A specific claim no source confirms or denies.")
    opinion: int = Field(description="A judgement no source can confirm or refute.")


class SourceDetail(SourceRead):
    report_card: ReportCard
    has_full_text: bool
    full_text: str | None = Field(description="The text of a document shipped with the project.")
    claims: str = Field(description="URL of the source's claims.")
