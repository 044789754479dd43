from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status

T = TypeVar("T", bound="MissionLesson")


@_attrs_define
class MissionLesson:
    """
    Attributes:
        category (str):
        kind (str):
        link_status (Status):
        slug (str):
        title (str):
        url (str):
    """

    category: str
    kind: str
    link_status: Status
    slug: str
    title: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        kind = self.kind

        link_status = self.link_status.value

        slug = self.slug

        title = self.title

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "kind": kind,
                "link_status": link_status,
                "slug": slug,
                "title": title,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        kind = d.pop("kind")

        link_status = Status(d.pop("link_status"))

        slug = d.pop("slug")

        title = d.pop("title")

        url = d.pop("url")

        mission_lesson = cls(
            category=category,
            kind=kind,
            link_status=link_status,
            slug=slug,
            title=title,
            url=url,
        )

        mission_lesson.additional_properties = d
        return mission_lesson

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
