from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mission_ref import MissionRef
    from ..models.strength_point import StrengthPoint


T = TypeVar("T", bound="StrengthSeries")


@_attrs_define
class StrengthSeries:
    """
    Attributes:
        items (list[StrengthPoint]):
        mission (MissionRef):
        rule (str): How the rows were chosen.
    """

    items: list[StrengthPoint]
    mission: MissionRef
    rule: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        mission = self.mission.to_dict()

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "mission": mission,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mission_ref import MissionRef  # noqa: PLC0415
        from ..models.strength_point import StrengthPoint  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = StrengthPoint.from_dict(items_item_data)

            items.append(items_item)

        mission = MissionRef.from_dict(d.pop("mission"))

        rule = d.pop("rule")

        strength_series = cls(
            items=items,
            mission=mission,
            rule=rule,
        )

        strength_series.additional_properties = d
        return strength_series

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
