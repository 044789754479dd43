from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_record import CitationRecord
    from ..models.contribution_record import ContributionRecord
    from ..models.contribution_type_create import ContributionTypeCreate
    from ..models.lesson_record import LessonRecord
    from ..models.mission_record import MissionRecord
    from ..models.nation_record import NationRecord
    from ..models.organization_record import OrganizationRecord
    from ..models.source_create import SourceCreate
    from ..models.strength_record import StrengthRecord


T = TypeVar("T", bound="ExportDocument")


@_attrs_define
class ExportDocument:
    """The whole knowledge base, records keyed by natural key and sorted by it.

    Attributes:
        format_ (Literal[1]): Version of this format.
        citations (list[CitationRecord] | Unset):
        contribution_types (list[ContributionTypeCreate] | Unset):
        contributions (list[ContributionRecord] | Unset):
        lessons (list[LessonRecord] | Unset):
        missions (list[MissionRecord] | Unset):
        nations (list[NationRecord] | Unset):
        organizations (list[OrganizationRecord] | Unset):
        sources (list[SourceCreate] | Unset):
        strengths (list[StrengthRecord] | Unset):
    """

    format_: Literal[1]
    citations: list[CitationRecord] | Unset = UNSET
    contribution_types: list[ContributionTypeCreate] | Unset = UNSET
    contributions: list[ContributionRecord] | Unset = UNSET
    lessons: list[LessonRecord] | Unset = UNSET
    missions: list[MissionRecord] | Unset = UNSET
    nations: list[NationRecord] | Unset = UNSET
    organizations: list[OrganizationRecord] | Unset = UNSET
    sources: list[SourceCreate] | Unset = UNSET
    strengths: list[StrengthRecord] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = []
            for citations_item_data in self.citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

        contribution_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contribution_types, Unset):
            contribution_types = []
            for contribution_types_item_data in self.contribution_types:
                contribution_types_item = contribution_types_item_data.to_dict()
                contribution_types.append(contribution_types_item)

        contributions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contributions, Unset):
            contributions = []
            for contributions_item_data in self.contributions:
                contributions_item = contributions_item_data.to_dict()
                contributions.append(contributions_item)

        lessons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lessons, Unset):
            lessons = []
            for lessons_item_data in self.lessons:
                lessons_item = lessons_item_data.to_dict()
                lessons.append(lessons_item)

        missions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missions, Unset):
            missions = []
            for missions_item_data in self.missions:
                missions_item = missions_item_data.to_dict()
                missions.append(missions_item)

        nations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nations, Unset):
            nations = []
            for nations_item_data in self.nations:
                nations_item = nations_item_data.to_dict()
                nations.append(nations_item)

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        strengths: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.strengths, Unset):
            strengths = []
            for strengths_item_data in self.strengths:
                strengths_item = strengths_item_data.to_dict()
                strengths.append(strengths_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "format": format_,
            }
        )
        if citations is not UNSET:
            field_dict["citations"] = citations
        if contribution_types is not UNSET:
            field_dict["contribution_types"] = contribution_types
        if contributions is not UNSET:
            field_dict["contributions"] = contributions
        if lessons is not UNSET:
            field_dict["lessons"] = lessons
        if missions is not UNSET:
            field_dict["missions"] = missions
        if nations is not UNSET:
            field_dict["nations"] = nations
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if sources is not UNSET:
            field_dict["sources"] = sources
        if strengths is not UNSET:
            field_dict["strengths"] = strengths

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_record import CitationRecord  # noqa: PLC0415
        from ..models.contribution_record import ContributionRecord  # noqa: PLC0415
        from ..models.contribution_type_create import ContributionTypeCreate  # noqa: PLC0415
        from ..models.lesson_record import LessonRecord  # noqa: PLC0415
        from ..models.mission_record import MissionRecord  # noqa: PLC0415
        from ..models.nation_record import NationRecord  # noqa: PLC0415
        from ..models.organization_record import OrganizationRecord  # noqa: PLC0415
        from ..models.source_create import SourceCreate  # noqa: PLC0415
        from ..models.strength_record import StrengthRecord  # noqa: PLC0415

        d = dict(src_dict)
        format_ = cast(Literal[1], d.pop("format"))
        if format_ != 1:
            raise ValueError(f"format must match const 1, got '{format_}'")

        _citations = d.pop("citations", UNSET)
        citations: list[CitationRecord] | Unset = UNSET
        if _citations is not UNSET:
            citations = []
            for citations_item_data in _citations:
                citations_item = CitationRecord.from_dict(citations_item_data)

                citations.append(citations_item)

        _contribution_types = d.pop("contribution_types", UNSET)
        contribution_types: list[ContributionTypeCreate] | Unset = UNSET
        if _contribution_types is not UNSET:
            contribution_types = []
            for contribution_types_item_data in _contribution_types:
                contribution_types_item = ContributionTypeCreate.from_dict(contribution_types_item_data)

                contribution_types.append(contribution_types_item)

        _contributions = d.pop("contributions", UNSET)
        contributions: list[ContributionRecord] | Unset = UNSET
        if _contributions is not UNSET:
            contributions = []
            for contributions_item_data in _contributions:
                contributions_item = ContributionRecord.from_dict(contributions_item_data)

                contributions.append(contributions_item)

        _lessons = d.pop("lessons", UNSET)
        lessons: list[LessonRecord] | Unset = UNSET
        if _lessons is not UNSET:
            lessons = []
            for lessons_item_data in _lessons:
                lessons_item = LessonRecord.from_dict(lessons_item_data)

                lessons.append(lessons_item)

        _missions = d.pop("missions", UNSET)
        missions: list[MissionRecord] | Unset = UNSET
        if _missions is not UNSET:
            missions = []
            for missions_item_data in _missions:
                missions_item = MissionRecord.from_dict(missions_item_data)

                missions.append(missions_item)

        _nations = d.pop("nations", UNSET)
        nations: list[NationRecord] | Unset = UNSET
        if _nations is not UNSET:
            nations = []
            for nations_item_data in _nations:
                nations_item = NationRecord.from_dict(nations_item_data)

                nations.append(nations_item)

        _organizations = d.pop("organizations", UNSET)
        organizations: list[OrganizationRecord] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = []
            for organizations_item_data in _organizations:
                organizations_item = OrganizationRecord.from_dict(organizations_item_data)

                organizations.append(organizations_item)

        _sources = d.pop("sources", UNSET)
        sources: list[SourceCreate] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = SourceCreate.from_dict(sources_item_data)

                sources.append(sources_item)

        _strengths = d.pop("strengths", UNSET)
        strengths: list[StrengthRecord] | Unset = UNSET
        if _strengths is not UNSET:
            strengths = []
            for strengths_item_data in _strengths:
                strengths_item = StrengthRecord.from_dict(strengths_item_data)

                strengths.append(strengths_item)

        export_document = cls(
            format_=format_,
            citations=citations,
            contribution_types=contribution_types,
            contributions=contributions,
            lessons=lessons,
            missions=missions,
            nations=nations,
            organizations=organizations,
            sources=sources,
            strengths=strengths,
        )

        return export_document
