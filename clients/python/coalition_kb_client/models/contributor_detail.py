from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.citation_read import CitationRead
    from ..models.mission_contribution_count import MissionContributionCount


T = TypeVar("T", bound="ContributorDetail")


@_attrs_define
class ContributorDetail:
    """
    Attributes:
        acronym (None | str):
        citations (list[CitationRead]):
        code (str): ISO 3166-1 alpha-3 code of a nation, slug of an organization.
        contributions (str): URL of its contributions.
        contributions_by_mission (list[MissionContributionCount]): How many contributions it made to each mission (best-
            supported only).
        description (None | str):
        kind (str):
        name (str):
        nato_accession_date (datetime.date | None): Null if not a NATO member.
        organization_kind (None | str):
        partnership_frameworks (list[str]):
        url (str):
        version (int):
    """

    acronym: None | str
    citations: list[CitationRead]
    code: str
    contributions: str
    contributions_by_mission: list[MissionContributionCount]
    description: None | str
    kind: str
    name: str
    nato_accession_date: datetime.date | None
    organization_kind: None | str
    partnership_frameworks: list[str]
    url: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acronym: None | str
        acronym = self.acronym

        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        code = self.code

        contributions = self.contributions

        contributions_by_mission = []
        for contributions_by_mission_item_data in self.contributions_by_mission:
            contributions_by_mission_item = contributions_by_mission_item_data.to_dict()
            contributions_by_mission.append(contributions_by_mission_item)

        description: None | str
        description = self.description

        kind = self.kind

        name = self.name

        nato_accession_date: None | str
        if isinstance(self.nato_accession_date, datetime.date):
            nato_accession_date = self.nato_accession_date.isoformat()
        else:
            nato_accession_date = self.nato_accession_date

        organization_kind: None | str
        organization_kind = self.organization_kind

        partnership_frameworks = self.partnership_frameworks

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acronym": acronym,
                "citations": citations,
                "code": code,
                "contributions": contributions,
                "contributions_by_mission": contributions_by_mission,
                "description": description,
                "kind": kind,
                "name": name,
                "nato_accession_date": nato_accession_date,
                "organization_kind": organization_kind,
                "partnership_frameworks": partnership_frameworks,
                "url": url,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_read import CitationRead  # noqa: PLC0415
        from ..models.mission_contribution_count import MissionContributionCount  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_acronym(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        acronym = _parse_acronym(d.pop("acronym"))

        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = CitationRead.from_dict(citations_item_data)

            citations.append(citations_item)

        code = d.pop("code")

        contributions = d.pop("contributions")

        contributions_by_mission = []
        _contributions_by_mission = d.pop("contributions_by_mission")
        for contributions_by_mission_item_data in _contributions_by_mission:
            contributions_by_mission_item = MissionContributionCount.from_dict(contributions_by_mission_item_data)

            contributions_by_mission.append(contributions_by_mission_item)

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        kind = d.pop("kind")

        name = d.pop("name")

        def _parse_nato_accession_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                nato_accession_date_type_0 = datetime.date.fromisoformat(data)

                return nato_accession_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        nato_accession_date = _parse_nato_accession_date(d.pop("nato_accession_date"))

        def _parse_organization_kind(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_kind = _parse_organization_kind(d.pop("organization_kind"))

        partnership_frameworks = cast(list[str], d.pop("partnership_frameworks"))

        url = d.pop("url")

        version = d.pop("version")

        contributor_detail = cls(
            acronym=acronym,
            citations=citations,
            code=code,
            contributions=contributions,
            contributions_by_mission=contributions_by_mission,
            description=description,
            kind=kind,
            name=name,
            nato_accession_date=nato_accession_date,
            organization_kind=organization_kind,
            partnership_frameworks=partnership_frameworks,
            url=url,
            version=version,
        )

        contributor_detail.additional_properties = d
        return contributor_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
