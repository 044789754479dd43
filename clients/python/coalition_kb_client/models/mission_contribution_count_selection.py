from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mission_ref_selection import MissionRefSelection


T = TypeVar("T", bound="MissionContributionCountSelection")


@_attrs_define
class MissionContributionCountSelection:
    """
    Attributes:
        contributions (int | Unset):
        mission (MissionRefSelection | Unset):
    """

    contributions: int | Unset = UNSET
    mission: MissionRefSelection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contributions = self.contributions

        mission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mission, Unset):
            mission = self.mission.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contributions is not UNSET:
            field_dict["contributions"] = contributions
        if mission is not UNSET:
            field_dict["mission"] = mission

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mission_ref_selection import MissionRefSelection  # noqa: PLC0415

        d = dict(src_dict)
        contributions = d.pop("contributions", UNSET)

        _mission = d.pop("mission", UNSET)
        mission: MissionRefSelection | Unset
        if isinstance(_mission, Unset):
            mission = UNSET
        else:
            mission = MissionRefSelection.from_dict(_mission)

        mission_contribution_count_selection = cls(
            contributions=contributions,
            mission=mission,
        )

        mission_contribution_count_selection.additional_properties = d
        return mission_contribution_count_selection

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
