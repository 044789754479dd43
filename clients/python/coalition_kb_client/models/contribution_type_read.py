from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.type_ref import TypeRef


T = TypeVar("T", bound="ContributionTypeRead")


@_attrs_define
class ContributionTypeRead:
    """
    Attributes:
        category (str):
        description (None | str):
        name (str):
        parent (None | TypeRef):
        slug (str):
        url (str):
        version (int):
    """

    category: str
    description: None | str
    name: str
    parent: None | TypeRef
    slug: str
    url: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.type_ref import TypeRef  # noqa: PLC0415

        category = self.category

        description: None | str
        description = self.description

        name = self.name

        parent: dict[str, Any] | None
        if isinstance(self.parent, TypeRef):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        slug = self.slug

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "description": description,
                "name": name,
                "parent": parent,
                "slug": slug,
                "url": url,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.type_ref import TypeRef  # noqa: PLC0415

        d = dict(src_dict)
        category = d.pop("category")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        name = d.pop("name")

        def _parse_parent(data: object) -> None | TypeRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_0 = TypeRef.from_dict(data)

                return parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TypeRef, data)

        parent = _parse_parent(d.pop("parent"))

        slug = d.pop("slug")

        url = d.pop("url")

        version = d.pop("version")

        contribution_type_read = cls(
            category=category,
            description=description,
            name=name,
            parent=parent,
            slug=slug,
            url=url,
            version=version,
        )

        contribution_type_read.additional_properties = d
        return contribution_type_read

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
