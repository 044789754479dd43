from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectType1")


@_attrs_define
class SubjectType1:
    """
    Attributes:
        contribution (Any):
        lesson (None | Unset):
        lesson_mission (None | Unset):
        mission (None | Unset):
        nation (None | Unset):
        organization (None | Unset):
        strength (None | Unset):
    """

    contribution: Any
    lesson: None | Unset = UNSET
    lesson_mission: None | Unset = UNSET
    mission: None | Unset = UNSET
    nation: None | Unset = UNSET
    organization: None | Unset = UNSET
    strength: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contribution = self.contribution

        lesson = self.lesson

        lesson_mission = self.lesson_mission

        mission = self.mission

        nation = self.nation

        organization = self.organization

        strength = self.strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contribution": contribution,
            }
        )
        if lesson is not UNSET:
            field_dict["lesson"] = lesson
        if lesson_mission is not UNSET:
            field_dict["lesson_mission"] = lesson_mission
        if mission is not UNSET:
            field_dict["mission"] = mission
        if nation is not UNSET:
            field_dict["nation"] = nation
        if organization is not UNSET:
            field_dict["organization"] = organization
        if strength is not UNSET:
            field_dict["strength"] = strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contribution = d.pop("contribution")

        lesson = d.pop("lesson", UNSET)

        lesson_mission = d.pop("lesson_mission", UNSET)

        mission = d.pop("mission", UNSET)

        nation = d.pop("nation", UNSET)

        organization = d.pop("organization", UNSET)

        strength = d.pop("strength", UNSET)

        subject_type_1 = cls(
            contribution=contribution,
            lesson=lesson,
            lesson_mission=lesson_mission,
            mission=mission,
            nation=nation,
            organization=organization,
            strength=strength,
        )

        subject_type_1.additional_properties = d
        return subject_type_1

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
