"""The export document: what GET /export returns and POST /import takes (docs/export-format.md)."""

from typing import Any, Literal

from pydantic import BaseModel, Field

from app.citations.curation import CitationFields, Subject
from app.contribution_types.writes import ContributionTypeCreate
from app.contributions.writes import ContributionFields
from app.contributors.writes import NationFields, OrganizationFields
from app.core.types import ISO3_PATTERN
from app.curation.fields import STRICT, Slug
from app.lessons.writes import LessonFields
from app.missions.writes import MissionFields
from app.sources.writes import SourceCreate
from app.strengths.writes import StrengthFields

FORMAT = 1


class OrganizationRecord(OrganizationFields):
    slug: Slug


class NationRecord(NationFields):
    iso3: str = Field(pattern=ISO3_PATTERN)


class MissionRecord(MissionFields):
    slug: Slug


class ContributionRecord(ContributionFields):
    slug: Slug


class StrengthRecord(StrengthFields):
    slug: Slug


class LessonRecord(LessonFields):
    slug: Slug


class CitationRecord(CitationFields):
    key: Slug
    subject: Subject


class ExportDocument(BaseModel):
    """The whole knowledge base, records keyed by natural key and sorted by it."""

    model_config = STRICT

    format: Literal[1] = Field(description="Version of this format.")
    sources: list[SourceCreate] = Field(default_factory=list)
    organizations: list[OrganizationRecord] = Field(default_factory=list)
    nations: list[NationRecord] = Field(default_factory=list)
    contribution_types: list[ContributionTypeCreate] = Field(default_factory=list)
    missions: list[MissionRecord] = Field(default_factory=list)
    contributions: list[ContributionRecord] = Field(default_factory=list)
    strengths: list[StrengthRecord] = Field(default_factory=list)
    lessons: list[LessonRecord] = Field(default_factory=list)
    citations: list[CitationRecord] = Field(default_factory=list)

    def records(self) -> dict[str, list[dict[str, Any]]]:
        """Plain JSON-shaped records per section (subjects without their empty slots)."""
        data = self.model_dump(mode="json", exclude={"format"})
        for citation in data["citations"]:
            citation["subject"] = {k: v for k, v in citation["subject"].items() if v is not None}
        return data


class KindReport(BaseModel):
    created: list[str] = Field(description="Keys of records the import adds.")
    changed: list[str] = Field(description="Keys of records whose stored fields it changes.")
    unchanged: int = Field(description="Records in the file identical to what is stored.")


class ImportReport(BaseModel):
    dry_run: bool = Field(description="True: nothing was written.")
    kinds: dict[str, KindReport]
    created: int
    changed: int
    unchanged: int
