from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContributorReadSelection")


@_attrs_define
class ContributorReadSelection:
    """A nation or an organization: both are contributors.

    Attributes:
        acronym (None | str | Unset):
        code (str | Unset): ISO 3166-1 alpha-3 code of a nation, slug of an organization.
        description (None | str | Unset):
        html_url (str | Unset): Its HTML page, for people: the same record, readable.
        kind (str | Unset):
        name (str | Unset):
        nato_accession_date (datetime.date | None | Unset): Null if not a NATO member.
        organization_kind (None | str | Unset):
        partnership_frameworks (list[str] | Unset):
        url (str | Unset):
        version (int | Unset):
    """

    acronym: None | str | Unset = UNSET
    code: str | Unset = UNSET
    description: None | str | Unset = UNSET
    html_url: str | Unset = UNSET
    kind: str | Unset = UNSET
    name: str | Unset = UNSET
    nato_accession_date: datetime.date | None | Unset = UNSET
    organization_kind: None | str | Unset = UNSET
    partnership_frameworks: list[str] | Unset = UNSET
    url: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acronym: None | str | Unset
        if isinstance(self.acronym, Unset):
            acronym = UNSET
        else:
            acronym = self.acronym

        code = self.code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        html_url = self.html_url

        kind = self.kind

        name = self.name

        nato_accession_date: None | str | Unset
        if isinstance(self.nato_accession_date, Unset):
            nato_accession_date = UNSET
        elif isinstance(self.nato_accession_date, datetime.date):
            nato_accession_date = self.nato_accession_date.isoformat()
        else:
            nato_accession_date = self.nato_accession_date

        organization_kind: None | str | Unset
        if isinstance(self.organization_kind, Unset):
            organization_kind = UNSET
        else:
            organization_kind = self.organization_kind

        partnership_frameworks: list[str] | Unset = UNSET
        if not isinstance(self.partnership_frameworks, Unset):
            partnership_frameworks = self.partnership_frameworks

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acronym is not UNSET:
            field_dict["acronym"] = acronym
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if html_url is not UNSET:
            field_dict["html_url"] = html_url
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if nato_accession_date is not UNSET:
            field_dict["nato_accession_date"] = nato_accession_date
        if organization_kind is not UNSET:
            field_dict["organization_kind"] = organization_kind
        if partnership_frameworks is not UNSET:
            field_dict["partnership_frameworks"] = partnership_frameworks
        if url is not UNSET:
            field_dict["url"] = url
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_acronym(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acronym = _parse_acronym(d.pop("acronym", UNSET))

        code = d.pop("code", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        html_url = d.pop("html_url", UNSET)

        kind = d.pop("kind", UNSET)

        name = d.pop("name", UNSET)

        def _parse_nato_accession_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                nato_accession_date_type_0 = datetime.date.fromisoformat(data)

                return nato_accession_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        nato_accession_date = _parse_nato_accession_date(d.pop("nato_accession_date", UNSET))

        def _parse_organization_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_kind = _parse_organization_kind(d.pop("organization_kind", UNSET))

        partnership_frameworks = cast(list[str], d.pop("partnership_frameworks", UNSET))

        url = d.pop("url", UNSET)

        version = d.pop("version", UNSET)

        contributor_read_selection = cls(
            acronym=acronym,
            code=code,
            description=description,
            html_url=html_url,
            kind=kind,
            name=name,
            nato_accession_date=nato_accession_date,
            organization_kind=organization_kind,
            partnership_frameworks=partnership_frameworks,
            url=url,
            version=version,
        )

        contributor_read_selection.additional_properties = d
        return contributor_read_selection

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
