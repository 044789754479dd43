from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_selection import StatusSelection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contributor_ref_selection import ContributorRefSelection


T = TypeVar("T", bound="MissionReadSelection")


@_attrs_define
class MissionReadSelection:
    """
    Attributes:
        acronym (None | str | Unset):
        date_precision (str | Unset): day, month or year: how precise the dates are.
        disputed_claims (int | Unset): How many of its citations are disputed.
        end_date (datetime.date | None | Unset): Null: ongoing, or not known (see summary).
        html_url (str | Unset): Its HTML page, for people: the same record, readable.
        kind (str | Unset):
        lead_organization (ContributorRefSelection | None | Unset):
        mandate (None | str | Unset):
        name (str | Unset):
        slug (str | Unset):
        start_date (datetime.date | None | Unset):
        status (StatusSelection | Unset):
        summary (None | str | Unset):
        theater (str | Unset): ISO 3166-1 alpha-3 code of where it operated.
        url (str | Unset):
        version (int | Unset):
    """

    acronym: None | str | Unset = UNSET
    date_precision: str | Unset = UNSET
    disputed_claims: int | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    html_url: str | Unset = UNSET
    kind: str | Unset = UNSET
    lead_organization: ContributorRefSelection | None | Unset = UNSET
    mandate: None | str | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    status: StatusSelection | Unset = UNSET
    summary: None | str | Unset = UNSET
    theater: str | Unset = UNSET
    url: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contributor_ref_selection import ContributorRefSelection  # noqa: PLC0415

        acronym: None | str | Unset
        if isinstance(self.acronym, Unset):
            acronym = UNSET
        else:
            acronym = self.acronym

        date_precision = self.date_precision

        disputed_claims = self.disputed_claims

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        html_url = self.html_url

        kind = self.kind

        lead_organization: dict[str, Any] | None | Unset
        if isinstance(self.lead_organization, Unset):
            lead_organization = UNSET
        elif isinstance(self.lead_organization, ContributorRefSelection):
            lead_organization = self.lead_organization.to_dict()
        else:
            lead_organization = self.lead_organization

        mandate: None | str | Unset
        if isinstance(self.mandate, Unset):
            mandate = UNSET
        else:
            mandate = self.mandate

        name = self.name

        slug = self.slug

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        theater = self.theater

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acronym is not UNSET:
            field_dict["acronym"] = acronym
        if date_precision is not UNSET:
            field_dict["date_precision"] = date_precision
        if disputed_claims is not UNSET:
            field_dict["disputed_claims"] = disputed_claims
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if html_url is not UNSET:
            field_dict["html_url"] = html_url
        if kind is not UNSET:
            field_dict["kind"] = kind
        if lead_organization is not UNSET:
            field_dict["lead_organization"] = lead_organization
        if mandate is not UNSET:
            field_dict["mandate"] = mandate
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if status is not UNSET:
            field_dict["status"] = status
        if summary is not UNSET:
            field_dict["summary"] = summary
        if theater is not UNSET:
            field_dict["theater"] = theater
        if url is not UNSET:
            field_dict["url"] = url
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contributor_ref_selection import ContributorRefSelection  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_acronym(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acronym = _parse_acronym(d.pop("acronym", UNSET))

        date_precision = d.pop("date_precision", UNSET)

        disputed_claims = d.pop("disputed_claims", UNSET)

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        html_url = d.pop("html_url", UNSET)

        kind = d.pop("kind", UNSET)

        def _parse_lead_organization(data: object) -> ContributorRefSelection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lead_organization_type_0 = ContributorRefSelection.from_dict(data)

                return lead_organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContributorRefSelection | None | Unset, data)

        lead_organization = _parse_lead_organization(d.pop("lead_organization", UNSET))

        def _parse_mandate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mandate = _parse_mandate(d.pop("mandate", UNSET))

        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        _status = d.pop("status", UNSET)
        status: StatusSelection | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusSelection(_status)

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        theater = d.pop("theater", UNSET)

        url = d.pop("url", UNSET)

        version = d.pop("version", UNSET)

        mission_read_selection = cls(
            acronym=acronym,
            date_precision=date_precision,
            disputed_claims=disputed_claims,
            end_date=end_date,
            html_url=html_url,
            kind=kind,
            lead_organization=lead_organization,
            mandate=mandate,
            name=name,
            slug=slug,
            start_date=start_date,
            status=status,
            summary=summary,
            theater=theater,
            url=url,
            version=version,
        )

        mission_read_selection.additional_properties = d
        return mission_read_selection

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
