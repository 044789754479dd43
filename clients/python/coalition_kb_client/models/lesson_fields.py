from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.category_enum import CategoryEnum
from ..models.kind import Kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mission_link import MissionLink


T = TypeVar("T", bound="LessonFields")


@_attrs_define
class LessonFields:
    """
    Attributes:
        category (CategoryEnum):
        kind (Kind):
        summary (str):
        title (str):
        missions (list[MissionLink] | Unset):
    """

    category: CategoryEnum
    kind: Kind
    summary: str
    title: str
    missions: list[MissionLink] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        kind = self.kind.value

        summary = self.summary

        title = self.title

        missions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missions, Unset):
            missions = []
            for missions_item_data in self.missions:
                missions_item = missions_item_data.to_dict()
                missions.append(missions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "kind": kind,
                "summary": summary,
                "title": title,
            }
        )
        if missions is not UNSET:
            field_dict["missions"] = missions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mission_link import MissionLink  # noqa: PLC0415

        d = dict(src_dict)
        category = CategoryEnum(d.pop("category"))

        kind = Kind(d.pop("kind"))

        summary = d.pop("summary")

        title = d.pop("title")

        _missions = d.pop("missions", UNSET)
        missions: list[MissionLink] | Unset = UNSET
        if _missions is not UNSET:
            missions = []
            for missions_item_data in _missions:
                missions_item = MissionLink.from_dict(missions_item_data)

                missions.append(missions_item)

        lesson_fields = cls(
            category=category,
            kind=kind,
            summary=summary,
            title=title,
            missions=missions,
        )

        return lesson_fields
