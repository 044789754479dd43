from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision import DatePrecision
from ..models.status import Status
from ..models.tally import Tally

if TYPE_CHECKING:
    from ..models.citation_read import CitationRead
    from ..models.contribution_link import ContributionLink
    from ..models.contributor_ref import ContributorRef
    from ..models.mission_ref import MissionRef


T = TypeVar("T", bound="StrengthDetail")


@_attrs_define
class StrengthDetail:
    """
    Attributes:
        approx (bool): True when the source says about, some, nearly, over...
        citations (list[CitationRead]):
        contribution (ContributionLink | None): The contribution (deployment) it measures, when known.
        contributor (ContributorRef | None): Null: a mission-wide total, not one contributor's.
        date (datetime.date): The day; with date_precision month it is the 1st, with year 1 January (placeholders, not
            exact days: read `date_label`).
        date_label (str): The date as precisely as it is known (2005-01-01 with month precision: 2005-01).
        date_precision (DatePrecision):
        disputed_claims (int):
        mission (MissionRef):
        note (None | str):
        personnel (int):
        slug (str):
        status (Status):
        tally (Tally):
        url (str):
        version (int):
    """

    approx: bool
    citations: list[CitationRead]
    contribution: ContributionLink | None
    contributor: ContributorRef | None
    date: datetime.date
    date_label: str
    date_precision: DatePrecision
    disputed_claims: int
    mission: MissionRef
    note: None | str
    personnel: int
    slug: str
    status: Status
    tally: Tally
    url: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contribution_link import ContributionLink  # noqa: PLC0415
        from ..models.contributor_ref import ContributorRef  # noqa: PLC0415

        approx = self.approx

        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        contribution: dict[str, Any] | None
        if isinstance(self.contribution, ContributionLink):
            contribution = self.contribution.to_dict()
        else:
            contribution = self.contribution

        contributor: dict[str, Any] | None
        if isinstance(self.contributor, ContributorRef):
            contributor = self.contributor.to_dict()
        else:
            contributor = self.contributor

        date = self.date.isoformat()

        date_label = self.date_label

        date_precision = self.date_precision.value

        disputed_claims = self.disputed_claims

        mission = self.mission.to_dict()

        note: None | str
        note = self.note

        personnel = self.personnel

        slug = self.slug

        status = self.status.value

        tally = self.tally.value

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approx": approx,
                "citations": citations,
                "contribution": contribution,
                "contributor": contributor,
                "date": date,
                "date_label": date_label,
                "date_precision": date_precision,
                "disputed_claims": disputed_claims,
                "mission": mission,
                "note": note,
                "personnel": personnel,
                "slug": slug,
                "status": status,
                "tally": tally,
                "url": url,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_read import CitationRead  # noqa: PLC0415
        from ..models.contribution_link import ContributionLink  # noqa: PLC0415
        from ..models.contributor_ref import ContributorRef  # noqa: PLC0415
        from ..models.mission_ref import MissionRef  # noqa: PLC0415

        d = dict(src_dict)
        approx = d.pop("approx")

        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = CitationRead.from_dict(citations_item_data)

            citations.append(citations_item)

        def _parse_contribution(data: object) -> ContributionLink | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contribution_type_0 = ContributionLink.from_dict(data)

                return contribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContributionLink | None, data)

        contribution = _parse_contribution(d.pop("contribution"))

        def _parse_contributor(data: object) -> ContributorRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contributor_type_0 = ContributorRef.from_dict(data)

                return contributor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContributorRef | None, data)

        contributor = _parse_contributor(d.pop("contributor"))

        date = datetime.date.fromisoformat(d.pop("date"))

        date_label = d.pop("date_label")

        date_precision = DatePrecision(d.pop("date_precision"))

        disputed_claims = d.pop("disputed_claims")

        mission = MissionRef.from_dict(d.pop("mission"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        personnel = d.pop("personnel")

        slug = d.pop("slug")

        status = Status(d.pop("status"))

        tally = Tally(d.pop("tally"))

        url = d.pop("url")

        version = d.pop("version")

        strength_detail = cls(
            approx=approx,
            citations=citations,
            contribution=contribution,
            contributor=contributor,
            date=date,
            date_label=date_label,
            date_precision=date_precision,
            disputed_claims=disputed_claims,
            mission=mission,
            note=note,
            personnel=personnel,
            slug=slug,
            status=status,
            tally=tally,
            url=url,
            version=version,
        )

        strength_detail.additional_properties = d
        return strength_detail

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
