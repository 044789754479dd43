from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.organization_fields_kind import OrganizationFieldsKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationFields")


@_attrs_define
class OrganizationFields:
    """
    Attributes:
        kind (OrganizationFieldsKind):
        name (str):
        acronym (None | str | Unset):
        description (None | str | Unset):
    """

    kind: OrganizationFieldsKind
    name: str
    acronym: None | str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

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
        kind = OrganizationFieldsKind(d.pop("kind"))

        name = d.pop("name")

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

        organization_fields = cls(
            kind=kind,
            name=name,
            acronym=acronym,
            description=description,
        )

        return organization_fields
