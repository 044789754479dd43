from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.type_ref_selection import TypeRefSelection


T = TypeVar("T", bound="ContributionTypeDetailSelection")


@_attrs_define
class ContributionTypeDetailSelection:
    """
    Attributes:
        category (str | Unset):
        children (list[TypeRefSelection] | Unset):
        contributions (int | Unset): Contributions of this type and its sub-types.
        description (None | str | Unset):
        name (str | Unset):
        parent (None | TypeRefSelection | Unset):
        slug (str | Unset):
        url (str | Unset):
        version (int | Unset):
    """

    category: str | Unset = UNSET
    children: list[TypeRefSelection] | Unset = UNSET
    contributions: int | Unset = UNSET
    description: None | str | Unset = UNSET
    name: str | Unset = UNSET
    parent: None | TypeRefSelection | Unset = UNSET
    slug: str | Unset = UNSET
    url: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.type_ref_selection import TypeRefSelection  # noqa: PLC0415

        category = self.category

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        contributions = self.contributions

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name = self.name

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, TypeRefSelection):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        slug = self.slug

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if children is not UNSET:
            field_dict["children"] = children
        if contributions is not UNSET:
            field_dict["contributions"] = contributions
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if parent is not UNSET:
            field_dict["parent"] = parent
        if slug is not UNSET:
            field_dict["slug"] = slug
        if url is not UNSET:
            field_dict["url"] = url
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.type_ref_selection import TypeRefSelection  # noqa: PLC0415

        d = dict(src_dict)
        category = d.pop("category", UNSET)

        _children = d.pop("children", UNSET)
        children: list[TypeRefSelection] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = TypeRefSelection.from_dict(children_item_data)

                children.append(children_item)

        contributions = d.pop("contributions", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        name = d.pop("name", UNSET)

        def _parse_parent(data: object) -> None | TypeRefSelection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_0 = TypeRefSelection.from_dict(data)

                return parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TypeRefSelection | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        slug = d.pop("slug", UNSET)

        url = d.pop("url", UNSET)

        version = d.pop("version", UNSET)

        contribution_type_detail_selection = cls(
            category=category,
            children=children,
            contributions=contributions,
            description=description,
            name=name,
            parent=parent,
            slug=slug,
            url=url,
            version=version,
        )

        contribution_type_detail_selection.additional_properties = d
        return contribution_type_detail_selection

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
