from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.organization_update_kind import OrganizationUpdateKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationUpdate")


@_attrs_define
class OrganizationUpdate:
    """PATCH: any of OrganizationFields's fields.

    Attributes:
        acronym (None | str | Unset):
        description (None | str | Unset):
        kind (OrganizationUpdateKind | Unset):
        name (str | Unset):
    """

    acronym: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    kind: OrganizationUpdateKind | Unset = UNSET
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if acronym is not UNSET:
            field_dict["acronym"] = acronym
        if description is not UNSET:
            field_dict["description"] = description
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: OrganizationUpdateKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = OrganizationUpdateKind(_kind)

        name = d.pop("name", UNSET)

        organization_update = cls(
            acronym=acronym,
            description=description,
            kind=kind,
            name=name,
        )

        return organization_update
