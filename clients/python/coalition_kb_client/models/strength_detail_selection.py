from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision_selection import DatePrecisionSelection
from ..models.status_selection import StatusSelection
from ..models.tally_selection import TallySelection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_read_selection import CitationReadSelection
    from ..models.contribution_link_selection import ContributionLinkSelection
    from ..models.contributor_ref_selection import ContributorRefSelection
    from ..models.mission_ref_selection import MissionRefSelection


T = TypeVar("T", bound="StrengthDetailSelection")


@_attrs_define
class StrengthDetailSelection:
    """
    Attributes:
        approx (bool | Unset): True when the source says about, some, nearly, over...
        citations (list[CitationReadSelection] | Unset):
        contribution (ContributionLinkSelection | None | Unset): The contribution (deployment) it measures, when known.
        contributor (ContributorRefSelection | None | Unset): Null: a mission-wide total, not one contributor's.
        date (datetime.date | Unset): The day; with date_precision month it is the 1st, with year 1 January
            (placeholders, not exact days: read `date_label`).
        date_label (str | Unset): The date as precisely as it is known (2005-01-01 with month precision: 2005-01).
        date_precision (DatePrecisionSelection | Unset):
        disputed_claims (int | Unset):
        mission (MissionRefSelection | Unset):
        note (None | str | Unset):
        personnel (int | Unset):
        slug (str | Unset):
        status (StatusSelection | Unset):
        tally (TallySelection | Unset):
        url (str | Unset):
        version (int | Unset):
    """

    approx: bool | Unset = UNSET
    citations: list[CitationReadSelection] | Unset = UNSET
    contribution: ContributionLinkSelection | None | Unset = UNSET
    contributor: ContributorRefSelection | None | Unset = UNSET
    date: datetime.date | Unset = UNSET
    date_label: str | Unset = UNSET
    date_precision: DatePrecisionSelection | Unset = UNSET
    disputed_claims: int | Unset = UNSET
    mission: MissionRefSelection | Unset = UNSET
    note: None | str | Unset = UNSET
    personnel: int | Unset = UNSET
    slug: str | Unset = UNSET
    status: StatusSelection | Unset = UNSET
    tally: TallySelection | Unset = UNSET
    url: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contribution_link_selection import ContributionLinkSelection  # noqa: PLC0415
        from ..models.contributor_ref_selection import ContributorRefSelection  # noqa: PLC0415

        approx = self.approx

        citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = []
            for citations_item_data in self.citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

        contribution: dict[str, Any] | None | Unset
        if isinstance(self.contribution, Unset):
            contribution = UNSET
        elif isinstance(self.contribution, ContributionLinkSelection):
            contribution = self.contribution.to_dict()
        else:
            contribution = self.contribution

        contributor: dict[str, Any] | None | Unset
        if isinstance(self.contributor, Unset):
            contributor = UNSET
        elif isinstance(self.contributor, ContributorRefSelection):
            contributor = self.contributor.to_dict()
        else:
            contributor = self.contributor

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        date_label = self.date_label

        date_precision: str | Unset = UNSET
        if not isinstance(self.date_precision, Unset):
            date_precision = self.date_precision.value

        disputed_claims = self.disputed_claims

        mission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mission, Unset):
            mission = self.mission.to_dict()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        personnel = self.personnel

        slug = self.slug

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tally: str | Unset = UNSET
        if not isinstance(self.tally, Unset):
            tally = self.tally.value

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approx is not UNSET:
            field_dict["approx"] = approx
        if citations is not UNSET:
            field_dict["citations"] = citations
        if contribution is not UNSET:
            field_dict["contribution"] = contribution
        if contributor is not UNSET:
            field_dict["contributor"] = contributor
        if date is not UNSET:
            field_dict["date"] = date
        if date_label is not UNSET:
            field_dict["date_label"] = date_label
        if date_precision is not UNSET:
            field_dict["date_precision"] = date_precision
        if disputed_claims is not UNSET:
            field_dict["disputed_claims"] = disputed_claims
        if mission is not UNSET:
            field_dict["mission"] = mission
        if note is not UNSET:
            field_dict["note"] = note
        if personnel is not UNSET:
            field_dict["personnel"] = personnel
        if slug is not UNSET:
            field_dict["slug"] = slug
        if status is not UNSET:
            field_dict["status"] = status
        if tally is not UNSET:
            field_dict["tally"] = tally
        if url is not UNSET:
            field_dict["url"] = url
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_read_selection import CitationReadSelection  # noqa: PLC0415
        from ..models.contribution_link_selection import ContributionLinkSelection  # noqa: PLC0415
        from ..models.contributor_ref_selection import ContributorRefSelection  # noqa: PLC0415
        from ..models.mission_ref_selection import MissionRefSelection  # noqa: PLC0415

        d = dict(src_dict)
        approx = d.pop("approx", UNSET)

        _citations = d.pop("citations", UNSET)
        citations: list[CitationReadSelection] | Unset = UNSET
        if _citations is not UNSET:
            citations = []
            for citations_item_data in _citations:
                citations_item = CitationReadSelection.from_dict(citations_item_data)

                citations.append(citations_item)

        def _parse_contribution(data: object) -> ContributionLinkSelection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contribution_type_0 = ContributionLinkSelection.from_dict(data)

                return contribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContributionLinkSelection | None | Unset, data)

        contribution = _parse_contribution(d.pop("contribution", UNSET))

        def _parse_contributor(data: object) -> ContributorRefSelection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contributor_type_0 = ContributorRefSelection.from_dict(data)

                return contributor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContributorRefSelection | None | Unset, data)

        contributor = _parse_contributor(d.pop("contributor", UNSET))

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        date_label = d.pop("date_label", UNSET)

        _date_precision = d.pop("date_precision", UNSET)
        date_precision: DatePrecisionSelection | Unset
        if isinstance(_date_precision, Unset):
            date_precision = UNSET
        else:
            date_precision = DatePrecisionSelection(_date_precision)

        disputed_claims = d.pop("disputed_claims", UNSET)

        _mission = d.pop("mission", UNSET)
        mission: MissionRefSelection | Unset
        if isinstance(_mission, Unset):
            mission = UNSET
        else:
            mission = MissionRefSelection.from_dict(_mission)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        personnel = d.pop("personnel", UNSET)

        slug = d.pop("slug", UNSET)

        _status = d.pop("status", UNSET)
        status: StatusSelection | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusSelection(_status)

        _tally = d.pop("tally", UNSET)
        tally: TallySelection | Unset
        if isinstance(_tally, Unset):
            tally = UNSET
        else:
            tally = TallySelection(_tally)

        url = d.pop("url", UNSET)

        version = d.pop("version", UNSET)

        strength_detail_selection = cls(
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

        strength_detail_selection.additional_properties = d
        return strength_detail_selection

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
