from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContributorRead")


@_attrs_define
class ContributorRead:
    """A nation or an organization: both are contributors.

    Attributes:
        acronym (None | str):
        code (str): ISO 3166-1 alpha-3 code of a nation, slug of an organization.
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
    code: str
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

        code = self.code

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
                "code": code,
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
        d = dict(src_dict)

        def _parse_acronym(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        acronym = _parse_acronym(d.pop("acronym"))

        code = d.pop("code")

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

        contributor_read = cls(
            acronym=acronym,
            code=code,
            description=description,
            kind=kind,
            name=name,
            nato_accession_date=nato_accession_date,
            organization_kind=organization_kind,
            partnership_frameworks=partnership_frameworks,
            url=url,
            version=version,
        )

        contributor_read.additional_properties = d
        return contributor_read

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
