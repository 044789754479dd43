from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.citation_counts import CitationCounts
    from ..models.contributor_counts import ContributorCounts
    from ..models.period import Period
    from ..models.personnel_on import PersonnelOn


T = TypeVar("T", bound="Overview")


@_attrs_define
class Overview:
    """
    Attributes:
        changed_at (datetime.datetime): When the data last changed.
        citations (CitationCounts): Citations per verdict (`asserted`: not reviewed yet).
        contributions (int):
        contributors (ContributorCounts):
        data_version (int): Grows with every write; the ETag is derived from it.
        disputed_records (int): Missions, contributions and lessons hidden by default: they stand only on disputed,
            misleading or unverifiable claims (missions and contributions: or opinion).
        lessons (int):
        missions (int):
        period (Period):
        personnel (PersonnelOn): Personnel on one day by the stated rule (docs/data.md, "Summing personnel").
        sources (int):
    """

    changed_at: datetime.datetime
    citations: CitationCounts
    contributions: int
    contributors: ContributorCounts
    data_version: int
    disputed_records: int
    lessons: int
    missions: int
    period: Period
    personnel: PersonnelOn
    sources: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed_at = self.changed_at.isoformat()

        citations = self.citations.to_dict()

        contributions = self.contributions

        contributors = self.contributors.to_dict()

        data_version = self.data_version

        disputed_records = self.disputed_records

        lessons = self.lessons

        missions = self.missions

        period = self.period.to_dict()

        personnel = self.personnel.to_dict()

        sources = self.sources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed_at": changed_at,
                "citations": citations,
                "contributions": contributions,
                "contributors": contributors,
                "data_version": data_version,
                "disputed_records": disputed_records,
                "lessons": lessons,
                "missions": missions,
                "period": period,
                "personnel": personnel,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_counts import CitationCounts  # noqa: PLC0415
        from ..models.contributor_counts import ContributorCounts  # noqa: PLC0415
        from ..models.period import Period  # noqa: PLC0415
        from ..models.personnel_on import PersonnelOn  # noqa: PLC0415

        d = dict(src_dict)
        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        citations = CitationCounts.from_dict(d.pop("citations"))

        contributions = d.pop("contributions")

        contributors = ContributorCounts.from_dict(d.pop("contributors"))

        data_version = d.pop("data_version")

        disputed_records = d.pop("disputed_records")

        lessons = d.pop("lessons")

        missions = d.pop("missions")

        period = Period.from_dict(d.pop("period"))

        personnel = PersonnelOn.from_dict(d.pop("personnel"))

        sources = d.pop("sources")

        overview = cls(
            changed_at=changed_at,
            citations=citations,
            contributions=contributions,
            contributors=contributors,
            data_version=data_version,
            disputed_records=disputed_records,
            lessons=lessons,
            missions=missions,
            period=period,
            personnel=personnel,
            sources=sources,
        )

        overview.additional_properties = d
        return overview

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
