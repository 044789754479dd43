from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facet_value_selection import FacetValueSelection


T = TypeVar("T", bound="FacetSelection")


@_attrs_define
class FacetSelection:
    """
    Attributes:
        truncated (bool | Unset): True when more values exist than were listed.
        values (list[FacetValueSelection] | Unset): Most frequent first, at most `facet_size`.
    """

    truncated: bool | Unset = UNSET
    values: list[FacetValueSelection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        truncated = self.truncated

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if truncated is not UNSET:
            field_dict["truncated"] = truncated
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.facet_value_selection import FacetValueSelection  # noqa: PLC0415

        d = dict(src_dict)
        truncated = d.pop("truncated", UNSET)

        _values = d.pop("values", UNSET)
        values: list[FacetValueSelection] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = FacetValueSelection.from_dict(values_item_data)

                values.append(values_item)

        facet_selection = cls(
            truncated=truncated,
            values=values,
        )

        facet_selection.additional_properties = d
        return facet_selection

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
