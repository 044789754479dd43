from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectType4")


@_attrs_define
class SubjectType4:
    """
    Attributes:
        nation (Any):
        contribution (None | Unset):
        lesson (None | Unset):
        lesson_mission (None | Unset):
        mission (None | Unset):
        organization (None | Unset):
        strength (None | Unset):
    """

    nation: Any
    contribution: None | Unset = UNSET
    lesson: None | Unset = UNSET
    lesson_mission: None | Unset = UNSET
    mission: None | Unset = UNSET
    organization: None | Unset = UNSET
    strength: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nation = self.nation

        contribution = self.contribution

        lesson = self.lesson

        lesson_mission = self.lesson_mission

        mission = self.mission

        organization = self.organization

        strength = self.strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nation": nation,
            }
        )
        if contribution is not UNSET:
            field_dict["contribution"] = contribution
        if lesson is not UNSET:
            field_dict["lesson"] = lesson
        if lesson_mission is not UNSET:
            field_dict["lesson_mission"] = lesson_mission
        if mission is not UNSET:
            field_dict["mission"] = mission
        if organization is not UNSET:
            field_dict["organization"] = organization
        if strength is not UNSET:
            field_dict["strength"] = strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nation = d.pop("nation")

        contribution = d.pop("contribution", UNSET)

        lesson = d.pop("lesson", UNSET)

        lesson_mission = d.pop("lesson_mission", UNSET)

        mission = d.pop("mission", UNSET)

        organization = d.pop("organization", UNSET)

        strength = d.pop("strength", UNSET)

        subject_type_4 = cls(
            nation=nation,
            contribution=contribution,
            lesson=lesson,
            lesson_mission=lesson_mission,
            mission=mission,
            organization=organization,
            strength=strength,
        )

        subject_type_4.additional_properties = d
        return subject_type_4

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
