from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.organization_record_kind import OrganizationRecordKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationRecord")


@_attrs_define
class OrganizationRecord:
    """
    Attributes:
        kind (OrganizationRecordKind):
        name (str):
        slug (str): Lower-case words joined by single hyphens.
        acronym (None | str | Unset):
        description (None | str | Unset):
    """

    kind: OrganizationRecordKind
    name: str
    slug: str
    acronym: None | str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        slug = self.slug

        acronym: None | str | Unset
        if isinstance(self.acronym, Unset):
            acronym = UNSET
        else:
            acronym = self.acronym

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "slug": slug,
            }
        )
        if acronym is not UNSET:
            field_dict["acronym"] = acronym
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = OrganizationRecordKind(d.pop("kind"))

        name = d.pop("name")

        slug = d.pop("slug")

        def _parse_acronym(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acronym = _parse_acronym(d.pop("acronym", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        organization_record = cls(
            kind=kind,
            name=name,
            slug=slug,
            acronym=acronym,
            description=description,
        )

        return organization_record
