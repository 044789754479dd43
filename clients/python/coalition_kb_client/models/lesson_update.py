from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.category_enum import CategoryEnum
from ..models.kind import Kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mission_link import MissionLink


T = TypeVar("T", bound="LessonUpdate")


@_attrs_define
class LessonUpdate:
    """PATCH: any of LessonFields's fields.

    Attributes:
        category (CategoryEnum | Unset):
        kind (Kind | Unset):
        missions (list[MissionLink] | Unset):
        summary (str | Unset):
        title (str | Unset):
    """

    category: CategoryEnum | Unset = UNSET
    kind: Kind | Unset = UNSET
    missions: list[MissionLink] | Unset = UNSET
    summary: str | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        missions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missions, Unset):
            missions = []
            for missions_item_data in self.missions:
                missions_item = missions_item_data.to_dict()
                missions.append(missions_item)

        summary = self.summary

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if kind is not UNSET:
            field_dict["kind"] = kind
        if missions is not UNSET:
            field_dict["missions"] = missions
        if summary is not UNSET:
            field_dict["summary"] = summary
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mission_link import MissionLink  # noqa: PLC0415

        d = dict(src_dict)
        _category = d.pop("category", UNSET)
        category: CategoryEnum | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = CategoryEnum(_category)

        _kind = d.pop("kind", UNSET)
        kind: Kind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = Kind(_kind)

        _missions = d.pop("missions", UNSET)
        missions: list[MissionLink] | Unset = UNSET
        if _missions is not UNSET:
            missions = []
            for missions_item_data in _missions:
                missions_item = MissionLink.from_dict(missions_item_data)

                missions.append(missions_item)

        summary = d.pop("summary", UNSET)

        title = d.pop("title", UNSET)

        lesson_update = cls(
            category=category,
            kind=kind,
            missions=missions,
            summary=summary,
            title=title,
        )

        return lesson_update
