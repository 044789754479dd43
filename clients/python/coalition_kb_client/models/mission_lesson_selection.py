from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_selection import StatusSelection
from ..types import UNSET, Unset

T = TypeVar("T", bound="MissionLessonSelection")


@_attrs_define
class MissionLessonSelection:
    """
    Attributes:
        category (str | Unset):
        kind (str | Unset):
        link_status (StatusSelection | Unset):
        slug (str | Unset):
        title (str | Unset):
        url (str | Unset):
    """

    category: str | Unset = UNSET
    kind: str | Unset = UNSET
    link_status: StatusSelection | Unset = UNSET
    slug: str | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        kind = self.kind

        link_status: str | Unset = UNSET
        if not isinstance(self.link_status, Unset):
            link_status = self.link_status.value

        slug = self.slug

        title = self.title

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if kind is not UNSET:
            field_dict["kind"] = kind
        if link_status is not UNSET:
            field_dict["link_status"] = link_status
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category", UNSET)

        kind = d.pop("kind", UNSET)

        _link_status = d.pop("link_status", UNSET)
        link_status: StatusSelection | Unset
        if isinstance(_link_status, Unset):
            link_status = UNSET
        else:
            link_status = StatusSelection(_link_status)

        slug = d.pop("slug", UNSET)

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        mission_lesson_selection = cls(
            category=category,
            kind=kind,
            link_status=link_status,
            slug=slug,
            title=title,
            url=url,
        )

        mission_lesson_selection.additional_properties = d
        return mission_lesson_selection

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
