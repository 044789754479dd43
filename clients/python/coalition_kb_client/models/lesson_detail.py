from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status

if TYPE_CHECKING:
    from ..models.citation_read import CitationRead
    from ..models.lesson_mission_read import LessonMissionRead


T = TypeVar("T", bound="LessonDetail")


@_attrs_define
class LessonDetail:
    """
    Attributes:
        category (str):
        citations (list[CitationRead]):
        disputed_claims (int):
        kind (str): lesson, challenge or achievement.
        missions (list[LessonMissionRead]):
        slug (str):
        status (Status):
        summary (str):
        title (str):
        url (str):
        version (int):
    """

    category: str
    citations: list[CitationRead]
    disputed_claims: int
    kind: str
    missions: list[LessonMissionRead]
    slug: str
    status: Status
    summary: str
    title: str
    url: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        disputed_claims = self.disputed_claims

        kind = self.kind

        missions = []
        for missions_item_data in self.missions:
            missions_item = missions_item_data.to_dict()
            missions.append(missions_item)

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
                "citations": citations,
                "disputed_claims": disputed_claims,
                "kind": kind,
                "missions": missions,
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
        from ..models.citation_read import CitationRead  # noqa: PLC0415
        from ..models.lesson_mission_read import LessonMissionRead  # noqa: PLC0415

        d = dict(src_dict)
        category = d.pop("category")

        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = CitationRead.from_dict(citations_item_data)

            citations.append(citations_item)

        disputed_claims = d.pop("disputed_claims")

        kind = d.pop("kind")

        missions = []
        _missions = d.pop("missions")
        for missions_item_data in _missions:
            missions_item = LessonMissionRead.from_dict(missions_item_data)

            missions.append(missions_item)

        slug = d.pop("slug")

        status = Status(d.pop("status"))

        summary = d.pop("summary")

        title = d.pop("title")

        url = d.pop("url")

        version = d.pop("version")

        lesson_detail = cls(
            category=category,
            citations=citations,
            disputed_claims=disputed_claims,
            kind=kind,
            missions=missions,
            slug=slug,
            status=status,
            summary=summary,
            title=title,
            url=url,
            version=version,
        )

        lesson_detail.additional_properties = d
        return lesson_detail

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
