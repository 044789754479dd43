from typing import Literal

from pydantic import BaseModel, Field, computed_field

from app.core.refs import API, SourceRef, Stored
from app.core.types import Status


class SubjectRef(BaseModel):
    type: Literal[
        "mission", "contribution", "lesson", "lesson_mission", "nation", "organization", "strength"
    ]
    key: str = Field(description="Slug, ISO code, or `lesson-slug/mission-slug` for a link.")
    url: str | None


class CitationRead(Stored):
    key: str
    source: SourceRef
    section: str | None = Field(description="The heading the quote sits under in the source.")
    quote: str = Field(description="Verbatim from the source.")
    locator: str | None
    status: Status = Field(
        description="The verdict: corroborated, disputed, misleading, unverifiable or opinion; "
        "asserted while nobody has reviewed the claim (docs/data.md)."
    )
    note: str | None = Field(description="Why the verdict: who corroborates or corrects it.")
    corrected_by: str | None = Field(
        description="For a disputed or misleading claim: key of the citation stating the "
        "corrected fact."
    )
    subject: SubjectRef | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def url(self) -> str:
        return f"{API}/citations/{self.key}"

    @computed_field  # type: ignore[prop-decorator]
    @property
    def corrected_by_url(self) -> str | None:
        """Where the corrected fact is: the citation, which names the record it supports."""
        return None if self.corrected_by is None else f"{API}/citations/{self.corrected_by}"
