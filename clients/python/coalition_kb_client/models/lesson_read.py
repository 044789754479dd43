from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status

T = TypeVar("T", bound="LessonRead")


@_attrs_define
class LessonRead:
    """
    Attributes:
        category (str):
        disputed_claims (int):
        kind (str): lesson, challenge or achievement.
        slug (str):
        status (Status):
        summary (str):
        title (str):
        url (str):
        version (int):
    """

    category: str
    disputed_claims: int
    kind: str
    slug: str
    status: Status
    summary: str
    title: str
    url: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        disputed_claims = self.disputed_claims

        kind = self.kind

        slug = self.slug

        status = self.status.value

        summary = self.summary

        title = self.title

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "disputed_claims": disputed_claims,
                "kind": kind,
                "slug": slug,
                "status": status,
                "summary": summary,
                "title": title,
                "url": url,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        disputed_claims = d.pop("disputed_claims")

        kind = d.pop("kind")

        slug = d.pop("slug")

        status = Status(d.pop("status"))

        summary = d.pop("summary")

        title = d.pop("title")

        url = d.pop("url")

        version = d.pop("version")

        lesson_read = cls(
            category=category,
            disputed_claims=disputed_claims,
            kind=kind,
            slug=slug,
            status=status,
            summary=summary,
            title=title,
            url=url,
            version=version,
        )

        lesson_read.additional_properties = d
        return lesson_read

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
