from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status

if TYPE_CHECKING:
    from ..models.contributor_ref import ContributorRef


T = TypeVar("T", bound="MissionRead")


@_attrs_define
class MissionRead:
    """
    Attributes:
        acronym (None | str):
        date_precision (str): day, month or year: how precise the dates are.
        disputed_claims (int): How many of its citations are disputed.
        end_date (datetime.date | None): Null: ongoing, or not known (see summary).
        kind (str):
        lead_organization (ContributorRef | None):
        mandate (None | str):
        name (str):
        slug (str):
        start_date (datetime.date | None):
        status (Status):
        summary (None | str):
        theater (str): ISO 3166-1 alpha-3 code of where it operated.
        url (str):
        version (int):
    """

    acronym: None | str
    date_precision: str
    disputed_claims: int
    end_date: datetime.date | None
    kind: str
    lead_organization: ContributorRef | None
    mandate: None | str
    name: str
    slug: str
    start_date: datetime.date | None
    status: Status
    summary: None | str
    theater: str
    url: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contributor_ref import ContributorRef  # noqa: PLC0415

        acronym: None | str
        acronym = self.acronym

        date_precision = self.date_precision

        disputed_claims = self.disputed_claims

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        kind = self.kind

        lead_organization: dict[str, Any] | None
        if isinstance(self.lead_organization, ContributorRef):
            lead_organization = self.lead_organization.to_dict()
        else:
            lead_organization = self.lead_organization

        mandate: None | str
        mandate = self.mandate

        name = self.name

        slug = self.slug

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        status = self.status.value

        summary: None | str
        summary = self.summary

        theater = self.theater

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acronym": acronym,
                "date_precision": date_precision,
                "disputed_claims": disputed_claims,
                "end_date": end_date,
                "kind": kind,
                "lead_organization": lead_organization,
                "mandate": mandate,
                "name": name,
                "slug": slug,
                "start_date": start_date,
                "status": status,
                "summary": summary,
                "theater": theater,
                "url": url,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contributor_ref import ContributorRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_acronym(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        acronym = _parse_acronym(d.pop("acronym"))

        date_precision = d.pop("date_precision")

        disputed_claims = d.pop("disputed_claims")

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        kind = d.pop("kind")

        def _parse_lead_organization(data: object) -> ContributorRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lead_organization_type_0 = ContributorRef.from_dict(data)

                return lead_organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContributorRef | None, data)

        lead_organization = _parse_lead_organization(d.pop("lead_organization"))

        def _parse_mandate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mandate = _parse_mandate(d.pop("mandate"))

        name = d.pop("name")

        slug = d.pop("slug")

        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        status = Status(d.pop("status"))

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        theater = d.pop("theater")

        url = d.pop("url")

        version = d.pop("version")

        mission_read = cls(
            acronym=acronym,
            date_precision=date_precision,
            disputed_claims=disputed_claims,
            end_date=end_date,
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

        mission_read.additional_properties = d
        return mission_read

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
