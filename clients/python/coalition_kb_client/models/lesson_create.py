from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.category_enum import CategoryEnum
from ..models.kind import Kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_in import CitationIn
    from ..models.mission_link import MissionLink


T = TypeVar("T", bound="LessonCreate")


@_attrs_define
class LessonCreate:
    """
    Attributes:
        category (CategoryEnum):
        citations (list[CitationIn]): At least one: nothing enters the knowledge base uncited.
        kind (Kind):
        slug (str): Lower-case words joined by single hyphens.
        summary (str):
        title (str):
        missions (list[MissionLink] | Unset):
    """

    category: CategoryEnum
    citations: list[CitationIn]
    kind: Kind
    slug: str
    summary: str
    title: str
    missions: list[MissionLink] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        kind = self.kind.value

        slug = self.slug

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
                "citations": citations,
                "kind": kind,
                "slug": slug,
                "summary": summary,
                "title": title,
            }
        )
        if missions is not UNSET:
            field_dict["missions"] = missions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_in import CitationIn  # noqa: PLC0415
        from ..models.mission_link import MissionLink  # noqa: PLC0415

        d = dict(src_dict)
        category = CategoryEnum(d.pop("category"))

        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = CitationIn.from_dict(citations_item_data)

            citations.append(citations_item)

        kind = Kind(d.pop("kind"))

        slug = d.pop("slug")

        summary = d.pop("summary")

        title = d.pop("title")

        _missions = d.pop("missions", UNSET)
        missions: list[MissionLink] | Unset = UNSET
        if _missions is not UNSET:
            missions = []
            for missions_item_data in _missions:
                missions_item = MissionLink.from_dict(missions_item_data)

                missions.append(missions_item)

        lesson_create = cls(
            category=category,
            citations=citations,
            kind=kind,
            slug=slug,
            summary=summary,
            title=title,
            missions=missions,
        )

        return lesson_create
